#!/usr/bin/env node
// Pairs each sentence of the chapters with the source article's sentence that
// shares most of its words, and lists the closest pairs for a person to read.
// `seed-overlap.mjs` catches copied runs of eight words; a sentence can copy
// the article's order and meaning with every third word swapped and pass it.
// Sharing words is not copying (the advice is the same), so this prints and
// never fails: a pair listed here is one to read, and rewrite if it follows
// the article sentence for sentence.
//
//   npm run check:rewording [-- --at 0.7] [SOURCE_DIR]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { createJiti } from 'jiti';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

// Chapters are parsed as the build reads them (parse-mdx.ts, a TypeScript module).
const { parseMdx } = await createJiti(import.meta.url).import('../src/lib/markdown/parse-mdx.ts');

const args = process.argv.slice(2);
const at = args.includes('--at') ? Number(args[args.indexOf('--at') + 1]) : 0.7;
const sourceDir = resolve(
  args.find((a) => !a.startsWith('--') && a !== String(at)) ?? '../shared/source',
);
if (!existsSync(sourceDir)) {
  console.log(
    `No source article in ${sourceDir}: nothing to compare. Name its folder as an argument.`,
  );
  process.exit(0);
}

// Words that carry no meaning of their own, so sharing them says nothing.
const stopWords = new Set(
  `a an the and or but to of in on at for with is are was were be been being it its this that these
  those you your yours they them their he she him her his i me my we us our not do does did don't
  can can't may might will would should could if so as by from than then there here what when where
  who how all any some more most much very just also even have has had no nor only own same too up
  down out over again about into through`.split(/\s+/),
);
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const sentences = (text) =>
  [...segmenter.segment(text)]
    .map((s) => s.segment.trim())
    .filter((s) => s.split(/\s+/).length >= 5);
const stem = (w) => {
  for (const end of ['ing', 'ed', 'es', 's', 'ly']) {
    if (w.endsWith(end) && w.length - end.length >= 4) return w.slice(0, -end.length);
  }
  return w;
};
const contentWords = (text) =>
  new Set(
    (
      text
        .toLowerCase()
        .replaceAll('’', "'")
        .match(/[a-z']+/g) ?? []
    )
      .filter((w) => w.length > 2 && !stopWords.has(w))
      .map(stem),
  );

const source = readdirSync(sourceDir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(sourceDir, f), 'utf8').split('\n'))
  .flatMap((line) => sentences(line))
  .map((text) => ({ text, words: contentWords(text) }));

const chapterDir = resolve('content/chapters');
const pairs = [];
for (const file of readdirSync(chapterDir).filter((f) => f.endsWith('.mdx'))) {
  const tree = parseMdx(readFileSync(join(chapterDir, file), 'utf8'));
  visit(tree, 'paragraph', (node) => {
    for (const text of sentences(toString(node))) {
      const words = contentWords(text);
      // Too few words to tell copying from saying the same thing.
      if (words.size < 5) continue;
      let best = { share: 0, article: '' };
      for (const s of source) {
        const share = [...words].filter((w) => s.words.has(w)).length / words.size;
        if (share > best.share) best = { share, article: s.text };
      }
      if (best.share >= at)
        pairs.push({ file: basename(file), line: node.position?.start.line, text, ...best });
    }
  });
}

pairs.sort((a, b) => b.share - a.share);
for (const p of pairs) {
  console.log(`${Math.round(p.share * 100)}%  ${p.file}:${p.line}`);
  console.log(`  handbook: ${p.text}\n  article:  ${p.article}`);
}
console.log(
  pairs.length
    ? `${pairs.length} chapter sentence(s) share ${Math.round(at * 100)}% or more of their words with one sentence of the article: read each pair.`
    : `no chapter sentence shares ${Math.round(at * 100)}% of its words with one sentence of the article`,
);
