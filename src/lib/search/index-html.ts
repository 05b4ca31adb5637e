/**
 * Prepares built pages for the search index, in memory (the pages on disk are
 * not changed): marks each searched page's main content and kind, and adds
 * each situation's phrase to the section it links to, weighted, so a reader's
 * own words find that section even where the chapter says it differently.
 */
import { pageKind, situationPhraseWeight, situationsPageWeight, type SearchKind } from './settings';

/** section links of the situations page: `/chapters/x/#id` → phrases. */
export type PhrasesBySection = Map<string, string[]>;

const situationLink = /<a\b[^>]*\bdata-situation\b[^>]*>/g;

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return match?.[1];
}

function decode(text: string): string {
  return text
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Reads the phrases from the built situations page: each link carries
 * `data-situation="phrase"` and an href to its section (with the base).
 */
export function situationPhrases(situationsHtml: string): PhrasesBySection {
  const found: PhrasesBySection = new Map();
  for (const [tag] of situationsHtml.matchAll(situationLink)) {
    const href = attribute(tag, 'href');
    const phrase = attribute(tag, 'data-situation');
    if (!href || !phrase) continue;
    const list = found.get(href) ?? [];
    list.push(decode(phrase));
    found.set(href, list);
  }
  return found;
}

/** Chapter path (with base) → section id → phrases. */
export function phrasesForPage(phrases: PhrasesBySection, pageUrl: string): Map<string, string[]> {
  const bySection = new Map<string, string[]>();
  for (const [href, list] of phrases) {
    const at = href.indexOf('#');
    if (at < 0 || href.slice(0, at) !== pageUrl) continue;
    bySection.set(href.slice(at + 1), list);
  }
  return bySection;
}

/**
 * The page's HTML as the index should read it, or `undefined` when the page
 * is not searched. Throws, naming the page and section, when a situation
 * points at a heading the page does not have.
 */
export function htmlForIndex(
  html: string,
  path: string,
  sectionPhrases: ReadonlyMap<string, readonly string[]> = new Map(),
): { html: string; kind: SearchKind } | undefined {
  const kind = pageKind(path);
  if (!kind) return undefined;
  let out = html;
  if (!/\sdata-pagefind-body\b/.test(out)) {
    if (!/<main\b/.test(out)) throw new Error(`${path}: no <main> element to index.`);
    out = out.replace(/<main\b/, '<main data-pagefind-body');
  }
  const weight = kind === 'Situations' ? ` data-pagefind-weight="${situationsPageWeight}"` : '';
  out = out.replace(
    /(<[a-z]+\b[^>]*\sdata-pagefind-body\b[^>]*>)/,
    `$1<span data-pagefind-filter="kind:${kind}" hidden></span>` + (weight ? `<div${weight}>` : ''),
  );
  if (weight) out = out.replace(/<\/main>/, '</div></main>');
  for (const [id, list] of sectionPhrases) {
    const heading = new RegExp(`(<h([1-6])\\b[^>]*\\sid="${id}"[^>]*>[\\s\\S]*?</h\\2>)`);
    if (!heading.test(out)) {
      throw new Error(`${path}: a situation links to #${id}, but the page has no such heading.`);
    }
    const text = list.map((p) => escape(p)).join('. ');
    out = out.replace(
      heading,
      `$1<p hidden data-pagefind-weight="${situationPhraseWeight}">${text}.</p>`,
    );
  }
  return { html: out, kind };
}

/** Counts the words of the indexed text, for fixing misspelled query words. */
export function countWords(
  html: string,
  counts: Map<string, number> = new Map(),
): Map<string, number> {
  const body = /\sdata-pagefind-body\b[^>]*>([\s\S]*)/.exec(html)?.[1] ?? html;
  const text = decode(
    body
      .replace(/<script\b[\s\S]*?<\/script>/g, ' ')
      .replace(/<style\b[\s\S]*?<\/style>/g, ' ')
      .replace(/<[^>]*>/g, ' '),
  )
    .toLowerCase()
    .replace(/['’]/g, '');
  for (const word of text.match(/[a-z]{3,}/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}
