// @vitest-environment jsdom
// The public sample graphs in ../shared/data/samples (see its SOURCES.md) import with the published counts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/data/formats/csv';
import { parseCytoscapeJson } from '../../src/lib/data/formats/cytoscape-json';
import { parseGexf } from '../../src/lib/data/formats/gexf';
import { parseGraphml } from '../../src/lib/data/formats/graphml';

const SAMPLES = resolve(__dirname, '../../../shared/data/samples');
const read = (name: string) => readFileSync(resolve(SAMPLES, name), 'utf8');

describe('public samples', () => {
  it('miserables.graphml: 77 nodes, 254 edges, typed attributes', () => {
    const { graph, problems } = parseGraphml(read('miserables.graphml'));
    expect(problems).toEqual([]);
    expect(graph?.order).toBe(77);
    expect(graph?.size).toBe(254);
    expect(graph?.type).toBe('undirected');
    expect(graph?.getNodeAttribute('11', 'label')).toBe('Valjean');
    expect(typeof graph?.getNodeAttribute('11', 'Modularity Class')).toBe('number');
  });

  it('celegans.gexf: 306 nodes, 2,345 edges, parallel edges kept', () => {
    const { graph, problems } = parseGexf(read('celegans.gexf'));
    expect(problems).toEqual([]);
    expect(graph?.order).toBe(306);
    expect(graph?.size).toBe(2345);
    expect(graph?.multi).toBe(true);
  }, 30_000);

  it('genemania.cyjs: 31 nodes, 255 edges', () => {
    const { graph, problems } = parseCytoscapeJson(read('genemania.cyjs'));
    expect(problems).toEqual([]);
    expect(graph?.order).toBe(31);
    expect(graph?.size).toBe(255);
  });

  it('miserables-edges.csv as an undirected edge list: 77 nodes, 254 edges with numeric weights', () => {
    const { graph, problems } = parseCsv(read('miserables-edges.csv'), undefined, { undirected: true });
    expect(problems).toEqual([]);
    expect(graph?.order).toBe(77);
    expect(graph?.size).toBe(254);
    expect(graph?.type).toBe('undirected');
    expect(graph?.getEdgeAttribute(graph.edges('Napoleon', 'Myriel')[0] ?? '', 'weight')).toBe(1);
  });
});
