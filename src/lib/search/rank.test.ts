import { describe, expect, it } from 'vitest';
import {
  afterHeading,
  excerptText,
  nearBonus,
  plainText,
  rankPages,
  shownExcerpt,
  withCutMarks,
  withoutLabelAtEnd,
  type FoundPage,
  type Place,
  type TermMatches,
} from './rank';
import { nearWeight, nearWords, phrasesClose, phrasesOpen } from './settings';

function page(url: string, sections: [string, number][]): FoundPage {
  return {
    url,
    meta: { title: url },
    filters: { kind: ['Chapter'] },
    sub_results: sections.map(([id, weight]) => ({
      title: id,
      url: `${url}#${id}`,
      excerpt: `text about <mark>${id}</mark> &amp; more`,
      weighted_locations: [{ weight }],
    })),
  };
}

describe('rankPages', () => {
  it('puts the page holding more of the query first, even when another matches one word often', () => {
    const matches: TermMatches[] = [
      { term: 'same', weight: 1, pages: [page('/a/', [['x', 1]]), page('/b/', [['y', 9]])] },
      { term: 'questions', weight: 1, pages: [page('/a/', [['x', 1]])] },
    ];
    const ranked = rankPages(matches, 10);
    expect(ranked.map((p) => p.url)).toEqual(['/a/', '/b/']);
    expect(ranked[0]?.matchedTerms).toBe(2);
  });

  it('returns partial matches when no page holds every word', () => {
    const matches: TermMatches[] = [
      { term: 'coworker', weight: 1, pages: [page('/a/', [['work', 2]])] },
      { term: 'zebra', weight: 1, pages: [] },
    ];
    expect(rankPages(matches, 10).map((p) => p.url)).toEqual(['/a/']);
  });

  it('orders a page’s sections by score and shows at most three', () => {
    const matches: TermMatches[] = [
      {
        term: 'space',
        weight: 1,
        pages: [
          page('/a/', [
            ['one', 1],
            ['two', 5],
            ['three', 2],
            ['four', 3],
          ]),
        ],
      },
    ];
    const [first] = rankPages(matches, 10);
    expect(first?.sections.map((s) => s.url)).toEqual(['/a/#two', '/a/#four', '/a/#three']);
    expect(first?.sections[0]?.excerpt).toBe('…text about two & more…');
  });

  it('counts a rare word for more than a common one', () => {
    const common = [page('/a/', [['x', 1]]), page('/b/', [['y', 1]]), page('/c/', [['z', 1]])];
    const matches: TermMatches[] = [
      { term: 'partner', weight: 1, pages: common },
      { term: 'vows', weight: 1, pages: [page('/c/', [['z', 1]])] },
    ];
    expect(rankPages(matches, 10)[0]?.url).toBe('/c/');
  });
});

describe('sections after the best', () => {
  it('count for the query words they add, not for repeating the best section’s', () => {
    // Both pages hold all three words, in the same best section. /a/'s next
    // sections repeat its words; /b/'s next holds the word the best lacks.
    const matches: TermMatches[] = [
      {
        term: 'asks',
        weight: 1,
        pages: [
          page('/a/', [
            ['best', 3],
            ['again', 1.5],
          ]),
          page('/b/', [['best', 3]]),
        ],
      },
      {
        term: 'details',
        weight: 1,
        pages: [
          page('/a/', [
            ['best', 3],
            ['more', 1.5],
          ]),
          page('/b/', [['best', 3]]),
        ],
      },
      {
        term: 'hotel',
        weight: 1,
        pages: [page('/a/', [['aside', 0.3]]), page('/b/', [['other', 1]])],
      },
    ];
    expect(rankPages(matches, 10).map((p) => p.url)).toEqual(['/b/', '/a/']);
  });
});

describe('query words side by side', () => {
  const strength = (term: string) => ({ go: 1, quiet: 2 })[term] ?? 0;
  const at = (url: string, location: number): FoundPage => ({
    url,
    meta: { title: url, chapter: '/a/' },
    sub_results: [
      {
        title: 's',
        url: `${url.replace(/#.*/, '')}#s`,
        excerpt: '',
        weighted_locations: [{ weight: 1, location }],
      },
    ],
  });

  it('count a pair of different words a few places apart once, by the weaker word', () => {
    const places: Place[] = [
      [10, 'go'],
      [12, 'quiet'],
      [40, 'go'],
      [41, 'quiet'],
    ];
    expect(nearBonus(places, strength)).toBe(nearWeight * 1);
  });

  it('do not count words far apart or the same word twice', () => {
    expect(
      nearBonus(
        [
          [10, 'go'],
          [10 + nearWords + 1, 'quiet'],
        ],
        strength,
      ),
    ).toBe(0);
    expect(
      nearBonus(
        [
          [10, 'go'],
          [11, 'go'],
        ],
        strength,
      ),
    ).toBe(0);
  });

  it('put first the page where the reader’s words stand together', () => {
    // Both pages hold "go" and "quiet" once in one section; only /b/ side by side.
    const matches: TermMatches[] = [
      { term: 'go', weight: 1, pages: [at('/a/', 5), at('/b/', 50)] },
      { term: 'quiet', weight: 1, pages: [at('/a/', 60), at('/b/', 51)] },
    ];
    expect(rankPages(matches, 10).map((p) => p.url)).toEqual(['/b/', '/a/']);
  });

  it('do not read a word of the page and one of its phrasing record as side by side', () => {
    const matches: TermMatches[] = [
      { term: 'go', weight: 1, pages: [at('/a/', 5)] },
      { term: 'quiet', weight: 1, pages: [at('/a/#s', 6)] },
    ];
    const together: TermMatches[] = [
      { term: 'go', weight: 1, pages: [at('/a/', 5)] },
      { term: 'quiet', weight: 1, pages: [at('/a/', 6)] },
    ];
    const score = (m: TermMatches[]) => rankPages(m, 10)[0]?.sections[0]?.score ?? 0;
    expect(score(together)).toBeGreaterThan(score(matches));
  });
});

describe('long queries', () => {
  it('lets one rare word outweigh many common ones', () => {
    // Twelve common words, each on 65 of 78 pages, and one rare word on two.
    const common = Array.from({ length: 12 }, (_, i) => ({
      term: `common${i}`,
      weight: 1,
      pages: [page('/b/', [['y', 1]])],
      pagesWithTerm: 65,
    }));
    const rare = {
      term: 'coworker',
      weight: 1,
      pages: [page('/a/', [['x', 1]])],
      pagesWithTerm: 2,
    };
    const ranked = rankPages([...common, rare], 78);
    expect(ranked.map((p) => p.url)).toEqual(['/a/', '/b/']);
  });
});

describe('rankPages with phrasing records', () => {
  const record = (chapter: string, id: string): FoundPage => ({
    url: `${chapter}#${id}`,
    meta: { title: `Section ${id}`, chapter: 'The chapter' },
    filters: { kind: ['Chapter'] },
    sub_results: [
      {
        title: `Section ${id}`,
        url: `${chapter}#${id}`,
        excerpt: 'a reader phrasing',
        weighted_locations: [{ weight: 1 }],
      },
    ],
  });
  it('counts a record toward its chapter and section, named by the chapter', () => {
    const ranked = rankPages([{ term: 'gf', weight: 1, pages: [record('/c/', 'x')] }], 10);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]?.url).toBe('/c/');
    expect(ranked[0]?.title).toBe('The chapter');
    expect(ranked[0]?.sections[0]?.url).toBe('/c/#x');
    // Words the reader would not find on the page are never quoted as if they were.
    expect(ranked[0]?.sections[0]?.excerpt).toBe('');
  });
  it('shows the section’s first sentence, which is on the page, for a record found alone', () => {
    const withLead = record('/c/', 'x');
    withLead.meta['lead'] = 'Say it plainly, once.';
    const ranked = rankPages([{ term: 'gf', weight: 1, pages: [withLead] }], 10);
    expect(ranked[0]?.sections[0]?.excerpt).toBe('Say it plainly, once.');
    // The page's own matching text still comes first when there is some.
    const both = rankPages(
      [
        { term: 'a', weight: 1, pages: [withLead] },
        { term: 'b', weight: 1, pages: [page('/c/', [['x', 1]])] },
      ],
      10,
    );
    expect(both[0]?.sections[0]?.excerpt).toBe('…text about x & more…');
  });
  it("shows the page's own text rather than the phrasing when both match", () => {
    const ranked = rankPages(
      [
        { term: 'a', weight: 1, pages: [record('/c/', 'x')] },
        { term: 'b', weight: 1, pages: [page('/c/', [['x', 1]])] },
      ],
      10,
    );
    expect(ranked[0]?.title).toBe('/c/');
    expect(ranked[0]?.sections[0]?.excerpt).toBe('…text about x & more…');
  });
});

describe('afterHeading', () => {
  it('drops the heading an excerpt opens with, and the stop after it', () => {
    expect(
      afterHeading(
        'Your phone, email and bills. To your partner, your phone',
        'Your phone, email and bills',
      ),
    ).toBe('To your partner, your phone');
    expect(afterHeading('listen: they talk', 'Listen')).toBe('they talk');
  });

  it('drops the end of the heading when the excerpt starts inside it and a sentence follows', () => {
    expect(
      afterHeading('their basic needs Shock and grief can', 'Look after their basic needs'),
    ).toBe('Shock and grief can');
    expect(afterHeading('kindness. Leaving out', 'Half the truth is not kindness')).toBe(
      'Leaving out',
    );
    // Words that only happen to end the heading, in a sentence that goes on, stay.
    expect(afterHeading('there is more to it', 'Be there')).toBe('there is more to it');
    expect(afterHeading('needs come first. They', 'Look after their basic needs')).toBe(
      'needs come first. They',
    );
  });

  it('leaves any other excerpt as it is', () => {
    expect(afterHeading('To your partner, your phone', 'Your phone')).toBe(
      'To your partner, your phone',
    );
    expect(afterHeading('Listening well', '')).toBe('Listening well');
    expect(afterHeading('Listening well', 'Listen')).toBe('Listening well');
  });
});

describe('excerptText', () => {
  it('drops tags and decodes entities, so the text can be shown as text', () => {
    expect(plainText(excerptText('a <mark>b</mark> &lt;script&gt; &amp; &quot;c&quot;'))).toBe(
      'a b <script> & "c"',
    );
  });

  it('leaves out the index-only situation phrases, whole or cut off at either end', () => {
    expect(
      excerptText(
        `Your phone ${phrasesOpen} my partner wants to see my <mark>phone</mark>. ${phrasesClose} To your partner, your phone`,
      ),
    ).toBe('Your phone To your partner, your phone');
    expect(excerptText(`wants to see my phone. ${phrasesClose} To your partner`)).toBe(
      'To your partner',
    );
    expect(excerptText(`Your phone, email and bills ${phrasesOpen} my partner wants`)).toBe(
      'Your phone, email and bills',
    );
    expect(excerptText(`${phrasesOpen} only phrases ${phrasesClose}`)).toBe('');
  });
});

describe('shownExcerpt', () => {
  const sentence = (n: number, word = 'word') => `${Array(n).fill(word).join(' ')}.`;

  it('shows the section’s opening when the reader’s words were only in its heading and phrases', () => {
    // Pagefind's excerpt was mostly the index-only phrases; a result showed nothing.
    const excerpt = excerptText(
      `What to <mark>avoid</mark> for now ${phrasesOpen} going for <mark>drinks</mark> after <mark>work</mark>. ${phrasesClose} In the weeks after the affair comes to light, some things rub salt in the wound. Stay away from them for now: Avoid: Putting your friends, or an ex, ahead of your partner.`,
    );
    expect(shownExcerpt(excerpt, 'What to avoid for now', 12)).toBe(
      'In the weeks after the affair comes to light, some things rub…',
    );
  });

  it('cuts a long excerpt to length where the reader’s words are thickest', () => {
    const excerpt = excerptText(
      `${sentence(10, 'far')} Keep your <mark>phone</mark> on when you are <mark>apart</mark> from them. ${sentence(10, 'far')}`,
    );
    expect(shownExcerpt(excerpt, 'When you are apart', 10)).toBe(
      'Keep your phone on when you are apart from them.',
    );
  });

  it('starts at the “Avoid:” label of a thing to avoid, not part way into it', () => {
    // "…going silent to end the talk" had read as advice.
    const excerpt = excerptText(
      `${sentence(12, 'far')} Avoid: Raising your voice, walking out or going <mark>silent</mark> to end the talk. Avoid: “How long are you going to keep <mark>punishing</mark> me?” ${sentence(12, 'far')}`,
    );
    const shown = shownExcerpt(excerpt, 'Choose your battles', 24);
    expect(shown.startsWith('Avoid: Raising your voice')).toBe(true);
    expect(shown).toContain('punishing');
  });

  it('keeps the label of a thing to avoid it had to cut into, to keep the reader’s words', () => {
    const excerpt = excerptText(
      `${sentence(12, 'far')} Avoid: Raising your voice, walking out or going <mark>silent</mark> to end the <mark>talk</mark> ${sentence(12, 'far')}`,
    );
    expect(shownExcerpt(excerpt, 'Heading', 6)).toBe('Avoid: …going silent to end the talk…');
  });

  it('keeps a marked word rather than go back to a sentence’s start', () => {
    const excerpt = excerptText(
      `${sentence(12, 'far')} One two three four five six <mark>seven</mark> eight nine ten <mark>eleven</mark> twelve`,
    );
    const shown = shownExcerpt(excerpt, 'Heading', 6);
    expect(shown).toBe('…six seven eight nine ten eleven…');
  });

  it('leaves a short excerpt whole, without its heading', () => {
    expect(shownExcerpt(excerptText('Listen <mark>Listening</mark> well.'), 'Listen', 30)).toBe(
      'Listening well.',
    );
    expect(
      shownExcerpt(excerptText(`Listen ${phrasesOpen} only phrases ${phrasesClose}`), 'Listen', 30),
    ).toBe('');
  });
});

describe('withoutLabelAtEnd', () => {
  it('ends an excerpt before a bare "Avoid:" with nothing it labels after it', () => {
    expect(withoutLabelAtEnd('not a sign that they are cold or unfair. Avoid:')).toBe(
      'not a sign that they are cold or unfair.',
    );
    expect(withCutMarks(withoutLabelAtEnd('…this week?” Avoid: '))).toBe('…this week?”');
    const labelled = 'Avoid: “When are you going to let this go?”';
    expect(withoutLabelAtEnd(labelled)).toBe(labelled);
  });
});

describe('withCutMarks', () => {
  it('marks where an excerpt starts or stops inside a sentence', () => {
    expect(withCutMarks('of them for them. Tell them your plans')).toBe(
      '…of them for them. Tell them your plans…',
    );
    expect(withCutMarks('Tell them your plans.')).toBe('Tell them your plans.');
    expect(withCutMarks('“Were they attractive?”')).toBe('“Were they attractive?”');
    expect(withCutMarks('')).toBe('');
  });
});
