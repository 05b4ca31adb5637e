import { describe, expect, it } from 'vitest';
import { withBase } from '../markdown/remark-section-ids';
import { pageTitle, pathWithoutBase } from './page-meta';
import { currentMark } from './url';

describe('pageTitle', () => {
  it('puts the page before the site name', () => {
    expect(pageTitle('About', 'Rebuilding Trust')).toBe('About · Rebuilding Trust');
  });
  it('does not repeat the site name on the home page', () => {
    expect(pageTitle('Rebuilding Trust', 'Rebuilding Trust')).toBe('Rebuilding Trust');
  });
});

describe('paths under a sub-path', () => {
  it('adds the base to site-absolute links only', () => {
    expect(withBase('/handbook/', '/chapters/x/')).toBe('/handbook/chapters/x/');
    expect(withBase('/', '/chapters/x/')).toBe('/chapters/x/');
    expect(withBase('/handbook/', '#id')).toBe('#id');
    expect(withBase('/handbook/', 'https://example.org/')).toBe('https://example.org/');
    expect(withBase('/handbook/', '/handbook/about/')).toBe('/handbook/about/');
  });
  it('removes the base from the current path', () => {
    expect(pathWithoutBase('/handbook/chapters/x/', '/handbook/')).toBe('/chapters/x/');
    expect(pathWithoutBase('/chapters/x/', '/')).toBe('/chapters/x/');
  });
  it('marks the page itself as the current page, and the section a page belongs to apart', () => {
    expect(currentMark('/chapters/', '/chapters/')).toBe('page');
    expect(currentMark('/chapters', '/chapters/')).toBe('page');
    expect(currentMark('/chapters/x/', '/chapters/')).toBe('true');
    expect(currentMark('/about/', '/chapters/')).toBeUndefined();
  });
});
