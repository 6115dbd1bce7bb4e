// The live dataset's SPARQL client against a real Virtuoso holding a hand-written slice of the curated graph in the
// project's RDF vocabulary: search, open, expand, evidence and sources, paging, Cancel and a server that goes away.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveSource } from '../../src/lib/data/sparql/live-source';
import { readMapping } from '../../src/lib/data/sparql/mapping';
import { neighbourhoodQuery } from '../../src/lib/data/sparql/neighbourhood-query';
import { select } from '../../src/lib/data/sparql/sparql-client';
import { SparqlError } from '../../src/lib/data/sparql/sparql-error';
import { findVirtuoso, startVirtuoso, type VirtuosoServer } from '../support/virtuoso';

const GRAPH = 'urn:synapse-atlas:curated';
const FIXTURE = 'tests/fixtures/sparql/depression.ttl';
const mapping = readMapping(JSON.parse(readFileSync('public/mappings/synapse-atlas.json', 'utf8')));
/** Real Hetionet relationships written in its own metagraph's terms, read with the shipped Hetionet-style mapping. */
const HETIONET_GRAPH = 'urn:hetionet:depression';
const HETIONET_FIXTURE = 'tests/fixtures/sparql/hetionet-style.ttl';
const hetionetMapping = readMapping(JSON.parse(readFileSync('public/mappings/hetionet.json', 'utf8')));

const found = findVirtuoso();
if ('missing' in found) {
  // In CI the server must be there (`npm run test:integration` installs it as root): fail instead of skipping.
  if (process.env.CI) throw new Error(found.missing);
  console.warn(`Skipping the SPARQL integration tests: ${found.missing}`);
}

describe.skipIf('missing' in found)('the live dataset against Virtuoso', () => {
  let server: VirtuosoServer;
  const source = () => new LiveSource({ endpoint: server.endpoint, mapping, graph: GRAPH, timeoutMs: 20_000 });

  beforeAll(async () => {
    const began = performance.now();
    server = await startVirtuoso();
    const loadMs = (await server.load(FIXTURE, GRAPH)) + (await server.load(HETIONET_FIXTURE, HETIONET_GRAPH));
    console.log(
      `Virtuoso started in ${server.startMs.toFixed(0)} ms, loaded the fixture in ${loadMs.toFixed(0)} ms ` +
        `(${(performance.now() - began).toFixed(0)} ms in all).`,
    );
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('finds fluoxetine by name, in any case, and by a synonym', async () => {
    const live = source();
    const [first] = await live.search('FLUOX');
    expect(first).toMatchObject({
      id: 'drug:fluoxetine',
      kind: 'drug',
      label: 'Fluoxetine',
      synonyms: ['Prozac', 'Sarafem'],
    });
    expect(first?.summary).toMatch(/SSRI antidepressant/);
    expect(first?.status).toEqual({ value: 'approved' });
    expect(first?.ids).toEqual({ DrugBank: 'DB00472' });
    expect((await live.search('prozac')).map((node) => node.id)).toEqual(['drug:fluoxetine']);
    const depression = await live.search('depression');
    expect(depression.map((node) => node.id)).toEqual(['condition:major-depression', 'risk-factor:family-history']);
    // Class and evidence-level labels are not nodes.
    expect(await live.search('textbook')).toEqual([]);
  });

  it("opens fluoxetine's neighbourhood in one query, with kinds, labels, evidence and sources", async () => {
    const live = source();
    await live.search('fluoxetine');
    const began = performance.now();
    const opened = await live.open('drug:fluoxetine');
    console.log(`Fluoxetine's neighbourhood (with its sources) read in ${(performance.now() - began).toFixed(0)} ms.`);
    expect(opened.kind).toBe('loaded');
    if (opened.kind !== 'loaded') return;
    expect(opened.more).toBe(false);
    expect(opened.nodes.map((node) => `${node.kind} ${node.label}`).sort()).toEqual([
      'condition Major depression',
      'condition Obsessive-compulsive disorder',
      'drug-class SSRIs',
      'enzyme CYP2D6',
      'transporter SERT',
    ]);
    const edges = opened.edges.map(
      (edge) => `${edge.id} ${edge.source} ${edge.relation} ${edge.target} ${edge.evidence}`,
    );
    expect(edges.sort()).toEqual([
      'e1 drug:fluoxetine is-a drug-class:ssri textbook',
      'e2 drug:fluoxetine inhibits transporter:sert textbook',
      'e3 drug:fluoxetine inhibits enzyme:cyp2d6 textbook',
      'e4 drug:fluoxetine treats condition:ocd textbook',
      'e5 drug:fluoxetine treats condition:major-depression established',
    ]);
    const treats = live.fetched.edges.get('e5');
    expect(treats?.note).toMatch(/beat placebo/);
    expect(treats?.sources).toEqual(['cipriani-2018']);
    expect(live.sourcesOf('e5')).toEqual([
      expect.objectContaining({
        id: 'cipriani-2018',
        type: 'journal-article',
        doi: '10.1016/S0140-6736(17)32802-7',
        url: 'https://doi.org/10.1016/S0140-6736(17)32802-7',
        title: expect.stringMatching(/^Cipriani A, Furukawa TA, Salanti G, et al\. Comparative efficacy/),
      }),
    ]);
  });

  it('answers the neighbourhood query quickly on loopback', async () => {
    const query = neighbourhoodQuery(
      mapping,
      'urn:synapse-atlas:curated:node:drug%3Afluoxetine',
      { limit: 501 },
      GRAPH,
    );
    const times: number[] = [];
    for (let run = 0; run < 20; run++) {
      const began = performance.now();
      expect((await select({ endpoint: server.endpoint }, query)).rows).toHaveLength(5);
      times.push(performance.now() - began);
    }
    times.sort((a, b) => a - b);
    console.log(`Neighbourhood query, 20 runs: p50 ${times[9]?.toFixed(1)} ms, p95 ${times[18]?.toFixed(1)} ms.`);
  });

  it('expands a neighbour, then another, keeping everything fetched, and opens a fetched one without asking', async () => {
    const live = source();
    await live.open('drug:fluoxetine');
    const sert = await live.open('transporter:sert');
    expect(sert.kind === 'loaded' && sert.nodes.map((node) => node.id).sort()).toEqual([
      'drug:fluoxetine',
      'neurotransmitter:serotonin',
    ]);
    const serotonin = await live.open('neurotransmitter:serotonin');
    expect(serotonin.kind === 'loaded' && serotonin.nodes.map((node) => node.id).sort()).toEqual([
      'brain-region:raphe-nuclei',
      'enzyme:tph2',
      'receptor:5-ht1a',
      'transporter:sert',
    ]);
    expect(live.fetched.nodes.size).toBe(10);
    expect(live.fetched.edges.size).toBe(9);
    // Edges pointing at the centre read the right way round.
    expect(live.fetched.edges.get('e10')).toMatchObject({
      source: 'brain-region:raphe-nuclei',
      target: 'neurotransmitter:serotonin',
      relation: 'releases',
    });
    const again = await live.open('transporter:sert');
    expect(again.kind === 'loaded' && again.nodes.length).toBe(2);
  });

  it('opens a node named only by its id, as an address would', async () => {
    const opened = await source().open('condition:major-depression');
    expect(opened.centre).toMatchObject({ label: 'Major depression', kind: 'condition' });
    expect(opened.kind === 'loaded' && opened.edges.length).toBe(4);
    expect(opened.kind === 'loaded' && opened.edges.find((edge) => edge.id === 'e12')?.sources).toEqual([
      'sullivan-2000',
    ]);
  });

  it('lists every node a page at a time, and nothing that is not a node', async () => {
    const live = source();
    const first = await live.listNodes({ limit: 4 });
    const rest = await live.listNodes({ limit: 100, offset: 4 });
    expect(first).toHaveLength(4);
    const ids = [...first, ...rest].map((node) => node.id);
    expect(new Set(ids).size).toBe(13);
    expect(ids).toHaveLength(13);
    expect(ids).toContain('drug:fluoxetine');
    expect(ids.every((id) => /^[a-z-]+:[a-z0-9-]+$/.test(id))).toBe(true);
    expect(live.fetched.nodes.get('drug:fluoxetine')).toMatchObject({ kind: 'drug', label: 'Fluoxetine' });
  });

  it('reads a neighbourhood a page at a time', async () => {
    const live = new LiveSource({ endpoint: server.endpoint, mapping, graph: GRAPH, pageSize: 2 });
    const first = await live.open('drug:fluoxetine');
    expect(first.kind === 'loaded' && [first.edges.length, first.more, first.total]).toEqual([2, true, 5]);
    const second = await live.loadMore('drug:fluoxetine');
    // The count taken with the first page is kept, so the reader reads "Showing 4 of 5".
    expect(second.kind === 'loaded' && [second.edges.length, second.more, second.total]).toEqual([4, true, 5]);
    const third = await live.loadMore('drug:fluoxetine');
    expect(third.kind === 'loaded' && [third.edges.length, third.more]).toEqual([5, false]);
  });

  it('reads Hetionet-shaped RDF with the Hetionet-style mapping: kinds, relations the right way round, levels', async () => {
    const live = new LiveSource({
      endpoint: server.endpoint,
      mapping: hetionetMapping,
      graph: HETIONET_GRAPH,
      timeoutMs: 20_000,
    });
    const [duloxetine] = await live.search('duloxetine');
    expect(duloxetine).toMatchObject({ kind: 'drug', label: 'Duloxetine' });
    const opened = await live.open(duloxetine?.id ?? '');
    if (opened.kind !== 'loaded') throw new Error('expected the neighbourhood to load');
    expect(opened.edges).toHaveLength(22);
    const kinds = new Map(opened.nodes.map((node) => [node.label, node.kind]));
    expect(kinds.get('SLC6A4')).toBe('gene');
    expect(kinds.get('Fluoxetine')).toBe('drug');
    expect(kinds.get('Serotonin Uptake Inhibitors')).toBe('drug-class');
    const label = (id: string) => (id === duloxetine?.id ? 'Duloxetine' : opened.nodes.find((n) => n.id === id)?.label);
    const read = opened.edges.map(
      (edge) => `${label(edge.source)} ${edge.relation} ${label(edge.target)} (${edge.evidence})`,
    );
    expect(read).toContain('Duloxetine binds SLC6A4 (established)');
    // The class includes the compound in Hetionet; read the other way round, the compound is one of the class.
    expect(read).toContain('Duloxetine is-a Serotonin Uptake Inhibitors (established)');
    expect(read).toContain('Fluoxetine associated-with Duloxetine (hypothesis)');
    expect(
      read.filter((line) => line.startsWith('Duloxetine treats ')).every((line) => line.endsWith('(clinical)')),
    ).toBe(true);
    expect(new Set(opened.edges.map((edge) => edge.relation))).toEqual(
      new Set(['binds', 'associated-with', 'treats', 'is-a']),
    );
  });

  it('summarises a neighbourhood over the limit instead of loading it', async () => {
    const live = new LiveSource({
      endpoint: server.endpoint,
      mapping,
      graph: GRAPH,
      pageSize: 2,
      largeNeighbourhood: 3,
    });
    const opened = await live.open('drug:fluoxetine');
    expect(opened.kind).toBe('too-large');
    if (opened.kind !== 'too-large') return;
    expect(opened.total).toBe(5);
    expect(opened.edges).toHaveLength(2);
    expect(
      opened.counts.map((count) => `${count.direction} ${count.predicate.replace(/.*:/, '')} ${count.edges}`),
    ).toEqual(['out inhibits 2', 'out isA 1', 'out treats 2']);
    expect(live.fetched.edges.size).toBe(0);
  });

  it('cancels a request, and a newer action supersedes an older one', async () => {
    const live = source();
    const cancelledSearch = live.search('fluoxetine');
    live.cancel();
    await expect(cancelledSearch).rejects.toMatchObject({ problem: 'cancelled' });
    const older = live.search('serotonin');
    const newer = live.search('sert');
    await expect(older).rejects.toMatchObject({ problem: 'cancelled' });
    expect((await newer).map((node) => node.id)).toContain('transporter:sert');
    expect(live.busy).toBe(false);
  });

  it('says plainly that the server is gone when it stops mid-way, keeping what was loaded', async () => {
    const live = source();
    await live.open('drug:fluoxetine');
    await server.stop();
    const error = await live.open('transporter:sert').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SparqlError);
    expect(error).toMatchObject({ problem: 'unreachable' });
    expect((error as Error).message).toMatch(/^Could not reach the graph server at 127\.0\.0\.1:\d+\./);
    expect(live.fetched.nodes.size).toBe(6);
    expect(live.fetched.edges.size).toBe(5);
  });
});
