import { describe, expect, it } from 'vitest';
import {
  clearQuestion,
  clearedMessage,
  copiedEntryMessage,
  keptAnswersIntro,
  keptValueText,
  loadedMessage,
  notSavingMessage,
  savingAgainMessage,
  savingLine,
  sheetMessageLead,
  typedEarlyMessage,
} from './sheet-messages';

describe('what a worksheet says as the reader works', () => {
  it('typing before the sheet woke: names the boxes, and where their saved words went', () => {
    const done = typedEarlyMessage(['Draft', 'Plan'], true);
    expect(done.kind).toBe('done');
    expect(done.text).toContain('in “Draft”, “Plan” before');
    expect(done.text).toContain('recovery copy on “Your data”');
    const waiting = typedEarlyMessage(['Draft'], false);
    expect(`${sheetMessageLead[waiting.kind]}${waiting.text}`).toMatch(
      /^Not saved yet: what you typed in “Draft” before .* kept as a recovery copy\.$/,
    );
  });

  it('every kind of message leads with a word, so its meaning never rests on colour', () => {
    for (const lead of Object.values(sheetMessageLead)) expect(lead).toMatch(/^\S.*: $/);
  });

  it('after a clear that left a note of the sheet’s name, says so, and where', () => {
    expect(clearedMessage('cleared', null, true).text).toBe(
      'Every answer on this sheet was cleared. Its words are gone. Only its name and the time are kept, so an older backup loads it again only if you ask (see “Your data”).',
    );
  });

  it('after a clear, says only what happened to the saved copy', () => {
    expect(clearedMessage('cleared')).toEqual({
      kind: 'done',
      text: 'Every answer on this sheet was cleared.',
    });
    expect(clearedMessage('refused')).toMatchObject({
      kind: 'not-saved',
      text: expect.stringMatching(/did not let the handbook remove the saved copy/),
    });
    expect(clearedMessage('kept-unreadable').text).toMatch(
      /^The answers on this page were cleared\. An older saved copy that could not be read is still on this device/,
    );
    expect(notSavingMessage('cleared').kind).toBe('done');
    expect(notSavingMessage('cleared', true).text).toBe(
      'Nothing from this sheet is saved on this device now, apart from a recovery copy of earlier answers: delete it on “Your data” if you do not need it. What you type stays on this page until you close it.',
    );
    expect(notSavingMessage('kept-unreadable').text).toMatch(/^Nothing new from this sheet/);
  });

  it('on a dated sheet, the clear question and its answer name the one entry that goes', () => {
    expect(clearQuestion('2026-11-27')).toBe(
      'Clear your entry for 27 November 2026? It cannot be brought back unless you have downloaded it. Your other entries stay.',
    );
    expect(clearedMessage('cleared', '2026-11-27').text).toBe(
      'Your entry for 27 November 2026 was cleared. Your other entries are still here.',
    );
    expect(clearQuestion('2026-W48')).toMatch(
      /^Clear your entry for the week of 23 November 2026\?/,
    );
    // A sheet without dates keeps its whole-sheet wording.
    expect(clearQuestion(null)).toMatch(/^Clear every answer on this sheet\?/);
    expect(clearedMessage('cleared', null).text).toBe('Every answer on this sheet was cleared.');
  });

  it('the clear question names a recovery copy kept on the device, and only then', () => {
    expect(clearQuestion(null, true)).toMatch(
      /downloaded them\. A recovery copy of earlier answers on this sheet stays on “Your data” until you delete it there\.$/,
    );
    expect(clearQuestion('2026-11-27', true)).toMatch(/Your other entries stay\. A recovery copy/);
    expect(clearQuestion(null)).not.toMatch(/recovery copy/);
  });

  it('after choosing to save again, never says "saved" when it is not', () => {
    expect(savingAgainMessage(true, false).kind).toBe('not-saved');
    expect(savingAgainMessage(false, true)).toMatchObject({
      kind: 'not-saved',
      text: expect.stringMatching(/could not be saved just now/),
    });
    expect(savingAgainMessage(false, false)).toEqual({
      kind: 'done',
      text: 'This sheet is saved on this device now, as you type.',
    });
  });

  it('after loading a file, says whether the device kept the answers, then what was left out', () => {
    expect(loadedMessage('a.json', 'saved', [])).toEqual({
      kind: 'done',
      text: 'Answers loaded from a.json.',
    });
    expect(loadedMessage('a.json', 'not-saving', []).text).toMatch(
      /on this page only, as you chose/,
    );
    expect(loadedMessage('a.json', 'refused', ['Your answer to “X” was not loaded.'])).toEqual({
      kind: 'loaded-unsaved',
      text: 'The answers in a.json are on this page, but this device is not keeping them just now: see the message above. Your answer to “X” was not loaded.',
    });
  });

  it('after starting from the last entry, says what was copied and whether it is kept', () => {
    expect(copiedEntryMessage('2 March 2026', 'none').kind).toBe('problem');
    expect(copiedEntryMessage('2 March 2026', 'refused')).toMatchObject({
      kind: 'copied-unsaved',
      text: expect.stringMatching(/^Your entry for 2 March 2026 is on this page, but/),
    });
    expect(copiedEntryMessage('2 March 2026', 'saved').text).toMatch(
      /Change what is different now\.$/,
    );
  });

  it('the line under the tools counts boxes only once something is typed', () => {
    const boxes = { filled: 3, total: 8 };
    expect(savingLine({ notSaving: false, refused: false, answered: 0, boxes })).toBe(
      'What you type is saved on this device as you type, and nowhere else.',
    );
    expect(savingLine({ notSaving: false, refused: false, answered: 2, boxes })).toBe(
      '3 of 8 boxes filled in. Saved on this device as you type, and nowhere else.',
    );
    expect(savingLine({ notSaving: false, refused: true, answered: 2, boxes })).toBe(
      '3 of 8 boxes filled in. Not saved on this device just now: see the message above.',
    );
    expect(savingLine({ notSaving: true, refused: true, answered: 2, boxes })).toMatch(
      /^This sheet is not being saved/,
    );
  });

  it('shows kept answers as text, a list a line each, and counts them in words', () => {
    expect(keptValueText(['a', 'b'])).toBe('a\nb');
    expect(keptValueText('text')).toBe('text');
    // A day is written out, as a screen reader would read 2026-11-23 as a sum.
    expect(keptValueText('2026-11-23')).toBe('23 November 2026');
    expect(keptValueText('2026-02-31')).toBe('2026-02-31');
    expect(keptValueText({ odd: 1 })).toBe('{"odd":1}');
    expect(keptAnswersIntro(1)).toMatch(/^One saved answer does not fit/);
    expect(keptAnswersIntro(3)).toMatch(/^3 saved answers do not fit/);
  });
});
