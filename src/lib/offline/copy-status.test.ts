import { describe, expect, it } from 'vitest';
import { watchOfflineCopy, type CopyContainerLike, type OfflineCopyState } from './copy-status';

type Registration = Awaited<ReturnType<CopyContainerLike['getRegistration']>>;

/** A container whose registration the test changes, and a clock it moves by hand. */
function fakeBrowser(registration: Registration) {
  let becomeReady = () => {};
  const state = { registration };
  const container: CopyContainerLike = {
    ready: new Promise<void>((done) => (becomeReady = done)),
    getRegistration: async () => state.registration,
  };
  const looks: (() => void)[] = [];
  const said: OfflineCopyState[] = [];
  watchOfflineCopy(container, (s) => said.push(s), {
    wait: 10,
    schedule: (look) => looks.push(look),
  });
  const settle = () => new Promise((done) => setTimeout(done, 0));
  return {
    said,
    state,
    settle,
    /** The page waited: the next look runs. */
    async later() {
      looks.shift()?.();
      await settle();
    },
    async activate() {
      becomeReady();
      await settle();
    },
  };
}

const worker = {};
const reg = (parts: Partial<NonNullable<Registration>>) => ({
  active: null,
  installing: null,
  waiting: null,
  ...parts,
});

describe('watchOfflineCopy', () => {
  it('says the copy is complete once a worker is active, and nothing before it', async () => {
    const browser = fakeBrowser(reg({ active: worker }));
    await browser.activate();
    expect(browser.said).toEqual(['complete']);
  });

  it('says it is being made while a worker installs, then that it is complete', async () => {
    const browser = fakeBrowser(reg({ installing: worker }));
    await browser.settle();
    expect(browser.said).toEqual(['making']);
    await browser.later();
    expect(browser.said).toEqual(['making']);
    await browser.activate();
    expect(browser.said).toEqual(['making', 'complete']);
  });

  it('says it is being made while an installed worker waits, and complete once one is active', async () => {
    const browser = fakeBrowser(reg({ waiting: worker }));
    await browser.settle();
    expect(browser.said).toEqual(['making']);
    await browser.activate();
    expect(browser.said).toEqual(['making', 'complete']);
  });

  it('waits for a page that registers the copy late, and follows it to complete', async () => {
    const browser = fakeBrowser(undefined);
    await browser.settle();
    browser.state.registration = reg({ installing: worker });
    await browser.later();
    await browser.later();
    expect(browser.said).toEqual(['making']);
    await browser.activate();
    expect(browser.said).toEqual(['making', 'complete']);
  });

  it('waits for a page that never registers the copy, then says there is none', async () => {
    const browser = fakeBrowser(undefined);
    await browser.settle();
    expect(browser.said).toEqual(['making']);
    await browser.later();
    expect(browser.said).toEqual(['making', 'none']);
  });

  it('says there is none when the install failed and its worker was dropped', async () => {
    const browser = fakeBrowser(reg({ installing: worker }));
    await browser.settle();
    browser.state.registration = reg({});
    await browser.later();
    expect(browser.said).toEqual(['making', 'none']);
  });

  it('says there is none where the browser has no service workers, or refuses them', async () => {
    const said: OfflineCopyState[] = [];
    watchOfflineCopy(undefined, (s) => said.push(s));
    expect(said).toEqual(['none']);
    const refused: CopyContainerLike = {
      ready: new Promise(() => {}),
      getRegistration: () => Promise.reject(new DOMException('denied', 'SecurityError')),
    };
    watchOfflineCopy(refused, (s) => said.push(s));
    await new Promise((done) => setTimeout(done, 0));
    expect(said).toEqual(['none', 'none']);
  });
});
