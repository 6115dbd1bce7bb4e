// @vitest-environment jsdom
// Where nodes sit: the dataset's positions, the chosen layout, pins, a re-run layout with progress and cancel, a kept
// layout put back, and a graph's first layout kept with it.
import { describe, expect, it, vi } from 'vitest';
import type { LayoutJob } from '../../src/lib/graph/layout-worker-job';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import { LayoutState } from '../../src/lib/state/layout.svelte';
import { OpenDataset } from '../../src/lib/state/open-dataset';
import type { Position } from '../../src/lib/util/position';
import { loadCuratedBundle } from '../component/load-curated-bundle';
import { tinyDataset } from '../fixtures/tiny-dataset';

const { bundle } = loadCuratedBundle();

/** A stand-in for the worker layout: resolves when told, moving every node 1000 to the right. */
function controllableLayout() {
  let finish: (positions: Map<string, Position> | null) => void = () => {};
  const progress: ((fraction: number) => void)[] = [];
  const run = vi.fn(
    (
      _graph: unknown,
      nodes: ReadonlySet<string>,
      start: ReadonlyMap<string, Position>,
      options: { onProgress: (fraction: number) => void },
    ): LayoutJob => {
      progress.push(options.onProgress);
      const moved = new Map([...nodes].map((node) => [node, { x: (start.get(node)?.x ?? 0) + 1000, y: 0 }]));
      return {
        result: new Promise((resolve) => (finish = (positions) => resolve(positions === null ? null : moved))),
        cancel: () => finish(null),
      };
    },
  );
  return { run, finish: (keep: boolean) => finish(keep ? new Map() : null), progress };
}

function setUp(extra: Parameters<typeof tinyDataset>[1] = {}, onFirstLayout = vi.fn()) {
  const atlas = new AtlasState(new OpenDataset(tinyDataset(bundle.vocab, extra), bundle));
  const layout = controllableLayout();
  return { atlas, layout, state: new LayoutState(atlas, { runLayout: layout.run, onFirstLayout }), onFirstLayout };
}

describe('LayoutState', () => {
  it('places nodes where the dataset has them, and by the chosen layout', () => {
    const { atlas, state } = setUp();
    expect(state.positions.get('transporter:sert')).toEqual({ x: 300, y: 0 });
    atlas.setLayout('lanes');
    expect(state.positions.get('transporter:sert')).not.toEqual({ x: 300, y: 0 });
    expect(state.positionsFor('force').get('transporter:sert')).toEqual({ x: 300, y: 0 });
  });

  it('keeps pinned nodes where the reader put them until released', () => {
    const { state } = setUp();
    state.pin('drug:fluoxetine', { x: -5, y: 7 });
    state.pin('drug:prozac', { x: 1, y: 1 });
    expect(state.pinnedCount).toBe(1);
    expect(state.positions.get('drug:fluoxetine')).toEqual({ x: -5, y: 7 });
    state.unpinAll();
    expect(state.positions.get('drug:fluoxetine')).toEqual({ x: 0, y: 0 });
  });

  it('lays out again from where nodes are, with progress, then uses the result, releases pins and frames it', async () => {
    const { atlas, state, layout } = setUp();
    state.pin('drug:fluoxetine', { x: -5, y: 7 });
    state.relayout();
    expect(state.progress).toBe(0);
    layout.progress[0]?.(0.5);
    expect(state.progress).toBe(0.5);
    layout.finish(true);
    await vi.waitFor(() => expect(state.progress).toBeNull());
    expect(state.positions.get('drug:fluoxetine')).toEqual({ x: 995, y: 0 });
    expect(state.pinnedCount).toBe(0);
    expect(atlas.camera).toMatchObject({ kind: 'fit' });
  });

  it('keeps the old positions when the layout is cancelled', async () => {
    const { state } = setUp();
    state.relayout();
    state.cancel();
    expect(state.progress).toBeNull();
    await Promise.resolve();
    expect(state.positions.get('drug:fluoxetine')).toEqual({ x: 0, y: 0 });
  });

  it('keeps a neighbourhood in its rings while laying out, and switches to the force layout only with the result', async () => {
    const { atlas, state, layout } = setUp();
    atlas.showNeighbourhood('transporter:sert', 1);
    const rings = state.positions.get('drug:fluoxetine');
    state.relayout();
    expect(atlas.view.layout).toBe('auto');
    state.cancel();
    await Promise.resolve();
    expect(atlas.view.layout).toBe('auto');
    expect(state.positions.get('drug:fluoxetine')).toEqual(rings);
    state.relayout();
    layout.finish(true);
    await vi.waitFor(() => expect(state.progress).toBeNull());
    expect(atlas.view.layout).toBe('force');
  });

  it('puts back a layout kept from an earlier visit, ignoring nodes the graph no longer has', () => {
    const { state } = setUp();
    state.restore(
      new Map([
        ['drug:fluoxetine', { x: 42, y: 42 }],
        ['drug:gone', { x: 1, y: 1 }],
      ]),
    );
    expect(state.positions.get('drug:fluoxetine')).toEqual({ x: 42, y: 42 });
    expect(state.relaid.has('drug:gone')).toBe(false);
  });

  it('hands a graph’s first layout back to be kept with the dataset, once', async () => {
    const { state, layout, onFirstLayout } = setUp({ needsLayout: true });
    expect(state.needsFirstLayout).toBe(true);
    state.relayout();
    layout.finish(true);
    await vi.waitFor(() => expect(onFirstLayout).toHaveBeenCalledOnce());
    expect(state.needsFirstLayout).toBe(false);
    expect(onFirstLayout.mock.calls[0]?.[0].get('drug:fluoxetine')).toEqual({ x: 1000, y: 0 });
  });

  it('needs no first layout once a kept one is put back', () => {
    const { state } = setUp({ needsLayout: true });
    state.relayout();
    state.restore(new Map([['drug:fluoxetine', { x: 1, y: 2 }]]));
    expect(state.needsFirstLayout).toBe(false);
    expect(state.progress).toBeNull();
  });
});
