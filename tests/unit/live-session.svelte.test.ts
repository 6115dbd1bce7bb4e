// @vitest-environment jsdom
// The live dataset's session on a stand-in graph server: search answers the latest text, opening and expanding grow
// the graph and move the view, a selected node that was not expanded is expanded, and a failure keeps what was loaded.
import { readFileSync } from 'node:fs';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readMapping } from '../../src/lib/data/sparql/mapping';
import type { Vocab } from '../../src/lib/data/schema';
import { LiveSession, type LiveView } from '../../src/lib/state/live-session.svelte';
import { readGraphData } from '../../src/lib/data/read-graph-data-dir';

const mapping = readMapping(JSON.parse(readFileSync('public/mappings/synapse-atlas.json', 'utf8')));
const vocab: Vocab = readGraphData('graph-data').vocab;
const SA = 'urn:synapse-atlas:vocab:';
const uri = (value: string) => ({ type: 'uri', value });
const lit = (value: string) => ({ type: 'literal', value });
const node = (v: string, id: string, label: string) => ({
  [v]: uri(`urn:n:${id}`),
  [`${v}Id`]: lit(id),
  [`${v}Label`]: lit(label),
  [`${v}Classes`]: lit(`${SA}Drug`),
});

/** A graph server that knows fluoxetine, SERT and serotonin; `down` makes it unreachable. */
function server() {
  const state = { down: false, queries: [] as string[] };
  const neighbours: Record<string, [string, string][]> = {
    'urn:n:drug:fluoxetine': [['transporter:sert', 'SERT']],
    'urn:n:transporter:sert': [
      ['drug:fluoxetine', 'Fluoxetine'],
      ['neurotransmitter:serotonin', 'Serotonin'],
    ],
  };
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    if (state.down) throw new TypeError('Failed to fetch');
    const query = new URLSearchParams(String(init?.body)).get('query') ?? '';
    state.queries.push(query);
    let bindings: Record<string, unknown>[] = [];
    if (query.includes('?rank')) bindings = [node('node', 'drug:fluoxetine', 'Fluoxetine')];
    else if (query.includes('?dir ?p ?other')) {
      const centre = Object.keys(neighbours).find((iri) => query.includes(`<${iri}>`)) ?? '';
      bindings = (neighbours[centre] ?? []).map(([id, label], index) => ({
        dir: lit('out'),
        p: uri(`${SA}inhibits`),
        ...node('other', id, label),
        edgeId: lit(`${centre}-${index}`),
      }));
    } else if (query.includes('?node')) {
      const id = /VALUES \?wanted \{ "([^"]+)"/.exec(query)?.[1] ?? '';
      bindings = [node('node', id, id)];
    }
    return new Response(JSON.stringify({ head: { vars: [] }, results: { bindings } }), { status: 200 });
  });
  return { state, fetch };
}

function view(): LiveView & { calls: string[]; select: (id: string) => void } {
  const calls: string[] = [];
  const shown = $state({ selectedNode: null as string | null, view: { depth: undefined as number | undefined } });
  return {
    calls,
    get selectedNode() {
      return shown.selectedNode;
    },
    select(id: string) {
      shown.selectedNode = id;
    },
    get view() {
      return shown.view;
    },
    showNeighbourhood(centre) {
      calls.push(`show ${centre}`);
      shown.view = { depth: 1 };
      shown.selectedNode = centre;
    },
    expand(id) {
      calls.push(`expand ${id}`);
    },
  };
}

const session = (fetch: typeof globalThis.fetch) =>
  new LiveSession({
    target: { endpoint: 'http://127.0.0.1:1/sparql', mapping: 'synapse-atlas' },
    mapping,
    vocab,
    fetch,
  });

afterEach(() => vi.useRealTimers());

describe('LiveSession', () => {
  it('starts empty and asks the server for the latest text only, once the reader pauses', async () => {
    vi.useFakeTimers();
    const { state, fetch } = server();
    const live = session(fetch);
    expect(live.dataset.graph.order).toBe(0);
    live.search('flu');
    live.search('fluox');
    expect(live.searching('fluox')).toBe(true);
    await vi.runAllTimersAsync();
    expect(state.queries).toHaveLength(1);
    expect(live.hitsFor('fluox')).toEqual([
      { id: 'drug:fluoxetine', label: 'Fluoxetine', kind: 'drug', matchedSynonym: undefined },
    ]);
    expect(live.hitsFor('flu')).toEqual([]);
    expect(live.busy).toBe(false);
  });

  it('opens a neighbourhood, then expands a node the reader selects, growing the graph each time', async () => {
    const { fetch } = server();
    const live = session(fetch);
    const page = view();
    const detach = live.attach(page);
    const opened = await live.open('drug:fluoxetine');
    expect([opened, live.problem]).toEqual([true, null]);
    flushSync();
    expect(page.calls).toEqual(['show drug:fluoxetine']);
    expect(live.loaded).toEqual({ nodes: 2, edges: 1 });
    expect(live.isExpanded('drug:fluoxetine')).toBe(true);
    expect(live.isExpanded('transporter:sert')).toBe(false);
    // Selecting a node not expanded yet expands it.
    page.select('transporter:sert');
    flushSync();
    await vi.waitFor(() => expect(page.calls).toContain('expand transporter:sert'));
    expect(live.loaded).toEqual({ nodes: 3, edges: 3 });
    expect(live.dataset.where).toEqual({ endpoint: 'http://127.0.0.1:1/sparql', mapping: 'synapse-atlas' });
    detach();
  });

  it('says plainly that the server is gone, and keeps what was loaded', async () => {
    const { state, fetch } = server();
    const live = session(fetch);
    live.attach(view());
    await live.open('drug:fluoxetine');
    state.down = true;
    expect(await live.expand('transporter:sert')).toBe(false);
    expect(live.problem).toMatch(/^Could not reach the graph server at 127\.0\.0\.1:1/);
    expect(live.loaded).toEqual({ nodes: 2, edges: 1 });
    live.dismissProblem();
    expect(live.problem).toBeNull();
  });
});
