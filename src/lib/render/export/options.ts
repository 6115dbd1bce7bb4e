// What an image export can be asked for, and the three presets.

export type ImageFormat = 'png' | 'jpeg' | 'svg' | 'pdf';
export type ExportScope = 'view' | 'graph' | 'selection';
export type Background = 'transparent' | 'white' | 'dark';

/** Either a multiple of the composed page, or a printed width at a resolution. */
type Sizing = { mode: 'scale'; scale: number } | { mode: 'print'; widthCm: number; dpi: number };

/** A fixed page the graph is fitted into (slide, A4), or the graph at its own size with the decorations around it. */
export type PageShape = { kind: 'fixed'; width: number; height: number; name: string } | { kind: 'natural' };

export interface Decorations {
  title: boolean;
  /** The view's sentence under the title (a path explained, a tour step's narration), when it has one. */
  caption: boolean;
  legend: boolean;
  footnotes: boolean;
  disclaimer: boolean;
  link: boolean;
}

export interface ImageExportOptions {
  format: ImageFormat;
  scope: ExportScope;
  sizing: Sizing;
  background: Background;
  page: PageShape;
  decorations: Decorations;
  title: string;
  /** The view's sentence, shown under the title when `decorations.caption` is on. */
  caption?: string | undefined;
  /** Keep the selected node's highlight (and the fading of the rest) as on screen. */
  includeSelection: boolean;
}

/** A4 in PDF points (1/72 inch), the unit the composed page uses for PDF pages. */
const A4_PORTRAIT = { width: 595.28, height: 841.89 };

export interface Preset {
  id: 'slide' | 'paper' | 'handout';
  label: string;
  description: string;
  options: Omit<ImageExportOptions, 'title' | 'scope' | 'includeSelection'>;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'slide',
    label: 'Slide 16:9',
    description: '1920 × 1080 PNG with title, legend and numbered sources',
    options: {
      format: 'png',
      sizing: { mode: 'scale', scale: 1 },
      background: 'white',
      page: { kind: 'fixed', width: 1920, height: 1080, name: 'slide 16:9' },
      decorations: { title: true, caption: true, legend: true, footnotes: true, disclaimer: false, link: false },
    },
  },
  {
    id: 'paper',
    label: 'Paper figure',
    description: 'SVG with editable text, title, legend and numbered sources, at the graph’s own size',
    options: {
      format: 'svg',
      sizing: { mode: 'scale', scale: 1 },
      background: 'white',
      page: { kind: 'natural' },
      decorations: { title: true, caption: true, legend: true, footnotes: true, disclaimer: true, link: false },
    },
  },
  {
    id: 'handout',
    label: 'Handout A4',
    description: 'A4 portrait PDF with title, legend, sources, the disclaimer and a link back',
    options: {
      format: 'pdf',
      sizing: { mode: 'scale', scale: 1 },
      background: 'white',
      page: { kind: 'fixed', ...A4_PORTRAIT, name: 'A4 portrait' },
      decorations: { title: true, caption: true, legend: true, footnotes: true, disclaimer: true, link: true },
    },
  },
];

export const FORMAT_LABELS: Record<ImageFormat, string> = { png: 'PNG', jpeg: 'JPEG', svg: 'SVG', pdf: 'PDF' };
