import { describe, expect, it } from 'vitest';
import { siteName, siteNameInHeader } from './site';

describe('siteNameInHeader', () => {
  it('is the site name, with only soft hyphens added', () => {
    expect(siteNameInHeader.replaceAll('\u00AD', '')).toBe(siteName);
  });
});
