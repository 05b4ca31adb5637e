import { afterEach, describe, expect, it, vi } from 'vitest';
import { openedEntry } from './entry-slug';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the entry a dated sheet opens (openedEntry)', () => {
  it('is decided once a page: the sheet and its entry bar name one entry across midnight', () => {
    vi.stubGlobal('window', { location: { search: '' } });
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 10, 26, 23, 59, 59, 900));
    const sheet = openedEntry('daily-check-in', 'daily');
    expect(sheet.period).toBe('2026-11-26');
    // The entry bar wakes a moment later, on the next day.
    vi.setSystemTime(new Date(2026, 10, 27, 0, 0, 0, 100));
    expect(openedEntry('daily-check-in', 'daily').period).toBe('2026-11-26');
    // Another sheet on a later page is decided on its own.
    expect(openedEntry('other-sheet', 'daily').period).toBe('2026-11-27');
  });
});
