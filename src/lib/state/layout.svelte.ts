// Where every drawn node sits: the dataset's own positions or a layout re-run in a worker, arranged by the chosen
// layout, with the nodes the reader dragged pinned where they were put.
import { concentricLayout } from '../graph/layout-concentric';
import { lanesLayout } from '../graph/layout-lanes';
import { runLayoutInWorker, type LayoutJob } from '../graph/layout-worker-job';
import type { Position } from '../util/position';
import type { AtlasState } from './atlas.svelte';
import { mergePositions, NO_PINS, withPin, withPins, type Pins } from './view-edits';
import type { LayoutName } from './view';

export interface LayoutOptions {
  /** A graph's first layout (it came without positions) is done: keep it with the dataset. */
  onFirstLayout?: ((positions: ReadonlyMap<string, Position>) => void) | undefined;
  /** Runs the force layout; a stand-in in tests, where there are no workers. */
  runLayout?: typeof runLayoutInWorker | undefined;
}

/** How long "Lay out again" lets the force layout run. */
const RELAYOUT_MS = 4000;

export class LayoutState {
  /** Positions the reader dragged nodes to; they win over any layout until released. */
  pins = $state.raw<Pins>(NO_PINS);
  /** Progress of a force layout running in a worker, or null. */
  progress = $state<number | null>(null);
  /** Positions from "Lay out again" (this visit or a kept one), over the dataset's own. */
  relaid = $state.raw<ReadonlyMap<string, Position>>(mergePositions());
  /** Where each drawn node is shown now. */
  readonly positions: ReadonlyMap<string, Position>;
  readonly #atlas: AtlasState;
  readonly #options: LayoutOptions;
  #job: LayoutJob | null = null;
  /** The graph came without positions and has not been laid out yet. */
  #needsFirstLayout: boolean;

  constructor(atlas: AtlasState, options: LayoutOptions = {}) {
    this.#atlas = atlas;
    this.#options = options;
    this.#needsFirstLayout = atlas.data.dataset.needsLayout ?? false;
    this.positions = $derived(withPins(this.#arranged(this.#atlas.view.layout, this.#atlas.drawn.nodes), this.pins));
  }

  /** Whether the graph still waits for its first real layout. */
  get needsFirstLayout(): boolean {
    return this.#needsFirstLayout;
  }

  /** Re-runs the force layout on what is drawn, in a worker, for a few seconds; cancel keeps the old one. */
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
