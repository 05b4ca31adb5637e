import { describe, expect, it } from 'vitest';
import { keptOnDevice } from './kept-on-device';

describe('keptOnDevice', () => {
  const storage = (items: Record<string, string>) => ({
    getItem: (key: string) => items[key] ?? null,
  });

  it('is true when any of the records is kept', () => {
    expect(
      keptOnDevice(storage({ 'rt:results:be-there': '{}' }), [
        'rt:self-check:be-there',
        'rt:results:be-there',
      ]),
    ).toBe(true);
  });

  it('is false when none is, and with no keys', () => {
    expect(keptOnDevice(storage({ 'rt:results:other': '{}' }), ['rt:results:be-there'])).toBe(
      false,
    );
    expect(keptOnDevice(storage({ 'rt:results:be-there': '{}' }), [])).toBe(false);
  });

  it('is false, never an error, when storage is off or refuses to be read', () => {
    expect(keptOnDevice(null, ['rt:results:be-there'])).toBe(false);
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(keptOnDevice(refusing, ['rt:results:be-there'])).toBe(false);
  });
});
