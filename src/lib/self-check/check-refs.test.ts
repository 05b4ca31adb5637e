import { describe, expect, it } from 'vitest';
import type { SelfCheckData } from './schema';
import { selfCheckProblems, type SelfCheckFile } from './check-refs';

const sections = new Map([
  ['be-patient', new Set(['no-timeline', 'ups-and-downs'])],
  ['live-openly', new Set(['no-secret-time', 'your-privacy'])],
]);

const statement = (id: string, section: string) => ({
  id,
  text: 'I am doing it.',
  section,
  answers: 'frequency' as const,
  mayNotApply: false,
});

function chapterFile(id: string, first = 'ups-and-downs', second = 'no-timeline'): SelfCheckFile {
  return {
    id,
    file: `content/self-checks/${id}.yaml`,
    data: {
      kind: 'chapter',
      intro: '',
      statements: [statement('a', first), statement('b', second)],
      bands: [],
    } as SelfCheckData,
  };
}

function handbookFile(chapters: string[]): SelfCheckFile {
  return {
    id: 'handbook',
    file: 'content/self-checks/handbook.yaml',
    data: {
      kind: 'handbook',
      intro: '',
      statements: chapters.map((chapter, i) => ({
        ...statement(`s${i}`, chapter === 'be-patient' ? 'no-timeline' : 'no-secret-time'),
        chapter,
      })),
    },
  };
}

const goodHandbook = handbookFile(['be-patient', 'be-patient', 'live-openly', 'live-openly']);

describe('selfCheckProblems', () => {
  it('finds nothing wrong when every reference exists', () => {
    expect(
      selfCheckProblems(
        [
          chapterFile('be-patient'),
          chapterFile('live-openly', 'your-privacy', 'no-secret-time'),
          goodHandbook,
        ],
        sections,
      ),
    ).toEqual([]);
  });

  it('names the file and field of an unknown section', () => {
    const problems = selfCheckProblems(
      [
        chapterFile('be-patient', 'ups-and-downs', 'no-deadline'),
        chapterFile('live-openly', 'ups-and-downs', 'your-privacy'),
        goodHandbook,
      ],
      sections,
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/self-checks\/be-patient\.yaml: field "statements\[1\]\.section" names section "no-deadline"/,
      ),
      expect.stringContaining('live-openly.yaml: field "statements[0].section"'),
    ]);
  });

  it('names a missing chapter self-check and a file named after no chapter', () => {
    const problems = selfCheckProblems([chapterFile('be-pateint'), goodHandbook], sections);
    expect(problems).toEqual([
      expect.stringContaining(
        'content/self-checks/be-pateint.yaml: the file name must be a chapter slug',
      ),
      expect.stringContaining('content/self-checks/be-patient.yaml: missing'),
      expect.stringContaining('content/self-checks/live-openly.yaml: missing'),
    ]);
  });

  it('checks the handbook asks two or three things per chapter, in known chapters', () => {
    const problems = selfCheckProblems(
      [
        chapterFile('be-patient'),
        chapterFile('live-openly', 'your-privacy', 'no-secret-time'),
        handbookFile(['be-patient', 'live-openly', 'live-openly', 'begin-again']),
      ],
      sections,
    );
    expect(problems).toEqual([
      expect.stringContaining(
        'handbook.yaml: field "statements[3].chapter" names chapter "begin-again"',
      ),
      expect.stringContaining(
        'handbook.yaml: field "statements" has 1 statement(s) for chapter "be-patient"',
      ),
    ]);
  });
});
