// Asks a SPARQL 1.1 Protocol endpoint one SELECT query: POST (form-encoded) or GET, JSON results, Cancel through an
// AbortSignal, a time limit and a size limit, and a plain SparqlError for every way it can fail.
import { parseSelectResults, ResultsShapeError, type SelectResults } from './results';
import { cancelled, httpError, malformed, timedOut, tooLarge, unreachable, SparqlError } from './sparql-error';

export interface EndpointOptions {
  /** The endpoint's address, like https://example.org/sparql. */
  endpoint: string;
  /** POST (the default) carries any query; GET suits read-only caches and servers that only accept it. */
  method?: 'POST' | 'GET' | undefined;
  /** Stop waiting after this long (default 30 s). */
  timeoutMs?: number | undefined;
  /** Refuse answers larger than this many bytes (default 50 MB). */
  maxBytes?: number | undefined;
  /** The fetch to use (tests pass a stub). */
  fetch?: typeof fetch | undefined;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BYTES = 50_000_000;
const RESULTS_TYPE = 'application/sparql-results+json';

/** Runs a SELECT query and returns its rows; throws SparqlError. */
export async function select(options: EndpointOptions, query: string, signal?: AbortSignal): Promise<SelectResults> {
  const { endpoint } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (signal?.aborted) throw cancelled();
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timer.signal]) : timer.signal;
  const why = (error: unknown): SparqlError => {
    if (error instanceof SparqlError) return error;
    if (signal?.aborted) return cancelled();
    if (timer.signal.aborted) return timedOut(endpoint, timeoutMs);
    return unreachable(endpoint);
  };
  try {
    const response = await (options.fetch ?? fetch)(...request(options, query, combined));
    const body = await readText(response, maxBytes, endpoint);
    if (!response.ok) throw httpError(endpoint, response.status, body);
    try {
      return parseSelectResults(body);
    } catch (error) {
      if (error instanceof ResultsShapeError) throw malformed(endpoint, error.message);
      throw error;
    }
  } catch (error) {
    throw why(error);
  } finally {
    clearTimeout(timeout);
  }
}

function request(options: EndpointOptions, query: string, signal: AbortSignal): [string, RequestInit] {
  const headers = { accept: RESULTS_TYPE };
  const form = new URLSearchParams({ query }).toString();
  if (options.method === 'GET') {
    const joiner = options.endpoint.includes('?') ? '&' : '?';
    return [`${options.endpoint}${joiner}${form}`, { method: 'GET', headers, signal }];
  }
  return [
    options.endpoint,
    {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
      signal,
    },
  ];
}

/** The body as text, refusing to read past `maxBytes` (announced or counted). */
async function readText(response: Response, maxBytes: number, endpoint: string): Promise<string> {
  const announced = Number(response.headers.get('content-length'));
  if (announced > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(endpoint, maxBytes);
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge(endpoint, maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
