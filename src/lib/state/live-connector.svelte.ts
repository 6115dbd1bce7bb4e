// Connecting to a graph server: the dialog's open state, reading the mapping (a shipped one or the reader's file),
// one small query to see that the server answers and holds data (with progress and Cancel), and the session it makes.
import type { Vocab } from '../data/schema';
import { mappingFromText, serverHost, type LiveTarget } from '../data/sparql/live-target';
import { SparqlError } from '../data/sparql/sparql-error';
import { iri } from '../data/sparql/sparql-terms';
import { errorMessage } from '../util/error-message';
import type { LiveSession } from './live-session.svelte';

export interface ConnectorOptions {
  vocab: Vocab;
  /** The fetch for the graph server and for shipped mappings (tests pass a stub). */
  fetch?: typeof fetch | undefined;
  timeoutMs?: number | undefined;
}

export class LiveConnector {
  dialogOpen = $state(false);
  /** What connecting is doing now, or null. */
  connecting = $state<string | null>(null);
  /** Why the last attempt failed, in plain words. */
  problem = $state<string | null>(null);
  /** The open connection, or null. */
  session = $state.raw<LiveSession | null>(null);
  readonly #options: ConnectorOptions;
  #controller: AbortController | null = null;

  constructor(options: ConnectorOptions) {
    this.#options = options;
  }

  openDialog(): void {
    this.problem = null;
    this.dialogOpen = true;
  }

  closeDialog(): void {
    this.cancel();
    this.dialogOpen = false;
  }

  /**
   * Reads the mapping (`mappingText` for a file the reader chose, else the shipped one `target.mapping` names), asks
   * the server for one triple, and returns the new session; null (with `problem` set) when it failed or was cancelled.
   */
  async connect(target: LiveTarget, mappingText?: string): Promise<LiveSession | null> {
    this.cancel();
    const controller = new AbortController();
    this.#controller = controller;
    this.problem = null;
    try {
      this.connecting = 'Reading the mapping';
      const text = mappingText ?? (await this.#shippedMapping(target.mapping, controller.signal));
      const read = mappingFromText(text);
      if ('problem' in read) throw new Error(read.problem);
      this.connecting = `Asking ${serverHost(target.endpoint)} for data`;
      const options = { endpoint: target.endpoint, fetch: this.#options.fetch, timeoutMs: this.#options.timeoutMs };
      const triple = target.graph ? `GRAPH ${iri(target.graph)} { ?s ?p ?o }` : '?s ?p ?o';
      // The client and the session load only when a reader connects: most never do.
      const [{ select }, { LiveSession }] = await Promise.all([
        import('../data/sparql/sparql-client'),
        import('./live-session.svelte'),
      ]);
      const { rows } = await select(options, `SELECT ?s WHERE { ${triple} } LIMIT 1`, controller.signal);
      if (rows.length === 0)
        throw new Error(
          `The graph server answered, but holds no data${target.graph ? ` in the graph ${target.graph}` : ''}.`,
        );
      const session = new LiveSession({ target, mapping: read.mapping, ...this.#options });
      this.session = session;
      this.dialogOpen = false;
      return session;
    } catch (error) {
      if (!controller.signal.aborted)
        this.problem = error instanceof SparqlError || error instanceof Error ? error.message : errorMessage(error);
      return null;
    } finally {
      if (this.#controller === controller) {
        this.#controller = null;
        this.connecting = null;
      }
    }
  }

  /** Stops connecting; nothing changes. */
  cancel(): void {
    this.#controller?.abort();
    this.#controller = null;
    this.connecting = null;
  }

  async #shippedMapping(id: string, signal: AbortSignal): Promise<string> {
    const response = await (this.#options.fetch ?? fetch)(`mappings/${encodeURIComponent(id)}.json`, { signal });
    if (!response.ok) throw new Error(`The mapping “${id}” could not be read (${response.status}).`);
    return response.text();
  }
}
