// Explains a flow (what a node leads to, or what leads to it) as sentences grouped by step.
import type { AtlasGraph } from './build-graph';
import type { Flow } from './downstream';
import { edgeSentence, type SentenceVocabulary } from './sentence';
import type { EvidenceLevel } from './types';

interface FlowSentence {
  edge: string;
  sentence: string;
  evidence: EvidenceLevel;
}

export interface FlowStepExplained {
  step: number;
  items: FlowSentence[];
}

export function explainFlow(graph: AtlasGraph, flow: Flow, vocabulary: SentenceVocabulary): FlowStepExplained[] {
  return flow.levels.map((level) => ({
    step: level.step,
    items: level.edges.map((edge) => ({
      edge,
      sentence: edgeSentence(graph, edge, vocabulary),
      evidence: graph.getEdgeAttribute(edge, 'evidence'),
    })),
  }));
}
