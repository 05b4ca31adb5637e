import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Json } from './field-record';
import { liveRecord, type LiveState } from './live-record';
import { memoryStorage } from './memory-storage';
import { FIELD_RECORD_VERSION, type FieldRecordSpec } from './records';

const spec: FieldRecordSpec<string> = {
  key: 'progress:test',
  version: FIELD_RECORD_VERSION,
  checkField: (id: string, value: Json) =>
    typeof value === 'string' && id !== 'gone'
      ? { ok: true, value }
      : { ok: false, problem: 'is not for this page' },
};

/** A window that delivers `storage` and `pageshow` events, as the browser does to other tabs. */
function fakeWindow() {
  const target = new EventTarget();
  (globalThis as { window?: unknown }).window = target;
  return {
    /** Another tab changed `key` (to `newValue`; null when it deleted it). */
    storageEvent(key: string | null, newValue: string | null = 'changed') {
      const event = new Event('storage') as Event & { key: string | null };
      Object.defineProperty(event, 'key', { value: key });
      Object.defineProperty(event, 'newValue', { value: key === null ? null : newValue });
      target.dispatchEvent(event);
    },
    pageshow(persisted: boolean) {
      const event = new Event('pageshow');
      Object.defineProperty(event, 'persisted', { value: persisted });
      target.dispatchEvent(event);
    },
  };
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
  vi.useRealTimers();
});

describe('a record kept live on a page', () => {
  it('two tabs: a change in the other tab shows at once, and deletes too', () => {
    const win = fakeWindow();
    const storage = memoryStorage();
    const seen: LiveState<string>[] = [];
    const tabA = liveRecord(storage, spec, (s) => seen.push(s));
    const tabB = liveRecord(storage, spec, () => {});
    tabB.edit('b', 'from B');
    win.storageEvent('rt:progress:test');
    expect(tabA.state().values).toEqual({ b: 'from B' });
    tabA.edit('a', 'from A');
    expect(tabB.state().values).toEqual({ b: 'from B' }); // B has not heard yet…
    tabB.refresh(); // …until its storage event
    expect(tabB.state().values).toEqual({ a: 'from A', b: 'from B' });
    storage.items.clear(); // "Delete everything" elsewhere
    win.storageEvent(null);
    expect(tabA.state().values).toEqual({});
    // The answers that went are explained, until the reader answers again.
    expect(tabA.state().deletedElsewhere).toBe('other-tab');
    tabA.edit('a', 'again');
    expect(tabA.state().deletedElsewhere).toBe(null);
    tabA.stop();
    tabB.stop();
  });

  it('delete then Back: coming back from the back/forward cache shows the deletion and saves nothing', () => {
    const win = fakeWindow();
    const storage = memoryStorage();
    const page = liveRecord(storage, spec, () => {});
    page.edit('a', 'typed');
    storage.items.clear();
    win.pageshow(true);
    expect(page.state().values).toEqual({});
    expect(page.state().deletedElsewhere).toBe('meanwhile');
    expect(storage.items.size).toBe(0);
    page.stop();
  });

  it('full storage: an edit stays on the page, is retried with the next one, and is not lost', () => {
    // Full: something is stored (a browser that keeps nothing is "off", records.test.ts).
    const items: Record<string, string> = { 'rt-theme': 'dark' };
    const full = memoryStorage(items, 'full');
    const page = liveRecord(full, spec, () => {});
    page.edit('a', 'kept on the page');
    expect(page.state().values).toEqual({ a: 'kept on the page' });
    expect(page.state().notice).toMatch(/full/);
    expect(page.state().unsaved).toBe(true);
    const roomy = memoryStorage({});
    const later = liveRecord(roomy, spec, () => {});
    later.edit('a', 'x');
    expect(later.state().notice).toBeNull();
    expect(later.state().unsaved).toBe(false);
  });

  it('full storage: once another tab makes room, an answer refused is saved without another edit', () => {
    vi.useFakeTimers();
    const win = fakeWindow();
    const storage = memoryStorage({ 'rt:results:other': 'old', 'rt-theme': 'dark' }, 'full');
    const page = liveRecord(storage, spec, () => {});
    page.edit('a', 'refused');
    expect(page.state().unsaved).toBe(true);
    // Another tab deletes something, and the device has room again.
    storage.items.delete('rt:results:other');
    storage.setMode('ok');
    win.storageEvent('rt:results:other', null);
    expect(page.state().unsaved).toBe(true); // once that tab's deletes are all in
    vi.advanceTimersByTime(300);
    expect(page.state()).toMatchObject({ values: { a: 'refused' }, unsaved: false, notice: null });
    expect(JSON.parse(storage.items.get('rt:progress:test') ?? '{}')).toMatchObject({
      fields: { a: { value: 'refused' } },
    });
    page.stop();
  });

  it('full storage, then "Delete everything" in another tab: nothing refused is written back', () => {
    vi.useFakeTimers();
    const win = fakeWindow();
    const storage = memoryStorage({ 'rt:results:other': 'old' }, 'full');
    const page = liveRecord(storage, spec, () => {});
    page.edit('a', 'refused');
    storage.items.clear();
    storage.setMode('ok');
    win.storageEvent('rt:results:other', null);
    vi.advanceTimersByTime(1000);
    expect(storage.items.size).toBe(0);
    // Still on the page, and still said to be unsaved: leaving asks first.
    expect(page.state()).toMatchObject({ values: { a: 'refused' }, unsaved: true });
    page.stop();
  });

  it('a change (not a delete) in another tab does not retry, and a stopped page never does', () => {
    vi.useFakeTimers();
    const win = fakeWindow();
    const storage = memoryStorage({ 'rt:results:other': 'old' }, 'full');
    const page = liveRecord(storage, spec, () => {});
    page.edit('a', 'refused');
    storage.setMode('ok');
    win.storageEvent('rt:results:other', 'new');
    vi.advanceTimersByTime(1000);
    expect(storage.items.has('rt:progress:test')).toBe(false);
    win.storageEvent('rt:results:other', null);
    page.stop();
    vi.advanceTimersByTime(1000);
    expect(storage.items.has('rt:progress:test')).toBe(false);
  });

  it('storage off: every answer is on the page only until it is cleared', () => {
    const page = liveRecord(null, spec, () => {});
    expect(page.state().unsaved).toBe(false);
    page.edit('a', 'typed');
    expect(page.state()).toMatchObject({ values: { a: 'typed' }, unsaved: true });
    // Nothing was ever saved, so nothing was refused: the page is simply empty.
    expect(page.clear()).toBe('cleared');
    expect(page.state()).toMatchObject({ values: {}, unsaved: false });
  });

  it('unreadable record + full storage: clearing leaves the original alone', () => {
    const storage = memoryStorage({ 'rt:progress:test': '{"broken' }, 'full');
    const page = liveRecord(storage, spec, () => {});
    expect(page.state().unreadable).toBe('{"broken');
    page.edit('a', 'typed');
    expect(storage.items.get('rt:progress:test')).toBe('{"broken');
    // Said as kept, not as cleared from the device.
    expect(page.clear()).toBe('kept-unreadable');
    expect(storage.items.get('rt:progress:test')).toBe('{"broken');
  });
});
