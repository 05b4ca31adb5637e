import { describe, expect, it } from 'vitest';
import type { WorksheetField } from './schema';
import { splitSigning } from './signing';

const field = (id: string, kind: WorksheetField['kind']) =>
  ({ id, kind, label: id }) as unknown as WorksheetField;

describe('splitSigning', () => {
  it('keeps the signatures and their dates that end a sheet together', () => {
    const fields = [
      field('hope', 'long-text'),
      field('me', 'signature'),
      field('me-date', 'date'),
      field('partner', 'signature'),
      field('partner-date', 'date'),
    ];
    const { body, signing } = splitSigning(fields);
    expect(body.map((f) => f.id)).toEqual(['hope']);
    expect(splitSigning(fields).leadDates).toEqual([]);
    expect(signing.map((f) => f.id)).toEqual(['me', 'me-date', 'partner', 'partner-date']);
  });

  it('leaves a date that ends a sheet without a signature in the body', () => {
    const fields = [field('start', 'date'), field('what', 'long-text'), field('until', 'date')];
    expect(splitSigning(fields)).toEqual({ body: fields, leadDates: [], signing: [] });
  });

  it('starts the signing at its first signature; dates just before it print with it', () => {
    const fields = [
      field('what', 'long-text'),
      field('week', 'date'),
      field('me', 'signature'),
      field('on', 'date'),
    ];
    const { body, leadDates, signing } = splitSigning(fields);
    expect(body.map((f) => f.id)).toEqual(['what']);
    expect(leadDates.map((f) => f.id)).toEqual(['week']);
    expect(signing.map((f) => f.id)).toEqual(['me', 'on']);
  });

  it('leaves a signature in the middle of a sheet where it is', () => {
    const fields = [field('me', 'signature'), field('on', 'date'), field('what', 'long-text')];
    expect(splitSigning(fields)).toEqual({ body: fields, leadDates: [], signing: [] });
  });
});
