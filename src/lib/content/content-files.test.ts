import { describe, expect, it } from 'vitest';
import { checkContentFolders, strayFiles } from './content-files';

describe('content folders', () => {
  it('name a file the build would skip, or that would stand in for another', () => {
    expect(strayFiles('chapters', ['05-be-patient.mdx', 'be-there.mdx', 'notes.md'])).toEqual([
      'content/chapters/be-there.mdx: not read, as files here are named [0-9][0-9]-*.mdx',
      'content/chapters/notes.md: not read, as files here are named [0-9][0-9]-*.mdx',
    ]);
    expect(strayFiles('selfChecks', ['be-patient.yaml', 'be-patient.yml'])).toEqual([
      'content/self-checks/be-patient.yml: not read, as files here are named *.yaml',
    ]);
    expect(strayFiles('worksheets', ['no-contact.yaml', '.DS_Store'])).toEqual([]);
  });

  it('hold no stray file in this handbook', () => {
    expect(() => checkContentFolders()).not.toThrow();
  });
});
