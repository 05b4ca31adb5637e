/**
 * Sits where a chapter's text ends. When the reader scrolls to it, the
 * chapter is marked as read on this device; they can mark it unread again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { readSlugs } from '../../lib/progress/reading';
import { useReading } from './use-reading';
import { plainButton as button } from '../Button/plain-button';

interface Props {
  slug: string;
  title: string;
  yourDataHref: string;
}

export default function ChapterProgress({ slug, title, yourDataHref }: Props) {
  const { progress, mark, notice } = useReading();
  const end = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  const settled = useRef(false);
  const read = progress ? readSlugs(progress).has(slug) : false;

  useEffect(() => {
    if (!progress || settled.current || !end.current) return;
    if (read) {
      settled.current = true;
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      // Seen after scrolling, not just on opening the page.
      if (entries.some((e) => e.isIntersecting) && window.scrollY > 0) {
        settled.current = true;
        observer.disconnect();
        mark(slug, true);
        setStatus('You reached the end: this chapter is now marked as read on this device.');
      }
    });
    observer.observe(end.current);
    return () => observer.disconnect();
  }, [progress === null, read]);

  const toggle = () => {
    settled.current = true;
    mark(slug, !read);
    setStatus(read ? `“${title}” is marked as unread.` : `“${title}” is marked as read.`);
  };

  return (
    <div
      ref={end}
      class="mt-10 flex flex-wrap items-center gap-x-6 gap-y-3 border-t border-rule pt-6 print:hidden"
      data-chapter-progress
    >
      <p class="text-base" data-read-state={read ? 'read' : 'unread'}>
        {read ? (
          <>
            <span aria-hidden="true">✓ </span>
            <strong>Read.</strong> This chapter is marked as read on this device.
          </>
        ) : (
          'This chapter is not marked as read yet.'
        )}{' '}
        <a href={yourDataHref}>Your data</a>
      </p>
      <button type="button" class={button} onClick={toggle} data-toggle-read>
        {read ? 'Mark as unread' : 'Mark as read'}
      </button>
      <p role="status" aria-live="polite" class="w-full text-base text-muted empty:hidden">
        {status}
      </p>
      {notice && <p class="w-full border-l-4 border-avoid pl-3 text-base">{notice}</p>}
    </div>
  );
}
