import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSavingChoice, tellSavingChoice, watchSavingChoice } from './saving-choice';

describe('the "don\'t save this sheet" choice between tabs', () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
  });

  it('reaches a watcher of the same sheet, and not of another', async () => {
    const same = vi.fn();
    const other = vi.fn();
    stops.push(watchSavingChoice('worksheet:full-disclosure', same));
    stops.push(watchSavingChoice('worksheet:no-contact', other));
    tellSavingChoice({ key: 'worksheet:full-disclosure', notSaving: true });
    await vi.waitFor(() => expect(same).toHaveBeenCalledWith(true));
    expect(other).not.toHaveBeenCalled();
  });

  it('ignores messages that are not a choice', () => {
    expect(isSavingChoice({ key: 'worksheet:x', notSaving: true })).toBe(true);
    expect(isSavingChoice({ key: 'worksheet:x', notSaving: 'yes' })).toBe(false);
    expect(isSavingChoice({ notSaving: true })).toBe(false);
    expect(isSavingChoice(null)).toBe(false);
    expect(isSavingChoice('worksheet:x')).toBe(false);
  });

  it('does nothing, and does not throw, where there is no BroadcastChannel', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    try {
      expect(() => tellSavingChoice({ key: 'worksheet:x', notSaving: true })).not.toThrow();
      const stop = watchSavingChoice('worksheet:x', () => undefined);
      expect(stop).not.toThrow();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
