// Turns the Hetionet extracts in ../shared/data/hetionet into compact, pre-laid-out datasets under public/data.
// Run `npm run prepare:datasets` after the source files change; the outputs are committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { SerializedGraph } from 'graphology-types';
import type { CompactGraph } from '../src/lib/data/datasets/compact-graph.ts';
import { HETIONET_KINDS, HETIONET_RELATIONS } from '../src/lib/data/datasets/hetionet-mapping.ts';
import { hashString, seededRandom } from '../src/lib/util/hash.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = join(ROOT, '..', 'shared', 'data', 'hetionet');

const CITATION = {
  authors: [
    'Himmelstein DS',
    'Lizee A',
    'Hessler C',
    'Brueggeman L',
    'Chen SL',
    'Hadley D',
    'Green A',
    'Khankhanian P',
    'Baranzini SE',
  ],
  title: 'Systematic integration of biomedical knowledge prioritizes drugs for repurposing',
  journal: 'eLife',
  year: 2017,
  doi: '10.7554/eLife.26726',
};

interface Target {
  id: string;
  name: string;
  file: string;
  gzipped: boolean;
  description: string;
  iterations: number;
}

const TARGETS: Target[] = [
  {
    id: 'hetionet-depression',
    name: 'Hetionet — depression neighbourhood',
    file: 'depression-2k.json',
    gzipped: false,
    description: 'The depression node of Hetionet v1.0, its direct neighbours and a focused second step.',
    iterations: 300,
  },
  {
    id: 'hetionet-wide',
    name: 'Hetionet — wide',
    file: 'depression-16k.json.gz',
    gzipped: true,
    description: 'A wide second step around depression in Hetionet v1.0, with genes regulated in the brain.',
    iterations: 120,
  },
];

function layout(graph: Graph, iterations: number): Map<string, { x: number; y: number }> {
  const working = graph.emptyCopy({ type: 'undirected', multi: false });
  const random = seededRandom(hashString(working.nodes().sort().join('\n')));
  working.forEachNode((node) => {
    working.mergeNodeAttributes(node, { x: random() * 1000 - 500, y: random() * 1000 - 500, size: 1 });
  });
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source !== target) working.mergeEdge(source, target);
  });
  const settings = forceAtlas2.inferSettings(working);
  forceAtlas2.assign(working, { iterations, settings: { ...settings, barnesHutOptimize: working.order > 1000 } });
  const positions = new Map<string, { x: number; y: number }>();
  working.forEachNode((node, attributes) =>
    positions.set(node, { x: attributes.x as number, y: attributes.y as number }),
  );
  return positions;
}

for (const target of TARGETS) {
  const started = performance.now();
  const bytes = readFileSync(join(SOURCE, target.file));
  const data = JSON.parse((target.gzipped ? gunzipSync(bytes) : bytes).toString('utf8')) as SerializedGraph;
  const graph = Graph.from(data);
  const positions = layout(graph, target.iterations);

  // Scale so the typical distance between neighbours is comfortable at zoom 1.
  const xs = [...positions.values()].map((position) => position.x);
  const span = Math.max(...xs) - Math.min(...xs) || 1;
  const scale = (Math.sqrt(graph.order) * 90) / span;

  const kinds: string[] = [];
  const relations: string[] = [];
  const evidence: string[] = [];
  const kindIndex = new Map<string, number>();
  const relationIndex = new Map<string, number>();
  const nodeIndex = new Map<string, number>();
  const nodes: CompactGraph['nodes'] = { ids: [], labels: [], kinds: [], x: [], y: [] };
  graph.forEachNode((node, attributes) => {
    const kind = HETIONET_KINDS[String(attributes.kind)] ?? String(attributes.kind);
    if (!kindIndex.has(kind)) kindIndex.set(kind, kinds.push(kind) - 1);
    nodeIndex.set(node, nodes.ids.length);
    const position = positions.get(node) ?? { x: 0, y: 0 };
    nodes.ids.push(node);
    nodes.labels.push(String(attributes.label ?? node));
    nodes.kinds.push(kindIndex.get(kind) ?? 0);
    nodes.x.push(Math.round(position.x * scale * 10) / 10);
    nodes.y.push(Math.round(position.y * scale * 10) / 10);
  });
  const edges: CompactGraph['edges'] = { sources: [], targets: [], relations: [] };
  graph.forEachEdge((_edge, attributes, source, targetNode) => {
    const mapping = HETIONET_RELATIONS[String(attributes.metaedge)];
    const relation = mapping?.relation ?? 'associated-with';
    const key = `${relation}|${mapping?.evidence ?? 'hypothesis'}`;
    if (!relationIndex.has(key)) {
      relationIndex.set(key, relations.length);
      relations.push(relation);
      evidence.push(mapping?.evidence ?? 'hypothesis');
    }
    const [from, to] = mapping?.reverse ? [targetNode, source] : [source, targetNode];
    edges.sources.push(nodeIndex.get(from) ?? 0);
    edges.targets.push(nodeIndex.get(to) ?? 0);
    edges.relations.push(relationIndex.get(key) ?? 0);
  });

  const compact: CompactGraph = {
    format: 'synapse-atlas-compact/1',
    meta: {
      id: target.id,
      name: target.name,
      description: target.description,
      licence: 'CC0 1.0 (Hetionet v1.0; some upstream resources carry their own licences)',
      provenance: `Extracted from Hetionet v1.0 around "endogenous depression" (${graph.order} nodes, ${graph.size} edges).`,
      citation: CITATION,
      anchor: String(data.attributes?.anchor ?? ''),
    },
    kinds,
    relations,
    evidence,
    nodes,
    edges,
  };
  mkdirSync(join(ROOT, 'public', 'data'), { recursive: true });
  const output = join(ROOT, 'public', 'data', `${target.id}.json.gz`);
  writeFileSync(output, gzipSync(JSON.stringify(compact), { level: 9 }));
  console.log(
    `${target.id}: ${graph.order} nodes, ${graph.size} edges, layout ${target.iterations} iterations, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s → ${output}`,
  );
}
