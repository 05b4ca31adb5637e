import { describe, expect, it } from 'vitest';
import { readSearchState, searchHref } from './search-url';

describe('readSearchState', () => {
  it('reads the query and a known kind', () => {
    expect(readSearchState('?q=same+questions&kind=Chapter')).toEqual({
      q: 'same questions',
      kind: 'Chapter',
    });
  });
  it('treats a missing or unknown kind as all kinds', () => {
    expect(readSearchState('?q=x&kind=Nope')).toEqual({ q: 'x', kind: undefined });
    expect(readSearchState('')).toEqual({ q: '', kind: undefined });
  });
});

describe('searchHref', () => {
  it('builds a shareable address under the base path', () => {
    expect(searchHref('/handbook/', { q: ' she keeps asking ', kind: 'Chapter' })).toBe(
      '/handbook/search/?q=she+keeps+asking&kind=Chapter',
    );
    expect(searchHref('/', { q: '', kind: undefined })).toBe('/search/');
  });
  it('round-trips through readSearchState', () => {
    const state = { q: 'what & why?', kind: 'Worksheet' as const };
    expect(readSearchState(searchHref('/', state).split('?')[1] ?? '')).toEqual(state);
  });
});
