// Importing graph files as new datasets: read them, show what is wrong, and add a dataset only when the reader agrees;
// imports kept in this browser are listed again after a reload and read again when chosen.
import type { AtlasDataset } from '../data/datasets/atlas-dataset';
import type { ImportFile } from '../data/formats/read-files';
import type { ImportPreview } from '../data/imported-dataset';
import type { GraphBundle } from '../data/validate-dataset';
import { errorMessage } from '../util/error-message';
import { plural } from '../util/plural';
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
  /** Lets the page paint "Reading…" before a large file is parsed. */
  pause?: (() => Promise<void>) | undefined;
}

export class ImportSession {
  /** The names of the files being read, or null. */
  reading = $state<string | null>(null);
  /** What a file would bring in when some of it must be left out: shown until the reader decides. */
  preview = $state.raw<{ read: ImportPreview; files: ImportFile[] } | null>(null);
  readonly #options: ImportOptions;

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
    this.reading = names;
    try {
      const texts = await this.#options.readFiles(files);
      await (this.#options.pause ?? (() => new Promise((resolve) => setTimeout(resolve, 30))))();
      const read = (await importer()).previewImport(texts, this.#bundle);
      const leavesOut = read.problems.some((problem) => problem.severity === 'error');
      if (read.mapped && !leavesOut) await this.#finish(read, texts);
      else this.preview = { read, files: texts };
    } catch (error) {
      this.#options.notify(
        `Could not import ${names}: ${errorMessage(error)} The open datasets are unchanged.`,
        'warning',
      );
    } finally {
      this.reading = null;
    }
  }

  /** "Import the rest": the file's readable part becomes a new dataset. */
  async confirm(): Promise<void> {
    const preview = this.preview;
    if (preview) await this.#finish(preview.read, preview.files);
  }

  /** Closes the preview; nothing is imported. */
  dismiss(): void {
    this.preview = null;
  }

  async #finish(read: ImportPreview, files: readonly ImportFile[]): Promise<void> {
    this.preview = null;
    const { workspace, kept, notify } = this.#options;
    try {
      const { importedDataset, importedDatasetId } = await importer();
      const id = importedDatasetId(read.name, (taken) => workspace.has(taken));
      const dataset = importedDataset(read, id, this.#bundle);
      workspace.addImported(dataset);
      this.#options.open(dataset);
      const { order: nodes, size: edges } = dataset.graph;
      void kept.save({ id, name: dataset.name, fileName: read.fileName, nodes, edges, savedAt: Date.now() }, files);
      const warnings = read.problems.some((problem) => problem.severity === 'warning');
      notify(
        `Imported “${read.fileName}” as a new dataset: ${plural(nodes, 'node')} and ${plural(edges, 'relationship')}.` +
          (warnings ? ' About this dataset says how it was read.' : ''),
        'info',
      );
    } catch (error) {
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
      const { previewImport, importedDataset } = await importer();
      const read = previewImport(files, this.#bundle);
      return read.mapped ? importedDataset(read, stored.id, this.#bundle) : null;
    });
  }
}
