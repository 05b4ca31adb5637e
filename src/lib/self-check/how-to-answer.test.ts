import { describe, expect, it } from 'vitest';
import { howToAnswer } from './how-to-answer';

const statement = (answers: 'frequency' | 'done' | 'yes', mayNotApply = false) => ({
  answers,
  mayNotApply,
});

describe('howToAnswer', () => {
  it('names only the answers the check offers', () => {
    const text = howToAnswer([statement('frequency'), statement('done')]);
    expect(text).toBe(
      'For habits, answer Not yet, Sometimes, Mostly or Always. For something done once, answer Done, or Not yet. There are no right answers to aim for, only honest ones.',
    );
    expect(text).not.toContain('Yes');
    expect(text).not.toContain('Does not apply');
  });

  it('names Yes for a decision, both where both are offered, and "Does not apply" where it is', () => {
    expect(howToAnswer([statement('yes')])).toContain(
      'For something decided, answer Yes, or Not yet.',
    );
    const both = howToAnswer([statement('done'), statement('yes', true)]);
    expect(both).toContain('For something done once, or decided, answer Done or Yes, or Not yet.');
    expect(both).toContain('“Does not apply to me”');
    expect(both).not.toContain('For habits');
  });
});
