import { describe, expect, it } from 'vitest';
import {
  answersFromText,
  answersOnPaperText,
  chapterAnnouncement,
  earlierAnswersText,
  handbookAnnouncement,
} from './messages';
import type { AreaResult } from './scoring';

const score = {
  answered: 6,
  total: 6,
  notApplicable: 0,
  points: 10,
  maxPoints: 18,
  complete: true,
};
const band = { min: 8, max: 13, title: 'On the way', text: 'Keep going.' };

describe('announcements', () => {
  it('says the band and how many sections to revisit', () => {
    expect(chapterAnnouncement({ status: 'complete', score, band }, 2)).toBe(
      'Your reading: On the way. Keep going. 2 statements have a section to revisit, listed below.',
    );
  });

  it('stays the same while the reader is still answering', () => {
    const a = chapterAnnouncement({ status: 'incomplete', score: { ...score, answered: 2 } }, 0);
    const b = chapterAnnouncement({ status: 'incomplete', score: { ...score, answered: 5 } }, 1);
    expect(a).toBe(b);
  });

  it('names the strongest area and where to start', () => {
    const area = (title: string, average: number): AreaResult => ({
      chapter: title,
      title,
      href: '',
      answered: 2,
      total: 2,
      notApplicable: 0,
      average,
      label: '',
    });
    const profile = [area('Be patient', 3), area('Live openly', 1)];
    expect(handbookAnnouncement(profile, [profile[1] as AreaResult], 4, 4)).toBe(
      'Your profile is ready. Strongest: Be patient. Start here: Live openly.',
    );
    // Equal at the top, listed later step first: all are named, in step order, none above the others.
    const tied = [area('Live openly', 3), area('Be patient', 3), area('Begin again', 1)];
    expect(handbookAnnouncement(tied, [tied[2] as AreaResult], 6, 6)).toBe(
      'Your profile is ready. Equally strongest: Be patient and Live openly. Start here: Begin again.',
    );
    const three = [area('C', 3), area('B', 3), area('A', 3), area('D', 2)];
    expect(handbookAnnouncement(three, [three[3] as AreaResult], 8, 8)).toBe(
      'Your profile is ready. Equally strongest: A, B and C. Start here: D.',
    );
    const four = [area('D', 3), ...three];
    expect(handbookAnnouncement(four, [three[3] as AreaResult], 10, 10)).toBe(
      'Your profile is ready. 4 steps are equally strongest, first in the list below. Start here: D.',
    );
    // "Not yet" everywhere: no step is praised as strongest.
    const level = [area('Be patient', 0), area('Live openly', 0)];
    expect(handbookAnnouncement(level, [level[0] as AreaResult], 4, 4)).toBe(
      'Your profile is ready. Every step is at the same place on the scale. Start here: Be patient.',
    );
  });

  it('says how many statements did not apply and were left out', () => {
    expect(
      chapterAnnouncement({ status: 'complete', score: { ...score, notApplicable: 2 }, band }, 0),
    ).toBe(
      'Your reading: On the way. Keep going. 2 statements do not apply to you and are left out.',
    );
  });

  it('says plainly when nothing applies, with no reading', () => {
    expect(chapterAnnouncement({ status: 'none-apply', score }, 0)).toMatch(
      /^None of these statements applies to you/,
    );
  });

  it('tells the reader when earlier answers wait to be chosen again, and says nothing when none do', () => {
    expect(earlierAnswersText(0)).toBe('');
    expect(earlierAnswersText(1)).toMatch(/^One statement was reworded/);
    expect(earlierAnswersText(3)).toMatch(/^3 statements were reworded/);
  });
});

describe('answers kept from an earlier day', () => {
  // Local noon, so the day is the same in every time zone the tests run in.
  const now = new Date(2026, 3, 20, 12);

  it('say the day they were last changed, and that a change keeps a result for today', () => {
    const text = answersFromText(new Date(2026, 3, 19, 23, 50).toISOString(), now);
    expect(text?.when).toBe('These answers were last changed on 19 April 2026.');
    expect(text?.advice).toContain('a result is kept for today with all the answers');
  });

  it('say nothing for answers from today, none kept, or an unknown time', () => {
    expect(answersFromText(new Date(2026, 3, 20, 0, 5).toISOString(), now)).toBe(null);
    expect(answersFromText(null, now)).toBe(null);
    expect(answersFromText(new Date(0).toISOString(), now)).toBe(null);
    expect(answersFromText('not a time', now)).toBe(null);
  });

  it('on paper, answers from today still carry their day', () => {
    expect(answersOnPaperText(now)).toBe('Your answers as they stood on 20 April 2026.');
  });
});
