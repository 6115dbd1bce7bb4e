// The offline service worker is registered after the first graph is drawn, in an idle moment, or after a while
// when the page never gets that far; never twice.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerOfflineWorkerOnceShown } from '../../src/lib/util/offline-worker';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function stubWorker() {
  const register = vi.fn(() => Promise.resolve());
  vi.stubGlobal('navigator', { serviceWorker: { register } });
  return register;
}

describe('registerOfflineWorkerOnceShown', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    performance.clearMarks();
  });

  it('waits for the first graph to be drawn, then registers the worker once', async () => {
    const register = stubWorker();
    registerOfflineWorkerOnceShown('test:first-drawn', 5_000);
    await pause(300);
    expect(register).not.toHaveBeenCalled();
    performance.mark('test:first-drawn');
    await pause(400);
    expect(register).toHaveBeenCalledTimes(1);
    expect(register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    performance.mark('test:first-drawn');
    await pause(400);
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('registers after a while when the page never draws a graph, and does nothing without service workers', async () => {
    const register = stubWorker();
    registerOfflineWorkerOnceShown('test:never', 100);
    await pause(300);
    expect(register).toHaveBeenCalledTimes(1);
    vi.stubGlobal('navigator', {});
    expect(() => registerOfflineWorkerOnceShown('test:never', 100)).not.toThrow();
  });
});
