import { describe, expect, it } from 'vitest';
import { guardUnsavedAnswers } from './leave-guard';

/** Whether leaving the page now would ask first. */
function asks(target: EventTarget): boolean {
  const leaving = new Event('beforeunload', { cancelable: true });
  target.dispatchEvent(leaving);
  return leaving.defaultPrevented;
}

describe('leaving a page with unsaved answers', () => {
  it('asks while any island has unsaved answers, and stops once none has', () => {
    const page = new EventTarget();
    expect(asks(page)).toBe(false);
    guardUnsavedAnswers('worksheet', true, page);
    guardUnsavedAnswers('self-check', true, page);
    expect(asks(page)).toBe(true);
    // One island saving its answers does not stop the page asking for the other's.
    guardUnsavedAnswers('worksheet', false, page);
    expect(asks(page)).toBe(true);
    guardUnsavedAnswers('self-check', false, page);
    expect(asks(page)).toBe(false);
  });
});
