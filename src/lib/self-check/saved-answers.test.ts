import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../storage/memory-storage';
import { loadFieldRecord, saveFieldEdits } from '../storage/records';
import {
  answerGroupName,
  answersFromTicked,
  keptAnswersText,
  selfCheckRecord,
} from './saved-answers';

const ids = ['no-deadline', 'stay-close'];
const spec = selfCheckRecord('be-patient', ids);
const key = 'rt:self-check:be-patient';

describe('saved self-check answers', () => {
  it('saves under rt:self-check:<slug>, one statement at a time, and restores them', () => {
    const storage = memoryStorage();
    saveFieldEdits(storage, spec, { 'no-deadline': { value: 'mostly' } });
    saveFieldEdits(storage, spec, { 'stay-close': { value: 'always' } });
    expect([...storage.items.keys()]).toEqual([key]);
    expect(loadFieldRecord(storage, spec)).toMatchObject({
      status: 'loaded',
      values: { 'no-deadline': 'mostly', 'stay-close': 'always' },
    });
  });

  it('two tabs: answers given in each are both kept', () => {
    const storage = memoryStorage();
    const tabA = selfCheckRecord('be-patient', ids);
    const tabB = selfCheckRecord('be-patient', ids);
    saveFieldEdits(storage, tabA, { 'no-deadline': { value: 'sometimes' } });
    saveFieldEdits(storage, tabB, { 'stay-close': { value: 'mostly' } });
    expect(loadFieldRecord(storage, tabA)).toMatchObject({
      values: { 'no-deadline': 'sometimes', 'stay-close': 'mostly' },
    });
  });

  it('sets a corrupt record aside, without throwing, and starts empty', () => {
    const storage = memoryStorage({ [key]: '{"version":1,"answers":' });
    expect(loadFieldRecord(storage, spec).status).toBe('set-aside');
    expect(storage.items.has(key)).toBe(false);
    expect([...storage.items.values()]).toContain('{"version":1,"answers":');
  });

  it('upgrades a record saved by the previous version', () => {
    const old = JSON.stringify({
      version: 1,
      savedAt: '2026-01-01T00:00:00.000Z',
      data: { answers: { 'no-deadline': 'always' } },
    });
    expect(loadFieldRecord(memoryStorage({ [key]: old }), spec)).toMatchObject({
      status: 'loaded',
      values: { 'no-deadline': 'always' },
    });
  });

  it('sets aside an old record whose answers are not a plain object', () => {
    const odd = JSON.stringify({ version: 1, data: { answers: ['always'] } });
    expect(loadFieldRecord(memoryStorage({ [key]: odd }), spec).status).toBe('set-aside');
  });

  it('keeps answers to statements that no longer exist, and unknown values, and says so', () => {
    const raw = JSON.stringify({
      version: 1,
      savedAt: '2026-01-01T00:00:00.000Z',
      data: {
        answers: {
          'no-deadline': 'always',
          'stay-close': 'very often',
          'removed-statement': 'mostly',
          constructor: 'always',
        },
      },
    });
    const storage = memoryStorage({ [key]: raw });
    const loaded = loadFieldRecord(storage, spec);
    expect(loaded).toMatchObject({ status: 'loaded', values: { 'no-deadline': 'always' } });
    if (loaded.status !== 'loaded') return;
    expect(loaded.kept.map((k) => k.fieldId).sort()).toEqual([
      'constructor',
      'removed-statement',
      'stay-close',
    ]);
    expect(keptAnswersText(loaded.kept.length)).toMatch(/^3 saved answers .* kept on this device/);
    // Answering another statement leaves them in the record.
    saveFieldEdits(storage, spec, { 'no-deadline': { value: 'mostly' } });
    expect(storage.items.get(key)).toContain('removed-statement');
  });
});

describe('answers ticked before the island woke', () => {
  const statements = [
    { id: 'told', answers: 'done' as const, mayNotApply: false },
    { id: 'listen', answers: 'frequency' as const, mayNotApply: true },
  ];
  const group = (id: string) => answerGroupName('be-there', id);

  it('reads each ticked radio of this check as an answer', () => {
    expect(
      answersFromTicked(
        [
          { name: group('told'), value: 'done' },
          { name: group('listen'), value: 'does-not-apply' },
        ],
        'be-there',
        statements,
      ),
    ).toEqual({ told: 'done', listen: 'does-not-apply' });
  });

  it('leaves out other checks, unknown statements and values a statement does not offer', () => {
    expect(
      answersFromTicked(
        [
          { name: answerGroupName('handbook', 'told'), value: 'done' },
          { name: group('gone'), value: 'done' },
          { name: group('told'), value: 'sometimes' },
          { name: group('listen'), value: 'banana' },
        ],
        'be-there',
        statements,
      ),
    ).toEqual({});
  });
});
