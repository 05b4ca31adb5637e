import { beforeEach, describe, expect, it, vi } from 'vitest';
import { searchHandbook, resetEngine, type PagefindLike, type PagefindResult } from './engine';
import type { FoundPage } from './rank';
import { fragmentsPerSearch } from './settings';

/** A stand-in for Pagefind over pages of words, counting fragment loads. */
function fakePagefind(pages: Record<string, string>) {
  const loaded = new Set<string>();
  const loads: string[] = [];
  const pagefind: PagefindLike = {
    async filters() {
      return { kind: { Chapter: Object.keys(pages).length } };
    },
    async search(term) {
      const results: PagefindResult[] = Object.entries(pages)
        .filter(([, text]) => text.split(' ').includes(term))
        .map(([url, text]) => ({
          id: url,
          score: text.split(' ').filter((w) => w === term).length,
          async data(): Promise<FoundPage> {
            if (!loaded.has(url)) {
              loaded.add(url);
              loads.push(url);
            }
            return {
              url,
              meta: { title: url },
              sub_results: [
                { title: url, url: `${url}#s`, excerpt: text, weighted_locations: [{ weight: 1 }] },
              ],
            };
          },
        }));
      return { results };
    },
  };
  return { pagefind, loads };
}

beforeEach(() => resetEngine());

describe('searchHandbook', () => {
  it('loads at most 8 fragments however many pages match', async () => {
    const pages = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [`/p${i}/`, `trust ${i % 2 ? 'phone' : 'space'}`]),
    );
    const { pagefind, loads } = fakePagefind(pages);
    const outcome = await searchHandbook(pagefind, 'trust phone space');
    expect(outcome.pages.length).toBeGreaterThan(0);
    expect(loads.length).toBeLessThanOrEqual(8);
  });

  it('loads more fragments for a long story than for a few words, within bounds', async () => {
    expect(fragmentsPerSearch(2)).toBe(8);
    expect(fragmentsPerSearch(9)).toBe(18);
    expect(fragmentsPerSearch(40)).toBe(24);
    const words = Array.from({ length: 12 }, (_, i) => `w${i}`);
    const pages = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [`/p${i}/`, `${words[i % 12]} ${words[(i + 1) % 12]}`]),
    );
    const { pagefind, loads } = fakePagefind(pages);
    await searchHandbook(pagefind, words.join(' '));
    expect(loads.length).toBe(24);
  });

  it("calls results weak when most words are not the handbook's, though Pagefind matched parts of them", async () => {
    // Pagefind answers an unknown word with pages holding part of it; the stand-in answers every word.
    const pagefind: PagefindLike = {
      ...fakePagefind({ '/a/': 'trust phone' }).pagefind,
      async search() {
        return (await fakePagefind({ '/a/': 'trust' }).pagefind.search('trust')) ?? null;
      },
    };
    const words = new Map([
      ['trust', 3],
      ['phone', 2],
    ]);
    const gibberish = await searchHandbook(pagefind, 'qwertyuiop zxcvbnm', { words });
    expect(gibberish.pages.length).toBeGreaterThan(0);
    expect(gibberish.weak).toBe(true);
    resetEngine();
    const real = await searchHandbook(pagefind, 'trust phone', { words });
    expect(real.weak).toBe(false);
  });

  it('finds the closest word when nothing matches, and says the match is weak', async () => {
    const { pagefind } = fakePagefind({ '/a/': 'boundaries trust', '/b/': 'phone' });
    const words = new Map([
      ['boundaries', 1],
      ['trust', 3],
      ['phone', 2],
    ]);
    // Two letters wrong in a five-letter word: more than a spelling fix allows.
    const outcome = await searchHandbook(pagefind, 'phnee', { words });
    expect(outcome.pages.map((p) => p.url)).toEqual(['/b/']);
    expect(outcome.weak).toBe(true);
  });

  it('shows nothing rather than something unrelated for words far from any', async () => {
    const { pagefind } = fakePagefind({ '/a/': 'boundaries trust', '/b/': 'phone' });
    const words = new Map([
      ['boundaries', 1],
      ['trust', 3],
      ['phone', 2],
    ]);
    const outcome = await searchHandbook(pagefind, 'xylophone quartz', { words });
    expect(outcome.pages).toEqual([]);
    expect(outcome.weak).toBe(true);
  });

  it('marks a strong match as not weak', async () => {
    const { pagefind } = fakePagefind({ '/a/': 'phone trust', '/b/': 'phone' });
    const outcome = await searchHandbook(pagefind, 'phone trust');
    expect(outcome.pages[0]?.url).toBe('/a/');
    expect(outcome.weak).toBe(false);
  });

  it("keeps each term's sections when Pagefind hands back one shared object per page", async () => {
    // Pagefind without its worker caches one object per page and rewrites
    // its matched sections on each data() call.
    const shared: FoundPage = { url: '/a/', meta: { title: 'A' }, sub_results: [] };
    const result = (term: string, section: string): PagefindResult => ({
      id: '/a/',
      score: 1,
      async data() {
        await Promise.resolve();
        shared.sub_results = [
          {
            title: section,
            url: `/a/#${section}`,
            excerpt: term,
            weighted_locations: [{ weight: 1 }],
          },
        ];
        return shared;
      },
    });
    const pagefind: PagefindLike = {
      async filters() {
        return { kind: { Chapter: 5 } };
      },
      async search(term) {
        return { results: [term === 'phone' ? result('phone', 'x') : result('trust', 'y')] };
      },
    };
    const outcome = await searchHandbook(pagefind, 'phone trust');
    expect(outcome.pages[0]?.sections.map((s) => s.url).sort()).toEqual(['/a/#x', '/a/#y']);
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))(
    'searches "%s" without failing',
    async (name) => {
      const { pagefind } = fakePagefind({ '/a/': 'constructor tostring', '/b/': 'phone' });
      await expect(searchHandbook(pagefind, name)).resolves.toMatchObject({ query: name });
    },
  );

  it('gives a search the same results when another is still running', async () => {
    // Like Pagefind without its worker: one object per page, rewritten for
    // each term's matches, and handed back a moment later.
    const pages: Record<string, string> = { '/a/': 'x y', '/b/': 'y y' };
    const shared = new Map<string, FoundPage>();
    const tick = () => new Promise((done) => setTimeout(done, 0));
    const pagefind: PagefindLike = {
      ...fakePagefind(pages).pagefind,
      async search(term) {
        await tick();
        const results = Object.entries(pages)
          .filter(([, text]) => text.split(' ').includes(term))
          .map(([url, text]) => ({
            id: url,
            score: text.split(' ').filter((w) => w === term).length,
            async data(): Promise<FoundPage> {
              await tick();
              const page = shared.get(url) ?? { url, meta: { title: url }, sub_results: [] };
              shared.set(url, page);
              page.sub_results = [
                {
                  title: `${url} ${term}`,
                  url: `${url}#${term}`,
                  excerpt: term,
                  weighted_locations: [{ weight: 1 }],
                },
              ];
              await tick();
              return page;
            },
          }));
        return { results };
      },
    };
    const sections = (outcome: { pages: { sections: { url: string }[] }[] }) =>
      outcome.pages.map((p) => p.sections.map((s) => s.url));
    const alone = sections(await searchHandbook(pagefind, 'x'));
    expect(alone).toEqual([['/a/#x']]);
    const [kept, typed] = await Promise.all([
      searchHandbook(pagefind, 'y'),
      searchHandbook(pagefind, 'x'),
    ]);
    expect(sections(typed)).toEqual(alone);
    expect(
      sections(kept)
        .flat()
        .every((url) => url.endsWith('#y')),
    ).toBe(true);
  });

  it('runs the next search when one before it never finishes (a stalled fetch)', async () => {
    vi.useFakeTimers();
    try {
      const { pagefind } = fakePagefind({ '/a/': 'trust' });
      const stalling: PagefindLike = {
        ...pagefind,
        search: (term) => (term === 'stuck' ? new Promise(() => {}) : pagefind.search(term)),
      };
      void searchHandbook(stalling, 'stuck');
      const next = searchHandbook(stalling, 'trust');
      await vi.advanceTimersByTimeAsync(4_000);
      expect((await next).pages.map((p) => p.url)).toEqual(['/a/']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('runs the next search when one before it failed', async () => {
    const { pagefind } = fakePagefind({ '/a/': 'trust' });
    const failing: PagefindLike = {
      ...pagefind,
      async search(term) {
        if (term === 'broken') throw new Error('fragment missing');
        return pagefind.search(term);
      },
    };
    const first = searchHandbook(failing, 'broken');
    const second = searchHandbook(failing, 'trust');
    await expect(first).rejects.toThrow('fragment missing');
    expect((await second).pages.map((p) => p.url)).toEqual(['/a/']);
  });
});
