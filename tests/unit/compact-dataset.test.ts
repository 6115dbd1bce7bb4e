// Shipped datasets: a damaged file's plain messages, the typed arrays a worker hands over (moved, not copied), the
// same graph built from them as from the file as read, a build that pauses by the clock and stops on cancel, a large
// dataset handed over before its relationships are in, and the summary's counts taken from the file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compactDataset, type AtlasDataset } from '../../src/lib/data/datasets/atlas-dataset';
import { toCompactArrays, transferList } from '../../src/lib/data/datasets/compact-arrays';
import { forEachRelationKind } from '../../src/lib/data/datasets/compact-counts';
import { checkCompactGraph, type CompactGraph } from '../../src/lib/data/datasets/compact-graph';
import { tallyKinds } from '../../src/lib/graph/kind-overview';
import { loadCuratedBundle } from '../component/load-curated-bundle';

const { bundle } = loadCuratedBundle();
const DEPRESSION = JSON.parse(
  gunzipSync(readFileSync(resolve(__dirname, '../../public/data/hetionet-depression.json.gz'))).toString('utf8'),
) as CompactGraph;
const copy = (): CompactGraph => structuredClone(DEPRESSION);

afterEach(() => vi.restoreAllMocks());

describe('checkCompactGraph', () => {
  it('accepts a shipped file and says plainly what is wrong with a damaged one', () => {
    expect(checkCompactGraph(copy()).meta.id).toBe('hetionet-depression');
    expect(() => checkCompactGraph({ format: 'something else' })).toThrow('This is not a Synapse Atlas dataset file');
    expect(() => checkCompactGraph(null)).toThrow('This is not a Synapse Atlas dataset file');
    expect(() => checkCompactGraph({ ...copy(), kinds: undefined })).toThrow('missing its nodes, edges, kinds');
    const shortLabels = copy();
    shortLabels.nodes.labels.pop();
    expect(() => checkCompactGraph(shortLabels)).toThrow("The dataset's nodes.labels has the wrong length.");
    const shortTargets = copy();
    shortTargets.edges.targets.pop();
    expect(() => checkCompactGraph(shortTargets)).toThrow("The dataset's edge lists have different lengths.");
    const dangling = copy();
    dangling.edges.sources[4] = dangling.nodes.ids.length;
    expect(() => checkCompactGraph(dangling)).toThrow('Edge 5 of the dataset refers to a node that does not exist.');
  });
});

describe('toCompactArrays', () => {
  it('puts the numbers in typed arrays, keeps positions exact, and hands over buffers that move', () => {
    const arrays = toCompactArrays(copy());
    expect(arrays.nodes.kinds).toBeInstanceOf(Uint32Array);
    expect(arrays.edges.sources).toBeInstanceOf(Uint32Array);
    expect(arrays.nodes.x).toBeInstanceOf(Float64Array);
    expect([...arrays.nodes.x]).toEqual(DEPRESSION.nodes.x);
    expect([...arrays.edges.relations]).toEqual(DEPRESSION.edges.relations);
    expect(arrays.nodes.ids).toEqual(DEPRESSION.nodes.ids);
    const sent = structuredClone(arrays, { transfer: transferList(arrays) });
    expect(arrays.edges.targets.byteLength).toBe(0);
    expect([...sent.edges.targets]).toEqual(DEPRESSION.edges.targets);
    expect(sent.meta).toEqual(DEPRESSION.meta);
  });
});

/** Everything a build gives: nodes, edges with their ends, attributes, positions and the opening view. */
function described(dataset: AtlasDataset) {
  const { graph } = dataset;
  return {
    nodes: graph.mapNodes((node, attributes) => [node, attributes, dataset.positions.get(node)]),
    edges: graph.mapEdges((edge, attributes, source, target) => [edge, source, target, attributes]),
    rest: { ...dataset, graph: undefined, positions: undefined },
  };
}

describe('compactDataset', () => {
  it('builds the same graph from the typed arrays as from the file as read', async () => {
    const fromFile = await compactDataset(copy(), bundle.vocab);
    const fromArrays = await compactDataset(toCompactArrays(copy()), bundle.vocab);
    expect(fromArrays.graph.order).toBe(1597);
    expect(fromArrays.graph.size).toBe(28706);
    expect(described(fromArrays)).toEqual(described(fromFile));
    const first = fromArrays.graph.getEdgeAttributes('e0');
    expect(fromArrays.graph.source('e0')).toBe(DEPRESSION.nodes.ids[DEPRESSION.edges.sources[0] ?? -1]);
    expect(first.relation).toBe(DEPRESSION.relations[DEPRESSION.edges.relations[0] ?? -1]);
    expect(fromArrays.positions.get(DEPRESSION.nodes.ids[7] ?? '')).toEqual({
      x: DEPRESSION.nodes.x[7],
      y: DEPRESSION.nodes.y[7],
    });
    // A shipped large dataset opens on its summary, not on its anchor's neighbourhood.
    expect(fromArrays.initialView).toBeUndefined();
  });

  it('lets the page run whenever a slice has had its time', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    let pageTurns = 0;
    const ticker = setInterval(() => pageTurns++, 0);
    const fractions: number[] = [];
    const dataset = await compactDataset(toCompactArrays(copy()), bundle.vocab, {
      onProgress: (fraction) => fractions.push(fraction),
    });
    clearInterval(ticker);
    expect(dataset.graph.size).toBe(28706);
    // 10 ms a look at the clock and 512 items between looks: a slice ends after 1,536 items, the nodes first.
    expect(fractions).toHaveLength(Math.ceil(1597 / 1536) + Math.ceil(28706 / 1536));
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    expect(pageTurns).toBeGreaterThan(0);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const fractions: number[] = [];
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    const building = compactDataset(toCompactArrays(copy()), bundle.vocab, {
      signal: controller.signal,
      onProgress: (fraction) => {
        fractions.push(fraction);
        controller.abort();
      },
    });
    await expect(building).rejects.toThrow();
    expect(fractions).toHaveLength(1);
    expect(fractions[0]).toBeLessThan(1);
  });
});

describe('a large dataset opened early', () => {
  it('is handed over with its nodes in, and its relationships follow a slice at a time', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    const fractions: number[] = [];
    const dataset = await compactDataset(toCompactArrays(copy()), bundle.vocab, {
      openEarly: true,
      onProgress: (fraction) => fractions.push(fraction),
    });
    // The progress is the nodes' alone.
    expect(fractions.at(-1)).toBe(1);
    expect(dataset.graph.order).toBe(1597);
    expect(dataset.graph.size).toBeLessThan(28706);
    expect(dataset.large).toBe(true);
    expect(dataset.building?.edgeCount).toBe(28706);
    expect(dataset.building?.finished).toBe(false);
    await dataset.building?.done;
    expect(dataset.graph.size).toBe(28706);
    expect(dataset.building?.finished).toBe(true);
    expect(described(dataset).edges).toEqual(described(await compactDataset(copy(), bundle.vocab)).edges);
  });

  it('adds the rest at once when something needs the whole graph first', async () => {
    const dataset = await compactDataset(toCompactArrays(copy()), bundle.vocab, { openEarly: true });
    const sizeAtFirst = dataset.graph.size;
    dataset.building?.finishNow();
    expect(sizeAtFirst).toBeLessThan(28706);
    expect(dataset.graph.size).toBe(28706);
    expect(dataset.building?.finished).toBe(true);
    // The slices find nothing left to add.
    await dataset.building?.done;
    expect(dataset.graph.size).toBe(28706);
    expect(dataset.graph.hasEdge('e28705')).toBe(true);
  });

  it('is built whole when it is small', async () => {
    const small = copy();
    for (const list of [small.edges.sources, small.edges.targets, small.edges.relations]) list.length = 1500;
    const dataset = await compactDataset(toCompactArrays(small), bundle.vocab, { openEarly: true });
    expect(dataset.building).toBeUndefined();
    expect(dataset.graph.size).toBe(1500);
  });
});

describe('the summary counted from the file', () => {
  it('counts each node’s relationships and each relation between two kinds from the index arrays', () => {
    const { counts } = toCompactArrays(copy());
    const degrees = new Map<number, number>();
    DEPRESSION.edges.sources.forEach((source, index) => {
      const target = DEPRESSION.edges.targets[index] ?? -1;
      degrees.set(source, (degrees.get(source) ?? 0) + 1);
      degrees.set(target, (degrees.get(target) ?? 0) + 1);
    });
    expect([...counts.degrees]).toEqual(DEPRESSION.nodes.ids.map((_id, index) => degrees.get(index) ?? 0));
    let total = 0;
    forEachRelationKind(counts, (_relation, _source, _target, count) => (total += count));
    expect(total).toBe(28706);
  });

  it('is the summary counted from the finished graph', async () => {
    const dataset = await compactDataset(checkCompactGraph(copy()), bundle.vocab);
    const names = {
      label: (kind: string) => kind,
      plural: (kind: string) => `${kind}s`,
      node: (id: string) => dataset.graph.getNodeAttribute(id, 'label'),
    };
    const counted = dataset.kindTally?.overview(names);
    expect(counted?.groups.length).toBeGreaterThan(1);
    expect(counted).toEqual(tallyKinds(dataset.graph).overview(names));
  });
});
