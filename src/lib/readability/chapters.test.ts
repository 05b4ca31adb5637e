import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { plainTextFromMdx, readability } from './readability';

const MAX_GRADE = 8;
const MAX_AVERAGE_SENTENCE_LENGTH = 18;

const chaptersDir = new URL('../../../content/chapters/', import.meta.url);
const files = readdirSync(fileURLToPath(chaptersDir))
  .filter((name) => name.endsWith('.mdx'))
  .sort();

describe('handbook chapters', () => {
  it('has exactly ten chapters', () => {
    expect(files).toHaveLength(10);
  });

  for (const file of files) {
    // Read inside each test, so a chapter MDX cannot parse fails its own tests by name.
    const score = () =>
      readability(plainTextFromMdx(readFileSync(new URL(file, chaptersDir), 'utf8')));

    it(`${file} reads at Flesch-Kincaid grade ${MAX_GRADE} or lower`, () => {
      const result = score();
      expect(result.words).toBeGreaterThan(0);
      expect(result.fleschKincaidGrade).toBeLessThanOrEqual(MAX_GRADE);
    });

    it(`${file} keeps sentences under ${MAX_AVERAGE_SENTENCE_LENGTH} words on average`, () => {
      expect(score().averageSentenceLength).toBeLessThan(MAX_AVERAGE_SENTENCE_LENGTH);
    });
  }
});
