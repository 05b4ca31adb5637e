/**
 * On a page that lists chapters without a reading island of its own, shows
 * which chapters are read and how many, once the page is idle.
 */
import { readSlugs } from '../../lib/progress/reading';
import { useReading } from './use-reading';

interface Props {
  /** The chapters listed: a chapter read before it was renamed or removed is not counted. */
  slugs: string[];
}

export default function ReadMarks({ slugs }: Props) {
  const { progress } = useReading();
  const read = progress ? readSlugs(progress) : new Set<string>();
  const count = slugs.filter((slug) => read.has(slug)).length;
  if (count === 0) return null;
  return (
    <p class="mb-6 text-base text-muted" data-read-count>
      You have read {count} of {slugs.length} chapters on this device. Chapters you have read say
      “Read”.
    </p>
  );
}
