import { describe, expect, it, vi } from 'vitest';
import {
  registerOffline,
  skipWaitingMessage,
  workerUrl,
  type ContainerLike,
  type RegistrationLike,
  type WorkerLike,
} from './register';

function fakeWorker(state = 'installing') {
  const listeners: (() => void)[] = [];
  const worker = {
    state,
    postMessage: vi.fn(),
    addEventListener: (_: 'statechange', fn: () => void) => listeners.push(fn),
    become(next: string) {
      worker.state = next;
      listeners.forEach((fn) => fn());
    },
  };
  return worker;
}

function fakeContainer(controller: unknown, registration: Partial<RegistrationLike> = {}) {
  const updateListeners: (() => void)[] = [];
  const changeListeners: (() => void)[] = [];
  const reg: RegistrationLike & { installing: WorkerLike | null } = {
    waiting: null,
    installing: null,
    addEventListener: (_: 'updatefound', fn: () => void) => updateListeners.push(fn),
    ...registration,
  };
  const container: ContainerLike & { register: ReturnType<typeof vi.fn> } = {
    controller,
    register: vi.fn(async () => reg),
    addEventListener: (_: 'controllerchange', fn: () => void) => changeListeners.push(fn),
  };
  return {
    container,
    reg,
    foundUpdate: () => updateListeners.forEach((fn) => fn()),
    controllerChanged: () => changeListeners.forEach((fn) => fn()),
  };
}

describe('registerOffline', () => {
  it('registers sw.js under the base path, scoped to it', async () => {
    const { container } = fakeContainer(null);
    await registerOffline(container, '/handbook/', { onUpdateReady: vi.fn(), reload: vi.fn() });
    expect(container.register).toHaveBeenCalledWith('/handbook/sw.js', { scope: '/handbook/' });
    expect(workerUrl('/handbook')).toBe('/handbook/sw.js');
  });

  it('says nothing on the first install, and never reloads the page for it', async () => {
    const fake = fakeContainer(null);
    const hooks = { onUpdateReady: vi.fn(), reload: vi.fn() };
    await registerOffline(fake.container, '/', hooks);
    const worker = fakeWorker();
    fake.reg.installing = worker;
    fake.foundUpdate();
    worker.become('installed');
    fake.controllerChanged();
    expect(hooks.onUpdateReady).not.toHaveBeenCalled();
    expect(hooks.reload).not.toHaveBeenCalled();
  });

  it('a page the first install took over reloads for a later update, once asked', async () => {
    const fake = fakeContainer(null);
    const hooks = { onUpdateReady: vi.fn(), reload: vi.fn() };
    await registerOffline(fake.container, '/', hooks);
    // The first install claims the page: the same version, no reload.
    fake.container.controller = {};
    fake.controllerChanged();
    expect(hooks.reload).not.toHaveBeenCalled();
    // Later a newer version installs, is offered, and the reader says yes.
    const worker = fakeWorker();
    fake.reg.installing = worker;
    fake.foundUpdate();
    worker.become('installed');
    expect(hooks.onUpdateReady).toHaveBeenCalledTimes(1);
    fake.controllerChanged();
    expect(hooks.reload).toHaveBeenCalledTimes(1);
  });

  it('offers a newer version once it has installed, and switches only when asked', async () => {
    const fake = fakeContainer({});
    const hooks = { onUpdateReady: vi.fn(), reload: vi.fn() };
    await registerOffline(fake.container, '/', hooks);
    const worker = fakeWorker();
    fake.reg.installing = worker;
    fake.foundUpdate();
    expect(hooks.onUpdateReady).not.toHaveBeenCalled();
    // Installed, the browser moves it to the waiting slot, then says so.
    fake.reg.waiting = worker;
    worker.become('installed');
    expect(hooks.onUpdateReady).toHaveBeenCalledTimes(1);
    expect(worker.postMessage).not.toHaveBeenCalled();
    const apply = hooks.onUpdateReady.mock.calls[0]?.[0] as () => void;
    apply();
    expect(worker.postMessage).toHaveBeenCalledWith(skipWaitingMessage);
    fake.controllerChanged();
    fake.controllerChanged();
    expect(hooks.reload).toHaveBeenCalledTimes(1);
  });

  it('a tab left open across two updates switches to the newest when the reader says yes', async () => {
    const fake = fakeContainer({});
    const hooks = { onUpdateReady: vi.fn(), reload: vi.fn() };
    await registerOffline(fake.container, '/', hooks);
    const first = fakeWorker();
    fake.reg.installing = first;
    fake.foundUpdate();
    fake.reg.waiting = first;
    first.become('installed');
    // A second update installs before the reader answers; the first is replaced.
    const second = fakeWorker();
    fake.reg.installing = second;
    fake.foundUpdate();
    fake.reg.waiting = second;
    second.become('installed');
    first.become('redundant');
    expect(hooks.onUpdateReady).toHaveBeenCalledTimes(1);
    (hooks.onUpdateReady.mock.calls[0]?.[0] as () => void)();
    expect(second.postMessage).toHaveBeenCalledWith(skipWaitingMessage);
    expect(first.postMessage).not.toHaveBeenCalled();
  });

  it('offers a version that was already waiting when the page opened', async () => {
    const waiting = fakeWorker('installed');
    const fake = fakeContainer({}, { waiting });
    const hooks = { onUpdateReady: vi.fn(), reload: vi.fn() };
    await registerOffline(fake.container, '/', hooks);
    expect(hooks.onUpdateReady).toHaveBeenCalledTimes(1);
  });

  it('passes on a refused registration, so the page can carry on without it', async () => {
    const fake = fakeContainer({});
    fake.container.register.mockRejectedValue(new Error('refused'));
    await expect(
      registerOffline(fake.container, '/', { onUpdateReady: vi.fn(), reload: vi.fn() }),
    ).rejects.toThrow('refused');
  });
});
