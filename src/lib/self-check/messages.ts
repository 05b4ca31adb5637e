/**
 * What the result's live region says. Kept short and stable: it changes only
 * when the reading itself changes, so a screen reader is not told the
 * progress after every click.
 */
import { dayKey, formatDay, isDayKey } from '../progress/dates';
import type { AreaResult, BandView, Reading } from './scoring';

export function chapterAnnouncement(reading: Reading<BandView>, revisitCount: number): string {
  if (reading.status === 'incomplete') {
    return `Answer all ${reading.score.total} statements to see your reading.`;
  }
  if (reading.status === 'none-apply') {
    return 'None of these statements applies to you right now, so there is no reading.';
  }
  const { title, text } = reading.band;
  const skipped = reading.score.notApplicable;
  const left =
    skipped === 0
      ? ''
      : skipped === 1
        ? ' One statement does not apply to you and is left out.'
        : ` ${skipped} statements do not apply to you and are left out.`;
  const revisit =
    revisitCount === 0
      ? ''
      : revisitCount === 1
        ? ' One statement has a section to revisit, listed below.'
        : ` ${revisitCount} statements have a section to revisit, listed below.`;
  return `Your reading: ${title}. ${text}${left}${revisit}`;
}

export function handbookAnnouncement(
  profile: readonly AreaResult[],
  start: readonly AreaResult[],
  answered: number,
  total: number,
): string {
  if (answered < total) return `Answer all ${total} statements to see your full profile.`;
  const applies = profile.filter((a) => a.average !== null);
  // Steps equal at the top are all named, in step order (the profile lists
  // them later step first): naming one alone ranked it above its equals.
  const top = applies.filter((a) => a.average === applies[0]?.average).reverse();
  const strongest = top[0];
  if (!strongest) return 'None of these statements applies to you right now.';
  const where =
    start.length === 0
      ? 'Every part that applies to you is at the top of the scale; keep doing what you are doing.'
      : `Start here: ${start.map((a) => a.title).join(', ')}.`;
  // A step is named strongest only if it stands above another: "Not yet"
  // everywhere is no strength to praise.
  const level = applies.every((a) => a.average === strongest.average);
  // Past three, the names make a long line to hear: the list below has them.
  const names = top.map((a) => a.title);
  const named =
    names.length === 1
      ? `Strongest: ${strongest.title}.`
      : names.length > 3
        ? `${names.length} steps are equally strongest, first in the list below.`
        : `Equally strongest: ${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}.`;
  return `Your profile is ready. ${level ? 'Every step is at the same place on the scale.' : named} ${where}`;
}

/**
 * What the result box says in the page as sent, before its script wakes: true
 * then, and still true if the script never arrives (a dropped connection),
 * when "0 of 6 answered" beside six ticked answers would not be. The island
 * says its own line once awake; only the server render uses this.
 */
export const readingOnceLoadedText =
  'Your reading shows here, and your answers are saved on this device, once this page has finished loading. If this note stays, reload the page.';

export function progressText(answered: number, total: number): string {
  return `${answered} of ${total} answered.`;
}

/** Said once, when saved answers were given to statements that have since been reworded. */
export function earlierAnswersText(count: number): string {
  if (count === 0) return '';
  return count === 1
    ? 'One statement was reworded since you answered it. Your earlier answer is shown beside it; choose again when you are ready.'
    : `${count} statements were reworded since you answered them. Your earlier answers are shown beside them; choose again when you are ready.`;
}

/**
 * Said above answers kept from an earlier day: a returning reader sees them
 * ticked, and one change keeps a result for today made of all of them. `when`
 * prints too; `advice` is for the screen. Null when nothing is kept, or the
 * answers are from today.
 */
export function answersFromText(
  savedAt: string | null,
  now: Date,
): { when: string; advice: string } | null {
  // Time zero stands for "unknown" in records from before changes were dated.
  if (!savedAt || !(Date.parse(savedAt) > 0)) return null;
  const day = dayKey(new Date(savedAt));
  if (!isDayKey(day) || day >= dayKey(now)) return null;
  return {
    when: `These answers were last changed on ${formatDay(day)}.`,
    advice:
      'If you change one now, a result is kept for today with all the answers as they then stand.',
  };
}

/**
 * On paper only, where no earlier day is named: the day the answers stood as
 * printed. A sheet kept for weeks, or shown to a counsellor, says when.
 */
export function answersOnPaperText(now: Date): string {
  return `Your answers as they stood on ${formatDay(dayKey(now))}.`;
}
