// The Export dialog's choices as reactive state, the pages on offer, and applying a preset.
import type {
  Background,
  Decorations,
  ExportScope,
  ImageExportOptions,
  ImageFormat,
  PageShape,
  Preset,
} from '../../../lib/render/export/options';

export const PAGES = {
  natural: { label: 'The graph’s own size', shape: { kind: 'natural' } },
  slide: { label: 'Slide 16:9 (1920 × 1080)', shape: { kind: 'fixed', width: 1920, height: 1080, name: 'slide 16:9' } },
  'a4-portrait': {
    label: 'A4 portrait',
    shape: { kind: 'fixed', width: 595.28, height: 841.89, name: 'A4 portrait' },
  },
  'a4-landscape': {
    label: 'A4 landscape',
    shape: { kind: 'fixed', width: 841.89, height: 595.28, name: 'A4 landscape' },
  },
} satisfies Record<string, { label: string; shape: PageShape }>;
export type PageId = keyof typeof PAGES;

function pageIdOf(shape: PageShape): PageId {
  if (shape.kind === 'natural') return 'natural';
  const found = (Object.keys(PAGES) as PageId[]).find((id) => {
    const page = PAGES[id].shape;
    return page.kind === 'fixed' && page.width === shape.width && page.height === shape.height;
  });
  return found ?? 'natural';
}

export class ExportSettings {
  format = $state<ImageFormat>('png');
  scope = $state<ExportScope>('graph');
  sizingMode = $state<'scale' | 'print'>('scale');
  scale = $state(2);
  widthCm = $state(17);
  dpi = $state(300);
  background = $state<Background>('white');
  pageId = $state<PageId>('natural');
  decorations = $state<Decorations>({
    title: true,
    caption: true,
    legend: true,
    footnotes: true,
    disclaimer: false,
    link: false,
  });
  title = $state('');
  /** The view's own sentence (a path explained, a tour step's narration); empty when it has none. */
  readonly caption: string;
  includeSelection = $state(true);

  constructor(title: string, caption = '') {
    this.title = title;
    this.caption = caption;
  }

  get options(): ImageExportOptions {
    return {
      format: this.format,
      scope: this.scope,
      sizing:
        this.sizingMode === 'scale'
          ? { mode: 'scale', scale: this.scale }
          : { mode: 'print', widthCm: this.widthCm, dpi: this.dpi },
      background: this.background,
      page: PAGES[this.pageId].shape,
      decorations: { ...this.decorations },
      title: this.title,
      caption: this.caption || undefined,
      includeSelection: this.includeSelection,
    };
  }

  applyPreset(preset: Preset): void {
    const { options } = preset;
    this.format = options.format;
    this.sizingMode = options.sizing.mode;
    if (options.sizing.mode === 'scale') this.scale = options.sizing.scale;
    else {
      this.widthCm = options.sizing.widthCm;
      this.dpi = options.sizing.dpi;
    }
    this.background = options.background;
    this.pageId = pageIdOf(options.page);
    this.decorations = { ...options.decorations };
  }
}
