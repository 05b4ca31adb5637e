import { describe, expect, it } from 'vitest';
import { clientChunkFor } from './client-chunks';

const root = '/home/reader/handbook';

describe('clientChunkFor', () => {
  it('puts Preact and its hydration in the islands file, but not signals', () => {
    expect(clientChunkFor(`${root}/node_modules/preact/dist/preact.module.js`)).toBe('islands');
    expect(clientChunkFor(`${root}/node_modules/preact/hooks/dist/hooks.module.js`)).toBe(
      'islands',
    );
    expect(clientChunkFor(`${root}/node_modules/@astrojs/preact/dist/client.js`)).toBe('islands');
    expect(clientChunkFor(`${root}/node_modules/@preact/signals/dist/signals.module.js`)).toBe(
      undefined,
    );
  });

  it('keeps what islands of every kind share out of any one kind’s file', () => {
    // In the self-check file it would bring that whole file onto /your-data/.
    expect(clientChunkFor(`${root}/src/components/Button/plain-button.ts`)).toBe('islands');
    expect(clientChunkFor(`${root}/src/components/AskFirst/safe-choice.ts`)).toBe('islands');
    // In the worksheet file it would bring that file onto /your-data/.
    expect(clientChunkFor(`${root}/src/lib/storage/file-kinds.ts`)).toBe('islands');
    // In the self-check file it would bring that whole file onto every worksheet.
    expect(clientChunkFor(`${root}/src/lib/browser/leave-guard.ts`)).toBe('islands');
    expect(clientChunkFor(`${root}/src/lib/browser/bring-into-view.ts`)).toBe('islands');
    expect(clientChunkFor(`${root}/src/components/ReasonInView/reason-in-view.ts`)).toBe('islands');
    // Worksheets and Your data both fetch a file reader through it: apart, it would be a file of its own.
    expect(clientChunkFor(`${root}/src/lib/browser/load-on-demand.ts`)).toBe('islands');
  });

  it('keeps the backup loader and the saved-items list out of the islands file', () => {
    // Only /your-data/ uses them; every other island page would pay for them.
    expect(clientChunkFor(`${root}/src/lib/storage/records.ts`)).toBe('islands');
    expect(clientChunkFor(`${root}/src/lib/storage/backup.ts`)).toBe(undefined);
    expect(clientChunkFor(`${root}/src/lib/storage/backup-load.ts`)).toBe(undefined);
    expect(clientChunkFor(`${root}/src/lib/storage/saved-items.ts`)).toBe(undefined);
  });

  it('leaves a worksheet’s file loader out of the worksheet file, to be fetched when a file is chosen', () => {
    expect(clientChunkFor(`${root}/src/lib/worksheet/transfer.ts`)).toBe('worksheet');
    expect(clientChunkFor(`${root}/src/lib/worksheet/transfer-load.ts`)).toBe(undefined);
  });

  it('keeps what the entries page lists out of the worksheet file every sheet loads', () => {
    expect(clientChunkFor(`${root}/src/lib/worksheet/kept-entries.ts`)).toBe(undefined);
  });

  it('gives every page its two site scripts in one file, apart from any island', () => {
    expect(clientChunkFor(`${root}/src/components/Search/search-opener.ts`)).toBe('site');
    expect(
      clientChunkFor(
        `${root}/src/components/Search/SearchForm.astro?astro&type=script&index=0&lang.ts`,
      ),
    ).toBe('site');
    // The search itself loads only when the reader reaches for it.
    expect(clientChunkFor(`${root}/src/components/Search/search-ui.ts`)).toBe(undefined);
    expect(clientChunkFor(`${root}/src/lib/search/engine.ts`)).toBe(undefined);
  });

  it('keeps what a sheet tells its entry bar in the worksheet file, not a file of its own', () => {
    expect(clientChunkFor(`${root}/src/components/SheetEntries/sheet-saving.ts`)).toBe('worksheet');
    expect(clientChunkFor(`${root}/src/components/SheetEntries/entry-slug.ts`)).toBe('worksheet');
  });

  it('keeps dated entries apart from the worksheet file, which "Your data" does not need', () => {
    expect(clientChunkFor(`${root}/src/lib/progress/entries.ts`)).toBe('entries');
  });

  it('reads Windows paths too', () => {
    expect(clientChunkFor('C:\\handbook\\src\\lib\\worksheet\\answers.ts')).toBe('worksheet');
    expect(clientChunkFor('C:\\handbook\\src\\lib\\self-check\\scoring.ts')).toBe('self-check');
  });
});
