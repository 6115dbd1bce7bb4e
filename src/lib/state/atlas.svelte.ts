// The view of the open dataset and the intents that change it (with undo/redo), what it shows as a result, and where
// the camera should go. Positions and the scene live in LayoutState; the dataset itself in OpenDataset.
import type { ValueColumn } from '../graph/attribute-columns';
import { excludedBy, type AttributeFilter } from '../graph/attribute-filter';
import { capSubgraph, type CappedSubgraph } from '../graph/cap-subgraph';
import { compareDrugs, comparedTargets, type DrugComparison } from '../graph/compare-drugs';
import { meetsEvidence } from '../graph/evidence';
import { MAX_FLOW_STEPS, followFlow, type Flow } from '../graph/downstream';
import { explainFlow, type FlowStepExplained } from '../graph/explain-flow';
import { explainPath, type PathExplanation } from '../graph/explain-path';
import { mechanismPaths } from '../graph/mechanism-paths';
import type { FlowDirection } from '../graph/relation-direction';
import { shortestPaths, type GraphPath } from '../graph/shortest-paths';
import type { DrugStatus, EvidenceLevel, NodeKind } from '../graph/types';
import { visibleSubgraph, type VisibleSubgraph } from '../graph/visible-subgraph';
import { grouped } from '../util/plural';
import { DrawCap } from './draw-cap.svelte';
import { NoticeState } from './notices.svelte';
import { sceneKind, withImplicitNeighbourhood, type SceneKind } from './scene';
import type { OpenDataset } from './open-dataset';
import { parseViewUrl, serialiseViewUrl } from './url-state';
import { ViewHistory } from './view-history.svelte';
import { toggleMember } from './view-edits';
import { MAX_COMPARED, MAX_DEPTH, emptyView, type LayoutName, type PathMode, type View } from './view';

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
/** Mechanism paths offer more alternatives: a graph often records several routes, and the direct claim comes last. */
const MECHANISM_ALTERNATIVES = 5;

/** The columns attribute filters read values through. */
type AttributeColumns = { nodes: readonly ValueColumn[]; edges: readonly ValueColumn[] };

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
  #columns = $state.raw<AttributeColumns>({ nodes: [], edges: [] });
  #cameraSequence = 0;
  /** The visible subgraph without pinned nodes, for the filters (`key`) it was worked out for. */
  #unpinned: { key: string; columns: AttributeColumns; visible: VisibleSubgraph } | undefined;
  /** The last cut-down drawing, for the visible subgraph and the limits, kept nodes and opened node (`key`) it had. */
  #capped: { visible: VisibleSubgraph; key: string; drawn: CappedSubgraph } | undefined;

  readonly view: View = $derived(this.history.current);
  /** The view as the canvas shows it: a link naming only a node opens that node's neighbourhood. */
  readonly shownView: View;
  /** Which kind of scene the view asks for: the overview, a neighbourhood, a path, a tour step… */
  readonly sceneKind: SceneKind;
  readonly selectedNode = $derived(this.view.focus ?? null);
  readonly selectedEdge = $derived(this.view.edge ?? null);
  readonly paths: GraphPath[];
  readonly activePath: GraphPath | null;
  readonly pathExplanation: PathExplanation | null;
  /** What the flow's node leads to, or what leads to it, when the view asks for it. */
  readonly flow: Flow | null;
  /** The flow's relationships as sentences, grouped by step. */
  readonly flowExplanation: FlowStepExplained[];
  readonly comparison: DrugComparison | null;
  /** Every target of the compared drugs. */
  readonly comparedTargets: string[];
  readonly visible: VisibleSubgraph;
  /** What is handed to the canvas: the visible subgraph, cut down for very large datasets. */
  readonly drawn: CappedSubgraph;
  /**
   * Whether the view is the whole of a large graph or a filter of it: drawn by the overview renderer (sigma.js),
   * every node and relationship, rather than cut down for Cytoscape.
   */
  readonly drawsWhole: boolean;
  /** The last view the overview renderer drew, for "Back to the overview". */
  #lastWhole: View | null = null;
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
    this.shownView = $derived(withImplicitNeighbourhood(this.view, data.overview !== null));

    this.paths = $derived.by(() => {
      const request = this.view.path;
      if (!request) return [];
      const keepEdge = (edge: string) => meetsEvidence(graph.getEdgeAttribute(edge, 'evidence'), request.evidence);
      return request.mode === 'mechanism'
        ? mechanismPaths(graph, request.from, request.to, MECHANISM_ALTERNATIVES, keepEdge)
        : shortestPaths(graph, request.from, request.to, PATH_ALTERNATIVES, keepEdge);
    });
    this.flow = $derived.by(() => {
      const request = this.view.flow;
      return request ? followFlow(graph, request.node, request.direction, request.steps) : null;
    });
    this.flowExplanation = $derived(this.flow ? explainFlow(graph, this.flow, data.vocab) : []);
    this.activePath = $derived(this.paths[this.view.path?.choice ?? 0] ?? this.paths[0] ?? null);
    this.pathExplanation = $derived(this.activePath ? explainPath(graph, this.activePath, data.vocab) : null);
    this.comparison = $derived(
      this.view.compare.length > 0 ? compareDrugs(graph, this.view.compare, data.vocab) : null,
    );
    this.comparedTargets = $derived(comparedTargets(this.comparison));
    this.visible = $derived.by(() => {
      const view = this.shownView;
      const columns = this.#columns;
      const filters = view.attributes ?? [];
      const request = {
        focus: view.depth ? view.centre : undefined,
        depth: view.depth,
        expanded: view.expanded,
        hidden: view.hidden,
        kinds: view.kinds,
        relations: view.relations,
        minEvidence: view.evidence,
        statuses: view.statuses,
      };
      let excluded: { excludedNodes?: ReadonlySet<string>; excludedEdges?: ReadonlySet<string> } | undefined;
      const visibleWith = (pinned: readonly string[]) => {
        excluded ??=
          filters.length > 0
            ? {
                excludedNodes: excludedBy(filters, 'node', columns.nodes, graph.nodes()),
                excludedEdges: excludedBy(filters, 'edge', columns.edges, graph.edges()),
              }
            : {};
        return visibleSubgraph(graph, { ...request, ...excluded, pinned });
      };
      // A live dataset's graph grew: what is visible changes with it.
      const key = JSON.stringify([data.dataset.growth?.revision, filters, request]);
      let unpinned = this.#unpinned;
      if (unpinned?.key !== key || unpinned.columns !== columns) {
        unpinned = { key, columns, visible: visibleWith([]) };
        this.#unpinned = unpinned;
      }
      // Pinned nodes the filters show anyway change nothing: selecting a node, choosing a layout or another step of
      // a tour keeps the same subgraph, which a large graph would otherwise work out again on every click.
      const pinned = [...this.#kept(), ...this.comparedTargets];
      const visible = unpinned.visible;
      return pinned.every((node) => visible.nodes.has(node)) ? visible : visibleWith(pinned);
    });
    this.sceneKind = $derived(
      sceneKind({
        view: this.shownView,
        overview: data.overview,
        path: this.activePath,
        flow: this.flow,
        tour: this.tourHighlight,
      }),
    );
    this.drawsWhole = $derived(data.dataset.large && (this.sceneKind === 'whole' || this.sceneKind === 'filtered'));
    // The overview renderer draws a large graph whole, and the summary draws only its landmarks: only Cytoscape's
    // detail views of a large graph, and whatever a graph server's dataset has grown to, are cut down (a small graph
    // is always drawn in full). What the reader opened stays, and the neighbours of the node last opened come first.
    const cutDown = data.dataset.large || data.dataset.growth !== undefined;
    this.drawn = $derived.by(() => {
      const visible = this.visible;
      if (!cutDown || this.drawsWhole || this.sceneKind === 'overview')
        return { nodes: visible.nodes, edges: visible.edges, omittedNodes: 0, omittedEdges: 0 };
      const limits = this.drawCap.limits;
      const kept = this.#kept();
      const opened = this.#opened();
      const key = JSON.stringify([limits, kept, opened]);
      const last = this.#capped;
      if (last?.visible === visible && last.key === key) return last.drawn;
      const drawn = capSubgraph(graph, visible, limits, kept, this.#neighboursOf(opened));
      this.#capped = { visible, key, drawn };
      return drawn;
    });
    this.narrowed = $derived(
      this.view.depth !== undefined ||
        this.view.group !== undefined ||
        this.view.hidden.length > 0 ||
        this.view.kinds !== undefined ||
        this.view.relations !== undefined ||
        this.view.evidence !== undefined ||
        this.view.statuses !== undefined ||
        (this.view.attributes?.length ?? 0) > 0,
    );
    this.emphasis = $derived({
      node: this.selectedNode,
      edge: this.selectedEdge,
      path: this.tourHighlight ?? this.activePath ?? this.flow,
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

  /**
   * Goes to a node. From the overview, a large graph drawn whole, or a neighbourhood opened that way, the node's own
   * neighbourhood opens around it (the address just names the node); inside a neighbourhood the reader asked for, a
   * node in it is selected where it is, and one outside it gets the neighbourhood moved to it; on a wider view it is
   * selected and brought to the middle.
   */
  focus(id: string): void {
    if (!this.graph.hasNode(id)) {
      this.notices.show(`There is no node "${id}" in this graph.`, 'warning');
      return;
    }
    // A large graph drawn whole shows a node found in it in detail, with its neighbours.
    if (this.drawsWhole) {
      this.showNeighbourhood(id, 1);
      return;
    }
    const hidden = this.view.hidden.filter((node) => node !== id);
    const implicit = this.view.depth === undefined && this.shownView.depth !== undefined;
    if (this.sceneKind === 'overview' || implicit) {
      this.#change({ focus: id, edge: undefined, hidden });
      this.fitToView();
      return;
    }
    if (this.view.depth !== undefined && this.view.centre !== id) {
      if (this.visible.nodes.has(id)) this.#change({ focus: id, edge: undefined, hidden });
      else this.showNeighbourhood(id, this.view.depth);
      return;
    }
    this.#change({ focus: id, edge: undefined, hidden });
    this.#requestCamera({ kind: 'centre', id });
  }

  /** Selects a node the user pointed at on the canvas; the camera stays where the user put it. On the overview, opens it. */
  pickNode(id: string): void {
    if (!this.graph.hasNode(id)) return;
    if (this.sceneKind === 'overview') this.focus(id);
    else this.#change({ ...this.#keepShownNeighbourhood(), focus: id, edge: undefined });
  }

  /** A neighbourhood opened by naming only a node stays where it is when the selection changes. */
  #keepShownNeighbourhood(): Partial<View> {
    const shown = this.shownView;
    return shown.depth !== undefined && this.view.depth === undefined
      ? { depth: shown.depth, centre: shown.centre }
      : {};
  }

  /** Shows the nodes of one topic, laid out for themselves; on a summary by kinds, every node of that kind. */
  openGroup(group: string): void {
    if (this.data.overview?.by === 'kind') {
      if (this.data.overview.groups.some((entry) => entry.id === group)) this.showOnly({ kinds: [group] });
      return;
    }
    if (!this.data.hasGroup(group)) return;
    this.history.commit({ ...emptyView(), group, layout: this.#ownLayout(), q: this.view.q });
    this.fitToView();
  }

  /** Back to the first screen: the overview of the groups (or the whole graph, for a dataset without groups). */
  showOverview(): void {
    this.history.commit({ ...emptyView(), q: this.view.q });
    this.fitToView();
  }

  /** The layout a focused view should use: its own (auto), unless the reader chose lanes or rings. */
  #ownLayout(): View['layout'] {
    return this.view.layout === 'force' ? 'auto' : this.view.layout;
  }

  showEvidence(id: string): void {
    if (this.graph.hasEdge(id)) this.#change({ edge: id });
  }

  closeEvidence(): void {
    this.#change({ edge: undefined });
  }

  clearSelection(): void {
    this.#change({ ...this.#keepShownNeighbourhood(), focus: undefined, edge: undefined });
  }

  // ---- neighbourhood, expand, hide ---------------------------------------------------------------

  /** Shows only the nodes within `depth` steps of `centre`; `undefined` shows the whole graph again. */
  showNeighbourhood(centre: string, depth: number | undefined): void {
    if (depth === undefined) {
      this.#change({ depth: undefined, centre: undefined, expanded: [] });
    } else {
      if (!this.graph.hasNode(centre) || depth < 1 || depth > MAX_DEPTH) return;
      const sameCentre = this.view.centre === centre;
      this.#change({
        depth,
        centre,
        focus: centre,
        edge: undefined,
        group: undefined,
        expanded: sameCentre ? this.view.expanded : [],
        layout: this.#ownLayout(),
      });
    }
    this.fitToView();
  }

  /** Adds a node's direct neighbours to the neighbourhood shown (or starts one around it). */
  expand(id: string): void {
    if (!this.graph.hasNode(id) || this.view.expanded.includes(id)) return;
    if (!this.view.depth)
      this.#change({ focus: id, centre: id, depth: 1, group: undefined, layout: this.#ownLayout() });
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

  /** Clears the neighbourhood, group, expansions, hidden nodes and filters, keeping the selection: the whole map. */
  showEverything(): void {
    this.#change({
      depth: undefined,
      centre: undefined,
      expanded: [],
      hidden: [],
      kinds: undefined,
      relations: undefined,
      evidence: undefined,
      statuses: undefined,
      attributes: undefined,
      group: undefined,
      // With an overview, "everything" means the whole map rather than the summary.
      layout: this.data.overview && this.view.layout === 'auto' ? 'force' : this.view.layout,
    });
    this.fitToView();
  }

  // ---- filters and layout ------------------------------------------------------------------------

  /**
   * On a small graph a filter or a layout applies to the whole map. On a large one the whole graph is the overview
   * renderer's, which keeps its own map: a neighbourhood a focus implies stays that neighbourhood, filtered or laid
   * out anew, rather than giving way to the whole graph.
   */
  #changeWhatIsShown(change: Partial<View>): void {
    this.#change(this.data.dataset.large ? { ...this.#keepShownNeighbourhood(), ...change } : change);
  }

  toggleKind(kind: NodeKind): void {
    const present = this.data.kindCounts.map((entry) => entry.kind);
    this.#changeWhatIsShown({ kinds: toggleMember(this.view.kinds, kind, present) });
  }

  setMinEvidence(level: EvidenceLevel | undefined): void {
    this.#changeWhatIsShown({ evidence: level });
  }

  toggleStatus(status: DrugStatus, all: readonly DrugStatus[]): void {
    this.#changeWhatIsShown({ statuses: toggleMember(this.view.statuses, status, all) });
  }

  resetFilters(): void {
    this.#change({
      kinds: undefined,
      relations: undefined,
      evidence: undefined,
      statuses: undefined,
      attributes: undefined,
    });
  }

  /** Whether "Show everything" would show more: a narrowed view, the summary, or a neighbourhood a focus implies. */
  get offersEverything(): boolean {
    return this.narrowed || this.sceneKind === 'overview' || this.shownView.depth !== undefined;
  }

  /** A detail view of a large graph was opened from the overview renderer: the way back is offered. */
  get offersOverview(): boolean {
    return this.data.dataset.large && !this.drawsWhole && this.sceneKind !== 'overview';
  }

  /** From a detail view of a large graph back to the whole (or filtered) graph last shown in the overview renderer. */
  backToOverview(): void {
    const last = this.#lastWhole;
    this.history.commit(
      last ? { ...last, focus: this.view.focus } : { ...emptyView(), layout: 'force', q: this.view.q },
    );
    this.fitToView();
  }

  /** Shows only what these filters keep, from the whole graph: a kind, or a type of relationship, from the summary. */
  showOnly(filters: Pick<View, 'kinds' | 'relations'>): void {
    this.history.commit({ ...emptyView(), ...filters, q: this.view.q });
    this.fitToView();
  }

  /** The columns attribute filters read (the page's, with measures once computed). */
  useColumns(columns: AttributeColumns): void {
    this.#columns = columns;
  }

  /** Adds a filter by attribute, or replaces the one on the same column. */
  filterByAttribute(filter: AttributeFilter): void {
    const others = (this.view.attributes ?? []).filter(
      (existing) => existing.group !== filter.group || existing.column !== filter.column,
    );
    this.#changeWhatIsShown({ attributes: [...others, filter] });
  }

  /** Removes the filter on a column. */
  clearAttributeFilter(group: 'node' | 'edge', column: string): void {
    const remaining = (this.view.attributes ?? []).filter(
      (existing) => existing.group !== group || existing.column !== column,
    );
    this.#changeWhatIsShown({ attributes: remaining.length > 0 ? remaining : undefined });
  }

  /** Lays out what is shown anew (see #changeWhatIsShown for what a layout arranges). */
  setLayout(layout: LayoutName): void {
    this.#changeWhatIsShown({ layout });
    this.fitToView();
  }

  // ---- paths and comparisons -----------------------------------------------------------------------

  findPath(from: string, to: string, evidence?: EvidenceLevel, mode?: PathMode): void {
    if (!this.graph.hasNode(from) || !this.graph.hasNode(to) || from === to) return;
    this.#change({
      path: { from, to, evidence, choice: undefined, mode: mode === 'mechanism' ? mode : undefined },
      flow: undefined,
      edge: undefined,
      layout: this.#ownLayout(),
    });
    this.fitToView();
  }

  choosePath(choice: number): void {
    const path = this.view.path;
    if (!path || choice < 0 || choice >= this.paths.length) return;
    this.#change({ path: { ...path, choice: choice || undefined } });
    this.fitToView();
  }

  clearPath(): void {
    if (!this.view.path) return;
    this.#change({ path: undefined });
    this.fitToView();
  }

  /** Highlights what `node` leads to (downstream) or what leads to it (upstream), `steps` steps along the relationships. */
  showFlow(node: string, direction: FlowDirection, steps: number): void {
    if (!this.graph.hasNode(node) || !Number.isInteger(steps) || steps < 1 || steps > MAX_FLOW_STEPS) return;
    this.#change({
      flow: { node, direction, steps },
      path: undefined,
      focus: node,
      edge: undefined,
      layout: this.#ownLayout(),
    });
    this.fitToView();
  }

  clearFlow(): void {
    if (!this.view.flow) return;
    this.#change({ flow: undefined });
    this.fitToView();
  }

  compare(drugs: readonly string[]): void {
    const valid = drugs
      .filter((id, index) => drugs.indexOf(id) === index && this.graph.hasNode(id))
      .slice(0, MAX_COMPARED);
    this.#change({ compare: valid, layout: this.#ownLayout() });
    if (valid.length > 0) this.fitToView();
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

  /** The reader stopped the overview renderer's first drawing: back to the view before it, or to the summary. */
  cancelWhole(): void {
    if (this.history.undo()) this.fitToView();
    else if (this.data.overview) this.showOverview();
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
    this.history.replace({ ...emptyView(), layout: step.layout ?? 'auto' });
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
    if (view.focus && this.sceneKind === 'whole') this.#requestCamera({ kind: 'centre', id: view.focus });
    else this.fitToView();
  }

  /** The address query for the current view, keeping the parameters other parts of the page own. */
  addressQuery(currentQuery: string): string {
    return serialiseViewUrl(this.view, currentQuery);
  }

  /**
   * The node last expanded (else the centre, else the focus): its neighbours come first when a drawing is cut down,
   * since what the reader just opened matters most. Not the focus first: selecting a node would then change what is
   * drawn before its neighbours arrive.
   */
  #opened(): string | undefined {
    const shown = this.shownView;
    return shown.expanded.at(-1) ?? shown.centre ?? this.view.focus;
  }

  /** A node's neighbours (none for no node, or one no longer in the graph). */
  #neighboursOf(node: string | undefined): ReadonlySet<string> {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built whole inside a derivation, never changed
    return new Set(node && this.data.graph.hasNode(node) ? this.data.graph.neighbors(node) : []);
  }

  /**
   * Nodes every drawing keeps, whatever the filters or the cap: the selection, the centre and expanded nodes, the path
   * or flow shown, the compared drugs.
   */
  #kept(): string[] {
    const view = this.view;
    return [
      ...(view.focus ? [view.focus] : []),
      ...(this.shownView.centre ? [this.shownView.centre] : []),
      ...this.shownView.expanded,
      ...(this.activePath?.nodes ?? []),
      ...(this.flow?.nodes ?? []),
      ...view.compare,
    ];
  }

  #change(patch: Partial<View>): void {
    if (this.drawsWhole) this.#lastWhole = this.view;
    this.history.commit({ ...this.view, ...patch });
  }

  #requestCamera(request: { kind: 'centre'; id: string } | { kind: 'fit'; ids?: readonly string[] | undefined }): void {
    this.camera = { ...request, sequence: ++this.#cameraSequence };
  }
}
