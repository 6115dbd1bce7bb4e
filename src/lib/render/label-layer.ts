// Decides, each time the view settles, which labels Cytoscape draws and how large: the most important first, none
// colliding, at a size that reads on screen. Nodes left without a label are drawn quietly, as background.
import type { Core, EdgeSingular, NodeCollection, NodeSingular } from 'cytoscape';
import { NODE_ANCHORS, placeLabels, type LabelAnchor, type LabelCandidate } from './label-placement';
import { CLASS, DECORATION } from './names';
import { measureLabel } from './text-measure';

/** Labels sized for a diagram (they scale with the zoom) or for the screen (the same size at any zoom). */
export type LabelScale = 'diagram' | 'screen';

/** Screen sizes of labels, in pixels, when labels keep their size on screen. */
const LABEL_PX = { selected: 16, emphasised: 14, normal: 13, heading: 16, edge: 12 } as const;
/** The widest a label line gets before it wraps, in pixels. */
const MAX_LINE_PX = 150;
const GAP_PX = 4;
/** Beside first, for columns; then below and above before the other side. */
const BESIDE_ANCHORS: readonly LabelAnchor[] = ['right', 'below', 'above', 'left'];
const OUTLINE_PX = 2.5;

/** Priority tiers: a higher tier always wins a place over a lower one. */
const TIER = { heading: 6, selected: 5, emphasised: 4, landmark: 3, edge: 2, normal: 1 } as const;

interface Applied {
  anchor: LabelAnchor;
  /** In pixels while placing; in layout units once applied. */
  fontSize: number;
  /** The widest line, likewise. */
  lineWidth: number;
}

const ANCHOR_CLASSES: Record<LabelAnchor, string> = {
  below: CLASS.labelBelow,
  above: CLASS.labelAbove,
  left: CLASS.labelLeft,
  right: CLASS.labelRight,
  centre: CLASS.labelBelow,
};
/** Every anchor's class, to take them all off before one is put on. */
const ALL_ANCHOR_CLASSES = Object.values(ANCHOR_CLASSES).join(' ');

export class LabelLayer {
  readonly #cy: Core;
  #scale: LabelScale = 'screen';
  #anchors: readonly LabelAnchor[] = NODE_ANCHORS;
  /** What each labelled element was last given, so unchanged labels are not restyled. */
  #applied = new Map<string, Applied>();

  constructor(cy: Core) {
    this.#cy = cy;
  }

  get scale(): LabelScale {
    return this.#scale;
  }

  set scale(scale: LabelScale) {
    this.#scale = scale;
  }

  /** Where node labels go first: below, as usual, or beside (in columns). */
  set side(side: 'below' | 'right') {
    this.#anchors = side === 'right' ? BESIDE_ANCHORS : NODE_ANCHORS;
  }

  /** Places the labels for the view as it is now and applies the result to the elements; true if any changed. */
  refresh(): boolean {
    const cy = this.#cy;
    if (cy.width() === 0 || cy.height() === 0) return false;
    const zoom = cy.zoom();
    const candidates: LabelCandidate[] = [];
    const obstacles: (LabelCandidate & { x1: number; y1: number; x2: number; y2: number })[] = [];
    const elements = new Map<string, NodeSingular | EdgeSingular>();

    cy.nodes().forEach((node) => {
      const candidate = this.#nodeCandidate(node, zoom);
      if (!candidate) return;
      elements.set(node.id(), node);
      candidates.push(candidate);
      if (!node.isParent() && node.data('decoration') !== DECORATION.heading) {
        obstacles.push({
          ...candidate,
          x1: candidate.x - candidate.halfWidth,
          x2: candidate.x + candidate.halfWidth,
          y1: candidate.y - candidate.halfHeight,
          y2: candidate.y + candidate.halfHeight,
        });
      }
    });
    cy.edges().forEach((edge) => {
      const candidate = this.#edgeCandidate(edge, zoom);
      if (!candidate) return;
      elements.set(edge.id(), edge);
      candidates.push(candidate);
    });

    const placed = placeLabels(candidates, {
      width: cy.width(),
      height: cy.height(),
      maxLineWidthPx: MAX_LINE_PX,
      measure: measureLabel,
      obstacles,
    });
    const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    const next = new Map<string, Applied>();
    for (const label of placed) {
      const candidate = byId.get(label.id);
      next.set(label.id, {
        anchor: label.anchor,
        fontSize: candidate?.fontPx ?? LABEL_PX.normal,
        lineWidth: candidate?.maxLineWidthPx ?? MAX_LINE_PX,
      });
    }
    return this.#apply(next, elements, zoom);
  }

  #nodeCandidate(node: NodeSingular, zoom: number): LabelCandidate | null {
    if (node.style('display') === 'none' || node.hasClass(CLASS.faded)) return null;
    const text = String(node.data('display') ?? node.data('label') ?? '');
    if (!text) return null;
    const decoration = node.data('decoration') as string | undefined;
    const position = node.renderedPosition();
    const halfWidth = node.renderedOuterWidth() / 2;
    const halfHeight = node.renderedOuterHeight() / 2;
    const base = { id: node.id(), text, x: position.x, y: position.y, halfWidth, halfHeight };
    if (decoration === DECORATION.heading) {
      const fontPx = this.#px(LABEL_PX.heading, zoom);
      return {
        ...base,
        halfWidth: 0,
        halfHeight: 0,
        anchors: ['centre'],
        fontPx,
        bold: true,
        priority: tierPriority('heading', 0),
      };
    }
    if (node.isParent()) {
      // A group's title sits above its box, centred, and wraps only where it is wider than the box (the layout leaves
      // room for two lines).
      const fontPx = this.#px(Number(node.data('fontSize')) || LABEL_PX.heading, zoom);
      const maxLineWidthPx = Math.max(MAX_LINE_PX, Number(node.data('labelLine')) * zoom || 2 * halfWidth);
      return { ...base, anchors: ['above'], fontPx, bold: true, maxLineWidthPx, priority: tierPriority('heading', 0) };
    }
    const tier = node.hasClass(CLASS.selected)
      ? 'selected'
      : emphasised(node)
        ? 'emphasised'
        : node.data('landmark')
          ? 'landmark'
          : 'normal';
    // A node drawn as part of a diagram (inside a box) has its one place for a label; others may move round.
    const fixed = node.data('labelAnchor') as LabelAnchor | undefined;
    const anchors = fixed ? [fixed] : this.#anchors;
    const diagram = this.#scale === 'diagram';
    const px = diagram ? Number(node.data('fontSize')) * zoom : LABEL_PX[tier === 'landmark' ? 'emphasised' : tier];
    const lineWidth = diagram && node.data('labelWidth') ? Number(node.data('labelWidth')) * zoom : undefined;
    const bold =
      tier === 'selected' ||
      node.hasClass(CLASS.onPath) ||
      node.hasClass(CLASS.compared) ||
      node.hasClass(CLASS.sharedTarget);
    const priority = tierPriority(tier, Number(node.data('degree')) || 0);
    return { ...base, anchors, fontPx: px, bold, priority, maxLineWidthPx: lineWidth };
  }

  #edgeCandidate(edge: EdgeSingular, zoom: number): LabelCandidate | null {
    if (edge.style('display') === 'none' || edge.hasClass(CLASS.faded)) return null;
    const decoration = edge.data('decoration') as string | undefined;
    if (decoration) return null;
    const shown =
      edge.hasClass(CLASS.selected) ||
      edge.hasClass(CLASS.onPath) ||
      (edge.hasClass(CLASS.neighbour) && edge.data('fewNeighbours'));
    if (!shown) return null;
    const text = String(edge.data('relationLabel') ?? '');
    if (!text) return null;
    const middle = edge.renderedMidpoint();
    const px = this.#scale === 'diagram' ? LABEL_PX.edge * Math.min(1, zoom) : LABEL_PX.edge;
    return {
      id: edge.id(),
      text,
      x: middle.x,
      y: middle.y,
      halfWidth: 0,
      halfHeight: 0,
      anchors: ['centre'],
      fontPx: px,
      padding: GAP_PX,
      priority: tierPriority('edge', edge.hasClass(CLASS.selected) ? 2 : 0),
    };
  }

  /** Label size in pixels: fixed on screen, or the diagram's size at this zoom. */
  #px(screenPx: number, zoom: number): number {
    return this.#scale === 'diagram' ? screenPx * zoom : screenPx;
  }

  /**
   * Labels a diagram's boxes and the nodes inside them from their data alone (each has one place for its label and a
   * size in layout units), as the next placement will unless something collides, so that Cytoscape's first frame of a
   * new diagram has its labels rather than drawing it again, restyled, when they are placed a moment later.
   */
  labelDiagram(nodes: NodeCollection): void {
    if (this.#scale !== 'diagram') return;
    const zoom = this.#cy.zoom();
    this.#cy.batch(() => {
      nodes.forEach((node) => {
        const anchor = node.isParent() ? 'above' : (node.data('labelAnchor') as LabelAnchor | undefined);
        const fontSize = Number(node.data('fontSize'));
        const lineWidth = Number(node.data(node.isParent() ? 'labelLine' : 'labelWidth'));
        if (!anchor || !(fontSize > 0) || !(lineWidth > 0)) return;
        this.#write(node, { anchor, fontSize, lineWidth }, zoom);
        this.#applied.set(node.id(), { anchor, fontSize, lineWidth });
      });
    });
  }

  /** Gives `element` its label, sizes in layout units. */
  #write(element: NodeSingular | EdgeSingular, label: Applied, zoom: number): void {
    element.data({
      labelSize: label.fontSize,
      labelLine: label.lineWidth,
      labelGap: GAP_PX / zoom,
      labelGapBack: -GAP_PX / zoom,
      labelOutline: OUTLINE_PX / zoom,
    });
    element.removeClass(ALL_ANCHOR_CLASSES).addClass(`${CLASS.labelled} ${ANCHOR_CLASSES[label.anchor]}`);
  }

  /** Gives the elements their labels, changing only what differs; true if anything changed. */
  #apply(next: Map<string, Applied>, elements: Map<string, NodeSingular | EdgeSingular>, zoom: number): boolean {
    const cy = this.#cy;
    const applied = new Map<string, Applied>();
    let changed = false;
    cy.batch(() => {
      for (const id of this.#applied.keys()) {
        if (next.has(id)) continue;
        cy.getElementById(id).removeClass(`${CLASS.labelled} ${ALL_ANCHOR_CLASSES}`);
        changed = true;
      }
      for (const [id, label] of next) {
        const element = elements.get(id);
        if (!element) continue;
        // Sizes are given in layout units, so a label of so many pixels is that size at this zoom.
        const fontSize = label.fontSize / zoom;
        const lineWidth = label.lineWidth / zoom;
        applied.set(id, { anchor: label.anchor, fontSize, lineWidth });
        const previous = this.#applied.get(id);
        if (previous && previous.anchor === label.anchor && Math.abs(previous.fontSize - fontSize) < 0.01 * fontSize)
          continue;
        this.#write(element, { anchor: label.anchor, fontSize, lineWidth }, zoom);
        changed = true;
      }
      // Nodes that could have carried a label but got none are drawn as background.
      cy.nodes().forEach((node) => {
        const quiet =
          !next.has(node.id()) && !node.hasClass(CLASS.faded) && !node.isParent() && !node.data('decoration');
        if (quiet === node.hasClass(CLASS.quiet)) return;
        node.toggleClass(CLASS.quiet, quiet);
        changed = true;
      });
    });
    this.#applied = applied;
    return changed;
  }
}

function emphasised(node: NodeSingular): boolean {
  return (
    node.hasClass(CLASS.onPath) ||
    node.hasClass(CLASS.neighbour) ||
    node.hasClass(CLASS.endpoint) ||
    node.hasClass(CLASS.compared) ||
    node.hasClass(CLASS.target) ||
    node.hasClass(CLASS.sharedTarget)
  );
}

/** Tier first; inside a tier, better-connected nodes first. */
function tierPriority(tier: keyof typeof TIER, importance: number): number {
  return TIER[tier] * 1_000_000 + Math.min(importance, 999_999);
}
