// Side-by-side facts about 2–4 drugs: class, targets, mechanisms, onset, status, other approved uses and the evidence that they treat.
import type { AtlasGraph } from './build-graph';
import { evidenceRank } from './evidence';
import { edgeSentence, type SentenceVocabulary } from './sentence';
import type { ApprovedUse, DrugStatusInfo, EvidenceLevel, NodeKind } from './types';

const TARGET_KINDS: ReadonlySet<NodeKind> = new Set(['receptor', 'transporter', 'enzyme']);

/**
 * The curated atlas's subject. Evidence that a drug treats it, or one of its forms (a condition that `is-a` it), is
 * listed before evidence about its other uses, so "key evidence" is about depression even for a drug licensed for
 * pain or anxiety too. Graphs without it keep plain evidence order.
 */
const DEPRESSION = 'condition:major-depression';

/** 0 for depression itself, 1 for a form of it, 2 for anything else. */
function depressionRank(graph: AtlasGraph, condition: string): number {
  if (condition === DEPRESSION) return 0;
  if (!graph.hasNode(DEPRESSION) || !graph.hasNode(condition)) return 2;
  const isForm = graph
    .outEdges(condition)
    .some((edge) => graph.target(edge) === DEPRESSION && graph.getEdgeAttribute(edge, 'relation') === 'is-a');
  return isForm ? 1 : 2;
}

interface DrugTarget {
  target: string;
  label: string;
  relation: string;
  edge: string;
}

interface TreatmentEvidence {
  condition: string;
  sentence: string;
  evidence: EvidenceLevel;
  sources: string[];
  edge: string;
  /** The class the claim is made for, when it is inherited rather than made for the drug itself. */
  via?: string | undefined;
}

interface DrugComparisonRow {
  drug: string;
  label: string;
  classes: string[];
  targets: DrugTarget[];
  mechanisms: string[];
  onset?: string | undefined;
  /** Status as a treatment for depression. */
  status?: DrugStatusInfo | undefined;
  /** Licensed uses other than depression. */
  approvedFor: ApprovedUse[];
  treats: TreatmentEvidence[];
}

export interface DrugComparison {
  rows: DrugComparisonRow[];
  /** Targets acted on by two or more of the drugs. */
  sharedTargets: string[];
}

function outgoing(graph: AtlasGraph, node: string) {
  return graph.outEdges(node).map((edge) => ({ edge, target: graph.target(edge), ...graph.getEdgeAttributes(edge) }));
}

function treatmentEvidence(graph: AtlasGraph, node: string, vocabulary: SentenceVocabulary, via?: string) {
  return outgoing(graph, node)
    .filter((edge) => edge.relation === 'treats')
    .map((edge) => ({
      condition: edge.target,
      sentence: edgeSentence(graph, edge.edge, vocabulary),
      evidence: edge.evidence,
      sources: edge.sources,
      edge: edge.edge,
      via,
    }));
}

export function compareDrugs(
  graph: AtlasGraph,
  drugs: readonly string[],
  vocabulary: SentenceVocabulary,
): DrugComparison {
  const rows = drugs
    .filter((drug) => graph.hasNode(drug))
    .map((drug): DrugComparisonRow => {
      const attributes = graph.getNodeAttributes(drug);
      const edges = outgoing(graph, drug);
      const classes = edges
        .filter((edge) => edge.relation === 'is-a' && graph.getNodeAttribute(edge.target, 'kind') === 'drug-class')
        .map((edge) => edge.target);
      const own = treatmentEvidence(graph, drug, vocabulary);
      const inherited = classes.flatMap((drugClass) => treatmentEvidence(graph, drugClass, vocabulary, drugClass));
      return {
        drug,
        label: attributes.label,
        classes,
        targets: edges
          .filter((edge) => TARGET_KINDS.has(graph.getNodeAttribute(edge.target, 'kind')))
          .map((edge) => ({
            target: edge.target,
            label: graph.getNodeAttribute(edge.target, 'label'),
            relation: edge.relation,
            edge: edge.edge,
          }))
          .sort((a, b) => a.label.localeCompare(b.label)),
        mechanisms: edges
          .filter((edge) => graph.getNodeAttribute(edge.target, 'kind') === 'mechanism')
          .map((edge) => edge.target),
        onset: attributes.onset,
        status: attributes.status,
        approvedFor: attributes.approvedFor ?? [],
        treats: [...own, ...inherited].sort(
          (a, b) =>
            depressionRank(graph, a.condition) - depressionRank(graph, b.condition) ||
            evidenceRank(a.evidence) - evidenceRank(b.evidence),
        ),
      };
    });

  const targetCounts = new Map<string, number>();
  for (const row of rows) {
    for (const target of new Set(row.targets.map((item) => item.target))) {
      targetCounts.set(target, (targetCounts.get(target) ?? 0) + 1);
    }
  }
  const sharedTargets = [...targetCounts]
    .filter(([, count]) => count > 1)
    .map(([target]) => target)
    .sort();
  return { rows, sharedTargets };
}

/** Every target of the compared drugs (a target of two drugs is listed for each). */
export function comparedTargets(comparison: DrugComparison | null): string[] {
  return comparison?.rows.flatMap((row) => row.targets.map((target) => target.target)) ?? [];
}
