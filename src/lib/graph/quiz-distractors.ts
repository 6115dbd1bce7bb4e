// Wrong answers for a quiz question: nodes of the right answer's kind that sound possible but are false in the graph.
import type { AtlasGraph } from './build-graph';
import type { AskedEnd } from './quiz-stem';
import { questionEnds } from './quiz-stem';
import { STRUCTURAL, compatibleRelations } from './relation-meaning';
import type { Relation } from './types';
import { shuffled } from '../util/shuffle';

/** A node with its classes and wholes, and its members and parts, all the way up and down (is-a, part-of). */
function lineage(graph: AtlasGraph, node: string): Set<string> {
  const found = new Set([node]);
  for (const upwards of [true, false]) {
    const queue = [node];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      const edges = upwards ? graph.outEdges(next) : graph.inEdges(next);
      for (const edge of edges) {
        if (!STRUCTURAL.has(graph.getEdgeAttribute(edge, 'relation'))) continue;
        const other = graph.opposite(next, edge);
        if (found.has(other)) continue;
        found.add(other);
        queue.push(other);
      }
    }
  }
  return found;
}

/** Nodes at most two steps from `node`, either way along the edges. */
function nearby(graph: AtlasGraph, node: string): Set<string> {
  const found = new Set<string>();
  for (const neighbour of graph.neighbors(node)) {
    found.add(neighbour);
    for (const further of graph.neighbors(neighbour)) found.add(further);
  }
  return found;
}

/**
 * Nodes joined to the named node by a relation compatible with the question's, so that naming them could be true.
 * Except for is-a and part-of, the named node's classes, wholes, members and parts count as the node itself ("SSRIs
 * treat panic disorder" makes "sertraline treats panic disorder" possible).
 */
function possiblyTrue(graph: AtlasGraph, given: string, relation: Relation, givenLine: ReadonlySet<string>) {
  const touched = new Set<string>();
  for (const node of STRUCTURAL.has(relation) ? [given] : givenLine)
    graph.forEachEdge(node, (_edge, attributes, source, target) => {
      if (compatibleRelations(attributes.relation, relation)) touched.add(source === node ? target : source);
    });
  return touched;
}

/**
 * Nodes reached from `start` along a chain of compatible relations, forwards (what it leads to) or backwards (what
 * leads to it): "tyrosine leads to L-DOPA, which leads to dopamine" makes "tyrosine leads to dopamine" possible.
 */
function chainedTo(graph: AtlasGraph, start: Iterable<string>, relation: Relation, forwards: boolean): Set<string> {
  const found = new Set<string>(start);
  const queue = [...found];
  for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
    for (const edge of forwards ? graph.outEdges(node) : graph.inEdges(node)) {
      if (!compatibleRelations(graph.getEdgeAttribute(edge, 'relation'), relation)) continue;
      const next = graph.opposite(node, edge);
      if (found.has(next)) continue;
      found.add(next);
      queue.push(next);
    }
  }
  return found;
}

/**
 * Up to `count` wrong answers for the question asking for the `asked` end of `edge`: of the answer's kind, never the
 * named node or the answer (nor its classes, members, wholes or parts), each false in the graph, with distinct labels.
 * The most plausible first: used the same way by the same relation elsewhere (except side effects), near the named
 * node or the answer, in the answer's topic.
 */
export function quizDistractors(
  graph: AtlasGraph,
  edge: string,
  asked: AskedEnd,
  random: () => number,
  count: number,
): string[] {
  const relation = graph.getEdgeAttribute(edge, 'relation');
  const { answer, given } = questionEnds(graph, edge, asked);
  const kind = graph.getNodeAttribute(answer, 'kind');
  const group = graph.getNodeAttribute(answer, 'group');
  const givenLine = lineage(graph, given);
  const possible = possiblyTrue(graph, given, relation, givenLine);
  if (!STRUCTURAL.has(relation))
    for (const node of chainedTo(graph, givenLine, relation, asked === 'target')) possible.add(node);
  const excluded = new Set([...givenLine, ...lineage(graph, answer)]);
  // Between classes and members, a sibling is a fair wrong answer; otherwise a relative of a true answer is not.
  const mayBeTrue = (node: string) =>
    STRUCTURAL.has(relation) ? possible.has(node) : [...lineage(graph, node)].some((other) => possible.has(other));
  const nearGiven = nearby(graph, given);
  const nearAnswer = nearby(graph, answer);

  const sameRole = new Set<string>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.relation === relation) sameRole.add(asked === 'target' ? target : source);
  });
  // Side effects are listed for some drugs only: a side effect recorded for other drugs may be true but unrecorded here.
  const roleWeight = relation === 'may-cause' ? -2 : 2;
  const plausibility = (node: string) =>
    (sameRole.has(node) ? roleWeight : 0) +
    (nearGiven.has(node) ? 2 : 0) +
    (nearAnswer.has(node) ? 1 : 0) +
    (group !== undefined && graph.getNodeAttribute(node, 'group') === group ? 1 : 0);

  const candidates = graph.filterNodes(
    (node, attributes) => attributes.kind === kind && !excluded.has(node) && !mayBeTrue(node),
  );
  const ranked = shuffled(candidates.sort(), random)
    .map((node) => ({ node, score: plausibility(node) }))
    .sort((a, b) => b.score - a.score);

  const labels = new Set([graph.getNodeAttribute(answer, 'label').toLowerCase()]);
  const chosen: string[] = [];
  for (const { node } of ranked) {
    if (chosen.length === count) break;
    const label = graph.getNodeAttribute(node, 'label').toLowerCase();
    if (labels.has(label)) continue;
    labels.add(label);
    chosen.push(node);
  }
  return chosen;
}
