import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { escapeHeadingIds } from './heading-id-syntax';
import { isValidSectionId, splitHeadingId } from './heading-ids';
import remarkSectionIds, { type CompiledMarkdown } from './remark-section-ids';

function run(markdown: string, base = '/', onCompiled?: (c: CompiledMarkdown) => void) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkSectionIds, { base, ...(onCompiled ? { onCompiled } : {}) });
  const file = new VFile({ path: 'content/chapters/01-x.mdx', value: markdown });
  file.data['astro'] = { frontmatter: { title: 'X' } };
  return processor.runSync(processor.parse(file), file) as Root;
}

describe('the heading id syntax', () => {
  it('splits the id off the heading text and accepts only hyphenated lower-case words', () => {
    expect(splitHeadingId('Tell it all {#tell-it-all}')).toEqual({
      text: 'Tell it all',
      id: 'tell-it-all',
    });
    expect(splitHeadingId('No id here')).toBeUndefined();
    expect(isValidSectionId('tell-it-all')).toBe(true);
    expect(isValidSectionId('Tell_it')).toBe(false);
    expect(isValidSectionId('a--b')).toBe(false);
  });
});

describe('escapeHeadingIds', () => {
  it('escapes the id mark on heading lines only', () => {
    expect(escapeHeadingIds('## Tell it all {#tell-it-all}\ntext {#x}')).toBe(
      '## Tell it all \\{#tell-it-all\\}\ntext {#x}',
    );
  });
});

describe('remarkSectionIds', () => {
  it('sets the written id and removes the mark from the heading text', () => {
    const tree = run('## Tell it all {#tell-it-all}\n');
    const heading = tree.children[0];
    expect(heading?.type).toBe('heading');
    expect(heading?.data?.hProperties?.['id']).toBe('tell-it-all');
    expect(JSON.stringify(heading)).not.toContain('{#');
  });

  it('fails naming the file and heading when an h2 has no id', () => {
    expect(() => run('## No id here\n')).toThrow(
      /content\/chapters\/01-x\.mdx: heading "No id here" needs a stable id/,
    );
  });

  it('fails on a malformed id and on a repeated id', () => {
    expect(() => run('## A {#Not_Valid}\n')).toThrow(/has id "Not_Valid"/);
    expect(() => run('## A {#same}\n\n### B {#same}\n')).toThrow(/"same" is used by more than one/);
  });

  it('lets h4 go without an id and prefixes the base on site links', () => {
    const tree = run(
      '#### Small\n\n[next](/chapters/b/#x) [ext](https://example.org)\n',
      '/handbook/',
    );
    expect(JSON.stringify(tree)).toContain('"/handbook/chapters/b/#x"');
    expect(JSON.stringify(tree)).toContain('"https://example.org"');
  });

  it('hands each file’s sections and frontmatter to the build, without the id marks', () => {
    const compiled: CompiledMarkdown[] = [];
    run(
      '# Top\n\n## Tell *it* all {#tell-it-all}\n\n- a list first\n\nSay it **now**. Then wait.\n\n### Why {#why}\n\nThey ask “Was it love?” It was not.\n',
      '/',
      (c) => compiled.push(c),
    );
    expect(compiled).toEqual([
      {
        file: 'content/chapters/01-x.mdx',
        frontmatter: { title: 'X' },
        sections: [
          // Its first paragraph's first sentence, for search to show.
          { id: 'tell-it-all', title: 'Tell it all', depth: 2, lead: 'Say it now.' },
          { id: 'why', title: 'Why', depth: 3, lead: 'They ask “Was it love?”' },
        ],
      },
    ]);
  });
});
