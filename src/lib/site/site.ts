/** Facts about the handbook that every page shares. */
export const siteName = 'Rebuilding Trust';
/**
 * The name as the header writes it, with a soft hyphen: at large text on a
 * small phone "Rebuilding" is wider than the screen, and breaks as
 * "Rebuild-ing", not "Rebuildin g".
 */
export const siteNameInHeader = 'Rebuild\u00ADing Trust';
/**
 * The language the handbook is written in: every page's `lang`, and every
 * date it writes, on screen or paper, whatever the browser's own language.
 */
export const handbookLocale = 'en-GB';
export const siteTagline = 'A handbook for earning back your partner’s trust after you cheated';

export interface NavItem {
  label: string;
  path: string;
}

/** The header's main sections, in reading order. */
export const mainSections: NavItem[] = [
  { label: 'Chapters', path: '/chapters/' },
  { label: 'Situations', path: '/situations/' },
  { label: 'Self-check', path: '/self-check/' },
  { label: 'Worksheets', path: '/worksheets/' },
];

export const footerLinks: NavItem[] = [
  { label: 'About this handbook', path: '/about/' },
  { label: 'Getting more help', path: '/help/' },
  { label: 'Print the whole handbook', path: '/print/' },
  { label: 'Your data', path: '/your-data/' },
  { label: 'Search', path: '/search/' },
];
