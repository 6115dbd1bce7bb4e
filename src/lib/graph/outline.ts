// The graph as a text outline: visible nodes grouped by kind, and each node's visible relationships as sentences.
import type { EdgeKeys } from './all-edges';
import type { AtlasGraph } from './build-graph';
import { nodeRelationships } from './relationships';
import type { SentenceVocabulary } from './sentence';
import { compareKinds } from './kind-order';
import { labelOrder } from '../util/label-order';
import type { EvidenceLevel, NodeKind } from './types';

interface OutlineNode {
  id: string;
  label: string;
}

export interface OutlineGroup {
  kind: NodeKind;
  nodes: OutlineNode[];
}

export interface OutlineRelationship {
  edge: string;
  /** The node at the other end, so the outline can move along the relationship. */
  other: string;
  sentence: string;
  evidence: EvidenceLevel;
}

interface Shown {
  nodes: ReadonlySet<string>;
  edges: EdgeKeys;
}

/**
 * Shown nodes by kind, in the vocabulary's order of kinds, each group sorted by label; empty kinds left out. Only the
 * kinds `sorted` names are sorted when it is given (a closed kind lists nothing; sorting 12,000 labels takes a while).
 */
export function outlineGroups(
  graph: AtlasGraph,
  shown: Shown,
  sorted: (kind: NodeKind) => boolean = () => true,
): OutlineGroup[] {
  const byKind = new Map<NodeKind, OutlineNode[]>();
  for (const id of shown.nodes) {
    if (!graph.hasNode(id)) continue;
    const { kind, label } = graph.getNodeAttributes(id);
    let nodes = byKind.get(kind);
    if (!nodes) byKind.set(kind, (nodes = []));
    nodes.push({ id, label });
  }
  return [...byKind]
    .sort(([a], [b]) => compareKinds(a, b))
    .map(([kind, nodes]) => ({
      kind,
      nodes: sorted(kind)
        ? nodes.sort((a, b) => labelOrder.compare(a.label, b.label) || labelOrder.compare(a.id, b.id))
        : nodes,
    }));
}

/** A node's shown relationships as sentences, in the order the Details panel lists them. */
export function outlineRelationships(
  graph: AtlasGraph,
  node: string,
  shown: Shown,
  vocabulary: SentenceVocabulary,
): OutlineRelationship[] {
  if (!graph.hasNode(node)) return [];
  return nodeRelationships(graph, node, vocabulary).flatMap((group) =>
    group.items
      .filter((item) => shown.edges.has(item.edge))
      .map(({ edge, other, sentence, evidence }) => ({ edge, other, sentence, evidence })),
  );
}
