import { describe, expect, it } from 'vitest';
import {
  forgetSearch,
  handOver,
  searchForgotten,
  searchHandoffKey,
  startingSearch,
  takeOver,
} from './handoff';

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
});
