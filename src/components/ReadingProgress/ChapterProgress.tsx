/**
 * Sits where a chapter's text ends. When the reader scrolls to it, the
 * chapter is marked as read on this device; they can mark it unread again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { readSlugs } from '../../lib/progress/reading';
import { useReading } from './use-reading';
import { restoredByBrowser } from '../../lib/browser/restored-by-browser';
import { plainButton as button } from '../Button/plain-button';
import { passedOrInView } from './passed-or-in-view';

interface Props {
  slug: string;
  title: string;
  yourDataHref: string;
}

export default function ChapterProgress({ slug, title, yourDataHref }: Props) {
  const { progress, mark, notice, kept } = useReading();
  const end = useRef<HTMLDivElement>(null);
  const toggleButton = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState('');
  const settled = useRef(false);
  /** What had focus, on screen, as the end counted (see the effect on `status`). */
  const shownBefore = useRef<HTMLElement | null>(null);
  const read = progress ? readSlugs(progress).has(slug) : false;

  useEffect(() => {
    if (!progress || settled.current || !end.current) return;
    if (read) {
      settled.current = true;
      return;
    }
    // Back, Forward or a reload puts the page where it was left, perhaps at
    // its end: that is the browser scrolling, not reading (and may follow
    // "Mark as unread" or "Delete everything"), so the end counts only once
    // the reader moves the page.
    let readerMoved = !restoredByBrowser();
    // Opened at a place in it (a search result, a situation, the self-check):
    // the text before it was skipped, so its end counts only once the reader
    // has been back to the chapter's title (seen since the page opened, even
    // before this woke: read-asked-early.js notes it). A search landing on
    // the last section marked the chapter read at once, a trace on a shared
    // laptop. (Section ids are plain words: the address's fragment is the id.)
    const [, openedAt] = (performance.getEntriesByType('navigation')[0]?.name ?? '').split('#');
    const skipped = openedAt && document.getElementById(openedAt);
    let inView = false;
    const reachedEnd = () => {
      if (!inView || window.scrollY <= 0 || !readerMoved || settled.current) return;
      if (skipped && !document.documentElement.hasAttribute('data-title-seen')) return;
      // A reader on "Mark as read" (tabbed to it or beside it, or the pointer
      // over it) may be about to press it: it must not turn into "Mark as
      // unread" under them. The end counts once they move off it.
      if (end.current?.contains(document.activeElement) || toggleButton.current?.matches(':hover'))
        return;
      settled.current = true;
      stop();
      const focused = document.activeElement;
      const box = focused?.getBoundingClientRect();
      shownBefore.current =
        focused instanceof HTMLElement && box && box.top >= -1 && box.bottom <= innerHeight + 1
          ? focused
          : null;
      setStatus(
        mark(slug, true)
          ? 'You reached the end: this chapter is now marked as read on this device.'
          : 'You reached the end: this chapter is marked as read on this page, but this browser did not let the handbook keep the mark.',
      );
    };
    const observer = new IntersectionObserver(
      (entries) => {
        // Seen after scrolling, not just on opening the page; or passed, when
        // the reader moved the page from above it (read-asked-early.js).
        for (const e of entries) {
          const onScreen =
            e.boundingClientRect.top < innerHeight && e.boundingClientRect.bottom > 0;
          inView =
            e.isIntersecting &&
            (onScreen || document.documentElement.hasAttribute('data-end-ahead'));
        }
        reachedEnd();
      },
      { rootMargin: passedOrInView },
    );
    const onMove = () => {
      readerMoved = true;
      reachedEnd();
    };
    const moves = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;
    for (const type of moves) window.addEventListener(type, onMove, { passive: true });
    const stop = () => {
      observer.disconnect();
      for (const type of moves) window.removeEventListener(type, onMove);
    };
    const endEl = end.current;
    const toggleEl = toggleButton.current;
    // Focus has left once the next element has it.
    const focusLeft = () => setTimeout(reachedEnd);
    endEl.addEventListener('focusout', focusLeft);
    toggleEl?.addEventListener('pointerleave', reachedEnd);
    observer.observe(endEl);
    return () => {
      stop();
      endEl.removeEventListener('focusout', focusLeft);
      toggleEl?.removeEventListener('pointerleave', reachedEnd);
    };
  }, [progress === null, read]);

  // The read state above what follows changes as the end counts, and may
  // take another line: a reader who had just tabbed on to the next link saw
  // it slide below the screen, its focus ring a sliver at the edge (a reader
  // pass, when a visible status line opened there too). What had focus, and
  // was on screen as the end counted, is brought back into view; nothing
  // else: a reader who scrolled there with focus on the page, or on a box
  // answered further down, stays where they are.
  useEffect(() => {
    const focused = shownBefore.current;
    shownBefore.current = null;
    if (!status || !focused || focused !== document.activeElement) return;
    if (end.current?.contains(focused)) return;
    const { top, bottom } = focused.getBoundingClientRect();
    if (top < 0 || bottom > innerHeight) focused.scrollIntoView({ block: 'center' });
  }, [status]);

  // "Mark as read" pressed before this woke (read-asked-early.js kept it):
  // done now, as pressed. Already read elsewhere, it is as asked.
  useEffect(() => {
    const root = document.documentElement;
    if (!progress || !root.hasAttribute('data-read-asked')) return;
    root.removeAttribute('data-read-asked');
    if (!read) toggle();
  }, [progress === null]);

  const toggle = () => {
    settled.current = true;
    const keptMark = mark(slug, !read);
    const state = read ? 'unread' : 'read';
    setStatus(
      keptMark
        ? `“${title}” is marked as ${state}.`
        : `“${title}” is marked as ${state} on this page only: this browser did not let the handbook keep it.`,
    );
  };

  return (
    <div
      ref={end}
      class="mt-10 flex flex-wrap items-center gap-x-6 gap-y-3 border-t border-rule pt-6 print:hidden"
      data-chapter-progress
    >
      <p class="text-base" data-read-state={read ? 'read' : 'unread'}>
        {/* The page as sent cannot know what this device has read: it says
            nothing a read chapter would contradict (the client build drops this). */}
        {import.meta.env.SSR ? (
          'Reaching the end marks this chapter as read.'
        ) : read ? (
          <>
            <span aria-hidden="true">✓ </span>
            <strong>Read.</strong>{' '}
            {kept
              ? 'This chapter is marked as read on this device.'
              : 'This chapter is marked as read on this page only, not kept on this device.'}
          </>
        ) : (
          'This chapter is not marked as read yet.'
        )}{' '}
        <a href={yourDataHref}>Your data</a>
      </p>
      <button ref={toggleButton} type="button" class={button} onClick={toggle} data-toggle-read>
        {read ? 'Mark as unread' : 'Mark as read'}
      </button>
      {/* Heard, not shown: the line above says the same to the eye, and a line
          opening here moved the self-check below under a reader's tap (a
          full run lost a click on its first answer). */}
      <p role="status" aria-live="polite" class="sr-only">
        {status}
      </p>
      {notice && <p class="w-full border-l-4 border-avoid pl-3 text-base">{notice}</p>}
    </div>
  );
}
