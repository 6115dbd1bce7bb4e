// The overview's node labels. sigma chooses which nodes may be labelled (the largest in each cell of a screen grid),
// but a long label runs on into the next cell's; so the labels it asks for in one frame are only collected, then placed
// with the detail view's own placement (the best connected first, each beside its node where it touches no other) and
// drawn with an outline in the canvas colour, so they read over the relationships beneath.
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { placeLabels, type LabelAnchor, type LabelCandidate } from '../label-placement';

type LabelContext = Parameters<NodeLabelDrawingFunction>[0];
type LabelData = Parameters<NodeLabelDrawingFunction>[1];
type LabelSettings = Pick<Settings, 'labelSize' | 'labelWeight' | 'labelFont' | 'labelColor'>;

const OUTLINE = { light: 'rgba(255, 255, 255, 0.92)', dark: 'rgba(22, 26, 36, 0.92)' } as const;
const INK = { light: '#1d2330', dark: '#f3f4f8' } as const;
const FONT = { size: 15, weight: '600', family: 'system-ui, "DejaVu Sans", sans-serif' } as const;
/** Beside the node first, as sigma puts it, then the other sides. */
const ANCHORS: readonly LabelAnchor[] = ['right', 'left', 'below', 'above'];
/** Labels on the overview stay on one line. */
const ONE_LINE = Number.POSITIVE_INFINITY;
/** A selected node's label is placed before any other. */
const FORCED = 1e6;

export class OverviewLabels {
  /** sigma's label settings, which its hover label uses too. */
  readonly settings: LabelSettings;
  readonly #dark: boolean;
  #asked: LabelCandidate[] = [];
  #context: LabelContext | null = null;
  /** Label widths by text: the same labels are measured frame after frame while the camera moves. */
  readonly #widths = new Map<string, number>();

  constructor(dark: boolean) {
    this.#dark = dark;
    this.settings = {
      labelSize: FONT.size,
      labelWeight: FONT.weight,
      labelFont: FONT.family,
      labelColor: { color: dark ? INK.dark : INK.light },
    };
  }

  /** sigma's label drawing function: notes the label for this frame. */
  readonly ask = (context: LabelContext, data: LabelData): void => {
    if (!data.label) return;
    this.#context = context;
    this.#asked.push(candidateOf(data, FONT.size));
  };

  /** A frame begins: nothing asked yet. */
  begin(): void {
    this.#asked = [];
  }

  /** The frame's labels asked for: placed so none collide, and drawn. Returns the ids drawn. */
  draw(width: number, height: number): string[] {
    const context = this.#context;
    if (!context || this.#asked.length === 0) return [];
    context.font = `${FONT.weight} ${FONT.size}px ${FONT.family}`;
    const placed = placeLabels(this.#asked, {
      width,
      height,
      maxLineWidthPx: ONE_LINE,
      measure: (text) => this.#width(context, text),
    });
    context.textBaseline = 'middle';
    context.textAlign = 'left';
    context.lineJoin = 'round';
    context.lineWidth = 4;
    context.strokeStyle = this.#dark ? OUTLINE.dark : OUTLINE.light;
    context.fillStyle = this.#dark ? INK.dark : INK.light;
    for (const label of placed) {
      const [line = ''] = label.lines;
      const y = (label.box.y1 + label.box.y2) / 2;
      context.strokeText(line, label.box.x1, y);
      context.fillText(line, label.box.x1, y);
    }
    this.#asked = [];
    return placed.map((label) => label.id);
  }

  #width(context: LabelContext, text: string): number {
    let width = this.#widths.get(text);
    if (width === undefined) {
      width = context.measureText(text).width;
      this.#widths.set(text, width);
    }
    return width;
  }
}

function candidateOf(data: LabelData, fontPx: number): LabelCandidate {
  return {
    id: data.key,
    text: data.label ?? '',
    x: data.x,
    y: data.y,
    halfWidth: data.size,
    halfHeight: data.size,
    anchors: ANCHORS,
    fontPx,
    priority: data.forceLabel ? FORCED : data.size,
  };
}
