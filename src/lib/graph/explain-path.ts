// Explains a path as numbered sentences with their evidence and sources, and the net effect where signs allow.
import type { AtlasGraph } from './build-graph';
import { edgeSentence, nodePhrase, type SentenceVocabulary } from './sentence';
import type { GraphPath } from './shortest-paths';
import type { EvidenceLevel } from './types';

interface PathStep {
  number: number;
  edge: string;
  sentence: string;
  evidence: EvidenceLevel;
  sources: string[];
  /** False when the path walks this edge against its direction. */
  forward: boolean;
}

interface NetEffect {
  /** +1: the path's start means more of `target`; -1: less. */
  sign: 1 | -1;
  target: string;
  /** How many steps from the start the effect covers. */
  steps: number;
  text: string;
}

export interface PathExplanation {
  steps: PathStep[];
  netEffect?: NetEffect | undefined;
}

/** Relations that pass an effect on unchanged: a member does what its class does. */
const TRANSPARENT_RELATIONS = new Set(['is-a']);

export function explainPath(graph: AtlasGraph, path: GraphPath, vocabulary: SentenceVocabulary): PathExplanation {
  const steps: PathStep[] = path.edges.map((edge, index) => {
    const attributes = graph.getEdgeAttributes(edge);
    return {
      number: index + 1,
      edge,
      sentence: edgeSentence(graph, edge, vocabulary),
      evidence: attributes.evidence,
      sources: attributes.sources,
      forward: graph.source(edge) === path.nodes[index],
    };
  });

  let sign = 1;
  let signedSteps = 0;
  let covered = 0;
  for (const step of steps) {
    if (!step.forward) break;
    const relation = graph.getEdgeAttribute(step.edge, 'relation');
    if (TRANSPARENT_RELATIONS.has(relation)) {
      covered++;
      continue;
    }
    const relationSign = vocabulary.relations[relation]?.sign;
    if (relationSign !== '+' && relationSign !== '-') break;
    sign *= relationSign === '+' ? 1 : -1;
    signedSteps++;
    covered++;
  }

  let netEffect: NetEffect | undefined;
  if (signedSteps > 0) {
    const start = path.nodes[0] ?? '';
    const target = path.nodes[covered] ?? '';
    const effectSign = sign > 0 ? 1 : -1;
    const startText = nodePhrase(graph, start);
    const text = `${startText.charAt(0).toUpperCase()}${startText.slice(1)} should mean ${effectSign > 0 ? 'more' : 'less'} of ${nodePhrase(graph, target)} (${covered === 1 ? 'step 1' : `steps 1–${covered}`}).`;
    netEffect = { sign: effectSign, target, steps: covered, text };
  }
  return { steps, netEffect };
}
