import { describe, expect, it } from 'vitest';
import { bookOutline } from './book';

describe('bookOutline', () => {
  it('puts the chapters in reading order, then the help part, each on its own named page', () => {
    const outline = bookOutline(
      [
        { slug: 'be-there', path: '/chapters/be-there/', title: 'Be there', order: 6 },
        { slug: 'tell', path: '/chapters/tell/', title: 'Tell the whole truth', order: 1 },
      ],
      { path: '/help/', title: 'Getting more help' },
    );
    expect(outline.parts.map((p) => p.id)).toEqual(['tell', 'be-there', 'help']);
    expect(outline.heads).toEqual([
      { page: 'chapter-1', head: '1. Tell the whole truth' },
      { page: 'chapter-6', head: '6. Be there' },
      { page: 'book-help', head: 'Getting more help' },
    ]);
    expect(outline.pageOf.get('be-there')).toBe('chapter-6');
  });

  it('opens with the About part when given, on its own named page', () => {
    const outline = bookOutline(
      [{ slug: 'tell', path: '/chapters/tell/', title: 'Tell the whole truth', order: 1 }],
      { path: '/help/', title: 'Getting more help' },
      { path: '/about/', title: 'About this handbook' },
    );
    expect(outline.parts.map((p) => p.id)).toEqual(['about', 'tell', 'help']);
    expect(outline.heads[0]).toEqual({ page: 'book-about', head: 'About this handbook' });
    expect(outline.pageOf.get('about')).toBe('book-about');
  });
});
