// What can go wrong when asking a graph server, each with one plain sentence for the reader.

export type SparqlProblem = 'unreachable' | 'http' | 'malformed' | 'timeout' | 'too-large' | 'cancelled';

export class SparqlError extends Error {
  constructor(
    readonly problem: SparqlProblem,
    message: string,
  ) {
    super(message);
    this.name = 'SparqlError';
  }
}

/** The host of an endpoint, to name it in messages ("the graph server at example.org:8890"). */
function serverName(endpoint: string): string {
  try {
    return `the graph server at ${new URL(endpoint).host}`;
  } catch {
    return 'the graph server';
  }
}

export function unreachable(endpoint: string): SparqlError {
  return new SparqlError(
    'unreachable',
    `Could not reach ${serverName(endpoint)}. Check the address and that the server is running and allows this page ` +
      'to ask it (CORS). What is loaded stays.',
  );
}

export function httpError(endpoint: string, status: number, detail: string): SparqlError {
  const server = serverName(endpoint);
  const reason =
    status === 401 || status === 403
      ? `${server} refused the request (${status}): it may need a login this page cannot give.`
      : status === 404
        ? `${server} has no SPARQL endpoint at this address (404).`
        : status >= 500
          ? `${server} failed while answering (${status}).`
          : `${server} could not run the query (${status}).`;
  const said = detail.trim().split('\n')[0]?.slice(0, 200);
  return new SparqlError('http', said ? `${reason} It said: "${said}"` : reason);
}

export function malformed(endpoint: string, why: string): SparqlError {
  return new SparqlError('malformed', `The answer from ${serverName(endpoint)} could not be read: ${why}`);
}

export function timedOut(endpoint: string, ms: number): SparqlError {
  const seconds = Math.round(ms / 100) / 10;
  return new SparqlError(
    'timeout',
    `${capitalised(serverName(endpoint))} took longer than ${seconds} s to answer, so the request was stopped. Try again, or ask for less.`,
  );
}

export function tooLarge(endpoint: string, bytes: number): SparqlError {
  const megabytes = Math.round(bytes / 1e5) / 10;
  return new SparqlError(
    'too-large',
    `The answer from ${serverName(endpoint)} is larger than ${megabytes} MB, so it was not read.`,
  );
}

export function cancelled(): SparqlError {
  return new SparqlError('cancelled', 'The request to the graph server was cancelled.');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
