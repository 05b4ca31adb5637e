import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../storage/memory-storage';
import { loadRecord, saveRecord } from '../storage/storage';
import {
  SAVED_ANSWERS_VERSION,
  answersToSave,
  restoreAnswers,
  savedAnswersSpec,
} from './saved-answers';

const ids = ['no-deadline', 'stay-close'];
const spec = savedAnswersSpec('be-patient');
const key = 'rt:self-check:be-patient';

function load(raw: string) {
  const storage = memoryStorage({ [key]: raw });
  return { storage, result: loadRecord(storage, spec) };
}

describe('saved self-check answers', () => {
  it('saves under rt:self-check:<slug> and restores them', () => {
    const storage = memoryStorage();
    saveRecord(storage, spec, answersToSave({ 'no-deadline': 'mostly' }));
    expect(storage.items.has(key)).toBe(true);
    const result = loadRecord(storage, spec);
    expect(result.status).toBe('loaded');
    if (result.status !== 'loaded') return;
    expect(restoreAnswers(result.data, ids).answers).toEqual({ 'no-deadline': 'mostly' });
  });

  it('sets a corrupt record aside, without throwing, and starts empty', () => {
    const { storage, result } = load('{"version":1,"answers":');
    expect(result.status).toBe('set-aside');
    expect(storage.items.has(key)).toBe(false);
    expect([...storage.items.values()]).toContain('{"version":1,"answers":');
  });

  it('sets aside a record saved by an older version of the self-check', () => {
    const old = JSON.stringify({ version: SAVED_ANSWERS_VERSION - 1, data: ['mostly', 'always'] });
    expect(load(old).result.status).toBe('set-aside');
  });

  it('sets aside a record whose answers are not a plain object', () => {
    const odd = JSON.stringify({ version: SAVED_ANSWERS_VERSION, data: { answers: ['always'] } });
    expect(load(odd).result.status).toBe('set-aside');
  });

  it('ignores answers to statements that no longer exist, and unknown values', () => {
    const raw = JSON.stringify({
      version: SAVED_ANSWERS_VERSION,
      savedAt: '2026-01-01T00:00:00.000Z',
      data: {
        answers: {
          'no-deadline': 'always',
          'stay-close': 'very often',
          'removed-statement': 'mostly',
          __proto__: 'always',
        },
      },
    });
    const { result } = load(raw);
    expect(result.status).toBe('loaded');
    if (result.status !== 'loaded') return;
    const restored = restoreAnswers(result.data, ids);
    expect(restored.answers).toEqual({ 'no-deadline': 'always' });
    expect(restored.dropped).toBe(2);
  });

  it.each([null, 'text', 3, [], { answers: null }, { answers: 'always' }])(
    'restores nothing from %j without throwing',
    (saved) => {
      expect(restoreAnswers(saved, ids)).toEqual({ answers: {}, dropped: 0 });
    },
  );
});
