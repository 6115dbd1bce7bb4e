// The curated graph's RDF export, loaded into a real Virtuoso and read back live with the shipped mapping: every node
// (id, kind, label, synonyms), edge (id, ends, relation, evidence, sources) and cited work (id, DOI) as in the local
// dataset. The walk pages through every node, then opens each one's neighbourhood, as a user's clicks would.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/lib/data/read-graph-data-dir';
import { curatedRelease } from '../../src/lib/data/rdf/curated-release';
import { datasetTurtle } from '../../src/lib/data/rdf/write-rdf';
import { LiveSource } from '../../src/lib/data/sparql/live-source';
import { readMapping } from '../../src/lib/data/sparql/mapping';
import { findVirtuoso, startVirtuoso, type VirtuosoServer } from '../support/virtuoso';

const GRAPH = 'urn:synapse-atlas:curated';
const mapping = readMapping(JSON.parse(readFileSync('public/mappings/synapse-atlas.json', 'utf8')));

/** The curated dataset as the build publishes it (scripts/vite-plugin-graph-data.ts). */
const bundle = readGraphData('graph-data');
const { dataset, options } = curatedRelease(bundle);

const names = (values: readonly string[], label: string) =>
  [...new Set(values)].filter((value) => value !== label).sort();
const byKey = <T>(entries: [string, T][]) => Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));

const found = findVirtuoso();
if ('missing' in found) {
  if (process.env.CI) throw new Error(found.missing);
  console.warn(`Skipping the RDF round trip through Virtuoso: ${found.missing}`);
}

describe.skipIf('missing' in found)('the curated RDF export through a real graph server', () => {
  let server: VirtuosoServer;
  let live: LiveSource;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'atlas-rdf-'));
    const file = join(folder, 'curated.ttl');
    writeFileSync(file, datasetTurtle(dataset, options).join(''));
    server = await startVirtuoso();
    const loadMs = await server.load(file, GRAPH);
    live = new LiveSource({ endpoint: server.endpoint, mapping, graph: GRAPH, timeoutMs: 20_000 });
    // Every node, a page at a time, then every node's neighbourhood, all of its pages.
    const began = performance.now();
    for (let offset = 0; ; offset += 200) {
      const page = await live.listNodes({ limit: 200, offset });
      if (page.length < 200) break;
    }
    let requests = 0;
    for (const id of [...live.fetched.nodes.keys()]) {
      let opened = await live.open(id);
      requests++;
      while (opened.kind === 'loaded' && opened.more) {
        opened = await live.loadMore(id);
        requests++;
      }
      expect(opened.kind, id).toBe('loaded');
    }
    console.log(
      `Curated RDF loaded into Virtuoso in ${loadMs.toFixed(0)} ms; ${live.fetched.nodes.size} nodes walked ` +
        `(${requests} opens) in ${(performance.now() - began).toFixed(0)} ms.`,
    );
  });

  afterAll(async () => {
    await server?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('gives the same nodes: ids, kinds, labels and synonyms', () => {
    const local = byKey(
      dataset.graph.mapNodes((id, node) => [
        id,
        { kind: node.kind, label: node.label, synonyms: names(node.synonyms, node.label) },
      ]),
    );
    const read = byKey(
      [...live.fetched.nodes.values()].map((node): [string, unknown] => [
        node.id,
        { kind: node.kind, label: node.label, synonyms: names(node.synonyms, node.label) },
      ]),
    );
    expect(Object.keys(read)).toHaveLength(dataset.graph.order);
    expect(read).toEqual(local);
  });

  it('gives the same edges: ids, ends, relations, evidence, direction and sources', () => {
    const local = byKey(
      dataset.graph.mapEdges((key, edge, source, target, _s, _t, undirected) => [
        key,
        {
          source,
          target,
          relation: edge.relation,
          evidence: edge.evidence,
          undirected: undirected || undefined,
          sources: [...edge.sources].sort(),
        },
      ]),
    );
    const read = byKey(
      [...live.fetched.edges.values()].map((edge): [string, unknown] => [
        edge.id,
        {
          source: edge.source,
          target: edge.target,
          relation: edge.relation,
          evidence: edge.evidence,
          undirected: edge.undirected,
          sources: [...edge.sources].sort(),
        },
      ]),
    );
    expect(Object.keys(read)).toHaveLength(dataset.graph.size);
    expect(read).toEqual(local);
  });

  it('gives the same cited works: ids and DOIs', () => {
    const cited = new Set(dataset.graph.mapEdges((_key, edge) => edge.sources).flat());
    const local = byKey(
      dataset.sources
        .filter((source) => cited.has(source.id))
        .map((source) => [source.id, source.doi] as [string, unknown]),
    );
    const read = byKey([...live.fetched.sources.values()].map((source): [string, unknown] => [source.id, source.doi]));
    expect(Object.keys(read).length).toBeGreaterThan(50);
    expect(read).toEqual(local);
  });
});
