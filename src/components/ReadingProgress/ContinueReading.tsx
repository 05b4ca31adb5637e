/**
 * The first step on the home page: "Start at the beginning" for a new
 * reader (and without JavaScript), "Continue reading" for one coming back.
 */
import { whereNext, type ChapterLink } from '../../lib/progress/reading';
import { useReading } from './use-reading';

interface Props {
  chapters: ChapterLink[];
}

export default function ContinueReading({ chapters }: Props) {
  const { progress } = useReading();
  const first = chapters[0];
  const next = progress ? whereNext(chapters, progress) : { kind: 'new' as const };
  if (next.kind === 'continue') {
    return (
      <span data-continue-reading>
        Continue reading: <a href={next.chapter.href}>{next.chapter.title}</a>. You have read{' '}
        {next.readCount} of {chapters.length} chapters.
      </span>
    );
  }
  if (next.kind === 'all-read') {
    return (
      <span data-continue-reading>
        You have read all {chapters.length} chapters. Go back to any of them below, or begin again
        with {first ? <a href={first.href}>{first.title}</a> : 'the first'}.
      </span>
    );
  }
  return first ? (
    <span data-start-reading>
      Start at the beginning: <a href={first.href}>{first.title}</a>.
    </span>
  ) : null;
}
