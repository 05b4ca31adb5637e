import { describe, expect, it, vi } from 'vitest';
import { bringIntoView } from './bring-into-view';

function box(top: number, height = 40) {
  return {
    getBoundingClientRect: () => ({ top, bottom: top + height }) as DOMRect,
    scrollIntoView: vi.fn(),
    contains: (node: Node | null) => node === focusedInside,
  };
}
const focusedInside = {} as Node;

describe('bringIntoView', () => {
  it('scrolls a notice below or above the screen to its middle when the emptied answers were in view', () => {
    const below = box(1833);
    expect(bringIntoView(below, box(200, 900), 800, null)).toBe(true);
    expect(below.scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
    const above = box(-374);
    expect(bringIntoView(above, box(-100, 300), 256, null)).toBe(true);
  });

  it('leaves the page still when the notice is already on screen, or missing', () => {
    const shown = box(300);
    expect(bringIntoView(shown, box(0, 900), 800, null)).toBe(false);
    expect(shown.scrollIntoView).not.toHaveBeenCalled();
    expect(bringIntoView(null, box(0), 800, null)).toBe(false);
  });

  it('leaves a reader elsewhere on the page where they are, unless focus was in the answers', () => {
    const notice = box(3000);
    // Reading the middle of a chapter, its self-check further down.
    expect(bringIntoView(notice, box(1500, 1200), 800, null)).toBe(false);
    expect(notice.scrollIntoView).not.toHaveBeenCalled();
    expect(bringIntoView(notice, box(1500, 1200), 800, focusedInside)).toBe(true);
  });
});
