// The app's state: the graph being explored, the view (with undo/redo and the address), and the intents that change it.
import type { GraphBundle } from '../data/validate-dataset';
import type { Source } from '../data/schema';
import type { AtlasGraph } from '../graph/build-graph';
import { compareDrugs, type DrugComparison } from '../graph/compare-drugs';
import { countKinds } from '../graph/count-kinds';
import { meetsEvidence } from '../graph/evidence';
import { explainPath, type PathExplanation } from '../graph/explain-path';
import { concentricLayout } from '../graph/layout-concentric';
import type { Position } from '../graph/layout-force';
import type { AtlasDataset } from './dataset';
import { lanesLayout } from '../graph/layout-lanes';
import { NodeSearch } from '../graph/search-index';
import { shortestPaths, type GraphPath } from '../graph/shortest-paths';
import type { DrugStatus, EvidenceLevel, NodeKind } from '../graph/types';
import { visibleSubgraph, type VisibleSubgraph } from '../graph/visible-subgraph';
import { capSubgraph, type CappedSubgraph, type DrawLimits } from '../graph/cap-subgraph';
import { runLayoutInWorker, type LayoutJob } from '../graph/layout-worker-job';
import { buildOverview, type Overview } from '../graph/overview';
import { subsetForceLayout } from '../graph/layout-subset';
import { composeScene, withImplicitNeighbourhood, type Scene } from './scene';
import { NoticeState } from './notices.svelte';
import { parseViewUrl, serialiseViewUrl } from './url-state';
import { ViewHistory } from './view-history.svelte';
import { mergePositions, toggleMember, withPins, type Pins } from './view-edits';
import { MAX_COMPARED, MAX_DEPTH, emptyView, type LayoutName, type View } from './view';

/** A request to move the camera; `sequence` makes a repeated request count. */
export type CameraRequest =
  | { kind: 'centre'; id: string; sequence: number }
  /** Fit the given elements, or everything drawn when `ids` is absent. */
  | { kind: 'fit'; ids?: readonly string[] | undefined; sequence: number };

const PATH_ALTERNATIVES = 3;
/** Layouts of parts of the graph kept for reuse, so going back to a group or filter does not lay it out again. */
const KEPT_PART_LAYOUTS = 12;
/** Canvas sizes are rounded to this many pixels, so a scene drawn to fit the canvas is not redone for every pixel. */
const CANVAS_STEP = 40;

export class AtlasState {
  readonly dataset: AtlasDataset;
  readonly bundle: GraphBundle;
  readonly graph: AtlasGraph;
  readonly sources: ReadonlyMap<string, Source>;
  readonly notices = new NoticeState();
  readonly history = new ViewHistory();
  readonly #forcePositions: ReadonlyMap<string, Position>;
  /** Positions from a force layout re-run by the user (in a worker); they replace the shipped ones. */
  #relaidPositions = $state.raw<ReadonlyMap<string, Position>>(mergePositions());
  #search: NodeSearch | undefined;

  camera = $state.raw<CameraRequest | null>(null);
  /** Positions the user dragged nodes to; they win over any layout until unpinned. */
  pins = $state.raw<Pins>({});
  #cameraSequence = 0;

  readonly view: View = $derived(this.history.current);
  /** The view as the canvas shows it: a link naming only a node opens that node's neighbourhood. */
  readonly shownView: View;
  readonly selectedNode = $derived(this.view.focus ?? null);
  readonly selectedEdge = $derived(this.view.edge ?? null);
  readonly paths: GraphPath[];
  readonly activePath: GraphPath | null;
  readonly pathExplanation: PathExplanation | null;
  readonly comparison: DrugComparison | null;
  readonly visible: VisibleSubgraph;
  /** What is handed to the canvas: the visible subgraph, cut down for very large datasets. */
  readonly drawn: CappedSubgraph;
  /** How much of a large dataset may be drawn at once; "Show more" raises it. */
  // Measured on a 2-core machine drawing on a canvas without a GPU: a full redraw of 12,000 edges took about
  // 450 ms, of 5,000 under 200 ms; "draw more" doubles these at the reader's request.
  drawLimits = $state<DrawLimits>({ maxNodes: 2000, maxEdges: 5000 });
  readonly positions: ReadonlyMap<string, Position>;
  /** The dataset summarised by its groups (the curated graph), or null. */
  readonly overview: Overview | null;
  /** What the canvas shows for the view and how it is laid out. */
  readonly scene: Scene;
  /** The canvas size in pixels (rounded), which the overview and long paths are drawn to fit. */
  canvas = $state.raw({ width: 960, height: 720 });
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache of computed layouts, not state anything reads reactively
  readonly #partLayouts = new Map<string, ReadonlyMap<string, Position>>();

  /**
   * `dataset` is what is explored; `bundle` is the curated data (vocabulary, tours), which every
   * dataset shares.
   */
  constructor(dataset: AtlasDataset, bundle: GraphBundle) {
    this.dataset = dataset;
    this.bundle = bundle;
    this.graph = dataset.graph;
    this.#forcePositions = dataset.positions;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fixed lookup table, read-only after construction
    this.sources = new Map(dataset.sources.map((source) => [source.id, source]));
    // Start on the dataset's own first view, so a large graph is never handed to the canvas whole.
    if (dataset.initialView) this.history.replace({ ...emptyView(), ...dataset.initialView });

    this.paths = $derived.by(() => {
      const request = this.view.path;
      if (!request) return [];
      return shortestPaths(this.graph, request.from, request.to, PATH_ALTERNATIVES, (edge) =>
        meetsEvidence(this.graph.getEdgeAttribute(edge, 'evidence'), request.evidence),
      );
    });
    this.activePath = $derived(this.paths[this.view.path?.choice ?? 0] ?? this.paths[0] ?? null);
    this.pathExplanation = $derived(
      this.activePath ? explainPath(this.graph, this.activePath, this.dataset.vocab) : null,
    );
    this.comparison = $derived(
      this.view.compare.length > 0 ? compareDrugs(this.graph, this.view.compare, this.dataset.vocab) : null,
    );
    this.overview = buildOverview(this.graph, dataset.vocab.groups);
    this.shownView = $derived(withImplicitNeighbourhood(this.view, this.overview !== null));
    this.visible = $derived.by(() => {
      const view = this.shownView;
      const kept = [
        ...(view.focus ? [view.focus] : []),
        ...(view.centre ? [view.centre] : []),
        ...(this.activePath?.nodes ?? []),
        ...view.compare,
        ...this.#comparedTargets(),
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
    this.drawn = $derived(
      capSubgraph(this.graph, this.visible, this.drawLimits, [
        ...(this.view.focus ? [this.view.focus] : []),
        ...(this.shownView.centre ? [this.shownView.centre] : []),
        ...(this.activePath?.nodes ?? []),
        ...this.view.compare,
      ]),
    );
    this.scene = $derived(
      composeScene({
        graph: this.graph,
        view: this.shownView,
        drawn: this.drawn,
        mapPositions: mergePositions(this.#forcePositions, this.#relaidPositions),
        overview: this.overview,
        path: this.activePath,
        tour: this.tourHighlight,
        compareTargets: this.#comparedTargets(),
        canvas: this.canvas,
        forceLayoutOf: (nodes) => this.#partLayout(nodes),
        kindPlural: (kind) => this.dataset.vocab.kinds[kind]?.plural ?? kind,
      }),
    );
    this.positions = $derived(withPins(this.scene.positions, this.pins));
  }

  /** A force layout of part of the graph, kept for reuse. */
  #partLayout(nodes: ReadonlySet<string>): ReadonlyMap<string, Position> {
    const key = [...nodes].sort().join('\n');
    const kept = this.#partLayouts.get(key);
    if (kept) return kept;
    const positions = subsetForceLayout(this.graph, nodes);
    if (this.#partLayouts.size >= KEPT_PART_LAYOUTS)
      this.#partLayouts.delete(this.#partLayouts.keys().next().value ?? '');
    this.#partLayouts.set(key, positions);
    return positions;
  }

  #comparedTargets(): string[] {
    return this.comparison?.rows.flatMap((row) => row.targets.map((target) => target.target)) ?? [];
  }

  /** Tells the state how large the canvas is; a scene drawn to fit it is laid out again and refitted. */
  setCanvasSize(size: { width: number; height: number }): void {
    const rounded = {
      width: Math.max(CANVAS_STEP, Math.round(size.width / CANVAS_STEP) * CANVAS_STEP),
      height: Math.max(CANVAS_STEP, Math.round(size.height / CANVAS_STEP) * CANVAS_STEP),
    };
    if (rounded.width === this.canvas.width && rounded.height === this.canvas.height) return;
    this.canvas = rounded;
    if (this.scene.kind === 'overview' || this.scene.kind === 'path') this.#requestCamera({ kind: 'fit', sequence: 0 });
  }

  /** Progress of a force layout running in a worker, or null. */
  layoutProgress = $state<number | null>(null);
  #layoutJob: LayoutJob | null = null;

  /**
   * Re-runs the force layout on what is drawn, in a worker, for a few seconds; cancel keeps the old one. A view laid
   * out for itself (the overview, a neighbourhood in rings) switches to the force layout, which the result feeds.
   */
  relayout(durationMs = 4000): void {
    this.cancelLayout();
    if (this.view.layout !== 'force' && !this.dataset.needsLayout) this.#change({ layout: 'force' });
    let job: LayoutJob | null = null;
    job = runLayoutInWorker(this.graph, this.drawn.nodes, this.positions, {
      durationMs,
      onProgress: (fraction) => {
        if (job && this.#layoutJob === job) this.layoutProgress = fraction;
      },
    });
    this.#layoutJob = job;
    this.layoutProgress = 0;
    void job.result.then((positions) => {
      if (this.#layoutJob !== job) return;
      this.#layoutJob = null;
      this.layoutProgress = null;
      if (!positions) return;
      this.pins = {};
      this.#relaidPositions = mergePositions(this.#relaidPositions, positions);
      if (this.dataset.needsLayout) {
        // The first layout of a graph that came without positions is kept with the dataset.
        this.dataset.positions = mergePositions(this.dataset.positions, positions);
        this.dataset.needsLayout = false;
      }
      this.#requestCamera({ kind: 'fit', sequence: 0 });
    });
  }

  /** Positions from "Lay out again" (this visit or a kept one), over the dataset's own. */
  get relaidPositions(): ReadonlyMap<string, Position> {
    return this.#relaidPositions;
  }

  /** Puts back a layout kept from an earlier visit (nodes no longer in the graph are ignored). */
  restoreLayout(positions: ReadonlyMap<string, Position>): void {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway filter of the kept rows, not state
    const known = new Map([...positions].filter(([node]) => this.graph.hasNode(node)));
    if (known.size === 0) return;
    if (this.dataset.needsLayout) {
      this.cancelLayout();
      this.dataset.needsLayout = false;
    }
    this.#relaidPositions = mergePositions(this.#relaidPositions, known);
    this.#requestCamera({ kind: 'fit', sequence: 0 });
  }

  cancelLayout(): void {
    this.#layoutJob?.cancel();
    this.#layoutJob = null;
    this.layoutProgress = null;
  }

  /** Draws twice as much of a large dataset as before. */
  showMore(): void {
    this.drawLimits = { maxNodes: this.drawLimits.maxNodes * 2, maxEdges: this.drawLimits.maxEdges * 2 };
  }

  /** The search index, built on first use so start-up stays quick. */
  get search(): NodeSearch {
    this.#search ??= new NodeSearch(this.graph);
    return this.#search;
  }

  // ---- selection -------------------------------------------------------------------------------

  /**
   * Goes to a node. From the overview, or a neighbourhood opened that way, the node's own neighbourhood opens
   * around it (the address just names the node); inside a neighbourhood the reader asked for, the neighbourhood
   * moves to it; on a wider view it is selected and brought to the middle.
   */
  focus(id: string): void {
    if (!this.graph.hasNode(id)) {
      this.notices.show(`There is no node "${id}" in this graph.`, 'warning');
      return;
    }
    const hidden = this.view.hidden.filter((node) => node !== id);
    const implicit = this.view.depth === undefined && this.shownView.depth !== undefined;
    if (this.scene.kind === 'overview' || implicit) {
      this.#change({ focus: id, edge: undefined, hidden });
      this.#requestCamera({ kind: 'fit', sequence: 0 });
      return;
    }
    if (this.view.depth !== undefined && this.view.centre !== id) {
      this.showNeighbourhood(id, this.view.depth);
      return;
    }
    this.#change({ focus: id, edge: undefined, hidden });
    this.#requestCamera({ kind: 'centre', id, sequence: 0 });
  }

  /** Selects a node the user pointed at on the canvas; the camera stays where the user put it. On the overview, opens it. */
  pickNode(id: string): void {
    if (!this.graph.hasNode(id)) return;
    if (this.scene.kind === 'overview') this.focus(id);
    else this.#change({ ...this.#keepShownNeighbourhood(), focus: id, edge: undefined });
  }

  /** A neighbourhood opened by naming only a node stays where it is when the selection changes. */
  #keepShownNeighbourhood(): Partial<View> {
    const shown = this.shownView;
    return shown.depth !== undefined && this.view.depth === undefined
      ? { depth: shown.depth, centre: shown.centre }
      : {};
  }

  /** Shows the nodes of one group, laid out for themselves. */
  openGroup(group: string): void {
    if (!this.overview?.groups.some((entry) => entry.id === group)) return;
    this.#change({
      ...emptyView(),
      group,
      layout: this.#ownLayout(),
      q: this.view.q,
    });
    this.#requestCamera({ kind: 'fit', sequence: 0 });
  }

  /** Back to the first screen: the overview of the groups (or the whole graph, for a dataset without groups). */
  showOverview(): void {
    this.#change({ ...emptyView(), q: this.view.q });
    this.#requestCamera({ kind: 'fit', sequence: 0 });
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
    this.#requestCamera({ kind: 'fit', sequence: 0 });
  }

  /** Adds a node's direct neighbours to the neighbourhood shown (or starts one around it). */
  expand(id: string): void {
    if (!this.graph.hasNode(id) || this.view.expanded.includes(id)) return;
    if (!this.view.depth)
      this.#change({ focus: id, centre: id, depth: 1, group: undefined, layout: this.#ownLayout() });
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

  /** Clears the neighbourhood, group, expansions, hidden nodes and filters, keeping the selection: the whole map. */
  showEverything(): void {
    this.#change({
      depth: undefined,
      centre: undefined,
      group: undefined,
      expanded: [],
      hidden: [],
      kinds: undefined,
      evidence: undefined,
      statuses: undefined,
      // With an overview, "everything" means the whole map rather than the summary.
      layout: this.overview && this.view.layout === 'auto' ? 'force' : this.view.layout,
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
    this.#change({ path: { from, to, evidence, choice: undefined }, edge: undefined, layout: this.#ownLayout() });
    this.#requestCamera({ kind: 'fit', sequence: 0 });
  }

  choosePath(choice: number): void {
    const path = this.view.path;
    if (!path || choice < 0 || choice >= this.paths.length) return;
    this.#change({ path: { ...path, choice: choice || undefined } });
    this.#requestCamera({ kind: 'fit', sequence: 0 });
  }

  clearPath(): void {
    if (!this.view.path) return;
    this.#change({ path: undefined });
    this.#requestCamera({ kind: 'fit', sequence: 0 });
  }

  compare(drugs: readonly string[]): void {
    const valid = drugs
      .filter((id, index) => drugs.indexOf(id) === index && this.graph.hasNode(id))
      .slice(0, MAX_COMPARED);
    this.#change({ compare: valid, layout: this.#ownLayout() });
    if (valid.length > 0) this.#requestCamera({ kind: 'fit', sequence: 0 });
  }

  // ---- guided tours and quizzes ------------------------------------------------------------------

  /** What a tour step or a quiz question highlights: drawn like a path, with everything else faded. */
  tourHighlight = $state.raw<{ nodes: string[]; edges: string[] } | null>(null);
  #viewBeforeTour: View | null = null;

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
    this.#requestCamera({ kind: 'fit', ids: nodes, sequence: 0 });
  }

  /** Leaves the tour: the highlight goes and the view from before the tour comes back. */
  endTour(): void {
    if (!this.tourHighlight && !this.#viewBeforeTour) return;
    if (this.#viewBeforeTour) this.history.replace(this.#viewBeforeTour);
    this.#viewBeforeTour = null;
    this.tourHighlight = null;
    this.#requestCamera({ kind: 'fit', sequence: 0 });
  }

  /** Where every node sits under `layout` with nothing filtered out, for pictures of tour steps. */
  layoutPositions(layout: LayoutName): ReadonlyMap<string, Position> {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a one-off argument, not state
    const everything = new Set(this.graph.nodes());
    if (layout === 'lanes') return lanesLayout(this.graph, everything);
    if (layout === 'concentric') return concentricLayout(this.graph, everything, this.#concentricCentre());
    return this.#forcePositions;
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
    const parsed = parseViewUrl(search, this.#context());
    for (const message of parsed.notices) this.notices.show(message, 'warning');
    const asksForNothing = serialiseViewUrl(parsed.view) === '';
    const view =
      asksForNothing && this.dataset.initialView ? { ...parsed.view, ...this.dataset.initialView } : parsed.view;
    this.history.replace(view);
    if (view.focus && this.scene.kind === 'whole') this.#requestCamera({ kind: 'centre', id: view.focus, sequence: 0 });
    else this.#requestCamera({ kind: 'fit', sequence: 0 });
  }

  /** The page address for the current view, keeping parameters read elsewhere. */
  urlSearch(currentSearch: string): string {
    return serialiseViewUrl(this.view, currentSearch);
  }

  #context() {
    return {
      hasNode: (id: string) => this.graph.hasNode(id),
      hasEdge: (id: string) => this.graph.hasEdge(id),
      hasKind: (kind: string) => Object.hasOwn(this.dataset.vocab.kinds, kind),
      hasGroup: (group: string) => this.overview?.groups.some((entry) => entry.id === group) ?? false,
    };
  }

  #change(patch: Partial<View>): void {
    this.history.commit({ ...this.view, ...patch });
  }

  #requestCamera(request: CameraRequest): void {
    this.camera = { ...request, sequence: ++this.#cameraSequence };
  }

  #concentricCentre(): string {
    if (this.view.focus && this.drawn.nodes.has(this.view.focus)) return this.view.focus;
    let best = '';
    for (const node of this.drawn.nodes) {
      if (!best || this.graph.degree(node) > this.graph.degree(best)) best = node;
    }
    return best;
  }
}
