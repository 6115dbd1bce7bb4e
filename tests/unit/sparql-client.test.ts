// Unit test of the SPARQL protocol client with a stubbed fetch: the request it sends, and the plain message for an
// unreachable server, an HTTP error, a malformed answer, a time-out, an answer too large and a Cancel.
import { describe, expect, it } from 'vitest';
import { LatestRequest } from '../../src/lib/data/sparql/latest-request';
import { select } from '../../src/lib/data/sparql/sparql-client';
import { SparqlError } from '../../src/lib/data/sparql/sparql-error';

const ENDPOINT = 'http://graph.example:8890/sparql';
const RESULTS = JSON.stringify({
  head: { vars: ['x'] },
  results: { bindings: [{ x: { type: 'literal', value: '1' } }] },
});

function stub(answer: (url: string, init: RequestInit) => Promise<Response> | Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    return answer(String(input), init ?? {});
  }) as typeof globalThis.fetch;
  return { calls, fetch };
}

/** A fetch that never answers until its signal aborts, as a slow server. */
const hanging = stub(
  (_url, init) =>
    new Promise<Response>((_resolve, reject) =>
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
    ),
);

async function failure(promise: Promise<unknown>): Promise<SparqlError> {
  const error = await promise.catch((caught: unknown) => caught);
  if (!(error instanceof SparqlError)) throw new Error(`expected a SparqlError, got ${String(error)}`);
  return error;
}

describe('select', () => {
  it('POSTs the query form-encoded, asking for JSON results, and reads the rows', async () => {
    const { calls, fetch } = stub(() => new Response(RESULTS));
    const results = await select({ endpoint: ENDPOINT, fetch }, 'SELECT ?x WHERE {}');
    expect(results.rows[0]?.get('x')?.value).toBe('1');
    expect(calls[0]?.url).toBe(ENDPOINT);
    expect(calls[0]?.init).toMatchObject({
      method: 'POST',
      headers: { accept: 'application/sparql-results+json', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=SELECT+%3Fx+WHERE+%7B%7D',
    });
  });

  it('can GET instead', async () => {
    const { calls, fetch } = stub(() => new Response(RESULTS));
    await select({ endpoint: `${ENDPOINT}?default-graph-uri=urn%3Ag`, method: 'GET', fetch }, 'ASK {}');
    expect(calls[0]?.url).toBe(`${ENDPOINT}?default-graph-uri=urn%3Ag&query=ASK+%7B%7D`);
    expect(calls[0]?.init.method).toBe('GET');
  });

  it('says the server could not be reached when the network fails (or CORS refuses)', async () => {
    const { fetch } = stub(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failure(select({ endpoint: ENDPOINT, fetch }, 'ASK {}'));
    expect(error.problem).toBe('unreachable');
    expect(error.message).toBe(
      'Could not reach the graph server at graph.example:8890. Check the address and that the server is running and ' +
        'allows this page to ask it (CORS). What is loaded stays.',
    );
  });

  it("gives the HTTP status in words, with the first line of the server's own message", async () => {
    const { fetch } = stub(() => new Response('Virtuoso 37000 Error SP030: syntax error\nat line 2', { status: 400 }));
    const error = await failure(select({ endpoint: ENDPOINT, fetch }, 'SELEC'));
    expect(error).toMatchObject({ problem: 'http' });
    expect(error.message).toBe(
      'the graph server at graph.example:8890 could not run the query (400). It said: "Virtuoso 37000 Error SP030: syntax error"',
    );
    const refused = await failure(
      select({ endpoint: ENDPOINT, fetch: stub(() => new Response('', { status: 403 })).fetch }, 'ASK {}'),
    );
    expect(refused.message).toMatch(/refused the request \(403\): it may need a login/);
    const missing = await failure(
      select({ endpoint: ENDPOINT, fetch: stub(() => new Response('', { status: 404 })).fetch }, 'ASK {}'),
    );
    expect(missing.message).toMatch(/has no SPARQL endpoint at this address \(404\)/);
  });

  it('refuses an answer that is not SPARQL JSON results', async () => {
    const { fetch } = stub(() => new Response('<html>Welcome</html>'));
    const error = await failure(select({ endpoint: ENDPOINT, fetch }, 'ASK {}'));
    expect(error).toMatchObject({ problem: 'malformed' });
    expect(error.message).toBe(
      'The answer from the graph server at graph.example:8890 could not be read: it is not JSON.',
    );
  });

  it('stops waiting after the time limit', async () => {
    const error = await failure(select({ endpoint: ENDPOINT, fetch: hanging.fetch, timeoutMs: 30 }, 'ASK {}'));
    expect(error).toMatchObject({ problem: 'timeout' });
    expect(error.message).toBe(
      'The graph server at graph.example:8890 took longer than 0 s to answer, so the request was stopped. Try again, or ask for less.',
    );
  });

  it('refuses answers over the size limit, announced or counted', async () => {
    const announced = stub(() => new Response(RESULTS, { headers: { 'content-length': '9000000' } }));
    expect(
      await failure(select({ endpoint: ENDPOINT, fetch: announced.fetch, maxBytes: 1_000_000 }, 'ASK {}')),
    ).toMatchObject({
      problem: 'too-large',
      message: 'The answer from the graph server at graph.example:8890 is larger than 1 MB, so it was not read.',
    });
    const counted = stub(() => new Response(RESULTS));
    expect(await failure(select({ endpoint: ENDPOINT, fetch: counted.fetch, maxBytes: 10 }, 'ASK {}'))).toMatchObject({
      problem: 'too-large',
    });
  });

  it('reports a Cancel as cancelled, not as a failure of the server', async () => {
    const controller = new AbortController();
    const running = select({ endpoint: ENDPOINT, fetch: hanging.fetch }, 'ASK {}', controller.signal);
    controller.abort();
    expect(await failure(running)).toMatchObject({
      problem: 'cancelled',
      message: 'The request to the graph server was cancelled.',
    });
    expect(
      await failure(select({ endpoint: ENDPOINT, fetch: hanging.fetch }, 'ASK {}', controller.signal)),
    ).toMatchObject({
      problem: 'cancelled',
    });
  });
});

describe('LatestRequest', () => {
  it('lets the latest action win, aborting the one before, and cancels on request', async () => {
    const latest = new LatestRequest();
    const signals: AbortSignal[] = [];
    const task = (signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<string>((resolve, reject) => {
        signal.addEventListener('abort', () => reject(new Error('aborted')));
        setTimeout(() => resolve('done'), 20);
      });
    };
    const first = latest.run(task);
    const second = latest.run(task);
    expect(signals[0]?.aborted).toBe(true);
    await expect(first).rejects.toThrow('aborted');
    expect(latest.busy).toBe(true);
    await expect(second).resolves.toBe('done');
    expect(latest.busy).toBe(false);
    const third = latest.run(task);
    latest.cancel();
    await expect(third).rejects.toThrow('aborted');
    expect(latest.busy).toBe(false);
  });
});
