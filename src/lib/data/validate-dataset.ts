// Validates a whole dataset (vocab, sources, release details, topic files) and turns it into one graph bundle, or lists every problem.
import type { Position } from '../util/position.ts';
import { ZodObject, type ZodType, type core } from 'zod';
import type { CuratedNodeRecord, EdgeRecord, EvidenceLevel } from '../graph/types.ts';
import { fieldPath, type DataProblem } from './errors.ts';
import {
  CLINICAL_DESIGNS,
  datasetFileSchema,
  sourcesFileSchema,
  topicFileSchema,
  vocabSchema,
  type DatasetInfo,
  type Source,
  type SourceDesign,
  type Vocab,
} from './schema.ts';
import type { Tour } from './tour-schema.ts';
import type { LocatedDocument } from './yaml-document.ts';

export interface GraphBundle {
  /** Name, version and release date of the curated data (graph-data/dataset.yaml). */
  dataset: DatasetInfo;
  vocab: Vocab;
  sources: Source[];
  nodes: CuratedNodeRecord[];
  edges: EdgeRecord[];
  /** Node positions from the force layout, computed at build time so the app opens without laying out. */
  positions?: Record<string, Position> | undefined;
  /** Guided tours from graph-data/tours/, checked against the nodes, edges and sources above. */
  tours?: Tour[] | undefined;
}

export interface DatasetDocuments {
  vocab: LocatedDocument;
  sources: LocatedDocument;
  dataset: LocatedDocument;
  topics: LocatedDocument[];
}

export type ValidationResult = { ok: true; bundle: GraphBundle } | { ok: false; problems: DataProblem[] };

function edgeId(source: string, relation: string, target: string): string {
  return `${source}|${relation}|${target}`;
}

/** zod's own wording for a missing field or a misspelt one ("Invalid input", "Unrecognized key") says neither what is missing nor what is allowed. */
function curatorMessage(issue: core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `missing "${String(issue.path?.at(-1) ?? '')}" (expected ${issue.expected})`;
  }
  if (issue.code === 'invalid_value' && issue.input === undefined) {
    const allowed = issue.values.map((value) => `"${String(value)}"`).join(', ');
    return `missing "${String(issue.path?.at(-1) ?? '')}" (expected one of ${allowed})`;
  }
  if (issue.code === 'unrecognized_keys' && issue.inst instanceof ZodObject) {
    const names = issue.keys.map((key) => `"${key}"`).join(', ');
    return `unknown field ${names}: expected one of ${Object.keys(issue.inst.shape).join(', ')}`;
  }
  return undefined;
}

/** Parses a located document with a schema, adding each problem (with its line and field) to `problems`. */
export function parseWith<T>(schema: ZodType<T>, document: LocatedDocument, problems: DataProblem[]): T | undefined {
  if (document.syntaxProblems.length > 0) {
    problems.push(...document.syntaxProblems);
    return undefined;
  }
  const result = schema.safeParse(document.data ?? {}, { error: curatorMessage });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    // Point at the misspelt key itself rather than at the start of the object that holds it.
    const path =
      issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, ...issue.keys] : issue.path;
    problems.push({
      file: document.file,
      line: document.lineOf(path),
      field: fieldPath(path) || undefined,
      message: issue.message,
    });
  }
  return undefined;
}

export function validateDataset(documents: DatasetDocuments): ValidationResult {
  const problems: DataProblem[] = [];
  const vocab = parseWith(vocabSchema, documents.vocab, problems);
  const sourcesFile = parseWith(sourcesFileSchema, documents.sources, problems);
  const dataset = parseWith(datasetFileSchema, documents.dataset, problems);
  const topics = documents.topics.map((document) => ({
    document,
    topic: parseWith(topicFileSchema, document, problems),
  }));

  const at = (document: LocatedDocument, path: PropertyKey[]) => ({
    file: document.file,
    line: document.lineOf(path),
    field: fieldPath(path),
  });

  const sourceIds = new Map<string, number>();
  sourcesFile?.sources.forEach((source, index) => {
    if (sourceIds.has(source.id)) {
      problems.push({
        ...at(documents.sources, ['sources', index, 'id']),
        message: `duplicate source id "${source.id}": each source is listed once`,
      });
    }
    sourceIds.set(source.id, index);
  });

  const nodes = new Map<string, CuratedNodeRecord>();
  const nodePlaces = new Map<string, string>();
  for (const { document, topic } of topics) {
    topic?.nodes.forEach((node, index) => {
      const place = at(document, ['nodes', index, 'id']);
      const firstPlace = nodePlaces.get(node.id);
      if (firstPlace) {
        problems.push({ ...place, message: `duplicate node id "${node.id}": already defined at ${firstPlace}` });
        return;
      }
      if (!node.id.startsWith(`${node.kind}:`)) {
        problems.push({ ...place, message: `id "${node.id}" must start with its kind: "${node.kind}:"` });
      }
      nodePlaces.set(node.id, `${place.file}:${place.line ?? '?'}`);
      const group = node.group ?? topic.group;
      if (vocab && group === undefined && Object.keys(vocab.groups).length > 0) {
        problems.push({
          ...place,
          message: `"${node.id}" belongs to no group: give the file a \`group:\` or the node its own`,
        });
      } else if (vocab && group !== undefined && !Object.hasOwn(vocab.groups, group)) {
        const path = node.group ? ['nodes', index, 'group'] : ['group'];
        problems.push({ ...at(document, path), message: unknownGroupMessage(group, vocab.groups) });
      }
      const { approved_for: approvedFor, ...record } = node;
      nodes.set(node.id, { ...record, ...(approvedFor ? { approvedFor } : {}), group });
    });
  }
  if (vocab && allFilesParsed(topics)) problems.push(...groupProblems(vocab.groups, nodes, documents.vocab));

  // Reference checks only make sense once every file parsed; otherwise they would repeat the same problem.
  const allTopicsParsed = allFilesParsed(topics);
  const edges = new Map<string, EdgeRecord>();
  for (const { document, topic } of topics) {
    topic?.edges.forEach((edge, index) => {
      const path = ['edges', index];
      for (const end of ['source', 'target'] as const) {
        if (allTopicsParsed && !nodes.has(edge[end])) {
          problems.push({
            ...at(document, [...path, end]),
            message: `no node with id "${edge[end]}": add the node to a topic file or fix the id`,
          });
        }
      }
      if (edge.source === edge.target) {
        problems.push({ ...at(document, path), message: 'an edge cannot join a node to itself' });
      }
      if (edge.evidence !== 'textbook' && edge.sources.length === 0) {
        problems.push({
          ...at(document, [...path, 'sources']),
          message: `evidence "${edge.evidence}" needs at least one source from sources.yaml (only "textbook" may have none)`,
        });
      }
      edge.sources.forEach((sourceId, sourceIndex) => {
        if (sourcesFile && !sourceIds.has(sourceId)) {
          problems.push({
            ...at(document, [...path, 'sources', sourceIndex]),
            message: `unknown source "${sourceId}": add it to sources.yaml or fix the id`,
          });
        }
      });
      if (sourcesFile && edge.sources.length > 0 && edge.sources.every((sourceId) => sourceIds.has(sourceId))) {
        const cited = edge.sources.map((sourceId) => sourcesFile.sources[sourceIds.get(sourceId) ?? 0] as Source);
        const message = rubricProblem(edge.evidence, cited);
        if (message) problems.push({ ...at(document, [...path, 'evidence']), message });
      }
      const id = edgeId(edge.source, edge.relation, edge.target);
      if (edges.has(id)) {
        problems.push({
          ...at(document, path),
          message: `duplicate edge ${edge.source} —${edge.relation}→ ${edge.target}: merge their sources into one edge`,
        });
        return;
      }
      edges.set(id, {
        id,
        source: edge.source,
        target: edge.target,
        relation: edge.relation,
        evidence: edge.evidence,
        sources: edge.sources,
        note: edge.note,
        quotePage: edge.quote_page,
        hedged: edge.hedged,
        claims: edge.claims,
      });
    });
  }

  if (problems.length > 0 || !vocab || !sourcesFile || !dataset) return { ok: false, problems };
  return {
    ok: true,
    bundle: { dataset, vocab, sources: sourcesFile.sources, nodes: [...nodes.values()], edges: [...edges.values()] },
  };
}

/**
 * The evidence rubric (graph-data/README.md): which designs of study can carry each evidence level. A consumer
 * article never carries a level above "hypothesis" on its own; "textbook" and "hypothesis" take any source.
 */
const EVIDENCE_RUBRIC: Partial<Record<EvidenceLevel, { designs: readonly SourceDesign[]; needs: string }>> = {
  established: {
    designs: ['meta-analysis', 'systematic-review', 'guideline', 'textbook'],
    needs: 'a meta-analysis, systematic review, guideline or textbook',
  },
  clinical: {
    designs: CLINICAL_DESIGNS,
    needs:
      'a study in people (a trial, cohort, case-control, cross-sectional, imaging, post-mortem or genetic study, or a meta-analysis of them)',
  },
  preclinical: {
    designs: ['animal', 'in-vitro', 'review'],
    needs: 'an animal or laboratory study, or a review of such work',
  },
};

/** How many sources a `contested` edge needs: at least one on each side of the disagreement. */
const CONTESTED_SOURCES = 2;

/** What is wrong with backing `evidence` by `cited`, or undefined when the sources can carry that level. */
function rubricProblem(evidence: EvidenceLevel, cited: readonly Source[]): string | undefined {
  const designs = (sources: readonly Source[]) =>
    sources.map((source) => `${source.id}: ${source.design ?? 'no design'}`).join(', ');
  const substantive = cited.filter((source) => source.design !== 'consumer-article');
  if (evidence !== 'textbook' && evidence !== 'hypothesis' && substantive.length === 0) {
    return `evidence "${evidence}" cannot rest on a consumer article alone (${designs(cited)}): cite the studies behind it or grade it "hypothesis"`;
  }
  if (evidence === 'contested' && substantive.length < CONTESTED_SOURCES) {
    return `evidence "contested" needs sources on both sides of the disagreement, at least ${CONTESTED_SOURCES} that are not consumer articles (cites ${designs(cited)})`;
  }
  const rule = EVIDENCE_RUBRIC[evidence];
  if (rule && !cited.some((source) => source.design !== undefined && rule.designs.includes(source.design))) {
    return `evidence "${evidence}" needs ${rule.needs} among its sources (cites ${designs(cited)})`;
  }
  return undefined;
}

function allFilesParsed(topics: readonly { topic: unknown }[]): boolean {
  return topics.every(({ topic }) => topic !== undefined);
}

/** How many landmarks a group may name: enough to stand for it, few enough to read at a glance. */
const LANDMARKS_PER_GROUP = { min: 1, max: 5 } as const;

function unknownGroupMessage(group: string, groups: Vocab['groups']): string {
  const known = Object.keys(groups)
    .map((id) => `"${id}"`)
    .join(', ');
  return `unknown group "${group}": use one of vocab.yaml's groups (${known || 'none defined yet'})`;
}

/** Every group must hold nodes and name a few landmarks, or the overview would show an empty or unlabelled box. */
function groupProblems(
  groups: Vocab['groups'],
  nodes: ReadonlyMap<string, CuratedNodeRecord>,
  vocabDocument: LocatedDocument,
): DataProblem[] {
  const members = new Map<string, number>();
  const landmarks = new Map<string, number>();
  for (const node of nodes.values()) {
    if (!node.group) continue;
    members.set(node.group, (members.get(node.group) ?? 0) + 1);
    if (node.landmark) landmarks.set(node.group, (landmarks.get(node.group) ?? 0) + 1);
  }
  const problems: DataProblem[] = [];
  for (const group of Object.keys(groups)) {
    const path = ['groups', group];
    const place = { file: vocabDocument.file, line: vocabDocument.lineOf(path), field: fieldPath(path) };
    const landmarkCount = landmarks.get(group) ?? 0;
    if (!members.get(group)) {
      problems.push({
        ...place,
        message: `group "${group}" has no nodes: give some nodes \`group: ${group}\` or remove it`,
      });
    } else if (landmarkCount < LANDMARKS_PER_GROUP.min || landmarkCount > LANDMARKS_PER_GROUP.max) {
      problems.push({
        ...place,
        message: `group "${group}" names ${landmarkCount} landmarks: mark ${LANDMARKS_PER_GROUP.min}–${LANDMARKS_PER_GROUP.max} of its nodes \`landmark: true\` for the overview`,
      });
    }
  }
  return problems;
}
