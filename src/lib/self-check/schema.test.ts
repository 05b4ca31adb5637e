import { describe, expect, it } from 'vitest';
import { selfCheckSchema } from './schema';

const statement = (n: number) => ({
  id: `statement-${n}`,
  text: `I am doing thing number ${n} every day.`,
  section: 'tell-it-all-now',
  answers: 'frequency',
});

const valid = {
  kind: 'chapter',
  intro: 'Six things people do when they are honest.',
  statements: [1, 2, 3, 4, 5, 6].map(statement),
  bands: [
    { min: 0, max: 7, title: 'Just starting', text: 'There is more to do, and that is all right.' },
    { min: 8, max: 13, title: 'On the way', text: 'Some of it is there, some is still to come.' },
    { min: 14, max: 18, title: 'Steady', text: 'You are doing this. Keep going, every day.' },
  ],
};

function paths(data: unknown): string[] {
  const result = selfCheckSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

/** Issues as the build prints them under the file's name: `statements.2.answers: message`. */
function issues(data: unknown): string[] {
  const result = selfCheckSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** The valid check with statement `i` replaced by `change` merged into it. */
function withStatement(i: number, change: Record<string, unknown>) {
  return {
    ...valid,
    statements: valid.statements.map((s, j) => (j === i ? { ...s, ...change } : s)),
  };
}

describe('selfCheckSchema', () => {
  it('accepts a well-formed chapter self-check', () => {
    expect(paths(valid)).toEqual([]);
  });

  it('fails with no statements, naming the field', () => {
    expect(paths({ ...valid, statements: [] })).toContain('statements');
  });

  it('fails with more than eight statements', () => {
    expect(paths({ ...valid, statements: [1, 2, 3, 4, 5, 6, 7, 8, 9].map(statement) })).toContain(
      'statements',
    );
  });

  it('fails when a band overlaps another, naming that band', () => {
    const bands = valid.bands.map((b, i) => (i === 1 ? { ...b, min: 7 } : b));
    expect(paths({ ...valid, bands })).toEqual(['bands.1.min']);
  });

  it('fails when the bands no longer fit a changed number of statements', () => {
    expect(paths({ ...valid, statements: [1, 2, 3, 4, 5].map(statement) })).toEqual([
      'bands.2.max',
    ]);
  });

  it('fails on a repeated statement id, naming the repeat', () => {
    const statements = valid.statements.map((s, i) => (i === 4 ? { ...s, id: 'statement-1' } : s));
    expect(paths({ ...valid, statements })).toEqual(['statements.4.id']);
  });

  it('fails on a section that is not an id', () => {
    const statements = valid.statements.map((s, i) => (i === 2 ? { ...s, section: 'Tell it' } : s));
    expect(paths({ ...valid, statements })).toEqual(['statements.2.section']);
  });

  it('fails when a statement has no answer kind, or one it does not know', () => {
    expect(paths(withStatement(1, { answers: undefined }))).toEqual(['statements.1.answers']);
    expect(paths(withStatement(1, { answers: 'often' }))).toEqual(['statements.1.answers']);
  });

  it('fails on an unknown key, such as a misspelt mayNotApply', () => {
    expect(paths(withStatement(0, { mayNotAply: true }))).toEqual(['statements.0']);
  });
});

describe('answer kinds that fit the statement', () => {
  it.each([
    'I have thanked my partner for choosing to stay.',
    'I have told my partner that cheating was my choice.',
    "I've ended it with the other person in clear words.",
    'My partner has heard the whole story from me.',
    'I have decided that I will not cheat again.',
    'I will never cheat on my partner again.',
  ])('puts "%s" on the frequency scale: fails, quoting it', (text) => {
    const found = issues(withStatement(2, { text }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^statements\.2\.answers: /);
    expect(found[0]).toContain(`"${text}"`);
    expect(found[0]).toMatch(/answers: done .* answers: yes/);
  });

  it('accepts the same statements as done or yes', () => {
    expect(
      paths(withStatement(2, { text: 'I have thanked my partner.', answers: 'done' })),
    ).toEqual([]);
    expect(
      paths(withStatement(2, { text: 'I have decided I will never cheat again.', answers: 'yes' })),
    ).toEqual([]);
  });

  it('accepts habits on the frequency scale, even with "have" in them', () => {
    for (const text of [
      'I have my phone on when we are apart.',
      'I have no contact with the other person.',
      'When we talk, I let my partner finish.',
    ]) {
      expect(paths(withStatement(3, { text }))).toEqual([]);
    }
  });

  it('the handbook check holds its statements to the same rule', () => {
    const handbook = {
      kind: 'handbook',
      intro: 'Two statements for each chapter of the handbook.',
      statements: Array.from({ length: 20 }, (_, n) => ({
        ...statement(n),
        chapter: 'tell-the-whole-truth',
        ...(n === 7 ? { text: 'I have offered my partner my passcode.' } : {}),
      })),
    };
    expect(paths(handbook)).toEqual(['statements.7.answers']);
  });
});

describe('one thing per statement', () => {
  it('accepts one "and" or one "or"', () => {
    expect(paths(withStatement(0, { text: 'I stay close and calm on bad days.' }))).toEqual([]);
    expect(paths(withStatement(0, { text: 'I do not sigh or roll my eyes.' }))).toEqual([]);
  });

  it('fails on two "and"s, quoting the statement and asking to split it', () => {
    const text = 'I listen and put my phone away and let my partner finish.';
    const found = issues(withStatement(4, { text }));
    expect(found).toEqual([
      expect.stringMatching(/^statements\.4\.text: "I listen and put .*" joins 3 parts .*Split it/),
    ]);
  });

  it('counts "and" and "or" together, whatever their case', () => {
    expect(paths(withStatement(4, { text: 'I call Or text, and I check in.' }))).toEqual([
      'statements.4.text',
    ]);
  });
});

describe('does not apply', () => {
  it('requires mayNotApply on a statement that starts with "If"', () => {
    const text = 'If my partner asks for a break, I respect it.';
    const found = issues(withStatement(5, { text }));
    expect(found).toEqual([
      expect.stringMatching(/^statements\.5\.mayNotApply: ".*" only applies/),
    ]);
    expect(paths(withStatement(5, { text, mayNotApply: true }))).toEqual([]);
  });

  it('defaults mayNotApply to false', () => {
    const parsed = selfCheckSchema.parse(valid);
    expect(parsed.statements.every((s) => s.mayNotApply === false)).toBe(true);
  });
});
