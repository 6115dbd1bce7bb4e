// `npm run bench`, graph-server part (`npm run bench -- --live` alone): the wide Hetionet extract written as RDF by the
// atlas exporter, loaded into a Virtuoso on loopback, then read a neighbourhood at a time through LiveSource from Node:
// open and expand times, and Node's heap after 20 expansions.
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { expandLargest } from '../bench/lib/live-walk.ts';
import { median, percentile } from '../bench/lib/stats.ts';
import { measureAppWalk, type AppWalk } from './bench-live-app.ts';
import { measureBrowserHeap, type BrowserHeap } from './bench-live-browser.ts';
import { compactDataset } from '../src/lib/data/datasets/atlas-dataset.ts';
import { checkCompactGraph } from '../src/lib/data/datasets/compact-graph.ts';
import { readGraphData } from '../src/lib/data/read-graph-data-dir.ts';
import { datasetTurtle } from '../src/lib/data/rdf/write-rdf.ts';
import { LiveSource } from '../src/lib/data/sparql/live-source.ts';
import { readMapping } from '../src/lib/data/sparql/mapping.ts';
import { select } from '../src/lib/data/sparql/sparql-client.ts';
import { findVirtuoso, startVirtuoso } from '../tests/support/virtuoso.ts';

const GRAPH = 'urn:synapse-atlas:hetionet-wide';
const SAMPLED_NODES = 30;
const EXPANSIONS = 20;
/** The target's neighbourhood size: one page of LiveSource (500 edges), so at most 500 nodes. */
const MAX_DEGREE = 500;
/** Nodes with fewer relationships than this are too small to say much about a neighbourhood's cost. */
const MIN_DEGREE = 10;
const TARGET_P95_MS = 300;

interface DegreeRange {
  nodes: number;
  minDegree: number;
  medianDegree: number;
  maxDegree: number;
}

const degreeRange = (degrees: number[]): DegreeRange => ({
  nodes: degrees.length,
  minDegree: Math.min(...degrees),
  medianDegree: median(degrees),
  maxDegree: Math.max(...degrees),
});

interface Timings {
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

interface LiveBenchResult {
  dataset: { id: string; nodes: number; edges: number };
  rdf: { format: 'Turtle'; bytes: number; triples: number; writeMs: number };
  server: { software: 'Virtuoso'; startMs: number; loadMs: number };
  /** The sampled centres' relationships (= at most their neighbours), from the local graph. */
  sample: DegreeRange;
  open: Timings;
  /** The expanded nodes' relationships (each the largest loaded one not yet open, so mostly near 500). */
  expandSample: DegreeRange;
  expand: Timings;
  /** One LiveSource, one centre opened and then 20 of its loaded nodes expanded, each the largest not yet open. */
  afterExpansions: {
    expansions: number;
    nodes: number;
    edges: number;
    nodeHeapBytes: number;
    heapGrowthBytes: number;
    /** `--browser-heap`: the same walk in a blank page of headless Chromium (LiveSource only, no UI). */
    browser?: BrowserHeap | { unavailable: string };
  };
  /** The app itself in headless Chromium: a search, then expansions by tapping drawn nodes (with a built app). */
  app?:
    (AppWalk & { p50Ms: number; p95Ms: number; loadedP50Ms: number; loadedP95Ms: number }) | { unavailable: string };
  targets: { target: string; measured: string; limit: string; pass: boolean }[];
  loadAverage: number[];
}

const timings = (values: number[]): Timings => ({
  runs: values.length,
  p50Ms: median(values),
  p95Ms: percentile(values, 0.95),
  maxMs: Math.max(...values),
});

/** Node's garbage collector, reachable without a command-line flag. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await run();
  return [performance.now() - started, result];
}

/** Writes the dataset's Turtle chunk by chunk (the wide graph's text does not fit one string). */
function writeChunks(file: string, chunks: Iterable<string>): void {
  const handle = openSync(file, 'w');
  try {
    for (const chunk of chunks) writeSync(handle, chunk);
  } finally {
    closeSync(handle);
  }
}

/**
 * `count` centres whose sizes are spread evenly from the largest candidate down to the smallest (most nodes have few
 * relationships, so a spread by rank would measure mostly small neighbourhoods): for each size, the nearest not taken.
 */
function spreadByDegree(candidates: readonly (readonly [string, number])[], count: number): [string, number][] {
  const largest = candidates[0]?.[1] ?? 0;
  const smallest = candidates.at(-1)?.[1] ?? 0;
  const taken = new Set<string>();
  const sample: [string, number][] = [];
  for (let index = 0; index < count; index++) {
    const wanted = largest - ((largest - smallest) * index) / Math.max(1, count - 1);
    let best: readonly [string, number] | undefined;
    for (const candidate of candidates)
      if (!taken.has(candidate[0]) && (!best || Math.abs(candidate[1] - wanted) < Math.abs(best[1] - wanted)))
        best = candidate;
    if (!best) break;
    taken.add(best[0]);
    sample.push([best[0], best[1]]);
  }
  return sample;
}

/** The wide Hetionet extract built as the app builds it and written as Turtle to `file`; its size and degrees. */
async function writeHetionetRdf(root: string, file: string) {
  const { vocab } = readGraphData(join(root, 'graph-data'), root);
  const compact = checkCompactGraph(
    JSON.parse(gunzipSync(readFileSync(join(root, 'public', 'data', 'hetionet-wide.json.gz'))).toString('utf8')),
  );
  const dataset = await compactDataset(compact, vocab);
  const { graph } = dataset;
  const started = performance.now();
  writeChunks(file, datasetTurtle(dataset));
  return {
    counts: { id: dataset.id, nodes: graph.order, edges: graph.size },
    degrees: new Map(graph.mapNodes((id) => [id, graph.degree(id)] as const)),
    labels: new Map(graph.mapNodes((id, attributes) => [id, String(attributes.label ?? id)] as const)),
    writeMs: performance.now() - started,
  };
}

/** Measures the live dataset against Virtuoso; `unavailable` (having said why) when there is no Virtuoso. */
export async function runLiveBench(
  root: string,
  options: {
    browserHeap?: boolean;
    /** A built app to walk the live dataset in, as a reader would (scripts/bench-live-app.ts). */
    app?: { appDir: string; port: number } | undefined;
  } = {},
): Promise<LiveBenchResult | { unavailable: string }> {
  const found = findVirtuoso();
  if ('missing' in found) {
    console.log(`\nGraph server: skipped (${found.missing})`);
    return { unavailable: found.missing };
  }
  const gc = collector();
  const loadAverage = loadavg();
  const folder = mkdtempSync(join(tmpdir(), 'atlas-bench-live-'));
  const file = join(folder, 'hetionet-wide.ttl');
  // The graph is dropped once written: only its degrees stay, so the heap below is LiveSource's and the server's reads.
  const { counts, degrees, labels, writeMs } = await writeHetionetRdf(root, file);
  const candidates = [...degrees]
    .filter(([, degree]) => degree >= MIN_DEGREE && degree <= MAX_DEGREE)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const sample = spreadByDegree(candidates, SAMPLED_NODES);
  const mappingFile: unknown = JSON.parse(readFileSync(join(root, 'public', 'mappings', 'synapse-atlas.json'), 'utf8'));
  const mapping = readMapping(mappingFile);
  console.error('bench: loading the wide Hetionet RDF into Virtuoso…');
  const server = await startVirtuoso();
  try {
    const loadMs = await server.load(file, GRAPH);
    const bytes = statSync(file).size;
    rmSync(folder, { recursive: true, force: true });
    const endpoint = { endpoint: server.endpoint, timeoutMs: 60_000 };
    const counted = await select(endpoint, `SELECT (COUNT(*) AS ?n) FROM <${GRAPH}> WHERE { ?s ?p ?o }`);
    const triples = Number(counted.rows[0]?.get('n')?.value ?? Number.NaN);
    const source = () => new LiveSource({ ...endpoint, mapping, graph: GRAPH });
    // One open first, so the server's caches and Node's compiled code are not part of the first sample.
    await source().open(candidates.at(-1)?.[0] ?? '');

    // Open: a fresh LiveSource per centre, the centre already read (as a search result would be).
    // Expand: then the largest of its neighbours, into the graph already loaded.
    const opens: number[] = [];
    const expands: number[] = [];
    const expanded: number[] = [];
    for (const [id] of sample) {
      const live = source();
      await live.node(id);
      const [openMs] = await timed(() => live.open(id));
      opens.push(openMs);
      const next = await expandLargest(live, id, 1, (other) => degrees.get(other) ?? 0, MAX_DEGREE);
      expands.push(...next.times);
      expanded.push(...next.degrees);
    }

    gc();
    const before = process.memoryUsage().heapUsed;
    const first = sample[0]?.[0] ?? '';
    const degreeOf = (id: string) => degrees.get(id) ?? 0;
    const walked = source();
    const walk = await expandLargest(walked, first, EXPANSIONS, degreeOf, MAX_DEGREE);
    gc();
    const after = process.memoryUsage().heapUsed;
    // Still in use here, so the collection above could not take what it fetched.
    if (walked.fetched.nodes.size !== walk.nodes) throw new Error('The walk lost nodes it had fetched.');
    expands.push(...walk.times);
    expanded.push(...walk.degrees);
    const browserHeap = options.browserHeap
      ? await measureBrowserHeap({
          endpoint: server.endpoint,
          graph: GRAPH,
          mapping: mappingFile,
          first,
          expansions: EXPANSIONS,
          maxDegree: MAX_DEGREE,
          degrees: Object.fromEntries(degrees),
        })
      : undefined;
    const app = options.app
      ? await walkApp(options.app, server.endpoint, first, labels.get(first) ?? first, degrees)
      : undefined;
    const result: LiveBenchResult = {
      dataset: counts,
      rdf: { format: 'Turtle', bytes, triples, writeMs },
      server: { software: 'Virtuoso', startMs: server.startMs, loadMs },
      sample: degreeRange(sample.map(([, degree]) => degree)),
      open: timings(opens),
      expandSample: degreeRange(expanded),
      expand: timings(expands),
      afterExpansions: {
        expansions: walk.expansions,
        nodes: walk.nodes,
        edges: walk.edges,
        nodeHeapBytes: after,
        heapGrowthBytes: after - before,
        ...(browserHeap ? { browser: browserHeap } : {}),
      },
      ...(app ? { app } : {}),
      targets: [
        ['neighbourhood open p95', opens],
        ['expand p95', expands],
        ...(app && !('unavailable' in app)
          ? [['expand in the app, tap to neighbourhood loaded, p95', app.loadedTimes]]
          : []),
      ].map(([target, values]) => {
        const p95 = percentile(values as number[], 0.95);
        return {
          target: target as string,
          measured: `${p95.toFixed(0)} ms`,
          limit: `≤ ${TARGET_P95_MS} ms`,
          pass: p95 <= TARGET_P95_MS,
        };
      }),
      loadAverage,
    };
    report(result);
    return result;
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function walkApp(
  app: { appDir: string; port: number },
  endpoint: string,
  first: string,
  label: string,
  degrees: ReadonlyMap<string, number>,
): Promise<LiveBenchResult['app']> {
  console.error('bench: the same walk in the app…');
  const walk = await measureAppWalk({
    ...app,
    endpoint,
    graph: GRAPH,
    first: { id: first, label },
    expansions: EXPANSIONS,
    maxDegree: MAX_DEGREE,
    degrees,
  });
  if ('unavailable' in walk) return walk;
  return {
    ...walk,
    p50Ms: median(walk.times),
    p95Ms: percentile(walk.times, 0.95),
    loadedP50Ms: median(walk.loadedTimes),
    loadedP95Ms: percentile(walk.loadedTimes, 0.95),
  };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function browserRow(heap: BrowserHeap | { unavailable: string }): [string, string] {
  if ('unavailable' in heap) return ['Chromium heap (LiveSource in a blank page)', `not measured: ${heap.unavailable}`];
  return [
    `Chromium heap after ${heap.expansions} expansions, LiveSource in a blank page, no UI (${heap.nodes} nodes, ${heap.edges} edges)`,
    `${MB(heap.heapBytes)} (${MB(heap.heapBytes - heap.baselineBytes)} over the page before the walk)`,
  ];
}

function appRows(app: NonNullable<LiveBenchResult['app']>): [string, string][] {
  if ('unavailable' in app)
    return [['the app (search, then expansions by tapping)', `not measured: ${app.unavailable}`]];
  return [
    [
      `the app: ${app.expansions} expansions by tapping drawn nodes, tap → neighbourhood loaded`,
      `p50 ${ms(app.loadedP50Ms)}, p95 ${ms(app.loadedP95Ms)}, max ${ms(Math.max(...app.loadedTimes))}`,
    ],
    [
      'the app: tap → drawn (layout, camera animations, canvas settled)',
      `p50 ${ms(app.p50Ms)}, p95 ${ms(app.p95Ms)}, max ${ms(Math.max(...app.times))}`,
    ],
    [
      `the app's Chromium heap after them (${app.nodes} nodes, ${app.edges} edges loaded)`,
      `${MB(app.heapBytes)} (${MB(app.heapBytes - app.baselineBytes)} over the app connected with nothing loaded)`,
    ],
  ];
}

function report(result: LiveBenchResult): void {
  const { dataset, rdf, server, sample, open, expandSample, expand, afterExpansions: after } = result;
  console.log(
    `\nGraph server: the wide Hetionet extract (${dataset.nodes} nodes, ${dataset.edges} edges) as RDF in Virtuoso on ` +
      `loopback, read through LiveSource from Node (load average ${result.loadAverage.map((v) => v.toFixed(1)).join(' ')})`,
  );
  console.table({
    'RDF written (Turtle, our exporter)': `${ms(rdf.writeMs)} (${MB(rdf.bytes)}, ${rdf.triples} triples)`,
    'Virtuoso start': ms(server.startMs),
    'Virtuoso bulk load of the RDF': ms(server.loadMs),
    [`neighbourhood open, ${sample.nodes} centres of ${sample.minDegree}–${sample.maxDegree} relationships (median ${sample.medianDegree})`]: `p50 ${ms(open.p50Ms)}, p95 ${ms(open.p95Ms)}, max ${ms(open.maxMs)}`,
    [`expand into the loaded graph, ${expand.runs} nodes of ${expandSample.minDegree}–${expandSample.maxDegree} (median ${expandSample.medianDegree})`]: `p50 ${ms(expand.p50Ms)}, p95 ${ms(expand.p95Ms)}, max ${ms(expand.maxMs)}`,
    [`Node heap after ${after.expansions} expansions (${after.nodes} nodes, ${after.edges} edges loaded)`]: `${MB(after.nodeHeapBytes)} (LiveSource's share: ${MB(after.heapGrowthBytes)})`,
    ...(after.browser ? { [browserRow(after.browser)[0]]: browserRow(after.browser)[1] } : {}),
    ...(result.app ? Object.fromEntries(appRows(result.app)) : {}),
    ...Object.fromEntries(
      result.targets.map((target) => [
        `target: ${target.target} ${target.limit}`,
        `${target.measured} ${target.pass ? 'met' : 'not met'}`,
      ]),
    ),
  });
}

/** `--live` alone: writes bench/results/<ISO date-time>-live.json (format synapse-atlas-bench-live/1) and returns its path. */
export async function writeLiveResults(directory: string, live: LiveBenchResult): Promise<string> {
  mkdirSync(directory, { recursive: true });
  const startedAt = new Date().toISOString();
  const file = join(directory, `${startedAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}-live.json`);
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', node: process.version };
  const results = { format: 'synapse-atlas-bench-live/1', startedAt, machine, live };
  const options = { ...(await resolveConfig(file)), parser: 'json', filepath: file };
  writeFileSync(file, await format(JSON.stringify(results), options));
  return file;
}
