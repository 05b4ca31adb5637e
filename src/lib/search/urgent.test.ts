import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayNeedUrgentHelp } from './urgent';

describe('mayNeedUrgentHelp', () => {
  it.each([
    'i want to kill myself',
    'I want to die',
    'kill myself',
    'she wants to end her life',
    'thinking about suicide',
    'suicidal thoughts since she found out',
    'she wants to kill herself',
    'not worth living anymore',
    'no reason to live',
    'he hits me',
    'he hit me last night',
    'she is violent when she drinks',
    'i am scared of her',
    'I’m afraid for my life',
    'she threatened to kill me',
    'self harm',
    'my husband is abusive',
    'he has a knife',
    'kms',
    'better off dead',
  ])('leads with urgent help for “%s”', (query) => {
    expect(mayNeedUrgentHelp(query)).toBe(true);
  });

  it.each([
    'my partner keeps asking the same questions',
    'she wants to end it',
    'if they want to end the relationship',
    'the other person is my coworker',
    'scared of losing her',
    'afraid she will leave',
    'he keeps checking my phone',
    'how long does it take to trust again',
    'i hurt her so badly',
    'she threatens to leave',
    'she kicked me out',
    'should i hit her up to say sorry',
  ])('leaves “%s” as an ordinary search', (query) => {
    expect(mayNeedUrgentHelp(query)).toBe(false);
  });

  it('reads any capitals, spacing and punctuation the same way', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('I want to kill myself', 'he hits me', 'suicide'),
        fc.constantFrom('', '  ', '!!', '...', '?'),
        fc.boolean(),
        (phrase, around, upper) => {
          const text = `${around}${upper ? phrase.toUpperCase() : phrase}${around}`;
          return mayNeedUrgentHelp(text.replace(/ /g, '  '));
        },
      ),
    );
  });
});
