// Makes image exports of the live graph: composes the page (graph + decorations) as SVG, then writes SVG, PNG,
// JPEG or PDF, reporting progress and stopping between steps when cancelled. Loaded only when an export is asked for.
import type { Core } from 'cytoscape';
import { composeSvg, PAGE_FONT } from './compose-svg';
import { numberFootnotes } from './footnotes';
import { drawSnapshot, shownElements, type GraphSnapshot } from './graph-snapshot';
import { planRaster, pointsForCm, scaleFor } from './image-size';
import { isEmptyLegend, legendEntries, type LegendVocabulary } from './legend-entries';
import { EMERGENCY_NOTICE_TEXT } from '../../util/emergency-notice';
import { nextTask } from '../../util/time-slices';
import type { ImageExportOptions } from './options';
import { layOutPage, type PageLayout } from './page-layout';
import { qrPath } from './qr';
import { rasterise } from './rasterise';
import { estimateWidth, type Measure } from './text-wrap';

export interface ExportContext {
  cy: Core;
  /** Resolves once the live picture is final (its labels placed), so the copy has them too. */
  whenSettled?: (() => Promise<void>) | undefined;
  vocabulary: LegendVocabulary;
  /** Source ids behind an edge (from the model). */
  edgeSources: (edgeId: string) => readonly string[];
  /** A source's reference line, in the app's citation format. */
  cite: (sourceId: string) => string | undefined;
  /** The address that reopens this view. */
  pageUrl: string;
}

export interface ExportProgress {
  step: string;
  fraction: number;
}

export interface ComposedPage {
  svg: string;
  layout: PageLayout;
  notes: string[];
}

export interface ExportedFile {
  blob: Blob;
  filename: string;
  /** Pixel size for PNG and JPEG; page size in points for PDF; page units for SVG. */
  width: number;
  height: number;
  notes: string[];
}

interface RunControl {
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: ExportProgress) => void) | undefined;
}

/** Lets the page repaint (progress bar, Cancel button) and stops if the export was cancelled. */
async function step(control: RunControl, text: string, fraction: number): Promise<void> {
  control.onProgress?.({ step: text, fraction });
  await nextTask();
  if (control.signal?.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
}

function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth;
  return (text, size, bold = false) => {
    context.font = `${bold ? 'bold ' : ''}${size}px ${PAGE_FONT}`;
    // A little slack: PDF and other viewers may substitute a slightly wider font.
    return context.measureText(text).width * 1.04;
  };
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'graph'
  );
}

export function exportFilename(options: Pick<ImageExportOptions, 'title' | 'scope' | 'format'>): string {
  const extension = options.format === 'jpeg' ? 'jpg' : options.format;
  return `synapse-atlas-${slug(options.title)}-${options.scope}.${extension}`;
}

/** Drawings with more elements than this go to PNG, JPEG and the preview as pixels. */
const LARGE_DRAWING = 4000;
/** Width in pixels the preview of a very large drawing is made for. */
const PREVIEW_WIDTH = 1400;

/** Below this enlargement of the drawing, labels are drawn larger so they stay readable on the page. */
const MIN_LABEL_ZOOM = 0.8;
const MAX_LABEL_SCALE = 3;

const XML_PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n';

export class ExportSession {
  readonly #context: ExportContext;
  readonly #snapshots = new Map<string, GraphSnapshot>();
  #measure: Measure | undefined;

  constructor(context: ExportContext) {
    this.#context = context;
  }

  /** The page as SVG, for the preview and for every format. */
  async compose(
    options: ImageExportOptions,
    control: RunControl = {},
    purpose: 'preview' | 'export' = 'export',
  ): Promise<ComposedPage> {
    const { cy, vocabulary } = this.#context;
    await step(control, 'Finding what to show', 0.05);
    await settledOrSoon(this.#context.whenSettled);
    const shown = shownElements(cy, options.scope);
    // With the highlight kept, the footnotes are about what it emphasises, not the faded rest.
    const cited = options.includeSelection ? shownElements(cy, options.scope, true) : shown;
    const edges = cited.edgeIds.map((id) => ({ id, sources: this.#context.edgeSources(id) }));
    const footnotes = options.decorations.footnotes ? numberFootnotes(edges, this.#context.cite) : undefined;
    const legend = options.decorations.legend
      ? legendEntries(vocabulary, {
          kinds: shown.nodeIds.map((id) => String(cy.$id(id).data('kind'))),
          edges: shown.edgeIds.map((id) => {
            const edge = cy.$id(id);
            return { relation: String(edge.data('relation')), evidence: String(edge.data('evidence')) };
          }),
        })
      : undefined;
    this.#measure ??= canvasMeasure();
    const pageContent = {
      page: options.page,
      title: options.decorations.title && options.title.trim() ? options.title.trim() : undefined,
      caption: options.decorations.caption && options.caption?.trim() ? options.caption.trim() : undefined,
      legend: legend && !isEmptyLegend(legend) ? legend : undefined,
      footnotes: footnotes?.notes.map((note) => `${note.number}. ${note.text}`),
      disclaimer: options.decorations.disclaimer ? EMERGENCY_NOTICE_TEXT : undefined,
      link: options.decorations.link ? this.#context.pageUrl : undefined,
      measure: this.#measure,
    };
    // Very large drawings going to pixels anyway (PNG, JPEG, the preview) are drawn as pixels, at the density needed.
    const raster =
      shown.nodeIds.length + shown.edgeIds.length > LARGE_DRAWING &&
      (purpose === 'preview' || options.format === 'png' || options.format === 'jpeg')
        ? (natural: { width: number; height: number }) => {
            const page = layOutPage({ ...pageContent, graph: natural });
            const pageScale =
              purpose === 'preview'
                ? Math.min(1, PREVIEW_WIDTH / page.width)
                : planRaster(page.width, page.height, scaleFor(options.sizing, page.width)).scale;
            return Math.max(0.02, page.graph.zoom * pageScale);
          }
        : undefined;
    const snapshotOf = async (labelScale: number) => {
      const dark = options.background === 'dark';
      const key: unknown[] = [options.scope, options.includeSelection, Boolean(footnotes), dark, labelScale];
      key.push(cy.elements().length);
      if (raster) key.push(purpose, JSON.stringify(options));
      let snapshot = this.#snapshots.get(key.join('|'));
      if (!snapshot) {
        await step(control, 'Drawing the graph', 0.15);
        snapshot = drawSnapshot(cy, {
          scope: options.scope,
          includeSelection: options.includeSelection,
          edgeMarks: footnotes?.marks,
          dark,
          evidenceColours: Object.fromEntries(
            Object.entries(vocabulary.evidence).map(([level, s]) => [level, s.colour]),
          ),
          labelScale,
          raster,
        });
        this.#snapshots.set(key.join('|'), snapshot);
      }
      return snapshot;
    };
    let snapshot = await snapshotOf(1);
    await step(control, 'Laying out the page', 0.45);
    let layout = layOutPage({ ...pageContent, graph: { width: snapshot.width, height: snapshot.height } });
    // A drawing shrunk to fit a slide or a sheet would have unreadable labels: draw it again with larger ones.
    if (options.page.kind === 'fixed' && layout.graph.zoom < MIN_LABEL_ZOOM) {
      snapshot = await snapshotOf(Math.min(MAX_LABEL_SCALE, Number((MIN_LABEL_ZOOM / layout.graph.zoom).toFixed(1))));
      layout = layOutPage({ ...pageContent, graph: { width: snapshot.width, height: snapshot.height } });
    }
    const physicalSize =
      options.format === 'svg' && options.sizing.mode === 'print'
        ? {
            width: `${options.sizing.widthCm}cm`,
            height: `${Number(((options.sizing.widthCm * layout.height) / layout.width).toFixed(3))}cm`,
          }
        : undefined;
    const svg = composeSvg({
      layout,
      graph: snapshot,
      background: options.background,
      qr: layout.link ? qrPath(this.#context.pageUrl) : undefined,
      title: options.title.trim() || 'Synapse Atlas graph',
      physicalSize,
      shown: {
        nodes: shown.nodeIds.map((id) => ({ id, label: String(cy.$id(id).data('label') ?? '') })),
        edges: shown.edgeIds,
      },
    });
    const notes = [...snapshot.notes];
    if (snapshot.kind === 'png' && purpose === 'export')
      notes.push('This graph is very large, so it is drawn as pixels in PNG and JPEG; SVG and PDF keep it as vector.');
    if (layout.omittedFootnotes > 0)
      notes.push(`${layout.omittedFootnotes} footnotes did not fit on the page; the last line says so.`);
    if (options.decorations.legend && !layout.legend) notes.push('Nothing shown has a legend entry.');
    return { svg, layout, notes };
  }

  async export(options: ImageExportOptions, control: RunControl = {}): Promise<ExportedFile> {
    const page = await this.compose(options, control);
    const { layout } = page;
    const filename = exportFilename(options);
    const notes = [...page.notes];
    let result: ExportedFile;
    if (options.format === 'svg') {
      await step(control, 'Writing the SVG', 0.8);
      const blob = new Blob([XML_PROLOG, page.svg], { type: 'image/svg+xml' });
      result = { blob, filename, width: layout.width, height: layout.height, notes };
    } else if (options.format === 'pdf') {
      await step(control, 'Writing the PDF', 0.6);
      const { svgToPdf } = await import('./pdf');
      const width = options.sizing.mode === 'print' ? pointsForCm(options.sizing.widthCm) : layout.width;
      const height = (width * layout.height) / layout.width;
      const blob = await svgToPdf({
        svg: page.svg,
        width,
        height,
        title: options.title.trim() || 'Synapse Atlas graph',
      });
      result = { blob, filename, width, height, notes };
    } else {
      await step(control, `Drawing the ${options.format === 'png' ? 'PNG' : 'JPEG'}`, 0.6);
      const background = { transparent: null, white: '#ffffff', dark: '#1e1f24' }[options.background];
      if (options.format === 'jpeg' && background === null)
        notes.push('JPEG cannot be transparent, so the background is white.');
      const raster = await rasterise({
        svg: page.svg,
        pageWidth: layout.width,
        pageHeight: layout.height,
        scale: scaleFor(options.sizing, layout.width),
        format: options.format,
        background,
        dpi: options.sizing.mode === 'print' ? options.sizing.dpi : undefined,
      });
      if (raster.plan.capped) notes.push(raster.plan.capped);
      result = { blob: raster.blob, filename, width: raster.plan.width, height: raster.plan.height, notes };
    }
    await step(control, 'Done', 1);
    return result;
  }
}

/** The longest a picture waits for the live one to be final: a picture without every label beats none. */
const SETTLE_WAIT_MS = 3000;

/** Waits for the live picture to be final, or for `SETTLE_WAIT_MS`, whichever comes first. */
async function settledOrSoon(whenSettled: (() => Promise<void>) | undefined): Promise<void> {
  if (!whenSettled) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([whenSettled(), new Promise<void>((resolve) => (timer = setTimeout(resolve, SETTLE_WAIT_MS)))]);
  clearTimeout(timer);
}
