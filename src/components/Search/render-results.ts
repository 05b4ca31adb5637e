/**
 * Builds the results list with DOM calls and text nodes only (never
 * innerHTML), so nothing in an excerpt can run as markup.
 */
import { cutAtWord } from '../../lib/site/cut-at-word';
import { highlight, wordsToMark } from '../../lib/search/highlight';
import type { RankedPage } from '../../lib/search/rank';
import { kindLabels, isPageKind, isSearchKind } from '../../lib/search/settings';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function excerpt(text: string, words: readonly string[]): HTMLElement {
  const out = element('span', 'mt-1 block text-base text-muted');
  for (const piece of highlight(text, words)) {
    out.append(
      piece.marked
        ? element('mark', 'rounded-sm bg-try/40 px-0.5 text-ink', piece.text)
        : piece.text,
    );
  }
  return out;
}

function kindLabel(kind: string | undefined): string {
  return kind && isPageKind(kind) ? kind : '';
}

/** One list item per page: its title, then up to three matching sections. */
export function renderResults(
  pages: readonly RankedPage[],
  words: readonly string[],
): HTMLOListElement {
  const list = element('ol', 'grid gap-4');
  list.dataset['searchResults'] = '';
  const marked = wordsToMark(words);
  for (const page of pages) {
    const sections = page.sections.filter((s) => s.url.includes('#'));
    const intro = page.sections.find((s) => !s.url.includes('#'));
    const heading = element(
      'p',
      'flex flex-wrap items-baseline gap-x-3',
      element('a', 'text-lg font-bold', page.title),
    );
    const link = heading.firstElementChild as HTMLAnchorElement;
    link.href = page.url;
    link.dataset['searchResult'] = '';
    const label = kindLabel(page.kind);
    if (label) heading.append(element('span', 'text-sm text-muted', label));
    const item = element('li', 'rounded-sm border border-rule bg-page p-3', heading);
    if (intro?.excerpt && sections.length === 0) item.append(excerpt(intro.excerpt, marked));
    if (sections.length > 0) {
      const inner = element('ul', 'mt-2 grid gap-2 border-l-2 border-rule pl-3');
      for (const section of sections) {
        // The link is the heading alone: with its excerpt inside, a screen
        // reader heard every excerpt as a link's name, long to listen to.
        const a = element('a', 'tap-target font-semibold', section.title);
        a.href = section.url;
        a.dataset['searchResult'] = '';
        const row = element('li', 'py-1', a);
        if (section.excerpt) row.append(excerpt(section.excerpt, marked));
        inner.append(row);
      }
      item.append(inner);
    }
    list.append(item);
  }
  return list;
}

/** "… look through the list of situations: it may have your situation in other words." */
function situationsWayOn(lead: string, situationsUrl: string): (string | HTMLElement)[] {
  const link = element('a', '', 'the list of situations');
  link.href = situationsUrl;
  link.dataset['searchResult'] = '';
  return [`${lead} look through `, link, ': it may have your situation in other words.'];
}

/** The link to urgent help, reached by the arrow keys like the results. */
function helpLink(helpUrl: string, className: string, text: string): HTMLAnchorElement {
  const help = element('a', className, text);
  help.href = helpUrl;
  help.dataset['searchResult'] = '';
  return help;
}

/**
 * The message for a query that found nothing: kind, with a way on, and the
 * way to urgent help whatever was typed (words for danger vary too much to
 * count on matching them).
 */
export function renderNothingFound(
  query: string,
  situationsUrl: string,
  helpUrl: string,
  /** Words that may mean danger, under the way to urgent help: no "That is all right". */
  urgent = false,
): HTMLElement {
  const help = helpLink(helpUrl, '', 'Getting more help');
  return element(
    'div',
    'rounded-sm border border-rule bg-page p-4 text-base',
    element('p', 'font-semibold', `Nothing in the handbook matched “${quotedQuery(query)}”.`),
    element(
      'p',
      'mt-2',
      ...situationsWayOn(
        urgent
          ? 'The first link above is the quickest way to help. You could also'
          : 'That is all right. Try fewer words, or other words for the same thing. Or',
        situationsUrl,
      ),
    ),
    element('p', 'mt-2', 'If anyone is in danger or might be harmed, see ', help, '.'),
  );
}

/**
 * Shown before any results when the words may mean someone is in danger
 * (`mayNeedUrgentHelp`): the way to urgent help comes first, whatever was
 * found. Where they may mean harm from someone else (`fromOthers`), a second
 * link answers a result that may read, after "he threw things at me", as
 * advice to bear it ("Be patient"): nothing here asks that.
 */
export function renderUrgentHelp(helpPage: string, fromOthers: boolean): HTMLElement {
  const help = helpLink(`${helpPage}#urgent-help`, 'font-semibold', 'Get help right away');
  const noHarm = helpLink(
    `${helpPage}#never-accept-harm`,
    '',
    'openness never means accepting harm',
  );
  return element(
    'p',
    'mb-3 border-l-4 border-avoid pl-3 text-base',
    'If anyone is in danger, or thinking about suicide: ',
    help,
    '. Safety comes before anything in this handbook',
    ...(fromOthers ? [': ', noHarm, '.'] : ['.']),
  );
}

/**
 * Said above results that are only the nearest sections. With the way to
 * urgent help above them, no invitation to browse situations, which read
 * as off-key to a reader in danger; without it, that way is given here too,
 * as when nothing is found (a reader pass: plain danger words the patterns
 * missed landed here, with no way to help).
 */
export function renderClosestNote(
  situationsUrl: string,
  helpUrl: string,
  urgent = false,
): HTMLElement {
  if (urgent)
    return element(
      'p',
      'mb-3 text-base',
      'The first link above is the quickest way to help. Nothing else matched your words closely, so these are the nearest sections.',
    );
  return element(
    'div',
    'mb-3 text-base',
    element(
      'p',
      '',
      ...situationsWayOn(
        'Nothing matched your words closely, so these are the nearest sections. You could also',
        situationsUrl,
      ),
    ),
    element(
      'p',
      'mt-2',
      'If anyone is in danger or might be harmed, see ',
      helpLink(helpUrl, '', 'Getting more help'),
      '.',
    ),
  );
}

/**
 * The reader's words as a status quotes them: a long story (up to 600
 * characters) filled the line above the results and was read out whole at
 * every pause, so it is held to 60 characters.
 */
export function quotedQuery(query: string): string {
  return cutAtWord(query, 60);
}

/**
 * “3 worksheets found for …”, announced politely to screen readers. A search
 * of every kind shows only the closest pages (at most 8 fragments for a few
 * words), so it says so rather than claim that is all.
 */
export function resultsSummary(count: number, words: string, kind?: string): string {
  const query = quotedQuery(words);
  if (count === 0) return `Nothing found for “${query}”.`;
  if (!(kind && isSearchKind(kind)))
    return count === 1
      ? `The closest page found for “${query}”.`
      : `The closest ${count} pages found for “${query}”.`;
  const what = kindLabels[kind].toLowerCase();
  return `${count} ${count === 1 ? what.replace(/s$/, '') : what} found for “${query}”.`;
}
