import { describe, expect, it } from 'vitest';
import {
  answersFileText,
  checkAnswersFileSize,
  MAX_ANSWERS_FILE_BYTES,
  readAnswersFile,
} from './transfer';
import { sheet } from '../../../test/fixtures/worksheet/test-sheet';

const answers = { name: 'Sam', items: ['a', 'b', ''], ticks: ['b'] };
const good = answersFileText('test', sheet, answers, new Date('2026-11-25T10:00:00Z'));

describe('answers files', () => {
  it('loads back what was downloaded', () => {
    expect(readAnswersFile(good, 'test', sheet)).toEqual({ ok: true, answers });
  });

  it('refuses a file for another worksheet, naming it', () => {
    const result = readAnswersFile(good, 'other', { ...sheet, title: 'Other sheet' });
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(
        /answers for “Test sheet”, not for “Other sheet”.*not been changed/,
      ),
    });
  });

  it('refuses files that are not answers files', () => {
    for (const text of ['', 'hello', '[]', 'null', '{"answers":{}}', '<html></html>']) {
      const result = readAnswersFile(text, 'test', sheet);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/not a worksheet answers file/);
    }
  });

  it('refuses another version', () => {
    const text = good.replace('"version": 1', '"version": 2');
    expect(readAnswersFile(text, 'test', sheet)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/different version/),
    });
  });

  it('refuses answers that are not plain text, naming the field', () => {
    const file = JSON.parse(good);
    file.answers.name = { html: '<script>' };
    expect(readAnswersFile(JSON.stringify(file), 'test', sheet)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/“Short answer” is not plain text/),
    });
  });

  it('refuses a file that is too large before reading it', () => {
    expect(checkAnswersFileSize(MAX_ANSWERS_FILE_BYTES)).toBeNull();
    expect(checkAnswersFileSize(MAX_ANSWERS_FILE_BYTES + 1)).toMatchObject({ ok: false });
    const big = good.replace('"Sam"', JSON.stringify('x'.repeat(MAX_ANSWERS_FILE_BYTES)));
    expect(readAnswersFile(big, 'test', sheet)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/too large/),
    });
  });
});
