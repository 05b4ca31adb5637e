/**
 * On a page that lists chapters without a reading island of its own, shows
 * which chapters are read and how many, once the page is idle.
 */
import { readSlugs } from '../../lib/progress/reading';
import { useReading } from './use-reading';

interface Props {
  total: number;
}

export default function ReadMarks({ total }: Props) {
  const { progress } = useReading();
  const count = progress ? readSlugs(progress).size : 0;
  if (count === 0) return null;
  return (
    <p class="mb-6 text-base text-muted" data-read-count>
      You have read {Math.min(count, total)} of {total} chapters on this device. Chapters you have
      read say “Read”.
    </p>
  );
}
