// @vitest-environment jsdom
// The drawing setting: automatic at first, the reader's choice kept with the other preferences and put back next time.
import { describe, expect, it } from 'vitest';
import { Persistence } from '../../src/lib/state/persistence';
import { RendererSetting } from '../../src/lib/state/renderer-setting.svelte';
import { memoryStore } from '../fixtures/memory-store';

describe('RendererSetting', () => {
  it('keeps the reader’s choice next to the other preferences and puts it back on the next visit', async () => {
    const store = memoryStore();
    const first = new RendererSetting(new Persistence(store, () => {}));
    expect(first.preference).toBe('auto');
    await first.restore();
    first.choose('webgl');
    expect(first.preference).toBe('webgl');
    await Promise.resolve();
    expect(store.data.get('preferences')).toEqual({ version: 1, data: { offerLastView: true, renderer: 'webgl' } });

    const next = new RendererSetting(new Persistence(store, () => {}));
    await next.restore();
    expect(next.preference).toBe('webgl');
  });

  it('does not let a late restore override a choice made meanwhile', async () => {
    const store = memoryStore();
    store.data.set('preferences', { version: 1, data: { offerLastView: true, renderer: 'canvas' } });
    const setting = new RendererSetting(new Persistence(store, () => {}));
    const restoring = setting.restore();
    setting.choose('webgl');
    await restoring;
    expect(setting.preference).toBe('webgl');
  });
});
