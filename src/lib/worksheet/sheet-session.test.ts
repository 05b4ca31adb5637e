import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../storage/memory-storage';
import { isNotedDeleted } from '../storage/records';
import type { DeviceStorage } from '../storage/storage';
import { sheet } from '../../../test/fixtures/worksheet/test-sheet';
import type { Answers } from './answers';
import { loadAnswers, saveAnswerEdits, shownAnswers } from './saving';
import { sheetSession, type SheetSession } from './sheet-session';

/** A tab with the test sheet open on `storage`; `notSaving` is its "Don't save" box. */
function openTab(storage: DeviceStorage, notSaving = () => false, slug = 'test') {
  const tab = sheetSession(slug, sheet, notSaving, () => storage);
  tab.refresh(false);
  return tab;
}

/** How saving went: the result (none when the reader chose not to save). */
const saveResult = (tab: SheetSession) => tab.save()?.[1];
/** Another tab's delete (or "Your data") reached `tab`: whether boxes with answers emptied. */
const deletedElsewhere = (tab: SheetSession) => tab.refresh('other-tab')[1];

const stored = (storage: DeviceStorage, slug = 'test') =>
  shownAnswers(loadAnswers(storage, slug, sheet));

/** A view of `storage` whose writes fail while `full()` says so (removing still works). */
function fullWhen(storage: DeviceStorage, full: () => boolean): DeviceStorage {
  return {
    get length() {
      return storage.length;
    },
    key: (i) => storage.key(i),
    getItem: (k) => storage.getItem(k),
    setItem: (k, v) => {
      if (full()) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      storage.setItem(k, v);
    },
    removeItem: (k) => storage.removeItem(k),
  };
}

const text = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== '');

afterEach(() => {
  vi.useRealTimers();
});

/** A tab that saved "Sam", then took `unsaved` after the device filled up. */
function savedThenFull(storage: DeviceStorage, unsaved: Answers): SheetSession {
  let full = false;
  const here = openTab(fullWhen(storage, () => full));
  here.change({ name: 'Sam' });
  saveResult(here);
  full = true;
  here.change(unsaved);
  return here;
}

describe('a worksheet open in a tab', () => {
  it('saves only the field changed, so what another tab saved meanwhile stays', () => {
    fc.assert(
      fc.property(text, text, (mine, theirs) => {
        const storage = memoryStorage();
        const here = openTab(storage);
        const there = openTab(storage);
        there.change({ story: theirs });
        expect(saveResult(there)?.ok).toBe(true);
        // This tab has not heard of that save yet.
        here.change({ name: mine });
        expect(here.save()?.[0]).toEqual({ name: mine });
        expect(here.savedNow()).toBe('saved');
        expect(stored(storage)).toEqual({ name: mine, story: theirs });
        here.refresh('other-tab');
        expect(here.current()).toEqual({ name: mine, story: theirs });
      }),
    );
  });

  it('merges its list lines not saved yet with lines another tab saved meanwhile', () => {
    const storage = memoryStorage();
    saveAnswerEdits(storage, 'test', sheet, { items: ['walk'] });
    let full = true;
    const here = openTab(fullWhen(storage, () => full));
    const there = openTab(storage);
    here.change({ items: ['walk', 'call Ann'] });
    expect(saveResult(here)).toMatchObject({ ok: false, reason: 'full' });
    there.change({ items: ['walk', 'read'] });
    saveResult(there);
    here.refresh('other-tab');
    expect(here.current()).toEqual({ items: ['walk', 'call Ann', 'read'] });
    full = false;
    saveResult(here);
    expect(stored(storage)).toEqual({ items: ['walk', 'call Ann', 'read'] });
  });

  it('a delete made in another tab empties the page, changes not saved too, and says so', () => {
    const storage = memoryStorage();
    const here = savedThenFull(storage, { story: 'not saved yet' });
    expect(saveResult(here)?.ok).toBe(false);
    storage.removeItem('rt:worksheet:test');
    expect(deletedElsewhere(here)).toBe(true);
    expect(here.current()).toEqual({});
    expect(here.savedNow()).toBe('saved');
    // Nothing on the page: nothing emptied, nothing to say.
    expect(deletedElsewhere(here)).toBe(false);
  });

  it('with "Don\'t save" ticked, a delete made elsewhere leaves the page’s text alone', () => {
    const storage = memoryStorage();
    const here = openTab(storage, () => true);
    here.change({ name: 'Sam' });
    expect(here.save()).toEqual([{ name: 'Sam' }]);
    expect(here.savedNow()).toBe('not-saving');
    expect(deletedElsewhere(here)).toBe(false);
    expect(here.current()).toEqual({ name: 'Sam' });
    expect(storage.items.size).toBe(0);
  });

  describe('typed or ticked before the page woke, into boxes that showed nothing saved', () => {
    const copies = (storage: ReturnType<typeof memoryStorage>) =>
      [...storage.items.keys()].filter((k) => k.startsWith('rt-recovery:'));

    it('replaces saved text only once a copy of it is kept, and says which', () => {
      const storage = memoryStorage();
      saveAnswerEdits(storage, 'test', sheet, { name: 'saved', story: 'a long saved draft' });
      const here = openTab(storage);
      expect(here.typedEarly({})).toBe(null);
      expect(here.typedEarly({ story: 'Hi' })).toEqual(['story']);
      expect(here.current()).toEqual({ name: 'saved', story: 'Hi' });
      expect(saveResult(here)?.ok).toBe(true);
      expect(stored(storage)).toEqual({ name: 'saved', story: 'Hi' });
      const [copy] = copies(storage);
      expect(storage.items.get(copy ?? '')).toContain('a long saved draft');
    });

    it('adds ticks and lines to the saved ones, with no copy needed', () => {
      const storage = memoryStorage();
      saveAnswerEdits(storage, 'test', sheet, { ticks: ['a'], items: ['one', 'two'] });
      const here = openTab(storage);
      expect(here.typedEarly({ ticks: ['b'], items: ['', '', 'three'] })).toEqual([]);
      saveResult(here);
      expect(stored(storage)).toEqual({ ticks: ['a', 'b'], items: ['one', 'two', 'three'] });
      expect(copies(storage)).toEqual([]);
      // A line typed where a saved one stands moves the saved one to a free line.
      saveAnswerEdits(storage, 'test', sheet, { items: ['one', '', 'three'] });
      const again = openTab(storage);
      expect(again.typedEarly({ items: ['first'] })).toEqual([]);
      saveResult(again);
      expect(stored(storage)['items']).toEqual(['first', 'one', 'three']);
      expect(copies(storage)).toEqual([]);
    });

    it('a line typed over a saved one in a full list: the list keeps its size, the saved words a copy', () => {
      const storage = memoryStorage();
      saveAnswerEdits(storage, 'test', sheet, { items: ['one', 'two', 'three'] });
      const here = openTab(storage);
      expect(here.typedEarly({ items: ['first', '', ''] })).toEqual(['items']);
      saveResult(here);
      expect(stored(storage)['items']).toEqual(['first', 'two', 'three']);
      expect(storage.items.get(copies(storage)[0] ?? '')).toContain('one');
    });

    it('typed into an empty box, or the same words, is simply saved', () => {
      const storage = memoryStorage();
      saveAnswerEdits(storage, 'test', sheet, { name: 'saved' });
      const here = openTab(storage);
      expect(here.typedEarly({ name: 'saved', story: 'new' })).toEqual([]);
      saveResult(here);
      expect(stored(storage)).toEqual({ name: 'saved', story: 'new' });
      expect(copies(storage)).toEqual([]);
    });

    it('with no room for a copy, the typing waits on the page; once there is room, the copy comes first', () => {
      const items = memoryStorage();
      saveAnswerEdits(items, 'test', sheet, { story: 'a long saved draft', ticks: ['a'] });
      let full = true;
      const storage = fullWhen(items, () => full);
      const here = openTab(storage);
      expect(here.typedEarly({ story: 'Hi', ticks: ['b'] })).toEqual(['story']);
      expect(here.current()).toEqual({ story: 'Hi', ticks: ['a', 'b'] });
      expect(saveResult(here)).toEqual({ ok: false, reason: 'full' });
      expect(here.savedNow()).toBe('refused');
      expect(stored(items)).toEqual({ story: 'a long saved draft', ticks: ['a'] });
      full = false;
      expect(saveResult(here)?.ok).toBe(true);
      expect(stored(items)).toEqual({ story: 'Hi', ticks: ['a', 'b'] });
      const copies = [...items.items.keys()].filter((k) => k.startsWith('rt-recovery:'));
      expect(copies).toHaveLength(1);
      expect(items.items.get(copies[0] ?? '')).toContain('a long saved draft');
    });
  });

  it('typed over unseen on a full device, then cleared or not saved: the unseen words are copied, not lost', () => {
    for (const how of ['clear', 'stopSaving'] as const) {
      const items = memoryStorage();
      saveAnswerEdits(items, 'test', sheet, { story: 'a long saved draft' });
      // Full to the last byte but for the record's own room.
      const storage = fullWhen(
        items,
        () => items.items.size > 0 && items.items.has('rt:worksheet:test'),
      );
      const here = openTab(storage);
      here.typedEarly({ story: 'Hi' });
      expect(saveResult(here)?.ok).toBe(false);
      const before = new Date().toISOString();
      expect(here[how]()).toBe('cleared');
      expect(items.items.has('rt:worksheet:test')).toBe(false);
      // Cleared, its going is noted (an older backup leaves it out); not saving by choice leaves no note.
      expect(isNotedDeleted(items, 'worksheet:test', before), how).toBe(how === 'clear');
      const copies = [...items.items].filter(([k]) => k.startsWith('rt-recovery:'));
      expect(copies.map(([, v]) => v).join(), how).toContain('a long saved draft');
    }
  });

  describe('"Don\'t save" ticked in another tab', () => {
    /** This tab saved `answers`; the other tab's removal reached it first, then its choice. */
    function wipedThenFollowed(answers: Answers, secondsBetween: number) {
      vi.useFakeTimers();
      const storage = memoryStorage();
      let notSaving = false;
      const here = openTab(storage, () => notSaving);
      here.change(answers);
      saveResult(here);
      storage.removeItem('rt:worksheet:test');
      deletedElsewhere(here);
      vi.advanceTimersByTime(secondsBetween * 1000);
      notSaving = true;
      here.followDontSave();
      return { storage, here };
    }

    it('puts text wiped in the last 5 s back on the page, and only on the page', () => {
      fc.assert(
        fc.property(text, fc.double({ min: 0, max: 4.99, noNaN: true }), (name, seconds) => {
          const { storage, here } = wipedThenFollowed({ name }, seconds);
          expect(here.current()).toEqual({ name });
          here.change({ story: 'more' });
          expect(here.save()?.[1]).toBeUndefined();
          expect(here.savedNow()).toBe('not-saving');
          expect(storage.items.size).toBe(0);
        }),
      );
    });

    it('does not bring back text wiped 5 s or more before', () => {
      expect(wipedThenFollowed({ name: 'Sam' }, 5).here.current()).toEqual({});
    });

    it('keeps what this tab shows on the page, and counts nothing as kept on the device', () => {
      const here = openTab(memoryStorage());
      here.change({ name: 'Sam', ticks: ['a'] });
      saveResult(here);
      expect(here.keepsAnswers()).toBe(true);
      here.followDontSave();
      expect(here.current()).toEqual({ name: 'Sam', ticks: ['a'] });
      expect(here.keepsAnswers()).toBe(false);
    });
  });

  it('"Don\'t save" ticked here removes the saved copy and keeps the text on the page', () => {
    const storage = memoryStorage();
    const here = openTab(storage);
    here.change({ name: 'Sam' });
    saveResult(here);
    expect(here.stopSaving()).toBe('cleared');
    expect(storage.items.size).toBe(0);
    expect(here.current()).toEqual({ name: 'Sam' });
  });

  it('keeps changes on the page and reports them refused when the store is full', () => {
    fc.assert(
      fc.property(text, (name) => {
        const storage = memoryStorage({ 'rt-theme': 'dark' }, 'full');
        const here = openTab(storage);
        here.change({ name });
        expect(saveResult(here)).toMatchObject({ ok: false, reason: 'full' });
        expect(here.current()).toEqual({ name });
        expect(here.savedNow()).toBe('refused');
        expect([...storage.items.keys()]).toEqual(['rt-theme']);
      }),
    );
  });

  it('keeps changes on the page and reports them refused when the saved copy cannot be read', () => {
    const damaged = '{"version":2,"fields":{"name":';
    // Full, so the damaged copy cannot be set aside and stays in the way.
    const storage = memoryStorage({ 'rt:worksheet:test': damaged }, 'full');
    const here = openTab(storage);
    here.change({ name: 'Sam' });
    expect(saveResult(here)).toMatchObject({ ok: false, reason: 'unreadable', raw: damaged });
    expect(here.current()).toEqual({ name: 'Sam' });
    expect(here.savedNow()).toBe('refused');
    expect(storage.items.get('rt:worksheet:test')).toBe(damaged);
  });

  it('has nothing to save when nothing changed', () => {
    expect(openTab(memoryStorage()).save()).toBeNull();
  });

  it('clear empties the page and the device, changes not saved too', () => {
    const storage = memoryStorage();
    const here = savedThenFull(storage, { story: 'not saved' });
    saveResult(here);
    expect(here.clear()).toBe('cleared');
    expect(here.current()).toEqual({});
    expect(here.savedNow()).toBe('saved');
    expect(storage.items.size).toBe(0);
  });

  it('a new entry takes only the plan’s fields from the last one', () => {
    const last = { name: 'Sam', story: 'that day', items: ['walk', '', ''], ticks: ['a'] };
    const field = fc.constantFrom(...Object.keys(last));
    fc.assert(
      fc.property(fc.uniqueArray(field), (carried) => {
        const storage = memoryStorage();
        saveAnswerEdits(storage, 'test/2026-11-26', sheet, last);
        const here = openTab(storage, () => false, 'test/2026-11-27');
        const from = here.carriedFrom('test/2026-11-26', carried);
        expect(Object.keys(from).sort()).toEqual([...carried].sort());
        for (const id of carried) expect(from[id]).toEqual(last[id as keyof typeof last]);
      }),
    );
  });

  it('the last entry’s plan fills only boxes still empty, and looking at it writes nothing', () => {
    const at = '2026-11-26T10:00:00.000Z';
    const last = JSON.stringify({
      version: 2,
      savedAt: at,
      fields: {
        name: { value: 'Sam', changedAt: at },
        story: { value: 'the plan', changedAt: at },
        // Damaged: looking at the entry must not copy or rewrite it unsaid.
        when: { changedAt: at },
      },
    });
    const storage = memoryStorage({ 'rt:worksheet:test/2026-11-26': last });
    const here = openTab(storage, () => false, 'test/2026-11-27');
    here.change({ name: 'Alex' });
    expect(here.carriedFrom('test/2026-11-26', ['name', 'story', 'when'])).toEqual({
      story: 'the plan',
    });
    expect(storage.items.get('rt:worksheet:test/2026-11-26')).toBe(last);
    expect([...storage.items.keys()].some((k) => k.startsWith('rt-recovery:'))).toBe(false);
  });

  it('downloads the answers the sheet cannot show too, with the page’s answers over them', () => {
    const old = {
      version: 1,
      savedAt: '2026-11-20T08:30:00.000Z',
      data: { gone: 'an old question', when: '25/11/2026', name: 'A' },
    };
    const storage = memoryStorage({ 'rt:worksheet:test': JSON.stringify(old) });
    const here = sheetSession(
      'test',
      sheet,
      () => false,
      () => storage,
    );
    const [load] = here.refresh(false);
    const kept = load.status === 'loaded' ? load.kept : [];
    expect(kept.map((item) => item.fieldId)).toEqual(['gone', 'when']);
    here.change({ when: '2026-11-25' });
    expect(here.forDownload(kept)).toEqual({
      gone: 'an old question',
      when: '2026-11-25',
      name: 'A',
    });
  });
});
