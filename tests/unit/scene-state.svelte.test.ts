// @vitest-environment jsdom
// The scenes of the curated graph as the state composes them: the overview sized to the canvas, a landmark opening
// its neighbourhood in rings, a group on its own, a path left to right, and the titles and captions they are given.
import { describe, expect, it } from 'vitest';
import type { AtlasDataset } from '../../src/lib/data/datasets/atlas-dataset';
import { nodeColumns } from '../../src/lib/graph/attribute-columns';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import { LayoutState } from '../../src/lib/state/layout.svelte';
import { OpenDataset } from '../../src/lib/state/open-dataset';
import { sceneCaption, sceneTitle } from '../../src/lib/state/scene-title';
import { loadCuratedBundle } from '../component/load-curated-bundle';

const { bundle, graph } = loadCuratedBundle();

function curated(): { atlas: AtlasState; layout: LayoutState } {
  const dataset: AtlasDataset = {
    id: 'curated',
    name: 'Curated',
    description: 'The curated graph.',
    licence: 'CC BY 4.0',
    provenance: 'graph-data/',
    vocab: bundle.vocab,
    sources: bundle.sources,
    graph,
    positions: new Map(
      graph.nodes().map((id, index) => [id, { x: (index % 20) * 90, y: Math.floor(index / 20) * 90 }]),
    ),
    large: false,
    cited: true,
  };
  const atlas = new AtlasState(new OpenDataset(dataset, bundle));
  return { atlas, layout: new LayoutState(atlas) };
}

function title(atlas: AtlasState, layout: LayoutState): string {
  return sceneTitle({ kind: layout.scene.kind, view: atlas.shownView, graph, groups: bundle.vocab.groups });
}

describe('scenes of the curated graph', () => {
  it('opens on the overview: every group boxed with its landmarks, labels scaled as a diagram', () => {
    const { atlas, layout } = curated();
    expect(layout.scene.kind).toBe('overview');
    expect(layout.scene.labels).toBe('diagram');
    const overview = layout.scene.overview;
    expect(overview?.summary.groups.map((group) => group.id)).toEqual(Object.keys(bundle.vocab.groups));
    const shown = [...(overview?.layout.landmarks.values() ?? [])].flat();
    expect(shown.length).toBeGreaterThanOrEqual(overview?.summary.groups.length ?? 99);
    expect(new Set(layout.scene.nodes)).toEqual(new Set(shown));
    for (const node of shown) expect(graph.getNodeAttribute(node, 'landmark')).toBe(true);
    expect(title(atlas, layout)).toBe('Overview');
  });

  it('lays the overview out again for a narrow canvas, and frames it', () => {
    const { atlas, layout } = curated();
    layout.setCanvasSize({ width: 1400, height: 700 });
    const wide = layout.scene.overview?.layout;
    const before = atlas.camera?.sequence ?? 0;
    layout.setCanvasSize({ width: 520, height: 900 });
    const narrow = layout.scene.overview?.layout;
    const columns = (positions: ReadonlyMap<string, { x: number }> | undefined) =>
      new Set([...(positions?.values() ?? [])].map((position) => Math.round(position.x))).size;
    expect(columns(narrow?.positions)).toBeLessThan(columns(wide?.positions));
    expect(atlas.camera).toMatchObject({ kind: 'fit' });
    expect(atlas.camera?.sequence).toBeGreaterThan(before);
    // Sizes within a rounding step do not lay it out again.
    const sequence = atlas.camera?.sequence;
    layout.setCanvasSize({ width: 530, height: 905 });
    expect(atlas.camera?.sequence).toBe(sequence);
  });

  it('opens a landmark picked on the overview as its neighbourhood, in rings around it', () => {
    const { atlas, layout } = curated();
    atlas.pickNode('drug:ketamine');
    expect(atlas.view.focus).toBe('drug:ketamine');
    expect(atlas.view.depth).toBeUndefined();
    expect(layout.scene.kind).toBe('neighbourhood');
    expect(layout.scene.centre).toBe('drug:ketamine');
    expect(layout.scene.nodes).toEqual(new Set(['drug:ketamine', ...graph.neighbors('drug:ketamine')]));
    const centre = layout.positions.get('drug:ketamine');
    const distances = graph
      .neighbors('drug:ketamine')
      .map((id) =>
        Math.hypot(
          (layout.positions.get(id)?.x ?? 0) - (centre?.x ?? 0),
          (layout.positions.get(id)?.y ?? 0) - (centre?.y ?? 0),
        ),
      );
    expect(Math.min(...distances)).toBeGreaterThan(0);
    expect(title(atlas, layout)).toBe('Around Ketamine');
    // Picking another node inside it selects that node and keeps the neighbourhood where it is.
    const neighbour = graph.neighbors('drug:ketamine')[0] ?? '';
    atlas.pickNode(neighbour);
    expect(layout.scene.centre).toBe('drug:ketamine');
    expect(atlas.selectedNode).toBe(neighbour);
  });

  it('going to a node inside a neighbourhood selects it there; going to one outside moves the neighbourhood', () => {
    const { atlas, layout } = curated();
    atlas.showNeighbourhood('drug:fluoxetine', 1);
    atlas.focus('transporter:sert');
    expect(atlas.view).toMatchObject({ centre: 'drug:fluoxetine', depth: 1, focus: 'transporter:sert' });
    const outside = graph.nodes().find((id) => !atlas.visible.nodes.has(id)) ?? '';
    atlas.focus(outside);
    expect(atlas.view).toMatchObject({ centre: outside, depth: 1, focus: outside });
    expect(layout.scene.centre).toBe(outside);
  });

  it('opens one group on its own, and goes back to the overview', () => {
    const { atlas, layout } = curated();
    atlas.openGroup('glutamate');
    expect(layout.scene.kind).toBe('group');
    for (const node of layout.scene.nodes) expect(graph.getNodeAttribute(node, 'group')).toBe('glutamate');
    expect(title(atlas, layout)).toBe(bundle.vocab.groups.glutamate?.label);
    atlas.openGroup('no-such-group');
    expect(atlas.view.group).toBe('glutamate');
    atlas.showOverview();
    expect(layout.scene.kind).toBe('overview');
    // From a neighbourhood too: nothing of it is kept.
    atlas.showNeighbourhood('drug:ketamine', 2);
    atlas.openGroup('monoamines');
    expect(atlas.view.group).toBe('monoamines');
    expect([atlas.view.depth, atlas.view.centre, atlas.view.focus]).toEqual([undefined, undefined, undefined]);
    atlas.showNeighbourhood('drug:ketamine', 2);
    atlas.showOverview();
    expect(layout.scene.kind).toBe('overview');
    expect(atlas.view.focus).toBeUndefined();
  });

  it('draws a path left to right in reading order, titled and explained for an export', () => {
    const { atlas, layout } = curated();
    atlas.findPath('drug:fluoxetine', 'condition:major-depression');
    const path = atlas.activePath?.nodes ?? [];
    expect(layout.scene.kind).toBe('path');
    const xs = path.map((id) => layout.positions.get(id)?.x ?? Number.NaN);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(title(atlas, layout)).toBe('Path: Fluoxetine → Major depression');
    const caption = sceneCaption(layout.scene.kind, undefined, atlas.pathExplanation);
    expect(caption.startsWith('1. Fluoxetine')).toBe(true);
    expect(sceneCaption('overview', 'narration', atlas.pathExplanation)).toBe('');
    expect(sceneCaption('tour', 'A tour step’s narration.', null)).toBe('A tour step’s narration.');
  });

  it('leaves the overview for what a filter by attribute keeps', () => {
    const { atlas, layout } = curated();
    const labels = {
      kind: (kind: string) => kind,
      relation: (relation: string) => relation,
      evidence: (e: string) => e,
    };
    atlas.useColumns({ nodes: nodeColumns(graph, labels, undefined), edges: [] });
    atlas.filterByAttribute({ group: 'node', column: 'atlas:kind', kind: 'values', values: ['drug'] });
    expect(layout.scene.kind).toBe('filtered');
    expect(layout.scene.nodes.size).toBeGreaterThan(0);
    for (const node of layout.scene.nodes) expect(graph.getNodeAttribute(node, 'kind')).toBe('drug');
  });

  it('shows the whole map when asked for everything', () => {
    const { atlas, layout } = curated();
    atlas.showEverything();
    expect(layout.scene.kind).toBe('whole');
    expect(layout.scene.nodes.size).toBe(graph.order);
    expect(title(atlas, layout)).toBe('The whole graph');
  });
});
