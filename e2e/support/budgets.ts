/**
 * Weight budgets a page must hold, and how the end-to-end tests weigh a page.
 * Bytes are exact, so tests enforce them; timings are not, so they live in
 * the benchmarks instead.
 */
import { gzipSync } from 'node:zlib';

/**
 * Each limit is the page's weight when it was last set, rounded up to the
 * next half kilobyte, so any growth fails a test and a raise needs its reason
 * in the commit (each limit's history: `git log -p e2e/support/budgets.ts`).
 * Issue 16 aims at 15 KB for the first visit to a chapter and for each page's
 * settled JavaScript; the README says where the bytes go and why the aim is
 * not met.
 */
export const budgets = {
  /**
   * The first visit to the heaviest chapter (by its page as sent), empty
   * cache, until the network is idle: be-there, 20.10 KB (its HTML 11.9, the
   * stylesheet 6.5, the site script 1.6). Until 2026-11-27 this weighed the
   * first chapter only (19.02 KB), so a heavier chapter could grow unseen.
   * Raised to 21 KB the same day (20.56): its HTML grew (see pageHtmlGzip).
   * Raised to 21.5 KB on 2026-11-27 (21.04): the key to score its self-check
   * by hand (see pageHtmlGzip). Raised to 22 KB the next session (21.54): a
   * chapter's end counts once passed, only if it was ahead when the reader
   * first acted (its inline script notes that; End had left a chapter
   * unread), and the stylesheet prints a self-check blank on request.
   */
  chapterFirstVisitGzip: 22 * 1024,
  chapterRequests: 5,
  /**
   * JavaScript a page has fetched once settled: every island woken, scrolled
   * to the end, the network idle, nothing saved on the device. Every island
   * page pays for the `islands` file (10.8 KB: Preact with its hooks, the
   * saved-record model that keeps answers safe across tabs, and dates) and
   * every page for the site script (1.5 KB). Code a reader reaches only by
   * acting (loading a file back, results kept with a clock set ahead) is
   * fetched when needed (lazy-script.ts) and is not counted here.
   * Figures when last set: chapter 21.47, worksheet 22.82, dated worksheet
   * 24.49, self-check 22.94, your data 19.75, search 11.92 KB. Then the site
   * script every page loads grew 0.05 KB: Enter pressed in a search box
   * before it arrived sent the words to the server and showed them in the
   * address bar; it now does that search when it wakes (chapter 21.52 and
   * dated worksheet 24.53, over their limits, which rose to 22 and 25). And
   * search grew 0.3 KB (12.24, limit 12 → 12.5): more words that may mean a
   * reader is in danger (things thrown, held or locked in, afraid to go home)
   * lead with urgent help. Then the saved-record model every island page
   * loads grew 0.13 KB (worksheet 23.02, self-check 23.18; limits 23 → 23.5):
   * one damaged answer set a reader's whole record aside, so a sheet opened
   * empty; the answers that can be read now stay, with a copy of it all kept.
   * Then the review of that change found a copy made twice by two tabs, a
   * copy spoken of though the rewrite after it did not fit, an answer with
   * an unreadable time dropped or shown without a copy, and a last entry
   * copied and rewritten unsaid when only looked at: the record model that
   * mends them grew 0.27 KB on every island page (chapter 22.29, worksheet
   * 23.51, dated 25.18, self-check 23.53, your data 20.27; each limit up
   * 0.5 KB). A chapter's kept results can be deleted one by one (its list
   * fetched when opened; 0.27 KB on a chapter for the way in). On
   * 2026-11-27 (late) a recovery copy's answers can be put back into the
   * boxes that are empty now, where before a copy could only be downloaded
   * as raw text: your data 20.68 (limit 20.5 → 21); the code that writes
   * them back is fetched only when the button is pressed. Later that day
   * search ranking counted a page's further sections by the query words they
   * add and a reader's words found side by side (rank.ts): search 12.69
   * (limit 12.5 → 13), its chunk 0.2 KB larger after 37 bytes saved by
   * importing the word tables without their notes. The next session search
   * grew 0.31 KB (13.15, limit 13 → 13.5): despair said without a word for
   * death leads with urgent help ("everyone would be better off without
   * me"), a screen reader hears when nothing matched closely, and an excerpt
   * never ends on a bare "Avoid:". Raised to 14 KB the next session (13.55):
   * an excerpt is cut to length in the page, from a longer one Pagefind
   * gives, so a first result whose match lay in its situation phrases shows
   * its section's opening (it had shown nothing, or "In the weeks…"), and a
   * thing to avoid is quoted from its "Avoid:" label, not read as advice.
   * The same session, loading a backup stopped replacing a sheet kept in
   * version 1's form (its newer answers vanished from the page): how a page
   * upgrades such a record moved beside the record model, into the islands
   * file, so Your data can read one too (chapter 22.55, limit 22.5 → 23;
   * your data 21.09, 21 → 21.5). On 2026-11-28 (second session) a record
   * or recovery copy the reader deletes leaves a note of its name and when
   * (never its words), so an older backup loaded later leaves it out unless
   * the reader asks for it back (it had come back as "new"); a sheet saved
   * only by choice (Full disclosure) leaves no note, and takes its name out
   * of one; a note with a damaged entry is copied aside, not ignored; a file's
   * copy of that sheet starts ticked to stay out; the summary's status follows
   * the ticks; a sheet cleared, or an entry deleted, says its name is kept.
   * The record model every island page loads grew 0.45 KB, and Your data
   * 1.01 KB with its words and the count beside its Load button (chapter
   * 23.35, worksheet 24.46, dated 26.27, self-check 24.38, your data 22.49;
   * limits 23 → 23.5, 24 → 24.5,
   * 26 → 26.5, 21.5 → 22.5).
   * Raised the next session (2026-11-28, third): a date typed key by key
   * holds the years 0002, 0020 and 0202 on the way to 2026, which the dates
   * every island page loads read as 1902 to 1999 and refused, so the next
   * key kept the whole sheet aside as recovery copies that "Clear answers"
   * left; days of any year a date box takes are read now (0.03 KB on every
   * island page). With it, the profile names every step tied at the top,
   * and a sheet's "Load answers from a file" question starts on "No, keep
   * mine" and gives focus back to its button (chapter 23.48, worksheet
   * 24.51, self-check 24.51, your data 22.51; limits 24.5 → 25, 22.5 → 23).
   * Then a self-check's choices stand one a line on a phone (wrapped, the
   * scale read "Sometimes · Mostly" on one line, the rest alone), and a
   * sheet kept from saving for want of room saves once another tab makes
   * room: chapter 23.52 (limit 23.5 → 24). After review, that retry waits
   * until the other tab's deletes are all in and never writes back after
   * "Delete everything", and dates keep four-digit keys apart from what a
   * date box holds: dated worksheet 26.58 (limit 26.5 → 27). At the end of
   * that session: chapter 23.63, worksheet 24.77, self-check 24.73, your
   * data 22.74, search 13.79 (a search stuck on a stalled fetch holds the
   * next back 4 s at most). Raised on 2026-11-28 (late): a sheet typed in
   * before it woke had put that typing over its saved answers, which the
   * page had not shown yet (a saved draft became "Hi", saved ticks and lines
   * went), with no copy and no word; after a reload it had thrown such
   * typing away. It now merges it with what is saved, keeps saved words it
   * replaces as a recovery copy and says so (worksheet 25.26, dated 27.08;
   * limits 25 → 25.5, 27 → 27.5). After review, such typing on a full
   * device waits on the page, as any change does there, where it had been
   * dropped, and Full disclosure says when it saved typing done while its
   * "Don't save" box showed ticked (worksheet 25.33, dated 27.15). A self-check refused for want of room
   * saves once another tab makes room (chapter 23.74, self-check 24.84).
   * Search 14.5 the same day (14.23): a reader pass searched as readers in
   * danger would, and plain words ("he tried to kill me", "i took a bunch of
   * pills", "he hits the kids") got no urgent help; more such words lead
   * with it now, and the note over loose matches gives the way to help too.
   * After review of those words (some fired on "I didn't want to hurt her",
   * "will it hurt my kids"; more danger was still missed), search 14.54
   * (limit 14.5 → 15, the aim of issue 16), worksheet 25.46 and dated 27.28
   * (saved words typed over unseen are copied before a clear on a full
   * device, and "Not saved yet" gives way once they are saved).
   * A second review the same evening: search 15.23 (limit 15 → 15.5, over
   * issue 16's aim by 0.23 KB: the danger words now leave idioms alone and
   * catch more plain danger, and that is worth more than the aim; fetching
   * them with the first search would bring it back under), worksheet 25.63
   * (25.5 → 26: a clear on a full device notes the sheet's deletion and says
   * where the unseen words went), dated 27.44 (27.5). Then the danger words
   * (3.6 KB gzip of patterns) are fetched with the first search, beside
   * Pagefind, not with the page: search 11.96 (limit 15.5 → 12, under the
   * aim again).
   */
  settledScriptGzip: {
    chapter: 24 * 1024,
    worksheet: 26 * 1024,
    /**
     * A sheet kept once a day or week adds its entry bar and the code that
     * lists its entries (1.7 KB). Weighed apart since 2026-11-27: until then
     * only the first sheet by address, an undated one, was weighed. Raised to
     * 26 KB the next session (25.51): the sheet tells its entry bar when it
     * first keeps the entry (the bar said "Nothing is saved" for a minute),
     * counts a record it cannot read as refused from the start (it said
     * "saved as you type"), and clears that once a save gets through; Full
     * disclosure is ticked again after Back from the browser's cache.
     */
    'dated worksheet': 27.5 * 1024,
    'self-check': 25 * 1024,
    'your data': 23 * 1024,
    search: 12 * 1024,
  },
  /**
   * The stylesheet every page shares: 6.61 KB (with a disabled button muted, and the rules that print a self-check's key to score it by hand). Raised from 6.5 on 2026-11-27
   * (6.48): with JavaScript off, a device set to dark got the light theme,
   * bright at night; the dark colours now follow the device there too.
   * Tailwind reads class names only from components and pages, but a word
   * in a comment there still makes a rule ("filter" made one of 0.2 KB): a
   * failing limit may be a comment's word.
   */
  siteCssGzip: 7 * 1024,
  /**
   * Each built page's own HTML, gzipped, by kind, the largest of each kind
   * rounded up to the next half kilobyte (chapter 11.86, be-there; worksheet
   * 7.2; self-check 8.8; your data 6.6; search 3.7; the print edition 21.8).
   * The HTML carries each island's props, so a prop that repeats the page's
   * words shows here. The chapter limit rose to 12.5 on 2026-11-27 (12.21):
   * a chapter printed at once by a reader coming back lacked its self-check's
   * result, so the check wakes at once where its records are kept (Astro puts
   * that directive's script inline), and the theme script holds Enter in a
   * search box until the site script can keep the words out of the address.
   * Chapter 13 and self-check 9.5 on 2026-11-27 (12.67, 9.17): a check printed
   * blank to answer with a pen ended with no way to score it; each carries
   * its key (points, and a chapter's bands), printed and shown without
   * JavaScript (0.39 KB on a chapter). Your data 7.5 on 2026-11-27 (7.30):
   * it says whether the offline copy is complete, before a reader counts on
   * it (its script, 0.4 KB, sits in the page, where it costs no request).
   * The print edition 22.5 on 2026-11-28 (22.38): the help page it prints
   * gained what holds when there are children, and about health and tests.
   * The print edition 23.5 on 2026-11-28, late (23.12): it opens with the
   * About page, so a reader with only paper is told, once, that the
   * handbook is not therapy and when to find a counsellor (the book had
   * dropped its one pointer to that page); and its contents says how to find
   * a part. Your data 8 the same day (7.57): what it keeps lists the words
   * of a tab's last search, for how long, which it said only in that tab.
   */
  pageHtmlGzip: {
    chapter: 13 * 1024,
    worksheet: 7.5 * 1024,
    'self-check': 9.5 * 1024,
    'your data': 8 * 1024,
    search: 4 * 1024,
    'print edition': 23.5 * 1024,
  },
  /** The worksheet pages' own styles (1.3 KB), left out of every other page. */
  worksheetCssGzip: 1.5 * 1024,
} as const;

export interface LoadedFile {
  url: string;
  type: string;
  bytes: Uint8Array;
}

export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

export interface PageWeight {
  requests: number;
  totalGzip: number;
  scriptGzip: number;
  files: { url: string; type: string; gzip: number }[];
}

export function weighPage(files: LoadedFile[]): PageWeight {
  const weighed = files.map((f) => ({ url: f.url, type: f.type, gzip: gzipSize(f.bytes) }));
  return {
    requests: weighed.length,
    totalGzip: weighed.reduce((sum, f) => sum + f.gzip, 0),
    scriptGzip: weighed.filter((f) => f.type === 'script').reduce((sum, f) => sum + f.gzip, 0),
    files: weighed.sort((a, b) => b.gzip - a.gzip),
  };
}

/** A readable list of a page's files, largest first, for a failing budget's message. */
export function describeWeight(page: string, weight: PageWeight): string {
  const rows = weight.files.map(
    (f) => `  ${(f.gzip / 1024).toFixed(1)} KB gzip  ${f.type.padEnd(10)} ${f.url}`,
  );
  return `${page}: ${weight.requests} requests, ${(weight.totalGzip / 1024).toFixed(1)} KB gzip in total, ${(weight.scriptGzip / 1024).toFixed(1)} KB of it script\n${rows.join('\n')}`;
}
