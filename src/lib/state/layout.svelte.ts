// Where every drawn node sits: the scene the view asks for (the overview, rings around a neighbourhood, a path left
// to right, the map from the dataset's own positions or a layout re-run in a worker), fitted to the canvas, with the
// nodes the reader dragged pinned where they were put.
import { concentricLayout } from '../graph/layout-concentric';
import { lanesLayout } from '../graph/layout-lanes';
import { subsetForceLayout } from '../graph/layout-subset';
import { runLayoutInWorker, type LayoutJob } from '../graph/layout-worker-job';
import type { Position } from '../util/position';
import type { AtlasState } from './atlas.svelte';
import { stepNodes } from '../data/tour-handout';
import type { TourStep } from '../data/tour-schema';
import { composeScene, type Scene } from './scene';
import { mergePositions, NO_PINS, withPin, withPins, type Pins } from './view-edits';
import { emptyView, type LayoutName } from './view';

export interface LayoutOptions {
  /** A graph's first layout (it came without positions) is done: keep it with the dataset. */
  onFirstLayout?: ((positions: ReadonlyMap<string, Position>) => void) | undefined;
  /** Runs the force layout; a stand-in in tests, where there are no workers. */
  runLayout?: typeof runLayoutInWorker | undefined;
}

/** How long "Lay out again" lets the force layout run. */
const RELAYOUT_MS = 4000;
/** Layouts of parts of the graph kept for reuse, so going back to a group or filter does not lay it out again. */
const KEPT_PART_LAYOUTS = 12;
/** Canvas sizes are rounded to this many pixels, so a scene drawn to fit the canvas is not redone for every pixel. */
const CANVAS_STEP = 40;

export class LayoutState {
  /** Positions the reader dragged nodes to; they win over any layout until released. */
  pins = $state.raw<Pins>(NO_PINS);
  /** Progress of a force layout running in a worker, or null. */
  progress = $state<number | null>(null);
  /** Positions from "Lay out again" (this visit or a kept one), over the dataset's own. */
  relaid = $state.raw<ReadonlyMap<string, Position>>(mergePositions());
  /** The canvas size in pixels (rounded), which the overview and long paths are drawn to fit. */
  canvas = $state.raw({ width: 960, height: 720 });
  /** What the canvas shows for the view and how it is laid out. */
  readonly scene: Scene;
  /** Where each drawn node is shown now. */
  readonly positions: ReadonlyMap<string, Position>;
  readonly #atlas: AtlasState;
  readonly #options: LayoutOptions;
  #job: LayoutJob | null = null;
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache of computed layouts, not state anything reads reactively
  readonly #partLayouts = new Map<string, ReadonlyMap<string, Position>>();
  /** The graph came without positions and has not been laid out yet. */
  #needsFirstLayout: boolean;

  constructor(atlas: AtlasState, options: LayoutOptions = {}) {
    this.#atlas = atlas;
    this.#options = options;
    this.#needsFirstLayout = atlas.data.dataset.needsLayout ?? false;
    const data = atlas.data;
    this.scene = $derived(
      composeScene({
        graph: data.graph,
        view: atlas.shownView,
        drawn: atlas.drawn,
        mapPositions: mergePositions(data.dataset.positions, this.relaid),
        overview: data.overview,
        path: atlas.activePath,
        flow: atlas.flow,
        tour: atlas.tourHighlight,
        compareTargets: atlas.comparedTargets,
        canvas: this.canvas,
        forceLayoutOf: (nodes) => this.#partLayout(nodes),
        kindPlural: (kind) => data.vocab.kinds[kind]?.plural ?? kind,
        onMap: atlas.drawsWhole,
      }),
    );
    this.positions = $derived(withPins(this.scene.positions, this.pins));
  }

  /** Tells the layout how large the canvas is; a scene drawn to fit it is laid out again and refitted. */
  setCanvasSize(size: { width: number; height: number }): void {
    const rounded = {
      width: Math.max(CANVAS_STEP, Math.round(size.width / CANVAS_STEP) * CANVAS_STEP),
      height: Math.max(CANVAS_STEP, Math.round(size.height / CANVAS_STEP) * CANVAS_STEP),
    };
    if (rounded.width === this.canvas.width && rounded.height === this.canvas.height) return;
    this.canvas = rounded;
    if (this.scene.kind === 'overview' || this.scene.kind === 'path' || this.scene.kind === 'flow')
      this.#atlas.fitToView();
  }

  /** A force layout of part of the graph, kept for reuse. */
  #partLayout(nodes: ReadonlySet<string>): ReadonlyMap<string, Position> {
    const key = [...nodes].sort().join('\n');
    const kept = this.#partLayouts.get(key);
    if (kept) return kept;
    const positions = subsetForceLayout(this.#atlas.graph, nodes);
    if (this.#partLayouts.size >= KEPT_PART_LAYOUTS)
      this.#partLayouts.delete(this.#partLayouts.keys().next().value ?? '');
    this.#partLayouts.set(key, positions);
    return positions;
  }

  /** Whether the graph still waits for its first real layout. */
  get needsFirstLayout(): boolean {
    return this.#needsFirstLayout;
  }

  /**
   * Re-runs the force layout on what is drawn, in a worker, for a few seconds; cancel keeps the old one. A view laid
   * out for itself (the overview, a neighbourhood in rings) switches to the force layout, which the result feeds,
   * when the result arrives.
   */
  relayout(durationMs = RELAYOUT_MS): void {
    this.cancel();
    const run = this.#options.runLayout ?? runLayoutInWorker;
    let job: LayoutJob | null = null;
    job = run(this.#atlas.graph, this.#atlas.drawn.nodes, this.positions, {
      durationMs,
      onProgress: (fraction) => {
        if (job && this.#job === job) this.progress = fraction;
      },
    });
    this.#job = job;
    this.progress = 0;
    void job.result.then((positions) => {
      if (this.#job !== job) return;
      this.#job = null;
      this.progress = null;
      if (!positions) return;
      this.pins = NO_PINS;
      this.relaid = mergePositions(this.relaid, positions);
      // The force layout is what the result feeds: a view laid out for itself switches to it once it is done.
      if (this.#atlas.view.layout !== 'force' && !this.#needsFirstLayout) this.#atlas.setLayout('force');
      if (this.#needsFirstLayout) {
        this.#needsFirstLayout = false;
        this.#options.onFirstLayout?.(mergePositions(this.#atlas.data.dataset.positions, positions));
      }
      this.#atlas.fitToView();
    });
  }

  cancel(): void {
    this.#job?.cancel();
    this.#job = null;
    this.progress = null;
  }

  /** Puts back a layout kept from an earlier visit (nodes no longer in the graph are ignored). */
  restore(positions: ReadonlyMap<string, Position>): void {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway filter of the kept rows, not state
    const known = new Map([...positions].filter(([node]) => this.#atlas.graph.hasNode(node)));
    if (known.size === 0) return;
    if (this.#needsFirstLayout) {
      this.cancel();
      this.#needsFirstLayout = false;
    }
    this.relaid = mergePositions(this.relaid, known);
    this.#atlas.fitToView();
  }

  /** How many nodes are pinned where the reader put them. */
  get pinnedCount(): number {
    return this.pins.size;
  }

  pin(id: string, position: Position): void {
    if (this.#atlas.graph.hasNode(id)) this.pins = withPin(this.pins, id, position);
  }

  unpinAll(): void {
    this.pins = NO_PINS;
  }

  /** The scene a tour step is shown in (its nodes, relationships and their places) on a canvas of `canvas` size. */
  tourStepScene(step: TourStep, canvas: { width: number; height: number }): Scene {
    const data = this.#atlas.data;
    return composeScene({
      graph: data.graph,
      view: { ...emptyView(), layout: step.layout ?? 'auto' },
      drawn: this.#atlas.drawn,
      mapPositions: mergePositions(data.dataset.positions, this.relaid),
      overview: data.overview,
      path: null,
      flow: null,
      tour: { nodes: stepNodes(data.graph, step), edges: step.highlight.filter((id) => data.graph.hasEdge(id)) },
      compareTargets: [],
      canvas,
      forceLayoutOf: (nodes) => this.#partLayout(nodes),
      kindPlural: (kind) => data.vocab.kinds[kind]?.plural ?? kind,
    });
  }

  /** Where every node sits under `layout` with nothing filtered out, for pictures of tour steps. */
  positionsFor(layout: LayoutName): ReadonlyMap<string, Position> {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off argument, not state
    return this.#arranged(layout, new Set(this.#atlas.graph.nodes()));
  }

  #arranged(layout: LayoutName, nodes: ReadonlySet<string>): ReadonlyMap<string, Position> {
    const graph = this.#atlas.graph;
    if (layout === 'lanes') return lanesLayout(graph, nodes);
    if (layout === 'concentric') return concentricLayout(graph, nodes, this.#concentricCentre());
    return mergePositions(this.#atlas.data.dataset.positions, this.relaid);
  }

  /** The selection when it is drawn, else the best-connected node drawn. */
  #concentricCentre(): string {
    const focus = this.#atlas.selectedNode;
    const drawn = this.#atlas.drawn.nodes;
    if (focus && drawn.has(focus)) return focus;
    let best = '';
    for (const node of drawn) {
      if (!best || this.#atlas.graph.degree(node) > this.#atlas.graph.degree(best)) best = node;
    }
    return best;
  }
}
