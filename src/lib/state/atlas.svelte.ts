// The app's state: the graph being explored, what is selected, and the intents that change it.
import type { GraphBundle } from '../data/validate-dataset';
import type { Source } from '../data/schema';
import { buildGraph, type AtlasGraph } from '../graph/build-graph';
import { forceLayout, type Position } from '../graph/layout-force';
import { NoticeState } from './notices.svelte';
import { parseViewUrl, serialiseViewUrl } from './url-state';

/** A request to move the camera; `sequence` makes a repeated request for the same node count. */
export interface CameraRequest {
  id: string;
  sequence: number;
}

export class AtlasState {
  readonly bundle: GraphBundle;
  readonly graph: AtlasGraph;
  readonly positions: ReadonlyMap<string, Position>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly notices = new NoticeState();

  selectedNode = $state<string | null>(null);
  selectedEdge = $state<string | null>(null);
  camera = $state<CameraRequest | null>(null);
  #cameraSequence = 0;

  constructor(bundle: GraphBundle) {
    this.bundle = bundle;
    this.graph = buildGraph(bundle.nodes, bundle.edges);
    this.positions = forceLayout(this.graph);
    // A fixed lookup table built once; nothing reacts to it, so a SvelteMap would only add cost.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read-only after construction
    this.sources = new Map(bundle.sources.map((source) => [source.id, source]));
  }

  /** Selects a node and brings it to the middle of the view. */
  focus(id: string): void {
    if (!this.graph.hasNode(id)) {
      this.notices.show(`There is no node "${id}" in this graph.`, 'warning');
      return;
    }
    this.selectedNode = id;
    this.selectedEdge = null;
    this.camera = { id, sequence: ++this.#cameraSequence };
  }

  /** Selects a node the user pointed at on the canvas; the camera stays where the user put it. */
  pickNode(id: string): void {
    if (!this.graph.hasNode(id)) return;
    this.selectedNode = id;
    this.selectedEdge = null;
  }

  /** Opens the evidence for an edge. */
  showEvidence(id: string): void {
    if (!this.graph.hasEdge(id)) return;
    this.selectedEdge = id;
  }

  closeEvidence(): void {
    this.selectedEdge = null;
  }

  clearSelection(): void {
    this.selectedNode = null;
    this.selectedEdge = null;
  }

  /** Applies the view in the page address; anything unusable becomes a notice. */
  openFromUrl(search: string): void {
    const { view, notices } = parseViewUrl(search, (id) => this.graph.hasNode(id));
    for (const message of notices) this.notices.show(message, 'warning');
    if (view.focus) this.focus(view.focus);
  }

  /** The page address for the current view. */
  urlSearch(currentSearch: string): string {
    return serialiseViewUrl(currentSearch, { focus: this.selectedNode ?? undefined });
  }
}
