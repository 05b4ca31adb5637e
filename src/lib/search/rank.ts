/**
 * Ranks pages and their sections for a query of several terms. Pagefind on
 * its own returns only pages holding every word; here each term is searched
 * on its own and the matches are added up per section, so the best partial
 * matches come back, best first, and pages holding every word still lead.
 */
import {
  excerptWords,
  maxSectionsPerPage,
  nearWeight,
  nearWords,
  phrasesClose,
  phrasesOpen,
} from './settings';

/** The parts of a Pagefind result this module uses. */
export interface FoundLocation {
  weight: number;
  /** The word's place in its page or record. */
  location?: number;
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

/** Stand-ins for Pagefind's <mark> while an excerpt is cut to length. */
const markStart = '\uE000';
const markEnd = '\uE001';
const marks = /[\uE000\uE001]/g;

/**
 * Pagefind excerpts are HTML with <mark>: the text, without index-only
 * phrases, with the marks kept as two private characters until the excerpt
 * is cut to length (`shownExcerpt`); `plainText` takes them out.
 */
export function excerptText(html: string): string {
  return withoutPhrases(
    html
      .replace(/<mark>/g, markStart)
      .replace(/<\/mark>/g, markEnd)
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

export function plainText(excerpt: string): string {
  return excerpt.replace(marks, '');
}

/** The marked text less its first `count` characters of plain text. */
function dropPlain(text: string, count: number): string {
  let seen = 0;
  let at = 0;
  while (at < text.length && seen < count) {
    if (!/[\uE000\uE001]/.test(text[at] ?? '')) seen++;
    at++;
  }
  return text.slice(at);
}

const endsSentence = /[.!?:…"”]$/u;

/**
 * The excerpt a reader sees: Pagefind's (asked for at twice the length,
 * load-pagefind.ts) without the section's heading, cut to `length` words
 * where the reader's words are thickest. The longer excerpt leaves text to
 * show where index-only phrases filled most of it: a result had shown an
 * empty excerpt, or "In the weeks…". The cut starts at a sentence, or at an
 * "Avoid:" label, when that is a few words back and loses no marked word:
 * a thing to avoid cut from its label had read as advice.
 */
export function shownExcerpt(excerpt: string, heading: string, length: number): string {
  const plain = plainText(excerpt);
  const words = dropPlain(excerpt, plain.length - afterHeading(plain, heading).length)
    .split(' ')
    .filter((w) => plainText(w) !== '');
  const marked = words.map((w) => w.includes(markStart));
  const label = (at: number) => plainText(words[at] ?? '') === 'Avoid:';
  // A sentence starts after a stop, but an item to avoid starts at its label.
  const isStart = (at: number) =>
    at === 0 || label(at) || (!label(at - 1) && endsSentence.test(plainText(words[at - 1] ?? '')));
  let start = 0;
  if (words.length > length) {
    // Pagefind's own rule: the densest window, the middle one of a tie.
    const counts = words
      .slice(0, words.length - length + 1)
      .map((_, at) => marked.slice(at, at + length).filter(Boolean).length);
    const most = Math.max(...counts);
    const first = counts.indexOf(most);
    let last = first;
    while (most > 0 && counts[last + 1] === most) last++;
    // No marked word left (all were in the heading or the phrases): the section's opening.
    start = Math.floor((first + last) / 2);
    for (let back = start - 1; back >= Math.max(0, start - 8) && !isStart(start); back--) {
      if (marked.slice(back + length, start + length).some(Boolean)) break;
      if (isStart(back)) start = back;
    }
  }
  const shown = words.slice(start, start + length);
  const text = withoutLabelAtEnd(plainText(shown.join(' ')));
  if (text === '') return '';
  if (start === 0 || isStart(start)) return withCutMarks(text);
  // Cut inside a thing to avoid whose label it could not reach: the label still leads.
  for (let at = start - 1; at >= 0; at--) {
    if (label(at)) return withCutMarks(`Avoid: …${text}`);
    if (endsSentence.test(plainText(words[at] ?? ''))) break;
  }
  return withCutMarks(`…${text}`);
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
 * An excerpt that stops just after an "Avoid:" label (index-labels.ts), with
 * nothing it labels after it, ends before it: a bare label read as a
 * fragment, or as the advice before it being a thing to avoid.
 */
export function withoutLabelAtEnd(excerpt: string): string {
  return excerpt.replace(/\s*\bAvoid:\s*$/, '');
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

/** Where a term was found: the word's place (a record's from 1e6 on), the term. */
export type Place = [number, string];

/**
 * What words of the query side by side add to a section: for each pair of
 * different terms found one after the other (no other query word between),
 * at most `nearWords` apart, once per pair, `nearWeight` × the weaker
 * term's strength.
 */
export function nearBonus(places: readonly Place[], strengthOf: (term: string) => number): number {
  const pairs = new Map<string, number>();
  const sorted = [...places].sort((a, b) => a[0] - b[0]);
  sorted.forEach(([at, term], i) => {
    const [next = Infinity, other = term] = sorted[i + 1] ?? [];
    if (other !== term && next - at <= nearWords)
      pairs.set([term, other].sort().join(), Math.min(strengthOf(term), strengthOf(other)));
  });
  return nearWeight * [...pairs.values()].reduce((sum, x) => sum + x, 0);
}

interface SectionTally {
  title: string;
  url: string;
  excerpt: string;
  excerptStrength: number;
  /** Whether the excerpt is the page's own text (better) or a reader phrasing. */
  excerptFromPage: boolean;
  /** The section's first sentence, from a phrasing record: shown if no page text matched. */
  lead: string;
  score: number;
  terms: Set<string>;
  places: Place[];
}

/**
 * Adds up what each term found. A section scores the sum over its terms of
 * rarity × saturated match weight, plus its query words side by side
 * (`nearBonus`), and then more for holding more of the query's terms; a
 * page scores its best section plus a share of the next two, larger for the
 * query words they add to the best.
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
            lead: '',
            score: 0,
            terms: new Set(),
            places: [],
          };
          entry.sections.set(section.url, tally);
        }
        if (isRecord) tally.lead ||= page.meta['lead'] ?? '';
        const gain = rarity * saturate(weight);
        tally.score += gain;
        tally.terms.add(match.term);
        // A record's words are apart from the page's: they never stand side by side.
        for (const { location = NaN } of section.weighted_locations)
          tally.places.push([location + (isRecord ? 1e6 : 0), match.term]);
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
  const strengthOf = (term: string) => strength.get(term) ?? 0;
  const shareOf = (terms: Iterable<string>) =>
    [...terms].reduce((sum, t) => sum + strengthOf(t), 0) / totalStrength;
  for (const [url, { page, sections, terms }] of pages) {
    const scored = [...sections.values()]
      .map((s) => {
        const share = shareOf(s.terms);
        const score = s.score + nearBonus(s.places, strengthOf);
        return { ...s, score: score * (1 + share * share) };
      })
      .sort((a, b) => b.score - a.score);
    const best = scored[0]?.score ?? 0;
    // A further section counts by the query words it adds: one repeating the
    // best section's words says little more than it did, one holding other
    // words of the reader's story says the page answers more of it. Half its
    // score stands, plus its share of strength in words the best lacked.
    const rest = scored.slice(1, 3).reduce((sum, s) => {
      const fresh = [...s.terms].filter((t) => !scored[0]?.terms.has(t));
      return sum + s.score * (0.5 + shareOf(fresh) / (shareOf(s.terms) || 1));
    }, 0);
    const pageShare = shareOf(terms.keys());
    ranked.push({
      url,
      title: (page.url.includes('#') ? page.meta['chapter'] : undefined) ?? page.meta.title ?? url,
      kind: page.filters?.['kind']?.[0],
      score: (best + 0.25 * rest) * (1 + 0.5 * pageShare),
      matchedTerms: terms.size,
      matchedWeight: [...terms.values()].reduce((sum, w) => sum + w, 0),
      sections: scored
        .slice(0, maxSectionsPerPage)
        .map(({ title, url: sectionUrl, excerpt, excerptFromPage, lead, score }) => ({
          title,
          url: sectionUrl,
          // A phrasing is index-only text the reader would not find on the
          // page: a section found by it alone shows its first sentence instead.
          excerpt: excerptFromPage ? shownExcerpt(excerpt, title, excerptWords) : lead,
          score,
        })),
    });
  }
  return ranked.sort((a, b) => b.score - a.score || a.url.localeCompare(b.url));
}
