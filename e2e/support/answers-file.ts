/**
 * A worksheet answers file, as a sheet's "Download answers" writes it, for
 * tests that load one back (the no-contact sheet unless named).
 */
export function answersFile(
  answers: Record<string, unknown>,
  worksheet = 'no-contact',
  title = 'No-contact commitment',
  more: { savedAt?: string; entry?: string } = {},
) {
  return {
    name: 'answers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        kind: 'rebuilding-trust/worksheet-answers',
        version: 1,
        handbook: 'Rebuilding Trust',
        worksheet,
        title,
        savedAt: more.savedAt ?? '2026-11-25T10:00:00.000Z',
        ...(more.entry && { entry: more.entry }),
        answers,
      }),
    ),
  };
}
