// One opening of the Export dialog: its choices, a preview redrawn a moment after each change, and a download with
// progress, Cancel, and a sentence saying how it went.
import type { ExportProgress, ExportSession } from '../../../lib/render/export/export-session';
import type { Preset } from '../../../lib/render/export/options';
import { errorMessage } from '../../../lib/util/error-message';
import { downloadBlob } from './download';
import { ExportSettings } from './export-settings.svelte';

/** Changes in quick succession redraw the preview once. */
const PREVIEW_DELAY_MS = 250;

export interface PreviewImage {
  url: string;
  width: number;
  height: number;
}

export class ExportRun {
  readonly settings: ExportSettings;
  /** Whether the view emphasises something, so "The selection" can be exported. */
  readonly selectionAvailable: boolean;
  preview = $state.raw<PreviewImage | null>(null);
  previewBusy = $state(false);
  progress = $state.raw<ExportProgress | null>(null);
  notes = $state.raw<string[]>([]);
  /** How the last download went, in a sentence. */
  finished = $state('');
  #session: ExportSession | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #previewing: AbortController | null = null;
  #running: AbortController | null = null;

  /** With something emphasised, the picture starts as the selection. */
  constructor(title: string, selectionAvailable: boolean, caption = '') {
    this.settings = new ExportSettings(title, caption);
    this.selectionAvailable = selectionAvailable;
    if (selectionAvailable) this.settings.scope = 'selection';
  }

  /** The session that draws (loaded when the dialog opens); the first preview follows. */
  attach(session: ExportSession): void {
    this.#session = session;
    this.schedulePreview();
  }

  schedulePreview(): void {
    this.previewBusy = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#drawPreview(), PREVIEW_DELAY_MS);
  }

  async #drawPreview(): Promise<void> {
    const session = this.#session;
    if (!session) return;
    this.#previewing?.abort();
    const controller = (this.#previewing = new AbortController());
    this.previewBusy = true;
    try {
      const page = await session.compose(this.settings.options, { signal: controller.signal }, 'preview');
      if (controller.signal.aborted) return;
      const url = URL.createObjectURL(new Blob([page.svg], { type: 'image/svg+xml' }));
      this.#dropPreview();
      this.preview = { url, width: page.layout.width, height: page.layout.height };
      this.notes = page.notes;
    } catch (error) {
      if (!controller.signal.aborted) this.notes = [`The preview could not be drawn: ${errorMessage(error)}`];
    } finally {
      if (this.#previewing === controller) this.previewBusy = false;
    }
  }

  /** Writes the file with the current choices and hands it to the browser as a download. */
  async download(): Promise<void> {
    const session = this.#session;
    if (!session || this.#running) return;
    const controller = (this.#running = new AbortController());
    this.finished = '';
    this.progress = { step: 'Starting', fraction: 0 };
    try {
      const file = await session.export(this.settings.options, {
        signal: controller.signal,
        onProgress: (value) => (this.progress = value),
      });
      downloadBlob(file.blob, file.filename);
      this.notes = file.notes;
      const format = this.settings.format;
      const unit = format === 'pdf' ? 'pt' : format === 'svg' ? 'units' : 'pixels';
      this.finished = `Saved ${file.filename} (${Math.round(file.width)} × ${Math.round(file.height)} ${unit}).`;
    } catch (error) {
      this.finished =
        error instanceof DOMException && error.name === 'AbortError'
          ? 'Export cancelled.'
          : `The export failed: ${errorMessage(error)}`;
    } finally {
      this.#running = null;
      this.progress = null;
    }
  }

  /** A preset: its choices, then the download at once. */
  usePreset(preset: Preset): Promise<void> {
    this.settings.applyPreset(preset);
    return this.download();
  }

  /** Stops the download in progress. */
  cancel(): void {
    this.#running?.abort();
  }

  /** The dialog closed: stop whatever runs and let go of the preview. */
  close(): void {
    this.#running?.abort();
    this.#previewing?.abort();
    clearTimeout(this.#timer);
    this.#session = null;
    this.#dropPreview();
    this.preview = null;
  }

  #dropPreview(): void {
    if (this.preview) URL.revokeObjectURL(this.preview.url);
  }
}
