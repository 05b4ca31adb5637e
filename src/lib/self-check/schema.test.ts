import { describe, expect, it } from 'vitest';
import { selfCheckSchema } from './schema';

const statement = (n: number) => ({
  id: `statement-${n}`,
  text: `I am doing thing number ${n} every day.`,
  section: 'tell-it-all-now',
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
});
