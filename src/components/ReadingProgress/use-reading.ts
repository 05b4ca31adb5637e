/**
 * Reading progress for an island: loaded once on the reader's device, kept
 * in step with other tabs and with a page restored from the back/forward
 * cache, and shown on every list of chapters on the page
 * (`[data-read-mark="<slug>"]`, hidden until read).
 */
import { useEffect, useState } from 'preact/hooks';
import {
  browserStorage,
  loadFieldRecord,
  recordNotice,
  watchPageReturn,
  watchRecord,
} from '../../lib/storage/records';
import {
  READING_KEY,
  markInMemory,
  progressFromLoad,
  readSlugs,
  readingRecord,
  saveReadMark,
  type ReadingProgress,
} from '../../lib/progress/reading';

/** Shows "Read" beside each chapter read; the marks are in the page, hidden, from the server. */
export function showReadMarks(read: ReadonlySet<string>) {
  document.querySelectorAll<HTMLElement>('[data-read-mark]').forEach((mark) => {
    mark.hidden = !read.has(mark.dataset['readMark'] ?? '');
  });
}

export function useReading() {
  /** null until read from the device, so a new reader is not told anything too early. */
  const [progress, setProgress] = useState<ReadingProgress | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** Whether the last mark made here was kept on the device. */
  const [kept, setKept] = useState(true);

  useEffect(() => {
    const load = () => {
      const loaded = loadFieldRecord(browserStorage(), readingRecord);
      setNotice(recordNotice(loaded));
      setProgress(progressFromLoad(loaded));
    };
    load();
    const stopWatching = watchRecord(READING_KEY, load);
    const stopReturn = watchPageReturn(load);
    return () => {
      stopWatching();
      stopReturn();
    };
  }, []);

  useEffect(() => {
    if (progress) showReadMarks(readSlugs(progress));
  }, [progress]);

  /** Marks a chapter; says whether the device kept the mark, for the page's own words. */
  const mark = (slug: string, read: boolean): boolean => {
    const saved = saveReadMark(browserStorage(), slug, read);
    setNotice(recordNotice(saved));
    // On screen either way; kept on the device only if the save worked.
    setProgress((current) => markInMemory(current ?? { chapters: {} }, slug, read));
    setKept(saved.ok);
    return saved.ok;
  };

  return { progress, mark, notice, kept };
}
