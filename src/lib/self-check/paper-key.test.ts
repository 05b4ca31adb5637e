import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chapterPaperKey, handbookPaperKey, pointsLine } from './paper-key';
import { optionsFor, answerKinds, type AnswerSpec, type AnswerValue } from './scale';
import { readSelfCheck } from './scoring';

/** Bands over 0..max cut at the given places, as a check's definition writes them. */
function bandsFor(max: number, cuts: number[]) {
  const edges = [...new Set(cuts.filter((c) => c > 0 && c <= max))].sort((a, b) => a - b);
  const starts = [0, ...edges];
  return starts.map((min, i) => ({
    min,
    max: (starts[i + 1] ?? max + 1) - 1,
    title: `Band ${i}`,
    text: `Reading ${i}.`,
  }));
}

/** The printed points, read back from the words as a reader with a pen would. */
function pointsFromWords(line: string): Map<string, number> {
  return new Map(
    [...line.matchAll(/([A-Z][a-z]+(?: [a-z]+)?) (\d)/g)].map((m) => [m[1]!, Number(m[2])]),
  );
}

describe('a self-check scored on paper', () => {
  it('following the printed key by hand lands in the band the page would show', () => {
    const statement = fc.record({
      answers: fc.constantFrom(...answerKinds),
      mayNotApply: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(statement, { minLength: 1, maxLength: 10 }),
        fc.array(fc.nat(30), { maxLength: 4 }),
        fc.array(fc.nat(4), { minLength: 10, maxLength: 10 }),
        (specs: AnswerSpec[], cuts, picks) => {
          const statements = specs.map((s, i) => ({ ...s, id: `s${i}` }));
          const bands = bandsFor(statements.length * 3, cuts);
          const answers: Record<string, AnswerValue> = {};
          statements.forEach((s, i) => {
            const options = optionsFor(s);
            answers[s.id] = options[(picks[i] ?? 0) % options.length]!.value;
          });
          const page = readSelfCheck(statements, bands, answers);
          if (page.status !== 'complete') return;
          const key = chapterPaperKey(statements, bands);
          const points = pointsFromWords(key.steps[0] ?? '');
          const labels = (s: AnswerSpec & { id: string }) =>
            optionsFor(s).find((o) => o.value === answers[s.id])!.label;
          const counted = statements.filter((s) => labels(s) !== 'Does not apply to me');
          let total = counted.reduce((sum, s) => sum + points.get(labels(s))!, 0);
          if (counted.length < statements.length) {
            expect(key.steps.join(' ')).toContain(`multiply your total by ${statements.length}`);
            total = Math.floor((total * statements.length) / counted.length);
          }
          const band = key.bands.find((b) => {
            const [from, to] = b.range.split(' to ').map(Number);
            return total >= from! && total <= to!;
          });
          expect(band?.title).toBe(page.band.title);
        },
      ),
    );
  });

  it('names only the answers its statements offer', () => {
    expect(pointsLine([{ answers: 'frequency', mayNotApply: false }])).toBe(
      'Give each answer its points: Not yet 0, Sometimes 1, Mostly 2, Always 3.',
    );
    expect(pointsLine([{ answers: 'done', mayNotApply: false }])).toBe(
      'Give each answer its points: Not yet 0, Done 3.',
    );
  });

  it('says how to count “Does not apply” only where a statement offers it', () => {
    const bands = bandsFor(6, [3]);
    const plain = chapterPaperKey(
      [
        { answers: 'yes', mayNotApply: false },
        { answers: 'done', mayNotApply: false },
      ],
      bands,
    );
    expect(plain.steps.join(' ')).not.toMatch(/Does not apply/);
    expect(plain.bands.map((b) => b.range)).toEqual(['0 to 2', '3 to 6']);
    expect(handbookPaperKey([{ answers: 'frequency', mayNotApply: true }]).steps[1]).toMatch(
      /leaving out any “Does not apply to me”/,
    );
  });
});
