// Importing graph files as new datasets: read them, show what is wrong, and add a dataset only when the reader agrees;
// imports kept in this browser are listed again after a reload and read again when chosen.
import type { AtlasDataset } from '../data/datasets/atlas-dataset';
import type { ImportFile, ReadChoices } from '../data/formats/read-files';
import type { AttributeType } from '../graph/attribute-schema';
import type { ImportPreview } from '../data/imported-dataset';
import { importInWorker, importWorker, WorkerUnavailable, type ImportRead } from '../data/import-in-worker';
import type { GraphBundle } from '../data/validate-dataset';
import { errorMessage } from '../util/error-message';
import { holdPageWhile } from '../util/hold-page';
import { plural } from '../util/plural';
import { nextFrame, nextTask } from '../util/time-slices';
import type { ImportedStore, StoredImport } from './imported-store';
import type { Notify } from './persistence';
import { importedEntry, type DatasetEntry, type Workspace } from './workspace.svelte';

/** The parsers load only when a file is imported, so the first screen stays light. */
const importer = () => import('../data/imported-dataset');

export interface ImportOptions {
  workspace: Workspace;
  /** Where each import's files are kept between visits. */
  kept: ImportedStore;
  notify: Notify;
  /** Opens a dataset just imported. */
  open: (dataset: AtlasDataset) => void;
  /** The text of chosen or dropped files (gzip unpacked); a stand-in in tests. */
  readFiles: (files: readonly File[]) => Promise<ImportFile[]>;
  /** Lets the page paint "Reading…" before a large file is parsed (when it is parsed on the page). */
  pause?: (() => Promise<void>) | undefined;
  /** Makes the import worker; by default the real one, none (parse on the page) where workers are unavailable. */
  worker?: (() => Worker) | null;
}

/** What the "Reading…" card says is happening, and how far it is when that is known. */
export interface ImportProgress {
  phase: string;
  fraction: number | undefined;
}

const PHASES = {
  read: 'Reading the file',
  parse: 'Reading the graph',
  receive: 'Receiving the graph',
  build: 'Building the graph',
} as const;

/** A cancel, whichever realm's DOMException carries it. */
const isCancel = (error: unknown) =>
  typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError';

export class ImportSession {
  /** The names of the files being read, or null. */
  reading = $state<string | null>(null);
  /** How far reading has gone, while `reading`. */
  progress = $state<ImportProgress | null>(null);
  /** What a file would bring in when some of it must be left out: shown until the reader decides. */
  preview = $state.raw<{ read: ImportPreview; files: ImportFile[] } | null>(null);
  readonly #options: ImportOptions;
  #cancel: AbortController | null = null;

  constructor(options: ImportOptions) {
    this.#options = options;
  }

  get #bundle(): GraphBundle {
    return this.#options.workspace.bundle;
  }

  /** Reads files; imports them at once when nothing would be left out, else shows what is wrong first. */
  async importFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0 || this.reading) return;
    const names = files.map((file) => file.name).join(' + ');
    const signal = this.#start(names);
    try {
      const { read, texts } = await this.#read({ files: [...files] }, {}, signal);
      const leavesOut = read.problems.some((problem) => problem.severity === 'error');
      // A table's column types are a guess, so the reader sees them (and can change them) before importing.
      if (read.mapped && !leavesOut && read.format !== 'CSV') await this.#finish(read, texts, signal);
      else this.preview = { read, files: texts };
    } catch (error) {
      this.#failed(names, error);
    } finally {
      this.#end();
    }
  }

  /** Stops reading or building an import; nothing is added and the open datasets stay as they are. */
  cancelImport(): void {
    this.#cancel?.abort();
  }

  #start(names: string): AbortSignal {
    this.#cancel = new AbortController();
    this.reading = names;
    this.progress = { phase: PHASES.read, fraction: undefined };
    return this.#cancel.signal;
  }

  #end(): void {
    this.#cancel = null;
    this.reading = null;
    this.progress = null;
  }

  #failed(names: string, error: unknown): void {
    if (isCancel(error)) this.#options.notify(`Stopped importing ${names}. The open datasets are unchanged.`, 'info');
    else
      this.#options.notify(
        `Could not import ${names}: ${errorMessage(error)} The open datasets are unchanged.`,
        'warning',
      );
  }

  /** Reads and maps the files in the import worker, or on the page where there is none. */
  async #read(
    source: { files: File[] } | { texts: ImportFile[] },
    choices: ReadChoices,
    signal?: AbortSignal,
  ): Promise<ImportRead> {
    const makeWorker = this.#options.worker !== undefined ? this.#options.worker : importWorker();
    let worker: Worker | undefined;
    try {
      worker = makeWorker?.();
    } catch {
      worker = undefined;
    }
    if (worker) {
      const { vocab, sources } = this.#bundle;
      const context = { vocab, sources: sources.map((known) => ({ id: known.id })) };
      try {
        return await importInWorker(
          worker,
          { ...source, context, choices },
          {
            signal,
            onProgress: (phase, fraction) => {
              if (this.reading) this.progress = { phase: PHASES[phase], fraction };
            },
          },
        );
      } catch (error) {
        if (!(error instanceof WorkerUnavailable)) throw error;
      }
    }
    const texts = 'texts' in source ? source.texts : await this.#options.readFiles(source.files);
    signal?.throwIfAborted();
    await (this.#options.pause ?? (() => new Promise((resolve) => setTimeout(resolve, 30))))();
    signal?.throwIfAborted();
    return { read: (await importer()).previewImport(texts, this.#bundle, choices), texts };
  }

  /** Reads a CSV column as another type, and shows the preview again. */
  async chooseColumnType(table: 'nodes' | 'edges', column: string, type: AttributeType): Promise<void> {
    const preview = this.preview;
    if (!preview) return;
    const chosen = preview.read.choices.columnTypes ?? {};
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built whole inside a derivation, never changed
    const types = new Map(chosen[table] ?? []);
    types.set(column, type);
    const choices: ReadChoices = { columnTypes: { ...chosen, [table]: types } };
    const { read } = await this.#read({ texts: preview.files }, choices);
    this.preview = { read, files: preview.files };
  }

  /** "Import the rest": the file's readable part becomes a new dataset. */
  async confirm(): Promise<void> {
    const preview = this.preview;
    if (!preview || this.reading) return;
    const signal = this.#start(preview.read.fileName);
    try {
      await this.#finish(preview.read, preview.files, signal);
    } catch (error) {
      this.#failed(preview.read.fileName, error);
    } finally {
      this.#end();
    }
  }

  /** Closes the preview; nothing is imported. */
  dismiss(): void {
    this.preview = null;
  }

  /** Builds the dataset in slices (cancellable) and opens it; a cancel is passed on, any other failure reported. */
  async #finish(read: ImportPreview, files: readonly ImportFile[], signal: AbortSignal): Promise<void> {
    this.preview = null;
    const { workspace, kept, notify } = this.#options;
    try {
      const { importedDatasetInSlices, importedDatasetId } = await importer();
      const id = importedDatasetId(read.name, (taken) => workspace.has(taken));
      this.progress = { phase: PHASES.build, fraction: 0 };
      const dataset = await importedDatasetInSlices(read, id, this.#bundle, {
        signal,
        pause: nextFrame,
        onProgress: (fraction) => (this.progress = { phase: PHASES.build, fraction }),
      });
      // Opening the dataset is a task of its own; the tests time reading and building apart from it.
      await nextTask();
      signal.throwIfAborted();
      performance.mark('atlas:import-built');
      workspace.addImported(dataset);
      this.#options.open(dataset);
      const { order: nodes, size: edges } = dataset.graph;
      const columnTypes = Object.entries(read.choices.columnTypes ?? {}).flatMap(([table, types]) =>
        [...(types ?? [])].map(([column, type]) => [table as 'nodes' | 'edges', column, type] as const),
      );
      // Kept in a task of its own: the store's write copies every file's text, which held up the dataset's opening.
      // Until the files are written, leaving the page asks first.
      const keep = () =>
        kept.save(
          {
            id,
            name: dataset.name,
            fileName: read.fileName,
            nodes,
            edges,
            savedAt: Date.now(),
            ...(columnTypes.length > 0 ? { columnTypes: columnTypes.map((row) => [...row]) } : {}),
          },
          files,
        );
      void holdPageWhile(() => nextTask().then(keep));
      const warnings = read.problems.some((problem) => problem.severity === 'warning');
      notify(
        `Imported “${read.fileName}” as a new dataset: ${plural(nodes, 'node')} and ${plural(edges, 'relationship')}.` +
          (warnings ? ' About this dataset says how it was read.' : ''),
        'info',
      );
    } catch (error) {
      if (isCancel(error)) throw error;
      notify(`Could not import ${read.fileName}: ${errorMessage(error)}`, 'warning');
    }
  }

  /** Lists the imports kept from earlier visits, each read again from its files when chosen. */
  async listKept(): Promise<void> {
    const { workspace, kept } = this.#options;
    workspace.addEntries((await kept.list()).map((stored) => this.#keptEntry(stored)));
  }

  /** Forgets an imported dataset here and in this browser's storage. */
  forget(id: string): void {
    void this.#options.kept.remove(id);
    this.#options.workspace.removeImported(id);
  }

  #keptEntry(stored: StoredImport): DatasetEntry {
    return importedEntry(stored, async () => {
      const files = await this.#options.kept.load(stored.id);
      if (!files) return null;
      const { importedDatasetInSlices } = await importer();
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built whole inside a derivation, never changed
      const columnTypes: Record<'nodes' | 'edges', Map<string, AttributeType>> = { nodes: new Map(), edges: new Map() };
      for (const [table, column, type] of stored.columnTypes ?? []) columnTypes[table].set(column, type);
      const { read } = await this.#read({ texts: files }, { columnTypes });
      return read.mapped ? importedDatasetInSlices(read, stored.id, this.#bundle) : null;
    });
  }
}
