// The view of the open dataset and the intents that change it (with undo/redo), what it shows as a result, and where
// the camera should go. Positions live in LayoutState; the dataset itself in OpenDataset.
import type { ValueColumn } from '../graph/attribute-columns';
import { excludedBy, type AttributeFilter } from '../graph/attribute-filter';
import { capSubgraph, type CappedSubgraph } from '../graph/cap-subgraph';
import { compareDrugs, comparedTargets, type DrugComparison } from '../graph/compare-drugs';
import { meetsEvidence } from '../graph/evidence';
import { explainPath, type PathExplanation } from '../graph/explain-path';
import { shortestPaths, type GraphPath } from '../graph/shortest-paths';
import type { DrugStatus, EvidenceLevel, NodeKind } from '../graph/types';
import { visibleSubgraph, type VisibleSubgraph } from '../graph/visible-subgraph';
import { grouped } from '../util/plural';
import { DrawCap } from './draw-cap.svelte';
import { NoticeState } from './notices.svelte';
import type { OpenDataset } from './open-dataset';
import { parseViewUrl, serialiseViewUrl } from './url-state';
import { ViewHistory } from './view-history.svelte';
import { toggleMember } from './view-edits';
import { MAX_COMPARED, MAX_DEPTH, emptyView, type LayoutName, type View } from './view';

/** A request to move the camera; `sequence` makes a repeated request count. */
export type CameraRequest =
  | { kind: 'centre'; id: string; sequence: number }
  /** Fit the given elements, or everything drawn when `ids` is absent. */
  | { kind: 'fit'; ids?: readonly string[] | undefined; sequence: number };

/** What the canvas draws more strongly than the rest, in the order it is preferred. */
export interface Emphasis {
  node: string | null;
  edge: string | null;
  path: { nodes: readonly string[]; edges: readonly string[] } | null;
  compare: { drugs: readonly string[]; shared: readonly string[]; targets: readonly string[] } | null;
}

/** The nodes and relationships a tour step (or a quiz question) highlights. */
export interface TourHighlight {
  nodes: string[];
  edges: string[];
}

const PATH_ALTERNATIVES = 3;

export class AtlasState {
  readonly data: OpenDataset;
  readonly notices = new NoticeState();
  readonly history = new ViewHistory();
  readonly drawCap = new DrawCap(this.history);
  camera = $state.raw<CameraRequest | null>(null);
  /** What a tour step or a quiz question highlights: drawn like a path, with everything else faded. */
  tourHighlight = $state.raw<TourHighlight | null>(null);
  #viewBeforeTour: View | null = null;
  /** The columns attribute filters read values through (set by the page once it has them). */
  #columns = $state.raw<{ nodes: readonly ValueColumn[]; edges: readonly ValueColumn[] }>({ nodes: [], edges: [] });
  #cameraSequence = 0;

  readonly view: View = $derived(this.history.current);
  readonly selectedNode = $derived(this.view.focus ?? null);
  readonly selectedEdge = $derived(this.view.edge ?? null);
  readonly paths: GraphPath[];
  readonly activePath: GraphPath | null;
  readonly pathExplanation: PathExplanation | null;
  readonly comparison: DrugComparison | null;
  /** Every target of the compared drugs. */
  readonly comparedTargets: string[];
  readonly visible: VisibleSubgraph;
  /** What is handed to the canvas: the visible subgraph, cut down for very large datasets. */
  readonly drawn: CappedSubgraph;
  /** Whether anything narrows the graph (a neighbourhood, hidden nodes, filters), so "Show everything" can help. */
  readonly narrowed: boolean;
  readonly emphasis: Emphasis;
  /** The canvas's accessible description: how much of the graph is shown, and how to move through it. */
  readonly description: string;

  constructor(data: OpenDataset) {
    this.data = data;
    // Start on the dataset's own first view, so a large graph is never handed to the canvas whole.
    if (data.dataset.initialView) this.history.replace({ ...emptyView(), ...data.dataset.initialView });
    this.drawCap.finished();
    const graph = data.graph;

    this.paths = $derived.by(() => {
      const request = this.view.path;
      if (!request) return [];
      return shortestPaths(graph, request.from, request.to, PATH_ALTERNATIVES, (edge) =>
        meetsEvidence(graph.getEdgeAttribute(edge, 'evidence'), request.evidence),
      );
    });
    this.activePath = $derived(this.paths[this.view.path?.choice ?? 0] ?? this.paths[0] ?? null);
    this.pathExplanation = $derived(this.activePath ? explainPath(graph, this.activePath, data.vocab) : null);
    this.comparison = $derived(
      this.view.compare.length > 0 ? compareDrugs(graph, this.view.compare, data.vocab) : null,
    );
    this.comparedTargets = $derived(comparedTargets(this.comparison));
    this.visible = $derived.by(() => {
      const view = this.view;
      const filters = view.attributes ?? [];
      const columns = this.#columns;
      return visibleSubgraph(graph, {
        excludedNodes: filters.length > 0 ? excludedBy(filters, 'node', columns.nodes, graph.nodes()) : undefined,
        excludedEdges: filters.length > 0 ? excludedBy(filters, 'edge', columns.edges, graph.edges()) : undefined,
        focus: view.depth ? view.centre : undefined,
        depth: view.depth,
        expanded: view.expanded,
        hidden: view.hidden,
        kinds: view.kinds,
        minEvidence: view.evidence,
        statuses: view.statuses,
        pinned: [...this.#kept(), ...this.comparedTargets],
      });
    });
    this.drawn = $derived(capSubgraph(graph, this.visible, this.drawCap.limits, this.#kept()));
    this.narrowed = $derived(
      this.view.depth !== undefined ||
        this.view.hidden.length > 0 ||
        this.view.kinds !== undefined ||
        this.view.evidence !== undefined ||
        this.view.statuses !== undefined ||
        (this.view.attributes?.length ?? 0) > 0,
    );
    this.emphasis = $derived({
      node: this.selectedNode,
      edge: this.selectedEdge,
      path: this.tourHighlight ?? this.activePath,
      compare:
        this.view.compare.length > 0
          ? { drugs: this.view.compare, shared: this.comparison?.sharedTargets ?? [], targets: this.comparedTargets }
          : null,
    });
    this.description = $derived(
      `Graph of ${grouped(this.visible.nodes.size)} of ${grouped(graph.order)} nodes and ` +
        `${grouped(this.visible.edges.size)} relationships. ` +
        'Use the search box, the Graph outline or the Details panel to move through it by keyboard.',
    );
  }

  get graph() {
    return this.data.graph;
  }

  // ---- selection -------------------------------------------------------------------------------

  /** Selects a node and brings it to the middle of the view. */
  focus(id: string): void {
    if (!this.graph.hasNode(id)) {
      this.notices.show(`There is no node "${id}" in this graph.`, 'warning');
      return;
    }
    this.#change({ focus: id, edge: undefined, hidden: this.view.hidden.filter((node) => node !== id) });
    this.#requestCamera({ kind: 'centre', id });
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
    this.fitToView();
  }

  /** Adds a node's direct neighbours to the neighbourhood shown (or starts one around it). */
  expand(id: string): void {
    if (!this.graph.hasNode(id) || this.view.expanded.includes(id)) return;
    if (!this.view.depth) this.#change({ focus: id, centre: id, depth: 1 });
    else this.#change({ expanded: [...this.view.expanded, id] });
    this.fitToView();
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
      attributes: undefined,
    });
    this.fitToView();
  }

  // ---- filters and layout ------------------------------------------------------------------------

  toggleKind(kind: NodeKind): void {
    const present = this.data.kindCounts.map((entry) => entry.kind);
    this.#change({ kinds: toggleMember(this.view.kinds, kind, present) });
  }

  setMinEvidence(level: EvidenceLevel | undefined): void {
    this.#change({ evidence: level });
  }

  toggleStatus(status: DrugStatus, all: readonly DrugStatus[]): void {
    this.#change({ statuses: toggleMember(this.view.statuses, status, all) });
  }

  resetFilters(): void {
    this.#change({ kinds: undefined, evidence: undefined, statuses: undefined, attributes: undefined });
  }

  /** The columns attribute filters read (the page's, with measures once computed). */
  useColumns(columns: { nodes: readonly ValueColumn[]; edges: readonly ValueColumn[] }): void {
    this.#columns = columns;
  }

  /** Adds a filter by attribute, or replaces the one on the same column. */
  filterByAttribute(filter: AttributeFilter): void {
    const others = (this.view.attributes ?? []).filter(
      (existing) => existing.group !== filter.group || existing.column !== filter.column,
    );
    this.#change({ attributes: [...others, filter] });
  }

  /** Removes the filter on a column. */
  clearAttributeFilter(group: 'node' | 'edge', column: string): void {
    const remaining = (this.view.attributes ?? []).filter(
      (existing) => existing.group !== group || existing.column !== column,
    );
    this.#change({ attributes: remaining.length > 0 ? remaining : undefined });
  }

  setLayout(layout: LayoutName): void {
    this.#change({ layout });
    this.fitToView();
  }

  // ---- paths and comparisons -----------------------------------------------------------------------

  findPath(from: string, to: string, evidence?: EvidenceLevel): void {
    if (!this.graph.hasNode(from) || !this.graph.hasNode(to) || from === to) return;
    this.#change({ path: { from, to, evidence, choice: undefined }, edge: undefined });
    this.#requestCamera({ kind: 'fit', ids: this.activePath?.nodes });
  }

  choosePath(choice: number): void {
    const path = this.view.path;
    if (!path || choice < 0 || choice >= this.paths.length) return;
    this.#change({ path: { ...path, choice: choice || undefined } });
    this.#requestCamera({ kind: 'fit', ids: this.activePath?.nodes });
  }

  clearPath(): void {
    this.#change({ path: undefined });
  }

  compare(drugs: readonly string[]): void {
    const valid = drugs
      .filter((id, index) => drugs.indexOf(id) === index && this.graph.hasNode(id))
      .slice(0, MAX_COMPARED);
    this.#change({ compare: valid });
    if (valid.length > 0) this.#requestCamera({ kind: 'fit', ids: [...valid, ...this.comparedTargets] });
  }

  // ---- drawing -------------------------------------------------------------------------------------

  /** Draws twice as much of a large dataset as before. */
  showMore(): void {
    this.drawCap.showMore();
  }

  /** The canvas has drawn the whole of the current view. */
  drawingFinished(): void {
    this.drawCap.finished();
  }

  /** The reader stopped a drawing half way: back to what was drawn before, whatever asked for more. */
  cancelDrawing(): void {
    if (this.drawCap.cancel()) this.fitToView();
  }

  /** Frames everything drawn. */
  fitToView(): void {
    this.#requestCamera({ kind: 'fit' });
  }

  // ---- guided tours and quizzes ------------------------------------------------------------------

  /**
   * Shows a tour step (or a quiz question): the whole graph in the step's layout, its nodes and
   * relationships highlighted, and the camera moving to frame them. No undo step is recorded; the
   * view from before the tour comes back when it ends.
   */
  showTourStep(step: {
    focus: readonly string[];
    highlight: readonly string[];
    layout?: LayoutName | undefined;
  }): void {
    this.#viewBeforeTour ??= this.view;
    const edges = step.highlight.filter((id) => this.graph.hasEdge(id));
    const ends = edges.flatMap((id) => this.graph.extremities(id));
    const nodes = [...step.focus, ...ends].filter(
      (id, index, all) => all.indexOf(id) === index && this.graph.hasNode(id),
    );
    this.tourHighlight = { nodes, edges };
    this.history.replace({ ...emptyView(), layout: step.layout ?? 'force' });
    this.#requestCamera({ kind: 'fit', ids: nodes });
  }

  /** Leaves the tour: the highlight goes and the view from before the tour comes back. */
  endTour(): void {
    if (!this.tourHighlight && !this.#viewBeforeTour) return;
    if (this.#viewBeforeTour) this.history.replace(this.#viewBeforeTour);
    this.#viewBeforeTour = null;
    this.tourHighlight = null;
    this.fitToView();
  }

  // ---- history and the address -----------------------------------------------------------------

  undo(): void {
    if (this.history.undo()) this.fitToView();
  }

  redo(): void {
    if (this.history.redo()) this.fitToView();
  }

  /** Applies the view in an address query ("?focus=…"); anything unusable becomes a notice. */
  openFromAddress(query: string): void {
    const parsed = parseViewUrl(query, this.data.addressContext);
    for (const message of parsed.notices) this.notices.show(message, 'warning');
    const initial = this.data.dataset.initialView;
    const asksForNothing = serialiseViewUrl(parsed.view) === '';
    const view = asksForNothing && initial ? { ...parsed.view, ...initial } : parsed.view;
    this.history.replace(view);
    if (view.focus && !view.depth) this.#requestCamera({ kind: 'centre', id: view.focus });
    else if (view.path) this.#requestCamera({ kind: 'fit', ids: this.activePath?.nodes });
    else if (view.depth || view.compare.length > 0 || view.layout !== 'force') this.fitToView();
  }

  /** The address query for the current view, keeping the parameters other parts of the page own. */
  addressQuery(currentQuery: string): string {
    return serialiseViewUrl(this.view, currentQuery);
  }

  /** Nodes every drawing keeps, whatever the filters or the cap: the selection, the path, the compared drugs. */
  #kept(): string[] {
    const view = this.view;
    return [
      ...(view.focus ? [view.focus] : []),
      ...(view.centre ? [view.centre] : []),
      ...(this.activePath?.nodes ?? []),
      ...view.compare,
    ];
  }

  #change(patch: Partial<View>): void {
    this.history.commit({ ...this.view, ...patch });
  }

  #requestCamera(request: { kind: 'centre'; id: string } | { kind: 'fit'; ids?: readonly string[] | undefined }): void {
    this.camera = { ...request, sequence: ++this.#cameraSequence };
  }
}
