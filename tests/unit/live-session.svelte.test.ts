// @vitest-environment jsdom
// The live dataset's session on a stand-in graph server: search answers the latest text, opening and expanding grow
// the graph and move the view, a selected node that was not expanded is expanded, a failure keeps what was loaded, a
// paged neighbourhood loads more, and an address's opened neighbourhoods open again (a missing node noted).
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

/** A graph server that knows fluoxetine, SERT and serotonin (pages honoured); `down` makes it unreachable. */
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
    const centre = Object.keys(neighbours).find((iri) => query.includes(`<${iri}>`)) ?? '';
    if (query.includes('COUNT(*) AS ?edges'))
      bindings = [{ dir: lit('out'), p: uri(`${SA}inhibits`), edges: lit(String(neighbours[centre]?.length ?? 0)) }];
    else if (query.includes('?rank')) bindings = [node('node', 'drug:fluoxetine', 'Fluoxetine')];
    else if (query.includes('?dir ?p ?other')) {
      const [, limit, offset] = /LIMIT (\d+)(?: OFFSET (\d+))?/.exec(query) ?? [];
      const start = Number(offset ?? 0);
      bindings = (neighbours[centre] ?? [])
        .map(([id, label], index) => ({
          dir: lit('out'),
          p: uri(`${SA}inhibits`),
          ...node('other', id, label),
          otherIri: uri(`urn:n:${id}`),
          edgeId: lit(`${centre}-${index}`),
        }))
        .slice(start, start + Number(limit ?? 1000));
    } else if (query.includes('?node')) {
      const id = /VALUES \?wanted \{ "([^"]+)"/.exec(query)?.[1] ?? '';
      bindings = id.startsWith('gone:') ? [] : [node('node', id, id)];
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

const session = (fetch: typeof globalThis.fetch, pageSize?: number) =>
  new LiveSession({
    target: { endpoint: 'http://127.0.0.1:1/sparql', mapping: 'synapse-atlas', pageSize },
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
    expect(live.dataset.where).toEqual({
      endpoint: 'http://127.0.0.1:1/sparql',
      mapping: 'synapse-atlas',
      open: 'drug:fluoxetine,transporter:sert',
    });
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

  it('offers the rest of a paged neighbourhood, and loads it as an expansion does', async () => {
    const { state, fetch } = server();
    const live = session(fetch, 1);
    const page = view();
    live.attach(page);
    await live.open('transporter:sert');
    expect(live.loaded).toEqual({ nodes: 2, edges: 1 });
    const waiting = { id: 'transporter:sert', label: 'transporter:sert', loaded: 1, complete: false, total: 2 };
    expect(live.waiting(null)).toEqual(waiting);
    // The selected node is offered first when it has more waiting; otherwise the last one fetched.
    expect(live.waiting('drug:fluoxetine')).toEqual(waiting);
    // A failure keeps what was loaded and says so, as for Expand.
    state.down = true;
    expect(await live.loadMore('transporter:sert')).toBe(false);
    expect(live.problem).toMatch(/^Could not reach the graph server/);
    expect(live.waiting(null)).toEqual(waiting);
    state.down = false;
    const asked = state.queries.length;
    expect(await live.loadMore('transporter:sert')).toBe(true);
    expect(state.queries.length - asked).toBe(1);
    expect(live.problem).toBeNull();
    expect(live.loaded).toEqual({ nodes: 3, edges: 2 });
    expect(page.calls).toEqual(['show transporter:sert', 'expand transporter:sert']);
    expect(live.waiting(null)).toBeNull();
  });

  it('keeps the last 20 neighbourhoods opened for the address', async () => {
    const { fetch } = server();
    const live = session(fetch);
    for (let index = 0; index < 22; index++) await live.open(`drug:d${index}`);
    await live.open('drug:d5');
    expect(live.opened).toHaveLength(20);
    expect(live.opened[0]).toBe('drug:d2');
    expect(live.opened.at(-1)).toBe('drug:d5');
  });

  it('opens again the neighbourhoods an address named, noting the ones the server no longer has', async () => {
    const { fetch } = server();
    const live = session(fetch);
    const page = view();
    live.attach(page);
    const result = await live.reopen(['drug:fluoxetine', 'gone:x', 'transporter:sert']);
    expect(result).toEqual({ opened: ['drug:fluoxetine', 'transporter:sert'], missing: ['gone:x'] });
    expect(live.loaded).toEqual({ nodes: 3, edges: 3 });
    expect([live.problem, live.activity, page.calls]).toEqual([null, null, []]);
    // They become the reader's own only when the page asks (so the address is written once).
    expect(live.opened).toEqual([]);
    live.keepOpened(result.opened);
    expect(live.dataset.where?.open).toBe('drug:fluoxetine,transporter:sert');
  });

  it('says its relationships are cited one by one only when the mapping reads each one’s sources', () => {
    const { fetch } = server();
    expect(session(fetch).dataset.citedOneByOne).toBe(true);
    const hetionet = readMapping(JSON.parse(readFileSync('public/mappings/hetionet.json', 'utf8')));
    const other = new LiveSession({
      target: { endpoint: 'http://x.org/sparql', mapping: 'hetionet' },
      mapping: hetionet,
      vocab,
      fetch,
    });
    expect(other.dataset.citedOneByOne).toBe(false);
  });
});
