import { describe, expect, it, vi } from 'vitest';
import { bringIntoView } from './bring-into-view';

function notice(top: number, height = 40) {
  return {
    getBoundingClientRect: () => ({ top, bottom: top + height }) as DOMRect,
    scrollIntoView: vi.fn(),
  };
}

describe('bringIntoView', () => {
  it('scrolls a notice below or above the screen to its middle', () => {
    const below = notice(1833);
    expect(bringIntoView(below, 800)).toBe(true);
    expect(below.scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
    const above = notice(-374);
    expect(bringIntoView(above, 256)).toBe(true);
  });

  it('leaves the page still when the notice is already on screen, or missing', () => {
    const shown = notice(300);
    expect(bringIntoView(shown, 800)).toBe(false);
    expect(shown.scrollIntoView).not.toHaveBeenCalled();
    expect(bringIntoView(null, 800)).toBe(false);
  });
});
