// window.atlas: a frozen handle that cannot be overwritten, replaced when another dataset opens.
import { describe, expect, it } from 'vitest';
import { exposeAtlasHandle, type AtlasHandle } from '../../src/lib/state/atlas-handle';

const handle = (dataset: string): AtlasHandle => ({ graph: {}, cy: {}, version: '1.0.0', dataset, renderer: {} });

describe('exposeAtlasHandle', () => {
  it('defines a frozen, read-only atlas, replaced for the next dataset', () => {
    const target: { atlas?: AtlasHandle } = {};
    exposeAtlasHandle(target, handle('curated'));
    expect(target.atlas?.dataset).toBe('curated');
    expect(Object.isFrozen(target.atlas)).toBe(true);
    expect(() => {
      (target as Record<string, unknown>)['atlas'] = null;
    }).toThrow(TypeError);
    exposeAtlasHandle(target, handle('hetionet-wide'));
    expect(target.atlas?.dataset).toBe('hetionet-wide');
  });
});
