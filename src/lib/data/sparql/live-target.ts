// Which graph server the live dataset reads and how: the endpoint address, the mapping (a shipped one by id, or a
// file the reader chose, kept in this browser) and an optional named graph; checked with plain messages, and written
// to and read from the page address (`endpoint`, `mapping`, `graph`, and `open`: the neighbourhoods opened).
import { errorMessage } from '../../util/error-message';
import { splitIds } from '../../util/id-list';
import { MappingError, readMapping, type SparqlMapping } from './mapping';

/** The dataset id of a graph on a server, in the address and the dataset picker. */
export const LIVE_ID = 'live';

/** The mappings shipped in public/mappings/, by the id the address uses. */
export const SHIPPED_MAPPINGS: readonly { id: string; name: string }[] = [
  { id: 'synapse-atlas', name: 'Synapse Atlas RDF (this app’s own export)' },
  { id: 'hetionet', name: 'Hetionet-style RDF' },
];

/** The address parameters that name the live dataset's server and what was opened on it, after `dataset=live`. */
export const LIVE_PARAMETERS = ['endpoint', 'mapping', 'graph', 'page-size', 'open'] as const;

/** The relationships read per request can be set between these (`page-size`; the client's 500 when absent). */
const PAGE_SIZES = { min: 1, max: 5000 };

/** How many opened neighbourhoods the address keeps (the last ones). */
export const MAX_OPENED = 20;

/** A mapping from a file kept in this browser is named `saved:<hash of its text>`. */
const SAVED_PREFIX = 'saved:';
const SAVED_MAPPING = /^saved:[0-9a-z]{6,16}$/;

export interface LiveTarget {
  endpoint: string;
  /**
   * A shipped mapping's id; `saved:<hash>` for a file the reader chose, kept in this browser; or `file` for one this
   * browser could not keep (which an address cannot carry).
   */
  mapping: string;
  /** The named graph holding the data; the server's default graph when absent. */
  graph?: string | undefined;
  /** Relationships read per request for a neighbourhood (for a slow server, or to try paging); 500 when absent. */
  pageSize?: number | undefined;
}

/** The endpoint address as typed, or why it cannot be used. */
export function checkEndpoint(text: string): { endpoint: string } | { problem: string } {
  const trimmed = text.trim();
  if (!trimmed) return { problem: 'Type the address of the SPARQL endpoint, like https://example.org/sparql.' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { problem: `“${trimmed}” is not a web address. It should start with https:// or http://.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { problem: 'The endpoint address must start with https:// or http://.' };
  if (url.username || url.password)
    return { problem: 'Leave the login out of the address: this page cannot send a password to a graph server.' };
  return { endpoint: url.href };
}

/** The named graph as typed: empty means the server's default graph. */
export function checkNamedGraph(text: string): { graph: string | undefined } | { problem: string } {
  const trimmed = text.trim();
  if (!trimmed) return { graph: undefined };
  return /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(trimmed)
    ? { graph: trimmed }
    : { problem: `The named graph “${trimmed}” is not an IRI (like urn:example:graph or https://example.org/g).` };
}

/** Reads a mapping file's text, or says plainly why it cannot be used. */
export function mappingFromText(text: string): { mapping: SparqlMapping } | { problem: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { problem: `The mapping file is not JSON: ${errorMessage(error)}.` };
  }
  try {
    return { mapping: readMapping(parsed) };
  } catch (error) {
    if (error instanceof MappingError)
      return { problem: `The mapping file is not valid: ${error.problems.slice(0, 5).join('; ')}.` };
    throw error;
  }
}

/** The live dataset's parameters in an address query, or why they cannot be used. */
export function liveTargetInQuery(query: string): { target: LiveTarget } | { problem: string } {
  const params = new URLSearchParams(query);
  const checked = checkEndpoint(params.get('endpoint') ?? '');
  if ('problem' in checked) return { problem: `The link names no usable graph server: ${checked.problem}` };
  const mapping = params.get('mapping') ?? '';
  if (!SHIPPED_MAPPINGS.some((shipped) => shipped.id === mapping) && !SAVED_MAPPING.test(mapping))
    return {
      problem: mapping
        ? `The link's mapping “${mapping.slice(0, 60)}” is not one this app ships; choose a mapping to connect.`
        : 'The link names no mapping for the graph server; choose one to connect.',
    };
  const graph = checkNamedGraph(params.get('graph') ?? '');
  if ('problem' in graph) return { problem: `The link's named graph was not used: ${graph.problem}` };
  const pageSize = checkPageSize(params.get('page-size'));
  if (typeof pageSize === 'string') return { problem: pageSize };
  return { target: { endpoint: checked.endpoint, mapping, graph: graph.graph, ...pageSize } };
}

/** `page-size` from an address: nothing when absent, the number when whole and in range, else why not. */
function checkPageSize(text: string | null): { pageSize?: number } | string {
  if (text === null) return {};
  const size = Number(text);
  return Number.isInteger(size) && size >= PAGE_SIZES.min && size <= PAGE_SIZES.max
    ? { pageSize: size }
    : `The link's page size “${text.slice(0, 20)}” is not a whole number from ${PAGE_SIZES.min} to ${PAGE_SIZES.max}; choose how to connect.`;
}

/** The parameters that name `target` in an address (a mapping from a file is left out: it cannot be reloaded). */
export function liveTargetParameters(target: LiveTarget): Record<string, string> {
  return {
    endpoint: target.endpoint,
    ...(target.mapping === 'file' ? {} : { mapping: target.mapping }),
    ...(target.graph ? { graph: target.graph } : {}),
    ...(target.pageSize === undefined ? {} : { 'page-size': String(target.pageSize) }),
  };
}

/** The name of a mapping file's text kept in this browser: `saved:` and a short hash of the text. */
export function savedMappingId(text: string): string {
  return `${SAVED_PREFIX}${contentHash(text)}`;
}

/** Whether a target's mapping is a file kept in this browser (read from there, not from the app's own files). */
export function isSavedMapping(mapping: string): boolean {
  return SAVED_MAPPING.test(mapping);
}

/** A short hash of a text (cyrb53: 53 bits, in base 36), enough to tell a reader's few mapping files apart. */
function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The host (and port) of an endpoint, to name the server. */
export function serverHost(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint;
  }
}

/** The node an address query focuses on, if any. */
function focusInQuery(query: string): string | undefined {
  return new URLSearchParams(query).get('focus')?.trim() || undefined;
}

/**
 * The neighbourhoods an address asks to open again, in order: those it says were opened (the last few), then the
 * focused node if they leave it out.
 */
export function openedInQuery(query: string): string[] {
  const params = new URLSearchParams(query);
  const opened = splitIds(params.get('open') ?? '').slice(-MAX_OPENED);
  const focus = focusInQuery(query);
  return focus && !opened.includes(focus) ? [...opened, focus] : opened;
}

/** A mapping's kinds, each named after itself (for styles generated for kinds the vocabulary does not know). */
export function mappedKinds(mapping: SparqlMapping): ReadonlyMap<string, string> {
  return new Map([...mapping.nodes.kinds.values()].map((kind) => [kind, kind]));
}
