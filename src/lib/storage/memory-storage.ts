import type { DeviceStorage } from './storage';

/**
 * A stand-in for localStorage in unit tests: it can be made to refuse every
 * call (storage disabled) or every new write (quota full; removing still works).
 */
export function memoryStorage(
  initial: Record<string, string> = {},
  mode: 'ok' | 'disabled' | 'full' = 'ok',
): DeviceStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  const refuse = (what: 'read' | 'write') => {
    if (mode === 'disabled') throw new DOMException('The operation is insecure.', 'SecurityError');
    if (mode === 'full' && what === 'write')
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
  };
  return {
    items,
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
