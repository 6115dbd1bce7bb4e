// The app's state: the graph being explored, the view (with undo/redo and the address), and the intents that change it.
import type { GraphBundle } from '../data/validate-dataset';
import type { Source } from '../data/schema';
import { buildGraph, type AtlasGraph } from '../graph/build-graph';
import { compareDrugs, type DrugComparison } from '../graph/compare-drugs';
import { countKinds } from '../graph/count-kinds';
import { meetsEvidence } from '../graph/evidence';
import { explainPath, type PathExplanation } from '../graph/explain-path';
import { concentricLayout } from '../graph/layout-concentric';
import { forceLayout, type Position } from '../graph/layout-force';
import { lanesLayout } from '../graph/layout-lanes';
import { NodeSearch } from '../graph/search-index';
import { shortestPaths, type GraphPath } from '../graph/shortest-paths';
import type { DrugStatus, EvidenceLevel, NodeKind } from '../graph/types';
import { visibleSubgraph, type VisibleSubgraph } from '../graph/visible-subgraph';
import { NoticeState } from './notices.svelte';
import { parseViewUrl, serialiseViewUrl } from './url-state';
import { ViewHistory } from './view-history.svelte';
import { toggleMember, withPins, type Pins } from './view-edits';
import { MAX_COMPARED, MAX_DEPTH, type LayoutName, type View } from './view';

/** A request to move the camera; `sequence` makes a repeated request count. */
export type CameraRequest =
  | { kind: 'centre'; id: string; sequence: number }
  /** Fit the given elements, or everything drawn when `ids` is absent. */
  | { kind: 'fit'; ids?: readonly string[] | undefined; sequence: number };

const PATH_ALTERNATIVES = 3;

export class AtlasState {
  readonly bundle: GraphBundle;
  readonly graph: AtlasGraph;
  readonly sources: ReadonlyMap<string, Source>;
  readonly notices = new NoticeState();
  readonly history = new ViewHistory();
  readonly #forcePositions: ReadonlyMap<string, Position>;
  #search: NodeSearch | undefined;

  camera = $state.raw<CameraRequest | null>(null);
  /** Positions the user dragged nodes to; they win over any layout until unpinned. */
  pins = $state.raw<Pins>({});
  #cameraSequence = 0;

  readonly view: View = $derived(this.history.current);
  readonly selectedNode = $derived(this.view.focus ?? null);
  readonly selectedEdge = $derived(this.view.edge ?? null);
  readonly paths: GraphPath[];
  readonly activePath: GraphPath | null;
  readonly pathExplanation: PathExplanation | null;
  readonly comparison: DrugComparison | null;
  readonly visible: VisibleSubgraph;
  readonly positions: ReadonlyMap<string, Position>;

  constructor(bundle: GraphBundle) {
    this.bundle = bundle;
    this.graph = buildGraph(bundle.nodes, bundle.edges);
    this.#forcePositions = forceLayout(this.graph);
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fixed lookup table, read-only after construction
    this.sources = new Map(bundle.sources.map((source) => [source.id, source]));

    this.paths = $derived.by(() => {
      const request = this.view.path;
      if (!request) return [];
      return shortestPaths(this.graph, request.from, request.to, PATH_ALTERNATIVES, (edge) =>
        meetsEvidence(this.graph.getEdgeAttribute(edge, 'evidence'), request.evidence),
      );
    });
    this.activePath = $derived(this.paths[this.view.path?.choice ?? 0] ?? this.paths[0] ?? null);
    this.pathExplanation = $derived(
      this.activePath ? explainPath(this.graph, this.activePath, this.bundle.vocab) : null,
    );
    this.comparison = $derived(
      this.view.compare.length > 0 ? compareDrugs(this.graph, this.view.compare, this.bundle.vocab) : null,
    );
    this.visible = $derived.by(() => {
      const view = this.view;
      const kept = [
        ...(view.focus ? [view.focus] : []),
        ...(view.centre ? [view.centre] : []),
        ...(this.activePath?.nodes ?? []),
        ...view.compare,
        ...(this.comparison?.rows.flatMap((row) => row.targets.map((target) => target.target)) ?? []),
      ];
      return visibleSubgraph(this.graph, {
        focus: view.depth ? view.centre : undefined,
        depth: view.depth,
        expanded: view.expanded,
        hidden: view.hidden,
        kinds: view.kinds,
        minEvidence: view.evidence,
        statuses: view.statuses,
        pinned: kept,
      });
    });
    this.positions = $derived.by(() => {
      const layout = this.view.layout;
      let positions: ReadonlyMap<string, Position> = this.#forcePositions;
      if (layout === 'lanes') positions = lanesLayout(this.graph, this.visible.nodes);
      if (layout === 'concentric')
        positions = concentricLayout(this.graph, this.visible.nodes, this.#concentricCentre());
      return withPins(positions, this.pins);
    });
  }

  /** The search index, built on first use so start-up stays quick. */
  get search(): NodeSearch {
    this.#search ??= new NodeSearch(this.graph);
    return this.#search;
  }

  // ---- selection -------------------------------------------------------------------------------

  /** Selects a node and brings it to the middle of the view. */
  focus(id: string): void {
    if (!this.graph.hasNode(id)) {
      this.notices.show(`There is no node "${id}" in this graph.`, 'warning');
      return;
    }
    this.#change({ focus: id, edge: undefined, hidden: this.view.hidden.filter((node) => node !== id) });
    this.#requestCamera({ kind: 'centre', id, sequence: 0 });
  }

  /** Selects a node the user pointed at on the canvas; the camera stays where the user put it. */
  pickNode(id: string): void {
    if (this.graph.hasNode(id)) this.#change({ focus: id, edge: undefined });
  }

  showEvidence(id: string): void {
    if (this.graph.hasEdge(id)) this.#change({ edge: id });
  }

  closeEvidence(): void {
    this.#change({ edge: undefined });
  }

  clearSelection(): void {
    this.#change({ focus: undefined, edge: undefined });
  }

  // ---- neighbourhood, expand, hide ---------------------------------------------------------------

  /** Shows only the nodes within `depth` steps of `centre`; `undefined` shows the whole graph again. */
  showNeighbourhood(centre: string, depth: number | undefined): void {
    if (depth === undefined) {
      this.#change({ depth: undefined, centre: undefined, expanded: [] });
    } else {
      if (!this.graph.hasNode(centre) || depth < 1 || depth > MAX_DEPTH) return;
      const sameCentre = this.view.centre === centre;
      this.#change({ depth, centre, focus: centre, expanded: sameCentre ? this.view.expanded : [] });
    }
    this.#requestCamera({ kind: 'fit', sequence: 0 });
  }

  /** Adds a node's direct neighbours to the neighbourhood shown (or starts one around it). */
  expand(id: string): void {
    if (!this.graph.hasNode(id) || this.view.expanded.includes(id)) return;
    if (!this.view.depth) this.#change({ focus: id, centre: id, depth: 1 });
    else this.#change({ expanded: [...this.view.expanded, id] });
    this.#requestCamera({ kind: 'fit', sequence: 0 });
  }

  collapse(id: string): void {
    this.#change({ expanded: this.view.expanded.filter((node) => node !== id) });
  }

  hide(id: string): void {
    if (!this.graph.hasNode(id) || this.view.hidden.includes(id)) return;
    const wasCentre = this.view.centre === id;
    this.#change({
      hidden: [...this.view.hidden, id],
      focus: this.view.focus === id ? undefined : this.view.focus,
      centre: wasCentre ? undefined : this.view.centre,
      depth: wasCentre ? undefined : this.view.depth,
      edge: undefined,
    });
  }

  unhide(id: string): void {
    this.#change({ hidden: this.view.hidden.filter((node) => node !== id) });
  }

  /** Clears the neighbourhood, expansions, hidden nodes and filters, keeping the selection. */
  showEverything(): void {
    this.#change({
      depth: undefined,
      centre: undefined,
      expanded: [],
      hidden: [],
      kinds: undefined,
      evidence: undefined,
      statuses: undefined,
    });
    this.#requestCamera({ kind: 'fit', sequence: 0 });
  }

  // ---- filters ---------------------------------------------------------------------------------

  toggleKind(kind: NodeKind): void {
    const present = countKinds(this.graph).map((entry) => entry.kind);
    this.#change({ kinds: toggleMember(this.view.kinds, kind, present) });
  }

  setMinEvidence(level: EvidenceLevel | undefined): void {
    this.#change({ evidence: level });
  }

  toggleStatus(status: DrugStatus, all: readonly DrugStatus[]): void {
    this.#change({ statuses: toggleMember(this.view.statuses, status, all) });
  }

  resetFilters(): void {
    this.#change({ kinds: undefined, evidence: undefined, statuses: undefined });
  }

  // ---- layout ------------------------------------------------------------------------------------

  setLayout(layout: LayoutName): void {
    this.#change({ layout });
    this.#requestCamera({ kind: 'fit', sequence: 0 });
  }

  pin(id: string, position: Position): void {
    if (this.graph.hasNode(id)) this.pins = { ...this.pins, [id]: position };
  }

  unpinAll(): void {
    this.pins = {};
  }

  // ---- paths and comparisons -----------------------------------------------------------------------

  findPath(from: string, to: string, evidence?: EvidenceLevel): void {
    if (!this.graph.hasNode(from) || !this.graph.hasNode(to) || from === to) return;
    this.#change({ path: { from, to, evidence, choice: undefined }, edge: undefined });
    this.#requestCamera({ kind: 'fit', ids: this.activePath?.nodes, sequence: 0 });
  }

  choosePath(choice: number): void {
    const path = this.view.path;
    if (!path || choice < 0 || choice >= this.paths.length) return;
    this.#change({ path: { ...path, choice: choice || undefined } });
    this.#requestCamera({ kind: 'fit', ids: this.activePath?.nodes, sequence: 0 });
  }

  clearPath(): void {
    this.#change({ path: undefined });
  }

  compare(drugs: readonly string[]): void {
    const valid = drugs
      .filter((id, index) => drugs.indexOf(id) === index && this.graph.hasNode(id))
      .slice(0, MAX_COMPARED);
    this.#change({ compare: valid });
    const targets = this.comparison?.rows.flatMap((row) => row.targets.map((target) => target.target)) ?? [];
    if (valid.length > 0) this.#requestCamera({ kind: 'fit', ids: [...valid, ...targets], sequence: 0 });
  }

  // ---- history and the address -----------------------------------------------------------------

  undo(): void {
    if (this.history.undo()) this.#requestCamera({ kind: 'fit', sequence: 0 });
  }

  redo(): void {
    if (this.history.redo()) this.#requestCamera({ kind: 'fit', sequence: 0 });
  }

  /** Applies the view in the page address; anything unusable becomes a notice. */
  openFromUrl(search: string): void {
    const { view, notices } = parseViewUrl(search, this.#context());
    for (const message of notices) this.notices.show(message, 'warning');
    this.history.replace(view);
    if (view.focus && !view.depth) this.#requestCamera({ kind: 'centre', id: view.focus, sequence: 0 });
    else if (view.path) this.#requestCamera({ kind: 'fit', ids: this.activePath?.nodes, sequence: 0 });
    else if (view.depth || view.compare.length > 0 || view.layout !== 'force') {
      this.#requestCamera({ kind: 'fit', sequence: 0 });
    }
  }

  /** The page address for the current view, keeping parameters read elsewhere. */
  urlSearch(currentSearch: string): string {
    return serialiseViewUrl(this.view, currentSearch);
  }

  #context() {
    return { hasNode: (id: string) => this.graph.hasNode(id), hasEdge: (id: string) => this.graph.hasEdge(id) };
  }

  #change(patch: Partial<View>): void {
    this.history.commit({ ...this.view, ...patch });
  }

  #requestCamera(request: CameraRequest): void {
    this.camera = { ...request, sequence: ++this.#cameraSequence };
  }

  #concentricCentre(): string {
    if (this.view.focus && this.visible.nodes.has(this.view.focus)) return this.view.focus;
    let best = '';
    for (const node of this.visible.nodes) {
      if (!best || this.graph.degree(node) > this.graph.degree(best)) best = node;
    }
    return best;
  }
}
