// @vitest-environment jsdom
// Leaving the page asks first while an import's files are being written, and only then.
import { describe, expect, it } from 'vitest';
import { holdPageWhile } from '../../src/lib/util/hold-page';

/** Whether leaving the page now would ask the reader first. */
function leavingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('holdPageWhile', () => {
  it('asks before leaving while the work runs, and no longer once it is done', async () => {
    let finish = () => {};
    const work = holdPageWhile(() => new Promise<string>((resolve) => (finish = () => resolve('kept'))));
    expect(leavingAsks()).toBe(true);
    finish();
    await expect(work).resolves.toBe('kept');
    expect(leavingAsks()).toBe(false);
  });

  it('keeps asking until the last of several pieces of work is done, even one that failed', async () => {
    let finishFirst = () => {};
    let failSecond = () => {};
    const first = holdPageWhile(() => new Promise<void>((resolve) => (finishFirst = resolve)));
    const second = holdPageWhile(
      () => new Promise<void>((_resolve, reject) => (failSecond = () => reject(new Error('full')))),
    );
    failSecond();
    await expect(second).rejects.toThrow('full');
    expect(leavingAsks()).toBe(true);
    finishFirst();
    await first;
    expect(leavingAsks()).toBe(false);
  });
});
