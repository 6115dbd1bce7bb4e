// The network measures on small hand-built graphs: degree, weighted degree, betweenness, PageRank, components and
// Louvain communities, on directed, undirected and mixed graphs with any ids, on the page or through a worker, each
// arriving as soon as it is done, cheapest first; a large graph read into arrays a slice at a time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeMeasures, measureInput, measureInputInSlices, type MeasureInput } from '../../src/lib/graph/measures';
import { runMeasures } from '../../src/lib/graph/measures-job';
import { answerMeasures } from '../../src/lib/graph/measures-reply';
import { Graph } from '../../src/lib/graph/safe-graph';

/** Two triangles joined by one edge, and a pair of nodes on their own; `__proto__` is one of the nodes. */
function twoTriangles(type: 'undirected' | 'mixed' = 'undirected') {
  const graph = new Graph({ type, multi: true });
  for (const id of ['a', 'b', '__proto__', 'x', 'y', 'z', 'lone1', 'lone2']) graph.addNode(id);
  const join = (source: string, target: string, weight?: number) =>
    graph.addUndirectedEdge(source, target, weight === undefined ? {} : { weight });
  join('a', 'b', 3);
  join('b', '__proto__');
  join('__proto__', 'a');
  join('x', 'y');
  join('y', 'z');
  join('z', 'x');
  join('__proto__', 'x');
  join('lone1', 'lone2');
  return graph;
}

const weightOf = (graph: Graph) => (edge: string) => Number(graph.getEdgeAttribute(edge, 'weight') ?? 1);

function byId(graph: Graph) {
  const { input, keys } = measureInput(graph, weightOf(graph));
  const values = computeMeasures(input);
  const of = (measure: keyof typeof values, id: string) => (values[measure] as Float64Array)[Number(keys.key(id))];
  return { values, of };
}

describe('the measures', () => {
  it('count degree and weighted degree, parallel edges included', () => {
    const graph = twoTriangles();
    graph.addUndirectedEdge('a', 'b', { weight: 0.5 });
    const { of } = byId(graph);
    expect([of('degree', 'a'), of('degree', '__proto__'), of('degree', 'lone1')]).toEqual([3, 3, 1]);
    expect(of('weightedDegree', 'a')).toBe(3 + 0.5 + 1);
  });

  it('find the bridge node by betweenness and rank every node by PageRank', () => {
    const { of, values } = byId(twoTriangles());
    const bridge = of('betweenness', '__proto__') ?? 0;
    expect(bridge).toBeGreaterThan(of('betweenness', 'a') ?? 1);
    expect(of('betweenness', 'lone1')).toBe(0);
    const total = values.pagerank.reduce((sum, value) => sum + value, 0);
    expect(total).toBeCloseTo(1, 5);
  });

  it('number connected components from the largest, and find the two triangles as communities', () => {
    const { of, values } = byId(twoTriangles());
    expect(of('component', 'a')).toBe(1);
    expect(of('component', 'z')).toBe(1);
    expect(of('component', 'lone1')).toBe(2);
    expect(of('community', 'a')).toBe(of('community', 'b'));
    expect(of('community', 'x')).toBe(of('community', 'y'));
    expect(of('community', 'a')).not.toBe(of('community', 'x'));
    expect(values.modularity).toBeGreaterThan(0.3);
    // The same graph always gets the same communities.
    expect(byId(twoTriangles()).values.community).toEqual(values.community);
  });

  it('read undirected edges both ways in a mixed graph, and follow direction otherwise', () => {
    const graph = new Graph({ type: 'mixed' });
    for (const id of ['s', 'm', 't']) graph.addNode(id);
    graph.addDirectedEdge('s', 'm');
    graph.addUndirectedEdge('m', 't');
    const { of } = byId(graph);
    // s → m — t: m lies between s and t.
    expect(of('betweenness', 'm')).toBeGreaterThan(0);
    expect(of('pagerank', 't')).toBeGreaterThan(of('pagerank', 's') ?? 1);
  });

  it('run through a worker with progress, and stop when cancelled', async () => {
    const graph = twoTriangles();
    const progress: number[] = [];
    const fakeWorker = () => {
      const worker = {
        onmessage: null as ((event: MessageEvent) => void) | null,
        onerror: null,
        terminated: false,
        terminate() {
          worker.terminated = true;
        },
        postMessage(input: MeasureInput) {
          answerMeasures(input, (message) => {
            if (!worker.terminated) worker.onmessage?.({ data: message } as MessageEvent);
          });
        },
      };
      return worker as unknown as Worker;
    };
    const steps: string[] = [];
    const arrived: string[][] = [];
    const job = runMeasures(graph, weightOf(graph), {
      worker: fakeWorker,
      onProgress: (f) => progress.push(f),
      onStep: (step) => steps.push(step),
      onResult: (found) => arrived.push([...found.values.keys()]),
    });
    const result = await job.result;
    expect(result?.values.get('degree')?.get('__proto__')).toBe(3);
    expect(result?.estimatedFrom).toBeUndefined();
    expect(progress.at(-1)).toBe(1);
    // Cheapest first, and each measure as soon as it is done: communities long before betweenness.
    expect(steps).toEqual(['degree', 'community', 'component', 'pagerank', 'betweenness']);
    expect(arrived[0]).toEqual(['degree', 'weightedDegree']);
    expect(arrived[1]).toEqual(['degree', 'weightedDegree', 'community']);
    expect(arrived.at(-1)?.at(-1)).toBe('betweenness');
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const inline = runMeasures(graph, weightOf(graph));
    inline.cancel();
    expect(await inline.result).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('reading a graph for the measures', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives the same arrays a slice at a time, letting the page run between slices, and stops when cancelled', async () => {
    const graph = twoTriangles('mixed');
    for (let index = 0; index < 2000; index++) graph.addDirectedEdge('a', 'x', { weight: index % 3 });
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    let pageTurns = 0;
    const ticker = setInterval(() => pageTurns++, 0);
    const sliced = await measureInputInSlices(graph, weightOf(graph));
    clearInterval(ticker);
    expect(pageTurns).toBeGreaterThan(0);
    const whole = measureInput(graph, weightOf(graph));
    expect(sliced.input).toEqual(whole.input);
    expect(sliced.keys.ids).toEqual(whole.keys.ids);

    const controller = new AbortController();
    const reading = measureInputInSlices(graph, weightOf(graph), controller.signal);
    controller.abort();
    await expect(reading).rejects.toThrow();
    const job = runMeasures(graph, weightOf(graph));
    job.cancel();
    expect(await job.result).toBeNull();
  });
});
