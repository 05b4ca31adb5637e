import { describe, expect, it } from 'vitest';
import { printedAddress } from './printed-address';

describe('printedAddress', () => {
  it('prints the public address of the page when SITE_URL is set', () => {
    expect(printedAddress('https://trust.example.net', '/handbook/worksheets/no-contact/')).toBe(
      'https://trust.example.net/handbook/worksheets/no-contact/',
    );
  });

  it('prints no address without SITE_URL, or with one that is not an address', () => {
    expect(printedAddress(undefined, '/worksheets/no-contact/')).toBeNull();
    expect(printedAddress('  ', '/worksheets/no-contact/')).toBeNull();
    expect(printedAddress('not a url', '/worksheets/no-contact/')).toBeNull();
  });
});
