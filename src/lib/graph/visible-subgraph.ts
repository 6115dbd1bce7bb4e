// Which nodes and edges a view shows, after neighbourhood, expansion, filters and hidden nodes, with what each filter hid.
import { AllEdges, EdgesWhere, type EdgeKeys } from './all-edges';
import type { AtlasGraph } from './build-graph';
import { meetsEvidence } from './evidence';
import { neighbourhood } from './neighbourhood';
import { forEachEdgeAmong, outIndexOf } from './out-index';
import type { DrugStatus, EdgeAttributes, EvidenceLevel, NodeAttributes, NodeKind } from './types';

export interface VisibilityOptions {
  /** Show only the neighbourhood of this node (with `depth`), or the whole graph when absent. */
  focus?: string | undefined;
  depth?: number | undefined;
  /** Nodes whose direct neighbours are added to the view. */
  expanded?: readonly string[];
  hidden?: readonly string[];
  /** Kinds to show; all when absent. */
  kinds?: readonly NodeKind[] | undefined;
  minEvidence?: EvidenceLevel | undefined;
  /** Relationship types to show, with only the nodes they join; all when absent. */
  relations?: readonly string[] | undefined;
  /** Drug statuses to show; drugs without a status are always shown. All when absent. */
  statuses?: readonly DrugStatus[] | undefined;
  /** Nodes that must stay visible whatever the filters say (the selection, a path). */
  pinned?: readonly string[];
  /** Nodes and edges that attribute filters leave out. */
  excludedNodes?: ReadonlySet<string> | undefined;
  excludedEdges?: ReadonlySet<string> | undefined;
}

export interface HiddenCounts {
  byKind: Partial<Record<NodeKind, number>>;
  byEvidence: number;
  byStatus: number;
  byHiding: number;
  /** Nodes left out because none of the relationships shown joins them. */
  byRelation: number;
  /** Nodes left out by attribute filters. */
  byAttribute: number;
}

export interface VisibleSubgraph {
  nodes: Set<string>;
  /** Read-only: the whole graph's relationships are the graph's own, not a copy. */
  edges: EdgeKeys;
  hidden: HiddenCounts;
}

/** Above this many relationships, a view with few nodes is gathered from its nodes' relationships. */
const WALK_FROM_NODES_ABOVE = 10_000;

/** How many relationships start at (or are undirected and touch) these nodes. */
function incidentEdges(graph: AtlasGraph, nodes: ReadonlySet<string>): number {
  let count = 0;
  for (const node of nodes) count += graph.outDegree(node) + graph.undirectedDegree(node);
  return count;
}

export function visibleSubgraph(graph: AtlasGraph, options: VisibilityOptions = {}): VisibleSubgraph {
  const { focus, depth = 1, expanded = [], hidden = [], kinds, minEvidence, statuses, pinned = [] } = options;
  const { excludedNodes, excludedEdges } = options;
  const relationSet = options.relations ? new Set(options.relations) : undefined;
  const hiddenSet = new Set(hidden);
  const kindSet = kinds ? new Set(kinds) : undefined;
  const statusSet = statuses ? new Set(statuses) : undefined;
  const mustShow = new Set(pinned.filter((node) => graph.hasNode(node)));
  // Without a minimum level every relationship leads on; asking each of a hub's thousands for its level took longer
  // than walking them.
  const edgeFirmEnough =
    minEvidence === undefined
      ? undefined
      : (edge: string) => meetsEvidence(graph.getEdgeAttribute(edge, 'evidence'), minEvidence);

  const reachedFrom = (keepEdge?: (edge: string) => boolean) => {
    const reached = neighbourhood(graph, focus ?? '', depth, keepEdge);
    for (const node of expanded) {
      if (!graph.hasNode(node)) continue;
      for (const member of neighbourhood(graph, node, 1, keepEdge)) reached.add(member);
    }
    return reached;
  };
  let candidates: Set<string>;
  /** Nodes of the neighbourhood reached only through relationships below the minimum evidence. */
  let weaklyReached: string[] = [];
  if (focus && graph.hasNode(focus)) {
    candidates = reachedFrom(edgeFirmEnough);
    if (edgeFirmEnough) weaklyReached = [...reachedFrom()].filter((node) => !candidates.has(node));
    mustShow.add(focus);
  } else {
    candidates = new Set(graph.nodes());
  }
  // Pinned nodes (the selection, a path) show even outside the neighbourhood.
  for (const node of mustShow) candidates.add(node);

  const counts: HiddenCounts = {
    byKind: {},
    byEvidence: 0,
    byStatus: 0,
    byHiding: 0,
    byRelation: 0,
    byAttribute: 0,
  };
  /** Which of the node filters hides a node (evidence and relationships hide by a node's relationships, later). */
  const hiddenBy = (node: string, attributes: NodeAttributes) => {
    if (hiddenSet.has(node)) return 'hiding';
    if (kindSet && !kindSet.has(attributes.kind)) return 'kind';
    if (statusSet && attributes.status && !statusSet.has(attributes.status.value)) return 'status';
    if (excludedNodes?.has(node)) return 'attribute';
    return undefined;
  };
  const nodes = new Set<string>();
  // A neighbourhood that a minimum evidence cuts short hides what it no longer reaches, unless other filters would.
  for (const node of weaklyReached) {
    if (!mustShow.has(node) && hiddenBy(node, graph.getNodeAttributes(node)) === undefined) counts.byEvidence++;
  }
  for (const node of candidates) {
    const attributes = graph.getNodeAttributes(node);
    const reason = mustShow.has(node) ? undefined : hiddenBy(node, attributes);
    if (reason === undefined) {
      nodes.add(node);
    } else if (reason === 'hiding') {
      counts.byHiding++;
    } else if (reason === 'kind') {
      // Kinds come from files too: "constructor" is counted as a kind, never read from Object.prototype.
      const before = Object.hasOwn(counts.byKind, attributes.kind) ? (counts.byKind[attributes.kind] ?? 0) : 0;
      counts.byKind[attributes.kind] = before + 1;
    } else if (reason === 'status') {
      counts.byStatus++;
    } else {
      counts.byAttribute++;
    }
  }

  const joinsShown = (edge: string, source: string, target: string) =>
    nodes.has(source) && nodes.has(target) && !excludedEdges?.has(edge);
  const passesFilters = (attributes: EdgeAttributes) =>
    meetsEvidence(attributes.evidence, minEvidence) && (!relationSet || relationSet.has(attributes.relation));
  // Which nodes keep a relationship, needed only by the evidence and relationship filters.
  const linked = new Set<string>();
  const connected = new Set<string>();
  const tracksLinks = minEvidence !== undefined || relationSet !== undefined;
  const tally = (edge: string, attributes: EdgeAttributes, source: string, target: string): boolean => {
    if (!joinsShown(edge, source, target)) return false;
    if (tracksLinks) {
      linked.add(source);
      linked.add(target);
    }
    if (!passesFilters(attributes)) return false;
    if (tracksLinks) {
      connected.add(source);
      connected.add(target);
    }
    return true;
  };
  const kept = new Set<string>();
  const keep = (edge: string, attributes: EdgeAttributes, source: string, target: string) => {
    if (tally(edge, attributes, source, target)) kept.add(edge);
  };
  let edges: EdgeKeys = kept;
  if (nodes.size === graph.order && !excludedEdges && !tracksLinks) {
    edges = new AllEdges(graph);
  } else if (graph.size > WALK_FROM_NODES_ABOVE && incidentEdges(graph, nodes) < graph.size / 2) {
    // A small view of a large graph: its nodes' own relationships, not every relationship of the graph.
    forEachEdgeAmong(outIndexOf(graph), nodes, nodes, keep);
  } else if (graph.size > WALK_FROM_NODES_ABOVE) {
    // Most of a large graph: counted in one pass, then asked again edge by edge rather than copied into a set.
    let size = 0;
    graph.forEachEdge((edge, attributes, source, target) => {
      if (tally(edge, attributes, source, target)) size++;
    });
    const keepsAgain = (edge: string) =>
      joinsShown(edge, graph.source(edge), graph.target(edge)) && passesFilters(graph.getEdgeAttributes(edge));
    edges = new EdgesWhere(graph, keepsAgain, size);
  } else {
    graph.forEachEdge(keep);
  }

  // A minimum evidence level also hides the nodes it leaves with no relationship at all
  // (not those that had none to begin with, or whose neighbours other filters hid).
  if (minEvidence !== undefined) {
    for (const node of [...nodes]) {
      if (linked.has(node) && !connected.has(node) && !mustShow.has(node)) {
        nodes.delete(node);
        counts.byEvidence++;
      }
    }
  }
  // A choice of relationships shows what they join, not every node of the graph.
  if (relationSet) {
    for (const node of [...nodes]) {
      if (!connected.has(node) && !mustShow.has(node) && nodes.delete(node)) counts.byRelation++;
    }
  }
  return { nodes, edges, hidden: counts };
}
