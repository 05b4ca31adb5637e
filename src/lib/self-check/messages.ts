/**
 * What the result's live region says. Kept short and stable: it changes only
 * when the reading itself changes, so a screen reader is not told the
 * progress after every click.
 */
import type { AreaResult, BandView, Reading } from './scoring';

export function chapterAnnouncement(reading: Reading<BandView>, revisitCount: number): string {
  if (reading.status === 'incomplete') {
    return `Answer all ${reading.score.total} statements to see your reading.`;
  }
  const { title, text } = reading.band;
  const revisit =
    revisitCount === 0
      ? ''
      : revisitCount === 1
        ? ' One statement has a section to revisit, listed below.'
        : ` ${revisitCount} statements have a section to revisit, listed below.`;
  return `Your reading: ${title}. ${text}${revisit}`;
}

export function handbookAnnouncement(
  profile: readonly AreaResult[],
  start: readonly AreaResult[],
  answered: number,
  total: number,
): string {
  if (answered < total) return `Answer all ${total} statements to see your full profile.`;
  const strongest = profile[0];
  if (!strongest) return '';
  const where =
    start.length === 0
      ? 'You answered Always everywhere; keep doing what you are doing.'
      : `Start here: ${start.map((a) => a.title).join(', ')}.`;
  return `Your profile is ready. Strongest: ${strongest.title}. ${where}`;
}

export function progressText(answered: number, total: number): string {
  return `${answered} of ${total} answered.`;
}
