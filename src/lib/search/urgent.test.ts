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
    'sucidal',
    'suicde',
    'i dont want to live anymore',
    'ending it all',
    'she took too many pills',
    'i wish i was dead',
    'she said shed rather be dead',
    'i dont want to be here anymore',
    'i cant do this anymore i want it all to stop',
    'hang myself',
    'slit my wrists',
    'unalive myself',
    'killmyself',
    'my wife found out and now she keeps saying she does not want to live anymore',
    'he hurts me',
    'he shoved me',
    'he grabbed me by the neck',
    'scared he will hurt me',
    'my partner scares me',
    'i fear for my life',
    'he raped me',
    'he said he would kill me',
    'she beat me up',
    'i cant go on',
    "I can't go on anymore",
    'i cannot go on like this',
    "i can't do this anymore",
    'i want to give up on life',
    'i just want to give up',
    'giving up on living',
    'gave up on myself and everything',
    'i have no will to live since she left',
    "what's the point of living",
  ])('leads with urgent help for “%s”', (query) => {
    expect(mayNeedUrgentHelp(query)).toBe(true);
  });

  it.each([
    'my partner keeps asking the same questions',
    "we can't go on a date without her checking my phone",
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
    'it hit me how much I hurt her',
    'it finally hit me what I had done',
    'she hit me with questions',
    'she beat me to it',
    'afraid of her finding out',
    'scared of him finding out',
    'cut myself off from the affair partner',
    'in danger of losing her',
    'kill time',
    'dying to know',
    'this is killing me',
    'she pushes me away',
    'telling her would hurt her',
    'ending things with the other woman',
    'she is thinking of ending it',
    'i want to give up on us',
    'she wants to give up the house',
    'should i give up on the marriage',
    'she is giving up on me',
    'the point of living apart for a while',
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
