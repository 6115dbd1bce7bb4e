// Connecting to a graph server: the dialog's open state, reading the mapping (a shipped one, or the reader's file, kept
// in this browser so that an address can name it), one small query to see that the server answers and holds data
// (with progress and Cancel), and the session it makes.
import type { Vocab } from '../data/schema';
import {
  isSavedMapping,
  mappingFromText,
  savedMappingId,
  serverHost,
  type LiveTarget,
} from '../data/sparql/live-target';
import { SparqlError } from '../data/sparql/sparql-error';
import { iri } from '../data/sparql/sparql-terms';
import { errorMessage } from '../util/error-message';
import type { LiveSession } from './live-session.svelte';
import type { KeyValueStore } from './persistence';

/** Where a mapping file the reader chose is kept in the browser's store. */
const savedKey = (id: string) => `live-mapping:${id}`;

export interface ConnectorOptions {
  vocab: Vocab;
  /** The fetch for the graph server and for shipped mappings (tests pass a stub). */
  fetch?: typeof fetch | undefined;
  timeoutMs?: number | undefined;
  /** Keeps the reader's mapping files, so an address can name one; null when the browser keeps nothing. */
  store?: KeyValueStore | null | undefined;
}

export class LiveConnector {
  dialogOpen = $state(false);
  /** What connecting is doing now, or null. */
  connecting = $state<string | null>(null);
  /** Why the last attempt failed, in plain words. */
  problem = $state<string | null>(null);
  /** The open connection, or null. */
  session = $state.raw<LiveSession | null>(null);
  /** What the dialog starts with (the endpoint of a link whose mapping file must be chosen again), or null. */
  draft = $state.raw<LiveTarget | null>(null);
  readonly #options: ConnectorOptions;
  #controller: AbortController | null = null;

  constructor(options: ConnectorOptions) {
    this.#options = options;
  }

  openDialog(): void {
    this.problem = null;
    this.draft = null;
    this.dialogOpen = true;
  }

  closeDialog(): void {
    this.cancel();
    this.dialogOpen = false;
  }

  /**
   * Reads the mapping (`mappingText` for a file the reader chose, kept in this browser as `saved:<hash>`; else the
   * kept or shipped one `target.mapping` names), asks the server for one triple, and returns the new session; null
   * (with `problem` set) when it failed or was cancelled. A kept mapping this browser does not have opens the dialog
   * with the endpoint filled in, asking for the file again.
   */
  async connect(target: LiveTarget, mappingText?: string): Promise<LiveSession | null> {
    this.cancel();
    const controller = new AbortController();
    this.#controller = controller;
    this.problem = null;
    try {
      this.connecting = 'Reading the mapping';
      const text = mappingText ?? (await this.#mappingText(target));
      const read = mappingFromText(text);
      if ('problem' in read) throw new Error(read.problem);
      if (mappingText !== undefined) target = { ...target, mapping: await this.#keep(mappingText) };
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

  /** A kept mapping's text; when this browser does not have it, the dialog opens to ask for the file again. */
  async #mappingText(target: LiveTarget): Promise<string> {
    if (!isSavedMapping(target.mapping)) return this.#shippedMapping(target.mapping, this.#controller?.signal);
    const kept = await this.#options.store?.get(savedKey(target.mapping)).catch(() => undefined);
    if (typeof kept === 'string') return kept;
    this.draft = { ...target, mapping: 'file' };
    this.dialogOpen = true;
    throw new Error(
      'The link’s mapping was chosen from a file, and this browser does not have it: choose the mapping file again to connect.',
    );
  }

  /** Keeps a mapping file's text in this browser; its id for the address (`file` when it could not be kept). */
  async #keep(text: string): Promise<string> {
    const id = savedMappingId(text);
    try {
      if (!this.#options.store) return 'file';
      await this.#options.store.set(savedKey(id), text);
      return id;
    } catch {
      return 'file';
    }
  }

  async #shippedMapping(id: string, signal: AbortSignal | undefined): Promise<string> {
    const response = await (this.#options.fetch ?? fetch)(`mappings/${encodeURIComponent(id)}.json`, { signal });
    if (!response.ok) throw new Error(`The mapping “${id}” could not be read (${response.status}).`);
    return response.text();
  }
}
