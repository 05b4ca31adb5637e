import { describe, expect, it } from 'vitest';
import { bookPageCss, cssString, pageName, sheetFooterCss } from './page-css';

describe('sheetFooterCss', () => {
  it('names the sheet at the foot of its every printed page', () => {
    expect(sheetFooterCss('My “commitments”')).toBe(
      '@media print { @page sheet { @bottom-left { content: "Rebuilding Trust · My “commitments”" !important; } } }',
    );
    expect(sheetFooterCss('A "quoted" \\ title')).toContain(
      'content: "Rebuilding Trust · A \\"quoted\\" \\\\ title"',
    );
  });
});

describe('bookPageCss', () => {
  it('numbers pages at the foot and gives each chapter its own running head', () => {
    const css = bookPageCss([
      { page: 'chapter-1', head: 'Tell the whole truth' },
      { page: 'help', head: 'Getting more help' },
    ]);
    expect(css).toContain('@bottom-center { content: counter(page)');
    expect(css).toContain('@page chapter-1 { @top-center { content: "Tell the whole truth"');
    expect(css).toContain('@page help { @top-center { content: "Getting more help"');
    // No number on the title page and contents.
    expect(css).toMatch(/@page book-front \{ @bottom-center \{ content: none/);
  });

  it('keeps a title with quotes or backslashes from breaking out of its string', () => {
    expect(cssString('Say "sorry" \\ mean it')).toBe('"Say \\"sorry\\" \\\\ mean it"');
    expect(cssString('two\nlines')).toBe('"two lines"');
    expect(pageName('Chapter 3: x')).toBe('chapter-3-x');
  });
});
