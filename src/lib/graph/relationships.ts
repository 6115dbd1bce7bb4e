// Lists a node's relationships as sentences, grouped by relation and direction, for the Details panel.
import type { AtlasGraph } from './build-graph';
import { edgeSentence, type SentenceVocabulary } from './sentence';
import { RELATIONS, type EvidenceLevel, type Relation } from './types';
import { labelOrder } from '../util/label-order';

interface RelationshipItem {
  edge: string;
  /** The node at the other end of the edge. */
  other: string;
  otherLabel: string;
  /** Worked out when read: a hub's thousands of relationships are listed a hundred at a time. */
  readonly sentence: string;
  evidence: EvidenceLevel;
}

export interface RelationshipGroup {
  relation: Relation;
  direction: 'outgoing' | 'incoming';
  items: RelationshipItem[];
}

export function nodeRelationships(
  graph: AtlasGraph,
  node: string,
  vocabulary: SentenceVocabulary,
): RelationshipGroup[] {
  const groups = new Map<string, RelationshipGroup>();
  const add = (edge: string, direction: RelationshipGroup['direction'], other: string) => {
    const attributes = graph.getEdgeAttributes(edge);
    const key = `${attributes.relation}|${direction}`;
    let group = groups.get(key);
    if (!group) {
      group = { relation: attributes.relation, direction, items: [] };
      groups.set(key, group);
    }
    group.items.push({
      edge,
      other,
      otherLabel: graph.getNodeAttribute(other, 'label'),
      get sentence() {
        return edgeSentence(graph, edge, vocabulary);
      },
      evidence: attributes.evidence,
    });
  };
  // An undirected edge reads from its first end, whichever end is selected; a self-loop is listed once.
  graph.forEachEdge(node, (edge, _attributes, source, target, _s, _t, undirected) => {
    if (source === node) add(edge, 'outgoing', target);
    else add(edge, undirected ? 'outgoing' : 'incoming', source);
  });

  const relationOrder = (relation: Relation) => RELATIONS.indexOf(relation);
  return [...groups.values()]
    .map((group) => ({ ...group, items: group.items.sort((a, b) => labelOrder.compare(a.otherLabel, b.otherLabel)) }))
    .sort(
      (a, b) =>
        relationOrder(a.relation) - relationOrder(b.relation) ||
        (a.direction === b.direction ? 0 : a.direction === 'outgoing' ? -1 : 1),
    );
}
