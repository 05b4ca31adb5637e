/**
 * Ranks pages and their sections for a query of several terms. Pagefind on
 * its own returns only pages holding every word; here each term is searched
 * on its own and the matches are added up per section, so the best partial
 * matches come back, best first, and pages holding every word still lead.
 */
import { maxSectionsPerPage, phrasesClose, phrasesOpen } from './settings';

/** The parts of a Pagefind result this module uses. */
export interface FoundLocation {
  weight: number;
}
export interface FoundSection {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: FoundLocation[];
}
export interface FoundPage {
  url: string;
  meta: { title?: string; [key: string]: string | undefined };
  filters?: Record<string, string[]>;
  sub_results: FoundSection[];
}

/** What one term found: every page holding it, with its sections. */
export interface TermMatches {
  term: string;
  weight: number;
  pages: FoundPage[];
  /** How many pages hold the term in the whole index, when only some were loaded. */
  pagesWithTerm?: number;
}

export interface RankedSection {
  title: string;
  url: string;
  /** Plain text; highlight it with `highlight()`. */
  excerpt: string;
  score: number;
}

export interface RankedPage {
  url: string;
  title: string;
  kind: string | undefined;
  score: number;
  /** How many of the query's terms the page holds. */
  matchedTerms: number;
  /** The summed weight of those terms. */
  matchedWeight: number;
  sections: RankedSection[];
}

/** Rarer terms say more about where to look (BM25's inverse document frequency). */
export function termRarity(pagesWithTerm: number, totalPages: number): number {
  const n = Math.max(pagesWithTerm, 0);
  return Math.log(1 + (totalPages - n + 0.5) / (n + 0.5));
}

/** Many matches in one section count, but less and less (BM25's saturation). */
export function saturate(weight: number, k = 1.5): number {
  return (weight * (k + 1)) / (weight + k);
}

/** The page's own address, without any #section. */
export function pageUrlOf(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at);
}

/** Pagefind excerpts are HTML with <mark>; ranking keeps plain text only. */
export function excerptText(html: string): string {
  return withoutPhrases(
    html
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#0?39;|&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

const [open, close] = [phrasesOpen, phrasesClose];
const wholeRun = new RegExp(`${open}[^${close}]*${close}`, 'g');
const runCutAtStart = new RegExp(`^[^${open}]*${close}`);
const runCutAtEnd = new RegExp(`${open}[^${close}]*$`);

/** An excerpt without the index-only situation phrases, whole or cut off at either end. */
function withoutPhrases(text: string): string {
  return text.replace(wholeRun, ' ').replace(runCutAtStart, ' ').replace(runCutAtEnd, ' ');
}

/**
 * An excerpt that opens with its section's heading, without it: the result
 * shows the heading just before, and a screen reader would say it twice.
 * Pagefind's excerpt may also start inside the heading ("their basic needs
 * Shock and grief…" under "Look after their basic needs"): the heading's
 * last words go too, when a sentence starts right after them.
 */
export function afterHeading(excerpt: string, heading: string): string {
  const words = heading.split(/\s+/).filter(Boolean);
  for (let first = 0; first < words.length; first++) {
    const tail = words.slice(first).join(' ');
    if (!excerpt.toLowerCase().startsWith(tail.toLowerCase())) continue;
    const rest = excerpt.slice(tail.length);
    if (/^[\p{L}\p{N}]/u.test(rest)) continue;
    // The whole heading: whatever follows. Only its end: a new sentence must follow.
    if (first > 0 && !/^[\s.:;,!?]*(\p{Lu}|$)/u.test(rest)) continue;
    return rest.replace(/^[\s.:;,!?]+/, '');
  }
  return excerpt;
}

/**
 * An excerpt cut from the middle of the text says so: "…" where it starts
 * inside a sentence (a small letter) and where it stops inside one.
 */
export function withCutMarks(excerpt: string): string {
  if (excerpt === '') return excerpt;
  const start = /^\p{Ll}/u.test(excerpt) ? '…' : '';
  const end = /[.!?:…"”’)]$/u.test(excerpt) ? '' : '…';
  return `${start}${excerpt}${end}`;
}

interface SectionTally {
  title: string;
  url: string;
  excerpt: string;
  excerptStrength: number;
  /** Whether the excerpt is the page's own text (better) or a reader phrasing. */
  excerptFromPage: boolean;
  score: number;
  terms: Set<string>;
}

/**
 * Adds up what each term found. A section scores the sum over its terms of
 * rarity × saturated match weight, and then more for holding more of the
 * query's terms; a page scores its best section plus a share of the next
 * two, larger for the query words they add to the best.
 */
export function rankPages(matches: readonly TermMatches[], totalPages: number): RankedPage[] {
  // How much each term says: its weight × its rarity. Shares of the query
  // are counted in these, so a few rare words are not outvoted by many
  // common ones. Terms found nowhere say nothing about any page.
  const strength = new Map<string, number>();
  for (const m of matches) {
    const found = m.pagesWithTerm ?? m.pages.length;
    if (found > 0) strength.set(m.term, termRarity(found, totalPages) * m.weight);
  }
  const totalStrength = [...strength.values()].reduce((sum, x) => sum + x, 0) || 1;
  const pages = new Map<
    string,
    { page: FoundPage; sections: Map<string, SectionTally>; terms: Map<string, number> }
  >();
  for (const match of matches) {
    const rarity = termRarity(match.pagesWithTerm ?? match.pages.length, totalPages) * match.weight;
    for (const page of match.pages) {
      const key = pageUrlOf(page.url);
      let entry = pages.get(key);
      if (!entry) {
        entry = { page, sections: new Map(), terms: new Map() };
        pages.set(key, entry);
      }
      entry.terms.set(match.term, match.weight);
      // A phrasing record's url is its section's: `/chapters/x/#id`.
      const isRecord = page.url.includes('#');
      if (!isRecord) entry.page = page;
      for (const section of page.sub_results) {
        const weight = section.weighted_locations.reduce((sum, l) => sum + l.weight, 0);
        if (weight <= 0) continue;
        let tally = entry.sections.get(section.url);
        if (!tally) {
          tally = {
            title: section.title,
            url: section.url,
            excerpt: excerptText(section.excerpt),
            excerptStrength: 0,
            excerptFromPage: !isRecord,
            score: 0,
            terms: new Set(),
          };
          entry.sections.set(section.url, tally);
        }
        const gain = rarity * saturate(weight);
        tally.score += gain;
        tally.terms.add(match.term);
        // Show the excerpt Pagefind chose for the term that matters most
        // here, from the page's own text when there is one.
        const better = !isRecord && !tally.excerptFromPage;
        if (better || (gain > tally.excerptStrength && (!isRecord || !tally.excerptFromPage))) {
          tally.excerptStrength = gain;
          tally.excerpt = excerptText(section.excerpt);
          tally.excerptFromPage = !isRecord;
        }
      }
    }
  }

  const ranked: RankedPage[] = [];
  for (const [url, { page, sections, terms }] of pages) {
    const strengthOf = (term: string) => strength.get(term) ?? 0;
    const scored = [...sections.values()]
      .map((s) => {
        const share = [...s.terms].reduce((sum, t) => sum + strengthOf(t), 0) / totalStrength;
        return { ...s, score: s.score * (1 + share * share) };
      })
      .sort((a, b) => b.score - a.score);
    const best = scored[0]?.score ?? 0;
    // A further section counts by the query words it adds: one repeating the
    // best section's words says little more than it did, one holding other
    // words of the reader's story says the page answers more of it. Half its
    // score stands, plus its share of strength in words the best lacked.
    const seen = scored[0]?.terms ?? new Set<string>();
    const rest = scored.slice(1, 3).reduce((sum, s) => {
      const terms = [...s.terms];
      const all = terms.reduce((x, t) => x + strengthOf(t), 0) || 1;
      const fresh = terms.reduce((x, t) => x + (seen.has(t) ? 0 : strengthOf(t)), 0);
      return sum + s.score * (0.5 + fresh / all);
    }, 0);
    const pageShare = [...terms.keys()].reduce((sum, t) => sum + strengthOf(t), 0) / totalStrength;
    ranked.push({
      url,
      title: (page.url.includes('#') ? page.meta['chapter'] : undefined) ?? page.meta.title ?? url,
      kind: page.filters?.['kind']?.[0],
      score: (best + 0.25 * rest) * (1 + 0.5 * pageShare),
      matchedTerms: terms.size,
      matchedWeight: [...terms.values()].reduce((sum, w) => sum + w, 0),
      sections: scored
        .slice(0, maxSectionsPerPage)
        .map(({ title, url: sectionUrl, excerpt, excerptFromPage, score }) => ({
          title,
          url: sectionUrl,
          // A phrasing is index-only text the reader would not find on the
          // page: a section found by it alone is shown by its heading only.
          excerpt: excerptFromPage ? withCutMarks(afterHeading(excerpt, title)) : '',
          score,
        })),
    });
  }
  return ranked.sort((a, b) => b.score - a.score || a.url.localeCompare(b.url));
}
