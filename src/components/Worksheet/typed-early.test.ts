import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { typedEarlyAttribute } from '../../lib/worksheet/form-dom';

const source = readFileSync('src/components/Worksheet/typed-early.js', 'utf8');

/** Runs the inline script, then sends one `input` event from `target`. */
function inputFrom(target: object) {
  let listener: ((event: { target: object }) => void) | undefined;
  const addEventListener = (type: string, fn: typeof listener, capture: boolean) => {
    expect([type, capture]).toEqual(['input', true]);
    listener = fn;
  };
  new Function('addEventListener', source)(addEventListener);
  listener?.({ target });
}

function box(form: object | null) {
  const attributes = new Map<string, string>();
  return { form, attributes, setAttribute: (n: string, v: string) => attributes.set(n, v) };
}

describe('typed-early.js', () => {
  it('marks a box of a worksheet form the reader types in, with the attribute the island reads', () => {
    const typedIn = box({ matches: (s: string) => s === '[data-worksheet-form]' });
    inputFrom(typedIn);
    expect([...typedIn.attributes.keys()]).toEqual([typedEarlyAttribute]);
  });

  it('leaves any other box alone (the header search, a box in no form)', () => {
    const search = box({ matches: () => false });
    inputFrom(search);
    expect(search.attributes.size).toBe(0);
    const loose = box(null);
    inputFrom(loose);
    expect(loose.attributes.size).toBe(0);
  });
});
