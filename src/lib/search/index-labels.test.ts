import { describe, expect, it } from 'vitest';
import { parsePage, serializePage } from '../build/built-site';
import { labelBoxItems } from './index-labels';

const box = (label: string | null, body: string) =>
  parsePage(
    '/chapters/x/',
    `<main><div role="note"${label === null ? '' : ` data-index-label="${label}"`}><p><span aria-hidden="true">✕ </span>Avoid</p><div>${body}</div></div><p>After.</p></main>`,
  ).tree;

describe('labelBoxItems', () => {
  it('starts each item to avoid with the label and leaves out the box’s own label', () => {
    const tree = box(
      'Avoid',
      '<ul><li>"Why can\'t you just trust me?"</li><li>Treating checks as attacks.</li></ul>',
    );
    labelBoxItems(tree);
    const html = serializePage(tree);
    expect(html).toContain(
      '<li>Avoid: "Why can\'t you just trust me?"</li><li>Avoid: Treating checks as attacks.</li>',
    );
    expect(html).not.toContain('✕');
    expect(html).toContain('<p>After.</p>');
  });

  it('labels paragraphs too, and a paragraph inside an item only once', () => {
    const tree = box('Avoid', '<p>Blaming them.</p><ul><li><p>Keeping score.</p></li></ul>');
    labelBoxItems(tree);
    const html = serializePage(tree);
    expect(html).toContain('<p>Avoid: Blaming them.</p>');
    expect(html).toContain('<li><p>Avoid: Keeping score.</p></li>');
    expect(html.match(/Avoid:/g)).toHaveLength(2);
  });

  it('labels an item of two paragraphs once', () => {
    const tree = box('Avoid', '<ul><li><p>Keeping score.</p><p>Even in your head.</p></li></ul>');
    labelBoxItems(tree);
    expect(serializePage(tree)).toContain(
      '<li><p>Avoid: Keeping score.</p><p>Even in your head.</p></li>',
    );
  });

  it('labels the items of a list inside an item too', () => {
    const tree = box('Avoid', '<ul><li>Saying:<ul><li>"Let it go."</li></ul></li></ul>');
    labelBoxItems(tree);
    expect(serializePage(tree)).toContain(
      '<li>Avoid: Saying:<ul><li>Avoid: "Let it go."</li></ul></li>',
    );
  });

  it('leaves a box without an item label (a "Try this" box) as it is', () => {
    const tree = box(null, '<ul><li>Say sorry.</li></ul>');
    const before = serializePage(tree);
    labelBoxItems(tree);
    expect(serializePage(tree)).toBe(before);
  });
});
