// @vitest-environment jsdom
// Connecting with a mapping file the reader chose: it is kept in this browser under a short hash, so the address can
// name it (`mapping=saved:<hash>`) and a reload connects again; a browser without it asks for the file again.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { liveTargetInQuery } from '../../src/lib/data/sparql/live-target';
import type { Vocab } from '../../src/lib/data/schema';
import { readGraphData } from '../../src/lib/data/read-graph-data-dir';
import { datasetQuery } from '../../src/lib/state/address-parameters';
import { LiveConnector } from '../../src/lib/state/live-connector.svelte';
import { memoryStore } from '../../src/lib/state/persistence';

const vocab: Vocab = readGraphData('graph-data').vocab;
const mappingText = readFileSync('public/mappings/synapse-atlas.json', 'utf8');
const endpoint = 'http://127.0.0.1:1/sparql';

/** A graph server that holds one triple; shipped mappings are not asked for. */
const server = () =>
  vi.fn(async (url: string | URL | Request) => {
    if (String(url).startsWith('mappings/')) throw new Error('A shipped mapping was asked for.');
    const bindings = [{ s: { type: 'uri', value: 'urn:n:1' } }];
    return new Response(JSON.stringify({ head: { vars: ['s'] }, results: { bindings } }), { status: 200 });
  });

describe('a mapping file chosen by the reader', () => {
  it('is kept in this browser and named in the address, so the same browser connects again from it', async () => {
    const store = memoryStore();
    const first = new LiveConnector({ vocab, store, fetch: server() });
    const session = await first.connect({ endpoint, mapping: 'file' }, mappingText);
    const mapping = session?.target.mapping ?? '';
    expect(mapping).toMatch(/^saved:[0-9a-z]{6,16}$/);
    expect(session?.dataset.where).toEqual({ endpoint, mapping });
    expect(await store.get(`live-mapping:${mapping}`)).toBe(mappingText);

    const address = datasetQuery('live', session?.dataset.where);
    const wanted = liveTargetInQuery(address);
    expect(wanted).toEqual({ target: { endpoint, mapping, graph: undefined } });
    const again = new LiveConnector({ vocab, store, fetch: server() });
    const reconnected = 'target' in wanted ? await again.connect(wanted.target) : null;
    expect(reconnected?.target.mapping).toBe(mapping);
    expect(again.problem).toBeNull();
  });

  it('gives the same name to the same text, and another to another', async () => {
    const store = memoryStore();
    const connector = new LiveConnector({ vocab, store, fetch: server() });
    const a = (await connector.connect({ endpoint, mapping: 'file' }, mappingText))?.target.mapping;
    const b = (await connector.connect({ endpoint, mapping: 'file' }, mappingText))?.target.mapping;
    const c = (await connector.connect({ endpoint, mapping: 'file' }, mappingText.replace('Synapse', 'Our')))?.target
      .mapping;
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('is asked for again, with the server filled in, on a browser that does not have it', async () => {
    const connector = new LiveConnector({ vocab, store: memoryStore(), fetch: server() });
    const target = { endpoint, mapping: 'saved:abc123def', graph: 'urn:g' };
    expect(await connector.connect(target)).toBeNull();
    expect(connector.problem).toMatch(/chosen from a file, and this browser does not have it: choose the mapping file/);
    expect(connector.dialogOpen).toBe(true);
    expect(connector.draft).toEqual({ endpoint, mapping: 'file', graph: 'urn:g' });
  });

  it('is left out of the address when the browser keeps nothing', async () => {
    const connector = new LiveConnector({ vocab, store: null, fetch: server() });
    const session = await connector.connect({ endpoint, mapping: 'file' }, mappingText);
    expect(session?.dataset.where).toEqual({ endpoint });
  });
});
