import type { DeviceStorage } from './storage';

type Mode = 'ok' | 'disabled' | 'full';

/**
 * A stand-in for localStorage in unit tests: it can be made to refuse every
 * call (storage disabled) or every new write (quota full; removing still
 * works), from the start or later (`setMode`: room made, say).
 */
export function memoryStorage(
  initial: Record<string, string> = {},
  mode: Mode = 'ok',
): DeviceStorage & { items: Map<string, string>; setMode(next: Mode): void } {
  const items = new Map(Object.entries(initial));
  const refuse = (what: 'read' | 'write') => {
    if (mode === 'disabled') throw new DOMException('The operation is insecure.', 'SecurityError');
    if (mode === 'full' && what === 'write')
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
  };
  return {
    items,
    setMode(next) {
      mode = next;
    },
    get length() {
      refuse('read');
      return items.size;
    },
    key: (i) => (refuse('read'), [...items.keys()][i] ?? null),
    getItem: (k) => (refuse('read'), items.get(k) ?? null),
    setItem: (k, v) => {
      refuse('write');
      items.set(k, String(v));
    },
    removeItem: (k) => {
      // A full store still lets items be removed, as browsers do.
      if (mode === 'disabled') refuse('write');
      items.delete(k);
    },
  };
}
