import { describe, expect, it } from 'vitest';
import { describeWeight, gzipSize, weighPage } from './budgets';

const text = (s: string) => new TextEncoder().encode(s);

describe('weighPage', () => {
  it('adds up gzip sizes and counts script separately, largest file first', () => {
    const weight = weighPage([
      { url: '/', type: 'document', bytes: text('<p>hello</p>'.repeat(50)) },
      { url: '/a.js', type: 'script', bytes: text('console.log(1);') },
    ]);
    expect(weight.requests).toBe(2);
    expect(weight.scriptGzip).toBe(gzipSize(text('console.log(1);')));
    expect(weight.totalGzip).toBe((weight.files[0]?.gzip ?? 0) + (weight.files[1]?.gzip ?? 0));
    expect(describeWeight('/x/', weight)).toMatch(/^\/x\/: 2 requests/);
    expect(describeWeight('/x/', weight)).toContain('/a.js');
  });

  it('measures compressed, not raw, bytes', () => {
    expect(gzipSize(text('a'.repeat(10_000)))).toBeLessThan(200);
  });
});
