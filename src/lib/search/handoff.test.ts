import { describe, expect, it } from 'vitest';
import {
  forgetChannel,
  forgetSearch,
  forgetSearchEverywhere,
  handOver,
  keepsSearch,
  searchKeptMs,
  searchForgotten,
  searchHandoffKey,
  startingSearch,
  takeOver,
} from './handoff';
import { queryMaxLength } from './search-url';

function memory(): Storage {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
    key: () => null,
    get length() {
      return data.size;
    },
  };
}

describe('search hand-over', () => {
  it('carries the words and kind to the search page, not the address', () => {
    const store = memory();
    expect(handOver(store, { q: 'she keeps asking', kind: 'Chapter' })).toBe(true);
    expect(startingSearch('', store)).toEqual({
      state: { q: 'she keeps asking', kind: 'Chapter' },
      fromAddress: false,
    });
  });

  it('carries a long late-night story whole, its question at the end included', () => {
    const store = memory();
    const story = `${'we had a huge fight tonight and she found more messages '.repeat(5)}should I tell her the rest now`;
    expect(story.length).toBeGreaterThan(280);
    handOver(store, { q: story, kind: undefined });
    expect(startingSearch('', store).state.q).toBe(story);
    // Only a search longer than every search box allows is cut, at that length.
    handOver(store, { q: 'x'.repeat(queryMaxLength + 50), kind: undefined });
    expect(startingSearch('', store).state.q).toHaveLength(queryMaxLength);
  });

  it('prefers a shared ?q= link, and says the address must be cleared', () => {
    const store = memory();
    handOver(store, { q: 'older words', kind: undefined });
    expect(startingSearch('?q=new+words', store)).toEqual({
      state: { q: 'new words', kind: undefined },
      fromAddress: true,
    });
  });

  it('reads damaged or foreign values as no search, never throws', () => {
    const store = memory();
    for (const raw of ['{', '"text"', 'null', '{"q":5,"kind":"Nope"}', '[]']) {
      store.setItem(searchHandoffKey, raw);
      expect(takeOver(store).kind).toBeUndefined();
      expect(typeof takeOver(store).q).toBe('string');
    }
    expect(takeOver(null)).toEqual({ q: '', kind: undefined });
  });

  it('keeps nothing for an empty search, and forgets on request', () => {
    const store = memory();
    handOver(store, { q: 'x', kind: undefined });
    handOver(store, { q: '  ', kind: undefined });
    expect(store.getItem(searchHandoffKey)).toBeNull();
    handOver(store, { q: 'x', kind: undefined });
    forgetSearch(store);
    expect(store.getItem(searchHandoffKey)).toBeNull();
  });

  it('says when the tab holds no words, so a page shown again drops its own', () => {
    const store = memory();
    expect(searchForgotten(store)).toBe(true);
    handOver(store, { q: 'words', kind: undefined });
    expect(searchForgotten(store)).toBe(false);
    forgetSearch(store);
    expect(searchForgotten(store)).toBe(true);
    // Unknown where storage is refused: the words on the page stay.
    expect(searchForgotten(null)).toBe(false);
    const refusing = {
      ...memory(),
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(searchForgotten(refusing)).toBe(false);
  });

  it('says so when the browser refuses to keep it', () => {
    const refusing = {
      ...memory(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(handOver(refusing, { q: 'x', kind: undefined })).toBe(false);
  });

  it('keeps the words for 30 minutes after the last search, then forgets them', () => {
    const store = memory();
    const at = Date.parse('2026-11-26T10:00:00Z');
    handOver(store, { q: 'hotel receipt', kind: undefined }, at);
    expect(keepsSearch(store, at + searchKeptMs)).toBe(true);
    expect(takeOver(store, at + searchKeptMs).q).toBe('hotel receipt');
    expect(searchForgotten(store, at + searchKeptMs)).toBe(false);
    // Past the time, the words are gone from the tab, not only unread.
    expect(takeOver(store, at + searchKeptMs + 1).q).toBe('');
    expect(store.getItem(searchHandoffKey)).toBeNull();
    handOver(store, { q: 'hotel receipt', kind: undefined }, at);
    expect(searchForgotten(store, at + searchKeptMs + 1)).toBe(true);
    expect(keepsSearch(store, at)).toBe(false);
  });

  it('forgets words kept without a time (an older version of the page wrote them)', () => {
    const store = memory();
    store.setItem(searchHandoffKey, JSON.stringify({ q: 'old words' }));
    expect(takeOver(store)).toEqual({ q: '', kind: undefined });
    expect(store.getItem(searchHandoffKey)).toBeNull();
  });

  it('"Delete everything" forgets the words here and asks every other tab to', async () => {
    const store = memory();
    handOver(store, { q: 'words', kind: undefined });
    const otherTab = new BroadcastChannel(forgetChannel);
    const heard = new Promise((done) => (otherTab.onmessage = done));
    forgetSearchEverywhere(store);
    expect(store.getItem(searchHandoffKey)).toBeNull();
    await heard;
    otherTab.close();
  });
});
