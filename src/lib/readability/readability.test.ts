import { describe, expect, it } from 'vitest';
import { countSyllables, plainTextFromMdx, readability, splitSentences } from './readability';

describe('countSyllables (the syllable package, at least one a word)', () => {
  // Words the handbook leans on. The package misses a few (it counts "doing" as
  // one); one syllable in a few hundred words moves the grade by hundredths.
  const known: Record<string, number> = {
    a: 1,
    the: 1,
    cat: 1,
    trust: 1,
    make: 1,
    makes: 1,
    time: 1,
    times: 1,
    while: 1,
    loved: 1,
    asked: 1,
    lied: 1,
    "don't": 1,
    "you're": 1,
    your: 1,
    partner: 2,
    table: 2,
    little: 2,
    wanted: 2,
    needed: 2,
    cheated: 2,
    changes: 2,
    trying: 2,
    staying: 2,
    saying: 2,
    safely: 2,
    careful: 2,
    someone: 2,
    something: 2,
    maybe: 2,
    people: 2,
    played: 1,
    eyes: 1,
    betrayal: 3,
    beyond: 2,
    honest: 2,
    beautiful: 3,
    honesty: 3,
    family: 3,
    video: 3,
    serious: 3,
    apologise: 4,
    relationship: 4,
    actually: 4,
    especially: 4,
    immediately: 5,
  };

  for (const [word, syllables] of Object.entries(known)) {
    it(`counts ${syllables} in "${word}"`, () => {
      expect(countSyllables(word)).toBe(syllables);
    });
  }

  it('ignores case and punctuation', () => {
    expect(countSyllables('Partner,')).toBe(2);
    expect(countSyllables('"Honesty."')).toBe(3);
  });

  it('counts a bare number as one word of one syllable, and punctuation as none', () => {
    expect(countSyllables('10')).toBe(1);
    expect(countSyllables('--')).toBe(0);
  });
});

describe('splitSentences', () => {
  it('splits on full stops, question marks and exclamation marks', () => {
    expect(splitSentences('One two. Three four? Five! Six')).toEqual([
      'One two.',
      'Three four?',
      'Five!',
      'Six',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(splitSentences('Say: "I am sorry." Then wait.')).toEqual([
      'Say: "I am sorry."',
      'Then wait.',
    ]);
  });
});

describe('readability', () => {
  it('scores a one-syllable sentence exactly', () => {
    // 6 words, 1 sentence, 6 syllables: 0.39 * 6 + 11.8 * 1 - 15.59 = -1.45
    expect(readability('The cat sat on the mat.')).toEqual({
      sentences: 1,
      words: 6,
      averageSentenceLength: 6,
      fleschKincaidGrade: -1.45,
    });
  });

  it('grades a known passage within a tolerance', () => {
    // 2 sentences, 20 words, 31 syllables:
    // 0.39 * 10 + 11.8 * 1.55 - 15.59 = 6.6
    const passage =
      'Your partner needs time to heal after the betrayal. ' +
      'Be patient and answer all their questions honestly every single day.';
    const result = readability(passage);
    expect(result.sentences).toBe(2);
    expect(result.words).toBe(20);
    expect(result.averageSentenceLength).toBe(10);
    expect(result.fleschKincaidGrade).toBeCloseTo(6.6, 1);
  });

  it('rates long, many-syllable sentences as harder than short, plain ones', () => {
    const plain = readability('Tell the truth. Say it all. Do not wait to be asked.');
    const dense = readability(
      'Comprehensive organisational transparency necessitates voluntarily disclosing ' +
        'communication histories, financial documentation and administrative information.',
    );
    expect(plain.fleschKincaidGrade).toBeLessThan(3);
    expect(dense.fleschKincaidGrade).toBeGreaterThan(16);
    expect(dense.averageSentenceLength).toBe(13);
  });

  it('returns zeros for empty text', () => {
    expect(readability('')).toEqual({
      sentences: 0,
      words: 0,
      averageSentenceLength: 0,
      fleschKincaidGrade: 0,
    });
  });
});

describe('plainTextFromMdx', () => {
  const mdx = [
    '---',
    'title: Tell the whole truth',
    'summary:',
    '  - Frontmatter words must not count',
    '---',
    '',
    "import Note from '../Note.astro';",
    '',
    'Start here. Read **this** and _that_ with `care`.',
    '',
    '## Tell it all, before you are asked {#tell-it-all-now}',
    '',
    '<TryThis>',
    '',
    '- Say: "I want you to trust me again."',
    '- Wait for them',
    '',
    '</TryThis>',
    '',
    'See [the next step](/chapters/02-end-it-openly/#why-it-must-end) for more.',
    '{/* a note for writers */}',
  ].join('\n');
  const text = plainTextFromMdx(mdx);

  it('drops frontmatter, imports and comments', () => {
    expect(text).not.toContain('Frontmatter');
    expect(text).not.toContain('title');
    expect(text).not.toContain('import');
    expect(text).not.toContain('writers');
  });

  it('drops JSX tags, id markers, Markdown syntax and link URLs', () => {
    expect(text).not.toMatch(/TryThis|\{#|#|\*|`|\/chapters|\]\(/);
    expect(text).toContain('Read this and that with care.');
    expect(text).toContain('See the next step for more.');
  });

  it('makes each heading and list item a sentence of its own', () => {
    expect(text.split('\n\n')).toEqual([
      'Start here. Read this and that with care.',
      'Tell it all, before you are asked.',
      'Say: "I want you to trust me again."',
      'Wait for them.',
      'See the next step for more.',
    ]);
    expect(readability(text).sentences).toBe(6);
  });

  it('joins the lines of one paragraph', () => {
    expect(plainTextFromMdx('One line\nand the next.')).toBe('One line and the next.');
  });

  it('reads the words inside components and inline tags, but not their attributes', () => {
    const text = plainTextFromMdx(
      [
        '<HelpNote title="Attribute words" kind="urgent">',
        '',
        'Call someone you trust <strong>today</strong>.',
        '',
        '</HelpNote>',
        '',
        '<Avoid>Saying "you always" or "you never"</Avoid>',
      ].join('\n'),
    );
    expect(text).toBe('Call someone you trust today.\n\nSaying "you always" or "you never".');
  });

  it('drops inline expressions, code blocks and exports', () => {
    const text = plainTextFromMdx(
      [
        'export const note = "exported words";',
        '',
        'Keep {/* hidden */} going {1 + 1} gently.',
        '',
        '```js',
        'const code = "code words";',
        '```',
      ].join('\n'),
    );
    expect(text).toBe('Keep going gently.');
  });

  it('makes each item of a nested list a sentence', () => {
    expect(plainTextFromMdx('- First\n  - Inner one\n- Last').split('\n\n')).toEqual([
      'First.',
      'Inner one.',
      'Last.',
    ]);
  });

  it('throws on MDX the site could not build either', () => {
    expect(() => plainTextFromMdx('<TryThis>\n\nNever closed.')).toThrow();
  });
});
