// @vitest-environment jsdom
// One opening of the Export dialog: it starts on the selection when there is one, redraws the preview once a burst of
// changes settles, and says how a download went (saved, cancelled or failed).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportRun } from '../../src/components/canvas/export/export-run.svelte';
import type { ExportSession } from '../../src/lib/render/export/export-session';

const saved = vi.hoisted(() => [] as string[]);
vi.mock('../../src/components/canvas/export/download', () => ({
  downloadBlob: (_blob: Blob, filename: string) => saved.push(filename),
}));

function fakeSession(exporting?: (signal: AbortSignal) => Promise<void>) {
  return {
    compose: vi.fn(() => Promise.resolve({ svg: '<svg/>', layout: { width: 640, height: 480 }, notes: ['drawn'] })),
    export: vi.fn(async (_options: unknown, control: { signal: AbortSignal; onProgress: (p: unknown) => void }) => {
      control.onProgress({ step: 'Drawing the graph', fraction: 0.5 });
      await exporting?.(control.signal);
      return { blob: new Blob(['png']), filename: 'atlas.png', width: 1280.4, height: 960, notes: [] };
    }),
  };
}

beforeEach(() => {
  saved.length = 0;
  vi.useFakeTimers();
  URL.createObjectURL = vi.fn(() => 'blob:preview');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.useRealTimers());

describe('ExportRun', () => {
  it('starts on the selection when the view emphasises something', () => {
    expect(new ExportRun('Fluoxetine: relationships and evidence', true).settings.scope).toBe('selection');
    expect(new ExportRun('Whole graph', false).settings).toMatchObject({ scope: 'graph', title: 'Whole graph' });
  });

  it('draws the preview once a burst of changes settles', async () => {
    const run = new ExportRun('T', false);
    const session = fakeSession();
    run.attach(session as unknown as ExportSession);
    run.schedulePreview();
    run.schedulePreview();
    expect(run.previewBusy).toBe(true);
    await vi.runAllTimersAsync();
    expect(session.compose).toHaveBeenCalledOnce();
    expect(run.preview).toEqual({ url: 'blob:preview', width: 640, height: 480 });
    expect(run.notes).toEqual(['drawn']);
    expect(run.previewBusy).toBe(false);
    run.close();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:preview');
    expect(run.preview).toBeNull();
  });

  it('downloads with progress and says what it saved', async () => {
    const run = new ExportRun('T', false);
    run.attach(fakeSession() as unknown as ExportSession);
    const downloading = run.download();
    expect(run.progress).toEqual({ step: 'Drawing the graph', fraction: 0.5 });
    await downloading;
    expect(saved).toEqual(['atlas.png']);
    expect(run.finished).toBe('Saved atlas.png (1280 × 960 pixels).');
    expect(run.progress).toBeNull();
  });

  it('says when a download was cancelled, and when it failed', async () => {
    const run = new ExportRun('T', false);
    run.attach(
      fakeSession(
        (signal) =>
          new Promise((_resolve, reject) =>
            signal.addEventListener('abort', () => reject(new DOMException('stopped', 'AbortError'))),
          ),
      ) as unknown as ExportSession,
    );
    const downloading = run.download();
    run.cancel();
    await downloading;
    expect(run.finished).toBe('Export cancelled.');

    const failing = new ExportRun('T', false);
    failing.attach(fakeSession(() => Promise.reject(new Error('canvas too large'))) as unknown as ExportSession);
    await failing.download();
    expect(failing.finished).toBe('The export failed: canvas too large');
    expect(saved).toEqual([]);
  });
});
