// The one place that creates and changes the Cytoscape instance: visibility, positions, emphasis, camera, events.
import type { EdgeKeys } from '../graph/all-edges';
import cytoscape, {
  type Collection,
  type Core,
  type ElementDefinition,
  type EdgeCollection,
  type NodeCollection,
  type EventObject,
  type StylesheetJson,
} from 'cytoscape';
import { NO_DECORATIONS, decorationElements, groupElementId, groupOfElement, type Decorations } from './decorations';
import { styleData, type ElementFactory, type StyleSource } from './elements';
import { LabelLayer, type LabelScale } from './label-layer';
import { CLASS, EMPHASIS_CLASSES } from './names';
import type { RendererName } from '../util/renderer-preference';
import type { Position } from '../util/position';
import { inTimeSlices, nextFrame, yieldToPage } from '../util/time-slices';

/** A node or edge under the pointer, with where it is drawn in the canvas (pixels). */
export interface HoverTarget extends Position {
  id: string;
  group: 'nodes' | 'edges';
}

export interface ControllerEvents {
  onNodeTap(id: string): void;
  onEdgeTap(id: string): void;
  onBackgroundTap(): void;
  onNodeDragged(id: string, position: Position): void;
  onHover(target: HoverTarget | null): void;
  /** A group's box on the overview was tapped. */
  onGroupTap?(group: string): void;
  /** Whether the picture is final (labels placed, nothing moving, no fit on its way) changed. */
  onSettledChange?(settled: boolean): void;
}

export interface Emphasis {
  node: string | null;
  edge: string | null;
  path: { nodes: readonly string[]; edges: readonly string[] } | null;
  compare: { drugs: readonly string[]; shared: readonly string[]; targets: readonly string[] } | null;
}

/** Whether `emphasis` picks anything out (then the rest of the graph is faded). */
export function emphasisesAnything(emphasis: Emphasis): boolean {
  return (
    emphasis.node !== null ||
    emphasis.edge !== null ||
    emphasis.path !== null ||
    (emphasis.compare !== null && emphasis.compare.drugs.length > 0)
  );
}

export interface Visibility {
  nodes: ReadonlySet<string>;
  edges: EdgeKeys;
}

/** Everything the canvas draws for one view. */
export interface Drawing {
  visibility: Visibility;
  positions: ReadonlyMap<string, Position>;
  decorations: Decorations;
  /** Labels scaled as a diagram (the overview) or kept at a steady size on screen. */
  labelScale: LabelScale;
  /** Where node labels go first. */
  labelSide: 'below' | 'right';
  /** A node the camera keeps in the middle when it frames the drawing (a neighbourhood's centre). */
  centre?: string | undefined;
}

export interface ControllerOptions {
  renderer: RendererName;
  /** Large graphs trade detail for speed while the view moves (textures, no edges, no labels). */
  large: boolean;
}

const ANIMATION_MS = 400;
/** How often a fit waiting for nodes to stop moving looks again. */
const STILL_CHECK_MS = 50;
/**
 * More elements than this arriving at once are added a slice per frame, with progress and Cancel: Cytoscape styles,
 * bounds and draws what arrives in the next frame, which for a few hundred elements is already a tenth of a second
 * on a slow machine.
 */
const DRAW_AT_ONCE = 400;
/** Elements whose style and extent are worked out between looks at the clock before a frame. */
const WORK_OUT_CLOCK_EVERY = 8;
/** Elements added before the page draws a frame: at least this many, and at most a few frames for a drawing. */
const DRAW_SLICE = { least: 200, frames: 8 } as const;
/** Room kept free when fitting: more at the top and right, where the Export and zoom buttons sit. */
const FIT_PADDING = { top: 60, right: 64, bottom: 28, left: 28 };
/** Room for labels that keep their size on screen: half a label's width at the sides, a line below. */
const LABEL_ROOM = { x: 50, y: 30 };
const MAX_FIT_ZOOM = 2.5;
/** A selection with at most this many relationships shows each one's relation in words. */
const FEW_NEIGHBOURS = 12;
/** Labels are placed again once the view has been still this long. */
const LABEL_SETTLE_MS = 90;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * What Cytoscape's renderer does before it draws a frame (styles, label extents, where relationships meet their
 * nodes), which it exposes but its type declarations leave out. It draws no frame while a batch is open.
 */
interface FrameWork {
  flushRenderedStyleQueue(): void;
}

/** Works out the extents of these group boxes from what they hold; `force` does so inside a batch too. */
interface CompoundBounds {
  updateCompoundBounds(force: boolean): void;
}

/** A change being worked out before its frame. */
interface WorkingOut {
  /** Stops the working out (frames are let go). */
  stop: AbortController;
  /** Another change came meanwhile: the elements are gone through again. */
  again: boolean;
  /** Resolves when frames are let go. */
  done: Promise<void>;
}

/** Progress of drawing many elements: 0..1 while adding slices, null when done or stopped. */
export type DrawProgress = (fraction: number | null) => void;

export class GraphController {
  readonly cy: Core;
  #destroyed = false;
  /** Counts calls to showOnly, so slices of a superseded drawing stop. */
  #drawing = 0;
  #lastEmphasis: Emphasis | null = null;
  /** True while a large drawing arrives in slices; a fit asked for meanwhile is repeated at the end. */
  #slicing = false;
  #lastFit: { ids: readonly string[] | undefined } | null = null;
  #decorations: Decorations = NO_DECORATIONS;
  /** What the camera last framed, until the reader moves it: framed again when the canvas changes size. */
  #framed: { ids: readonly string[] | undefined } | null = null;
  readonly #labels: LabelLayer;
  /** A change being worked out before its frame, frames held meanwhile (see #workOutBeforeFrame). */
  #workingOut: WorkingOut | null = null;
  /** True while a change is made with the held batch closed (see #changing). */
  #inChange = false;
  #labelTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts fits asked for, so a fit waiting for a change to be worked out gives way to a later one. */
  #fits = 0;
  /** Counts requests to place labels, so labels worked out after the view changed again do not report it settled. */
  #labelRound = 0;
  /** Those waiting for the picture to be final (an export about to copy it). */
  #settledWaiters: (() => void)[] = [];
  #fitTimer: ReturnType<typeof setTimeout> | undefined;
  #fitPending = false;
  /** False until the camera first frames or centres something: the first placement is a jump, with nothing to glide from. */
  #cameraPlaced = false;
  /** When the nodes `placeNodes` sent moving arrive (Date.now()): an animation only counts as running from its first frame. */
  #nodesArriveAt = 0;
  #centre: string | undefined;
  /** Where nodes were last asked to be: nodes a drawing adds in a later slice arrive there, not where it began. */
  #positions: ReadonlyMap<string, Position> = new Map();

  readonly #factory: ElementFactory;
  readonly #events: ControllerEvents;
  #settled = false;

  /** Without a `container` Cytoscape runs headless (no drawing), as in tests in Node. */
  constructor(
    container: HTMLElement | undefined,
    factory: ElementFactory,
    initial: { visibility: Visibility; positions: ReadonlyMap<string, Position> },
    style: StylesheetJson,
    events: ControllerEvents,
    options: ControllerOptions,
  ) {
    this.#factory = factory;
    this.#events = events;
    this.cy = cytoscape({
      container,
      headless: container === undefined,
      elements: [
        ...[...initial.visibility.nodes].map((id) => factory.node(id, initial.positions.get(id))),
        ...[...initial.visibility.edges].map((id) => factory.edge(id)),
      ],
      style,
      layout: { name: 'preset', fit: true, padding: FIT_PADDING.left },
      minZoom: 0.02,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      webgl: options.renderer === 'webgl',
      textureOnViewport: options.large,
      hideEdgesOnViewport: options.large,
      hideLabelsOnViewport: options.large,
      pixelRatio: options.large ? 1 : 'auto',
    });
    // Selection is drawn with our own classes, so Cytoscape's built-in selection stays off.
    this.cy.autounselectify(true);
    this.#labels = new LabelLayer(this.cy);
    this.cy.on('tap', 'node', (event: EventObject) => {
      const group = groupOfElement(event.target.id());
      if (group !== undefined) events.onGroupTap?.(group);
      else if (!event.target.data('decoration')) events.onNodeTap(event.target.id());
    });
    this.cy.on('tap', 'edge', (event: EventObject) => events.onEdgeTap(event.target.id()));
    this.cy.on('tap', (event: EventObject) => {
      if (event.target === this.cy) events.onBackgroundTap();
    });
    this.cy.on('dragfree', 'node', (event: EventObject) => {
      events.onNodeDragged(event.target.id(), { ...event.target.position() });
    });
    this.cy.on('mouseover', 'node, edge', (event: EventObject) => {
      const target = event.target;
      if (target.data('decoration')) return;
      const point = target.isNode() ? target.renderedPosition() : target.renderedMidpoint();
      events.onHover({ id: target.id(), group: target.isNode() ? 'nodes' : 'edges', x: point.x, y: point.y });
    });
    this.cy.on('mouseout', 'node, edge', () => events.onHover(null));
    this.cy.on('viewport', () => {
      events.onHover(null);
      this.#placeLabelsSoon();
    });
    this.cy.on('dragpan pinchzoom scrollzoom', () => (this.#framed = null));
    // The reader's touch is answered at once: frames held while a change is worked out are let go.
    this.cy.on('tapstart dragpan pinchzoom scrollzoom', () => this.#letFramesGo());
    this.#placeLabelsSoon();
  }

  /**
   * Places labels once the view has been still for a moment (after a zoom, a pan, an animation), then reports the
   * picture settled. (Not as an attribute of the container: Cytoscape treats any change there as a resize.)
   */
  #placeLabelsSoon(delay = LABEL_SETTLE_MS): void {
    if (this.#destroyed) return;
    this.#labelRound += 1;
    this.#setSettled(false);
    clearTimeout(this.#labelTimer);
    this.#labelTimer = setTimeout(() => {
      if (this.#destroyed) return;
      const moving =
        this.cy.animated() ||
        this.cy
          .nodes()
          .toArray()
          .some((node) => node.animated());
      if (moving || this.#slicing || this.#fitPending || this.#workingOut) {
        this.#placeLabelsSoon();
        return;
      }
      if (!this.#labels.refresh()) {
        this.#setSettled(true);
        return;
      }
      // Settled once the labels are worked out, unless the view has changed meanwhile.
      const round = this.#labelRound;
      void this.#workOutBeforeFrame().then(() => {
        if (!this.#destroyed && round === this.#labelRound) this.#setSettled(true);
      });
    }, delay);
  }

  #setSettled(settled: boolean): void {
    if (settled === this.#settled) return;
    this.#settled = settled;
    this.#events.onSettledChange?.(settled);
    if (settled) this.#answerSettledWaiters();
  }

  /** Resolves once the picture is final: labels placed, nothing moving or being worked out (or the canvas gone). */
  whenSettled(): Promise<void> {
    if (this.#settled || this.#destroyed) return Promise.resolve();
    return new Promise((resolve) => this.#settledWaiters.push(resolve));
  }

  #answerSettledWaiters(): void {
    const waiters = this.#settledWaiters;
    this.#settledWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Draws one view: its nodes and edges, its decorations, and labels at its scale. */
  show(drawing: Drawing, onProgress?: DrawProgress): void {
    if (this.#destroyed) return;
    this.#changing(() => {
      this.#labels.scale = drawing.labelScale;
      this.#labels.side = drawing.labelSide;
      this.#centre = drawing.centre;
      const same = JSON.stringify(drawing.decorations) === JSON.stringify(this.#decorations);
      if (!same) this.#clearDecorations();
      this.showOnly(drawing.visibility, drawing.positions, onProgress);
      if (!same) this.#addDecorations(drawing.decorations);
      this.#placeLabelsSoon();
    });
  }

  /** Takes the group boxes, links and headings away, moving the boxes' members out first so they stay. */
  #clearDecorations(): void {
    const previous = this.#decorations;
    if (previous === NO_DECORATIONS) return;
    const cy = this.cy;
    cy.batch(() => {
      for (const group of previous.groups) {
        for (const member of group.members) {
          const node = cy.$id(member);
          if (node.empty()) continue;
          node.move({ parent: null });
          cy.$id(member).removeClass(CLASS.overviewLandmark).removeData('labelAnchor fontSize labelWidth');
        }
      }
      cy.elements('[decoration]').remove();
    });
    this.#decorations = NO_DECORATIONS;
  }

  #addDecorations(decorations: Decorations): void {
    if (decorations.groups.length + decorations.headings.length + decorations.links.length === 0) return;
    const cy = this.cy;
    cy.batch(() => {
      cy.add(decorationElements(decorations));
      for (const group of decorations.groups) {
        for (const member of group.members) {
          const node = cy.$id(member);
          if (node.empty()) continue;
          node.move({ parent: groupElementId(group.id) });
          cy.$id(member)
            .addClass(CLASS.overviewLandmark)
            .data({ labelAnchor: 'right', fontSize: group.memberSize, labelWidth: group.memberLabelWidth });
        }
      }
      this.#labels.labelDiagram(cy.nodes('[decoration], .' + CLASS.overviewLandmark));
    });
    this.#decorations = decorations;
  }

  get #animate(): boolean {
    return !prefersReducedMotion();
  }

  /** Whether the next camera move will glide: never the first (the page has no earlier frame to glide from). */
  get #glides(): boolean {
    return this.#cameraPlaced && this.#animate;
  }

  /** Whether this camera move glides; the camera counts as placed from now on. */
  #glideCamera(): boolean {
    const glide = this.#glides;
    this.#cameraPlaced = true;
    return glide;
  }

  /**
   * Makes Cytoscape hold exactly the given nodes and edges: what leaves is removed, what arrives is
   * added at its position. Cytoscape never holds more than is drawn, which keeps large graphs fast.
   */
  showOnly(visibility: Visibility, positions: ReadonlyMap<string, Position>, onProgress?: DrawProgress): void {
    if (this.#destroyed) return;
    this.#changing(() => {
      const cy = this.cy;
      const drawing = ++this.#drawing;
      this.#positions = positions;
      this.#slicing = false;
      this.#lastFit = null;
      const nodes: string[] = [];
      const edges: string[] = [];
      cy.batch(() => {
        cy.edges()
          .filter((edge) => !visibility.edges.has(edge.id()) && !edge.data('decoration'))
          .remove();
        cy.nodes()
          .filter((node) => !visibility.nodes.has(node.id()) && !node.data('decoration'))
          .remove();
        for (const id of visibility.nodes) if (cy.getElementById(id).empty()) nodes.push(id);
        for (const id of visibility.edges) if (cy.getElementById(id).empty()) edges.push(id);
      });
      // Nodes first, so every edge finds its ends already drawn.
      const arriving = [...nodes, ...edges];
      const define = (id: string, index: number) =>
        index < nodes.length ? this.#factory.node(id, this.#positions.get(id)) : this.#factory.edge(id);
      if (arriving.length <= DRAW_AT_ONCE) {
        if (arriving.length > 0) cy.batch(() => cy.add(arriving.map(define)));
        onProgress?.(null);
        return;
      }
      let next = 0;
      const sliceSize = Math.max(DRAW_SLICE.least, Math.ceil(arriving.length / DRAW_SLICE.frames));
      const addSlices = async () => {
        if (this.#destroyed || drawing !== this.#drawing) return;
        const end = Math.min(arriving.length, next + sliceSize);
        const slice: ElementDefinition[] = [];
        for (let index = next; index < end; index++) slice.push(define(arriving[index] ?? '', index));
        // Each slice arrives with its emphasis, so it is styled once, not again all together at the end.
        const emphasis = this.#lastEmphasis;
        // A drawing arriving in slices shows each slice as it comes: frames held for an earlier change are let go.
        this.#letFramesGo();
        let added = cy.collection();
        cy.batch(() => {
          added = cy.add(slice);
          if (emphasis) this.#drawEmphasis(emphasis);
          // Nodes arrive as background, as most of a large drawing's stay: placing labels then restyles the few that
          // get one rather than every other node.
          added.nodes().not(`.${CLASS.faded}`).addClass(CLASS.quiet);
        });
        // Styled and measured in tasks of their own, so the frame that shows the slice only paints (styling 200
        // elements in the frame made frames of 80 ms and more on a slow machine).
        await this.#workOutBeforeFrame(added);
        if (this.#destroyed || drawing !== this.#drawing) return;
        next = end;
        if (next < arriving.length) {
          onProgress?.(next / arriving.length);
          void nextFrame().then(addSlices);
          return;
        }
        // What was asked for while slices arrived applies to the whole drawing.
        this.#slicing = false;
        // Labels are placed on the whole drawing (its nodes arrived as background), with the emphasis when there is one.
        if (this.#lastEmphasis) this.emphasise(this.#lastEmphasis);
        else this.#placeLabelsSoon();
        if (this.#lastFit) this.fitVisible(this.#lastFit.ids);
        this.#lastFit = null;
        onProgress?.(null);
      };
      this.#slicing = true;
      onProgress?.(0);
      void nextFrame().then(addSlices);
    });
  }

  /** Stops adding the slices of a large drawing (what is drawn so far stays). */
  stopDrawing(): void {
    this.#drawing++;
    this.#slicing = false;
    this.#lastFit = null;
  }

  /** Draws the appearance chosen by attribute on what is drawn (elements drawn later take it from the factory). */
  applyAppearance(styles: StyleSource): void {
    if (this.#destroyed) return;
    this.#changing(() => {
      this.cy.batch(() => {
        // Group boxes and their links are the scene's own drawing, never styled by attribute.
        this.cy
          .elements()
          .not('[decoration]')
          .forEach((element) => {
            const id = element.id();
            const style = element.isNode() ? styles.node(id) : styles.edge(id);
            for (const [field, value] of Object.entries(styleData(style ?? {}))) {
              // Only fields that change are written: each write restyles the element, and large graphs have many.
              const current: unknown = element.data(field);
              if (value === undefined) {
                if (current !== undefined) element.removeData(field);
              } else if (current !== value) element.data(field, value);
            }
          });
      });
    });
  }

  /**
   * Moves nodes to their new positions, animated unless the user asked for reduced motion. A view the camera framed
   * (and the reader has not moved since) is framed again where the nodes are going.
   */
  placeNodes(positions: ReadonlyMap<string, Position>): void {
    if (this.#destroyed) return;
    this.#changing(() => {
      this.#positions = positions;
      const animate = this.#animate;
      let moved = 0;
      this.cy.batch(() => {
        this.cy.nodes().forEach((node) => {
          const target = positions.get(node.id());
          if (!target || node.isParent()) return;
          const current = node.position();
          if (Math.abs(current.x - target.x) < 0.5 && Math.abs(current.y - target.y) < 0.5) return;
          moved += 1;
          if (animate)
            node.stop(true).animate({ position: { ...target } }, { duration: ANIMATION_MS, easing: 'ease-in-out' });
          else node.position({ ...target });
        });
      });
      if (animate && moved > 0) this.#nodesArriveAt = Date.now() + ANIMATION_MS;
      if (!animate && moved > 0) void this.#workOutBeforeFrame();
      this.#placeLabelsSoon(animate ? ANIMATION_MS + 40 : LABEL_SETTLE_MS);
      if (moved > 0 && this.#framed) this.fitVisible(this.#framed.ids);
    });
  }

  /** Highlights the path, the compared drugs, or the selected node with its neighbourhood (in that order). */
  emphasise(emphasis: Emphasis): void {
    if (this.#destroyed) return;
    this.#changing(() => {
      this.#lastEmphasis = emphasis;
      this.cy.batch(() => this.#drawEmphasis(emphasis));
      this.#placeLabelsSoon();
    });
  }

  /**
   * Gives every element the emphasis classes it should have, changing only those whose classes differ: each change
   * restyles its element, and taking every class off to put most back restyled the whole drawing on every click.
   */
  #drawEmphasis(emphasis: Emphasis): void {
    const { classes, fewNeighbours } = this.#emphasisClasses(emphasis);
    this.cy.elements().forEach((element) => {
      const wanted = classes.get(element.id());
      for (const name of EMPHASIS_CLASSES) {
        const want = wanted?.has(name) ?? false;
        if (want !== element.hasClass(name)) element.toggleClass(name, want);
      }
    });
    if (fewNeighbours === undefined) return;
    fewNeighbours.links.forEach((link) => {
      if (link.data('fewNeighbours') !== fewNeighbours.few) link.data('fewNeighbours', fewNeighbours.few);
    });
  }

  /** Which emphasis classes each element should have (by id), and the selected node's relationships. */
  #emphasisClasses(emphasis: Emphasis): {
    classes: Map<string, Set<string>>;
    fewNeighbours?: { links: EdgeCollection; few: boolean };
  } {
    const cy = this.cy;
    const classes = new Map<string, Set<string>>();
    const mark = (elements: Collection | EdgeCollection | NodeCollection, name: string) =>
      elements.forEach((element) => {
        const id = element.id();
        const set = classes.get(id) ?? new Set<string>();
        classes.set(id, set.add(name));
      });
    const node = emphasis.node ? cy.$id(emphasis.node) : cy.collection();
    const edge = emphasis.edge ? cy.$id(emphasis.edge) : cy.collection();
    let keep = cy.collection();
    let fewNeighbours: { links: EdgeCollection; few: boolean } | undefined;
    if (emphasis.path) {
      const onPath = cy.collection();
      for (const id of [...emphasis.path.nodes, ...emphasis.path.edges]) onPath.merge(cy.$id(id));
      mark(onPath, CLASS.onPath);
      keep = keep.union(onPath);
    } else if (emphasis.compare && emphasis.compare.drugs.length > 0) {
      const drugs = cy.collection();
      for (const id of emphasis.compare.drugs) drugs.merge(cy.$id(id));
      mark(drugs, CLASS.compared);
      const targets = cy.collection();
      for (const id of emphasis.compare.targets) targets.merge(cy.$id(id));
      mark(targets, CLASS.target);
      for (const id of emphasis.compare.shared) mark(cy.$id(id), CLASS.sharedTarget);
      const links = drugs.edgesWith(targets);
      mark(links, CLASS.neighbour);
      keep = keep.union(drugs).union(targets).union(links);
    } else {
      keep = node.closedNeighborhood();
      const links = node.connectedEdges();
      mark(links, CLASS.neighbour);
      fewNeighbours = { links, few: links.length <= FEW_NEIGHBOURS };
      mark(node.neighborhood().nodes(), CLASS.neighbour);
    }
    keep = keep.union(node).union(edge).union(edge.connectedNodes());
    if (!node.empty() || !edge.empty() || emphasis.path || emphasis.compare) {
      mark(cy.elements().difference(keep).not('[decoration]'), CLASS.faded);
    }
    mark(node, CLASS.selected);
    mark(edge, CLASS.selected);
    mark(edge.connectedNodes().difference(node), CLASS.endpoint);
    return fewNeighbours ? { classes, fewNeighbours } : { classes };
  }

  /** Moves the camera so the node (its shape, not its label) is in the middle of the view. */
  centreOn(id: string): void {
    if (this.#destroyed) return;
    const element = this.cy.$id(id);
    if (element.empty() || !element.isNode()) return;
    const zoom = Math.max(this.cy.zoom(), 1);
    const position = element.position();
    const pan = { x: this.cy.width() / 2 - position.x * zoom, y: this.cy.height() / 2 - position.y * zoom };
    this.cy.stop(true);
    this.#framed = null;
    if (this.#glideCamera()) this.cy.animate({ pan, zoom }, { duration: ANIMATION_MS, easing: 'ease-in-out' });
    else this.cy.viewport({ pan, zoom });
  }

  /** Replaces the stylesheet (the dark theme, for instance); elements keep their classes and places. */
  restyle(style: StylesheetJson): void {
    if (this.#destroyed) return;
    this.#changing(() => {
      this.cy.style(style);
    });
  }

  /** Works out the first drawing (every element's style, label and extent) before its frame. */
  prepareDrawing(): Promise<void> {
    return this.#workOutBeforeFrame();
  }

  /** Cytoscape's renderer, when it has one that queues work for its frames (not a headless one). */
  get #renderer(): FrameWork | undefined {
    const renderer = (this.cy as unknown as { renderer(): Partial<FrameWork> | null }).renderer();
    return typeof renderer?.flushRenderedStyleQueue === 'function' ? (renderer as FrameWork) : undefined;
  }

  /**
   * Works out what a change means for the drawing (styles, label sizes, extents, where relationships meet nodes that
   * moved or changed size) a slice of elements per task, nodes first, before the frame that paints it. Cytoscape draws
   * no frame meanwhile (it waits while a batch is open), so the page never shows half the work done.
   *
   * In the frame itself this took over 100 ms for the curated graph's first drawing or a new layout, and for the
   * labels of a hub's neighbourhood; and a frame that found extents out of date worked every such element out again
   * in the frame after it (working an extent out tells the renderer it changed). Here extents are worked out first and
   * the renderer's queue is emptied last, so the frame after only paints.
   */
  #workOutBeforeFrame(slice?: Collection): Promise<void> {
    // A drawing arriving in slices is drawn a slice a frame, not held back until it is whole: only each slice is.
    if (this.#destroyed || (this.#slicing && !slice)) return Promise.resolve();
    if (this.#workingOut) {
      this.#workingOut.again = true;
      return this.#workingOut.done;
    }
    const cy = this.cy;
    const working: WorkingOut = { stop: new AbortController(), again: false, done: Promise.resolve() };
    const work = async () => {
      let only = slice;
      do {
        if (working.again) only = undefined;
        working.again = false;
        // Not in the task that made the change: that task has done its share.
        await yieldToPage();
        // Inside a batch Cytoscape leaves the extents of group boxes as they were, and what lies in a box needs them:
        // they come first, a few boxes per slice (a box measures everything in it).
        const boxes = cy.nodes(':parent');
        await inTimeSlices(
          boxes.length,
          (from, to) => (boxes.slice(from, to) as unknown as CompoundBounds).updateCompoundBounds(true),
          { clockEvery: 1, signal: working.stop.signal },
        );
        const elements = only ?? cy.nodes().union(cy.edges());
        await inTimeSlices(elements.length, (from, to) => elements.slice(from, to).boundingBox(), {
          clockEvery: WORK_OUT_CLOCK_EVERY,
          signal: working.stop.signal,
        });
      } while (working.again);
      this.#renderer?.flushRenderedStyleQueue();
    };
    cy.startBatch();
    this.#workingOut = working;
    working.done = work()
      .catch((error: unknown) => {
        // Working out ahead only saves the frame work: if it fails, the frame does it, and nothing waits in vain.
        if (!working.stop.signal.aborted)
          console.error('The drawing could not be worked out ahead of its frame:', error);
      })
      .finally(() => {
        if (this.#workingOut === working) this.#letFramesGo();
      });
    return working.done;
  }

  /**
   * Makes a change while frames are held for an earlier one: Cytoscape applies no new style inside a batch, so the
   * batch is closed for the change and opened again (no frame can come between), and the working out starts over to
   * take the change in.
   */
  #changing(change: () => void): void {
    const working = this.#workingOut;
    if (!working || this.#inChange) {
      change();
      return;
    }
    this.#inChange = true;
    this.cy.endBatch();
    try {
      change();
    } finally {
      this.#inChange = false;
      if (this.#workingOut === working) {
        this.cy.startBatch();
        working.again = true;
      }
    }
  }

  /**
   * Lets Cytoscape draw again, stopping any working out in progress (what it did stays; the frame does the rest).
   * Called before anything else changes or measures the drawing: inside a batch, Cytoscape applies no new style.
   */
  #letFramesGo(): void {
    const working = this.#workingOut;
    if (!working) return;
    this.#workingOut = null;
    working.stop.abort();
    if (!this.#destroyed && !this.#inChange) this.cy.endBatch();
  }

  /** Tells Cytoscape its container changed size; a view the camera framed is framed again. */
  resize(): void {
    if (this.#destroyed) return;
    this.cy.resize();
    this.#placeLabelsSoon();
    if (this.#framed) this.fitVisible(this.#framed.ids, { immediately: true });
  }

  /** Fits the given elements (or everything drawn), after any node movement has finished. */
  fitVisible(ids?: readonly string[], options: { immediately?: boolean } = {}): void {
    if (this.#destroyed) return;
    this.#framed = { ids };
    if (this.#slicing) this.#lastFit = { ids };
    const chosen = this.cy.collection();
    for (const id of ids ?? []) chosen.merge(this.cy.$id(id));
    const target = chosen.empty() ? this.cy.elements() : chosen;
    const centre = chosen.empty() && this.#centre ? this.cy.$id(this.#centre) : undefined;
    const frame = () => this.#fitViewport(target, centre?.nonempty() ? centre.position() : undefined);
    if (options.immediately) {
      // A fit already on its way (nodes still moving) will use the new size; otherwise frame at once.
      if (this.#fitPending || this.#nodesMoving()) return;
      this.cy.stop(true);
      this.cy.viewport(frame());
      return;
    }
    clearTimeout(this.#fitTimer);
    const fit = ++this.#fits;
    this.cy.stop(true);
    this.#fitPending = true;
    // Labels wait for the glide, when there will be one (the camera's first placement is a jump).
    this.#placeLabelsSoon(this.#glides ? ANIMATION_MS + 40 : LABEL_SETTLE_MS);
    // Fit to where nodes are going, not where they are mid-animation: the fit waits until the nodes sent moving have
    // arrived and no node is moving (a busy page may draw an animation's last frame after its duration).
    const fitWhenStill = () => {
      if (this.#destroyed || fit !== this.#fits) return;
      if (this.#nodesMoving()) {
        this.#fitTimer = setTimeout(fitWhenStill, STILL_CHECK_MS);
        return;
      }
      // A change being worked out is framed as soon as it is, before a frame draws it where it was.
      if (this.#workingOut) {
        void this.#workingOut.done.then(fitWhenStill);
        return;
      }
      this.#fitPending = false;
      const viewport = frame();
      if (this.#glideCamera()) this.cy.animate(viewport, { duration: ANIMATION_MS });
      else this.cy.viewport(viewport);
    };
    this.#fitTimer = setTimeout(fitWhenStill, 0);
  }

  #nodesMoving(): boolean {
    if (Date.now() < this.#nodesArriveAt) return true;
    return this.cy
      .nodes()
      .toArray()
      .some((node) => node.animated());
  }

  /**
   * The zoom and pan that frame `target`, never closer than MAX_FIT_ZOOM (two nodes would otherwise fill the screen).
   * Labels that keep their size on screen are not part of the frame (their size in layout units depends on the zoom
   * being chosen); room is kept for them around it instead.
   */
  #fitViewport(target: Collection, centre?: Position): { zoom: number; pan: Position } {
    const diagram = this.#labels.scale === 'diagram';
    const bounds = target.boundingBox({ includeLabels: diagram, includeOverlays: false });
    const room = diagram ? { x: 0, y: 0 } : LABEL_ROOM;
    let padding = {
      top: FIT_PADDING.top,
      right: FIT_PADDING.right + room.x,
      bottom: FIT_PADDING.bottom + room.y,
      left: FIT_PADDING.left + room.x,
    };
    let box = bounds;
    if (centre) {
      // The centre node in the middle of the canvas: the frame reaches as far on each side as the drawing does.
      const halfWidth = Math.max(centre.x - bounds.x1, bounds.x2 - centre.x);
      const halfHeight = Math.max(centre.y - bounds.y1, bounds.y2 - centre.y);
      box = { ...bounds, x1: centre.x - halfWidth, y1: centre.y - halfHeight, w: 2 * halfWidth, h: 2 * halfHeight };
      const side = Math.max(padding.left, padding.right);
      const end = Math.max(padding.top, padding.bottom);
      padding = { top: end, right: side, bottom: end, left: side };
    }
    const width = Math.max(this.cy.width() - padding.left - padding.right, 1);
    const height = Math.max(this.cy.height() - padding.top - padding.bottom, 1);
    const fitting = Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1));
    const zoom = Math.max(this.cy.minZoom(), Math.min(fitting, MAX_FIT_ZOOM, this.cy.maxZoom()));
    const pan = {
      x: padding.left + width / 2 - zoom * (box.x1 + box.w / 2),
      y: padding.top + height / 2 - zoom * (box.y1 + box.h / 2),
    };
    return { zoom, pan };
  }

  zoomBy(factor: number): void {
    if (this.#destroyed) return;
    const extent = this.cy.extent();
    const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    const level = Math.min(this.cy.maxZoom(), Math.max(this.cy.minZoom(), this.cy.zoom() * factor));
    this.#framed = null;
    this.cy.stop(true).animate({ zoom: { level, position: centre } }, { duration: 200 });
  }

  /** Safe to call more than once. */
  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#workingOut?.stop.abort();
    this.#answerSettledWaiters();
    clearTimeout(this.#labelTimer);
    clearTimeout(this.#fitTimer);
    this.cy.destroy();
  }
}
