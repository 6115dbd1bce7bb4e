// @vitest-environment jsdom
// Ids that every plain object already has ("__proto__", "constructor", "toString", "hasOwnProperty") are ordinary ids:
// imported, searched, laid out, selected, written in the address, saved, and exported like any other, and nothing
// reaches Object.prototype on the way.
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { exportableGraph } from '../../src/lib/data/export-graph';
import { parseCsv, toCsvEdges, toCsvNodes } from '../../src/lib/data/formats/csv';
import { parseCytoscapeJson, toCytoscapeJson } from '../../src/lib/data/formats/cytoscape-json';
import { parseGexf, toGexf } from '../../src/lib/data/formats/gexf';
import { parseGraphml, toGraphml } from '../../src/lib/data/formats/graphml';
import { parseGraphologyJson, toGraphologyJson } from '../../src/lib/data/formats/graphology-json';
import { importedDataset, previewImport } from '../../src/lib/data/imported-dataset';
import { forceLayout } from '../../src/lib/graph/layout-force';
import { neighbourhood } from '../../src/lib/graph/neighbourhood';
import { shortestPaths } from '../../src/lib/graph/shortest-paths';
import { mechanismPaths } from '../../src/lib/graph/mechanism-paths';
import { followFlow } from '../../src/lib/graph/downstream';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import { LayoutState } from '../../src/lib/state/layout.svelte';
import { OpenDataset } from '../../src/lib/state/open-dataset';
import { indexedDbStore, Persistence, pinsOf } from '../../src/lib/state/persistence';
import { parseViewUrl, serialiseViewUrl } from '../../src/lib/state/url-state';
import { emptyView } from '../../src/lib/state/view';
import { loadCuratedBundle } from '../component/load-curated-bundle';

const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const { bundle } = loadCuratedBundle();

/** A graph file whose every id is a name plain objects already have, with a parallel and an undirected edge. */
const FILE = JSON.stringify({
  options: { type: 'mixed', multi: true },
  attributes: { constructor: 'graph attribute' },
  nodes: [
    // JSON.parse makes "__proto__" an own key, as it is in a file.
    { key: '__proto__', attributes: JSON.parse('{"label":"Proto","toString":"text","__proto__":"own"}') as object },
    { key: 'constructor', attributes: { label: 'Constructor' } },
    { key: 'toString', attributes: { label: 'To string', hasOwnProperty: 1 } },
    { key: 'hasOwnProperty', attributes: { label: 'Has own property' } },
    { key: 'valueOf', attributes: { label: 'Value of' } },
  ],
  edges: [
    { key: 'constructor', source: '__proto__', target: 'constructor', attributes: { weight: 2 } },
    { key: 'toString', source: '__proto__', target: 'constructor' },
    { key: '__proto__', source: 'constructor', target: 'toString', undirected: true },
    { key: 'e4', source: 'toString', target: 'hasOwnProperty' },
  ],
});

function imported() {
  const preview = previewImport([{ name: 'hostile.json', text: FILE }], bundle);
  expect(preview.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return importedDataset(preview, 'import-hostile', bundle);
}

afterAll(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
});

describe('ids that plain objects already have', () => {
  it('are imported as nodes and edges, with their attributes as own properties', () => {
    const { graph } = imported();
    expect(graph.nodes()).toEqual([...HOSTILE, 'valueOf']);
    expect(graph.edges().sort()).toEqual(['__proto__', 'constructor', 'e4', 'toString']);
    expect(graph.edges('__proto__', 'constructor').sort()).toEqual(['constructor', 'toString']);
    expect(graph.isUndirected('__proto__')).toBe(true);
    expect(graph.neighbors('valueOf')).toEqual([]);
    expect(graph.hasEdge('valueOf', 'toString')).toBe(false);
    expect(graph.degree('hasOwnProperty')).toBe(1);
    const data = graph.getNodeAttribute('__proto__', 'data') ?? {};
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toBe('own');
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });

  it('are found, laid out and connected by paths', () => {
    const dataset = imported();
    const open = new OpenDataset(dataset, bundle);
    expect(open.findNodes('Constructor')[0]?.id).toBe('constructor');
    const positions = forceLayout(dataset.graph);
    for (const id of [...HOSTILE, 'valueOf']) {
      expect(Number.isFinite(positions.get(id)?.x)).toBe(true);
      expect(Number.isFinite(positions.get(id)?.y)).toBe(true);
    }
    expect([...neighbourhood(dataset.graph, '__proto__', 1)].sort()).toEqual(['__proto__', 'constructor']);
    expect(shortestPaths(dataset.graph, '__proto__', 'hasOwnProperty', 1)[0]?.nodes).toEqual([
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
    ]);
    expect(mechanismPaths(dataset.graph, '__proto__', 'hasOwnProperty', 1)[0]?.nodes).toEqual([
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
    ]);
    const flow = followFlow(dataset.graph, '__proto__', 'downstream', 3);
    expect(flow?.nodes).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
    expect(flow?.stepOf.get('hasOwnProperty')).toBe(3);
  });

  it('are selected, hidden, expanded and pinned in the page state', () => {
    const atlas = new AtlasState(new OpenDataset(imported(), bundle));
    atlas.focus('__proto__');
    expect(atlas.selectedNode).toBe('__proto__');
    atlas.hide('hasOwnProperty');
    expect(atlas.view.hidden).toEqual(['hasOwnProperty']);
    expect(atlas.visible.nodes.has('hasOwnProperty')).toBe(false);
    atlas.showNeighbourhood('constructor', 1);
    atlas.expand('toString');
    expect(atlas.view.expanded).toEqual(['toString']);
    const layout = new LayoutState(atlas, { runLayout: () => ({ result: Promise.resolve(null), cancel: () => {} }) });
    layout.pin('constructor', { x: 5, y: 6 });
    layout.pin('toString', { x: 7, y: 8 });
    expect(layout.pins.get('constructor')).toEqual({ x: 5, y: 6 });
    expect(layout.pins.has('valueOf')).toBe(false);
    expect(layout.pinnedCount).toBe(2);
  });

  it('travel through the address, commas and backslashes included', () => {
    const ids = new Set([...HOSTILE, 'a,b', 'back\\slash', 'valueOf']);
    const context = { hasNode: (id: string) => ids.has(id), hasEdge: (id: string) => id === 'constructor' };
    const view = {
      ...emptyView(),
      focus: '__proto__',
      edge: 'constructor',
      depth: 1,
      centre: 'toString',
      expanded: ['constructor', 'a,b'],
      hidden: ['hasOwnProperty', 'back\\slash'],
      compare: ['__proto__', 'valueOf'],
    };
    const query = serialiseViewUrl(view);
    expect(parseViewUrl(query, context)).toEqual({ view, notices: [] });
    expect(
      parseViewUrl('?focus=toString&hide=hasOwnProperty', { hasNode: () => false, hasEdge: () => false }).view,
    ).toEqual(emptyView());
  });

  it('are saved and read back as pins and layouts', async () => {
    const store = indexedDbStore();
    const persistence = new Persistence(store, () => {});
    await persistence.load();
    const pins = new Map(HOSTILE.map((id, index) => [id, { x: index, y: -index }]));
    expect(await persistence.savePins('import-hostile', pins)).toBe(true);
    expect(await persistence.saveLayout('import-hostile', pins)).toBe(true);
    const again = new Persistence(store, () => {});
    expect(pinsOf((await again.load()).pins, 'import-hostile')).toEqual(pins);
    expect(await again.loadLayout('import-hostile')).toEqual(pins);
  });

  it('are written by every format and read back', () => {
    const { graph, schema } = exportableGraph(imported());
    const look = { nodes: new Map([['__proto__', { x: 1, y: 2, colour: '#009e73' }]]), edges: new Map() };
    const results = [
      parseGraphologyJson(toGraphologyJson(graph, { schema, look })),
      parseGexf(toGexf(graph, { schema, look })),
      parseGraphml(toGraphml(graph, { schema, look })),
      parseCsv(toCsvEdges(graph, { schema }), toCsvNodes(graph, { schema })),
      parseCytoscapeJson(toCytoscapeJson(graph, { schema, look })),
    ];
    for (const result of results) {
      expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      expect(result.graph?.nodes().sort()).toEqual([...HOSTILE, 'valueOf'].sort());
      expect(result.graph?.edges().sort()).toEqual(['__proto__', 'constructor', 'e4', 'toString']);
      expect(result.graph?.isUndirected('__proto__')).toBe(true);
      expect(result.graph?.getNodeAttribute('toString', 'hasOwnProperty')).toBe(1);
    }
    expect(results[1]?.look.nodes.get('__proto__')).toMatchObject({ x: 1, y: 2, colour: '#009e73' });
  });
});
