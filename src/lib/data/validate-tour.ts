// Validates guided tours with the graph-data validator: the schema, then every node, relationship and source a step names.
import { fieldPath, type DataProblem } from './errors.ts';
import { relationshipEdgeId, tourFileSchema, tourFromFile, type Tour } from './tour-schema.ts';
import { parseWith, type GraphBundle, type ValidationResult } from './validate-dataset.ts';
import type { LocatedDocument } from './yaml-document.ts';

/** What a tour may refer to: the nodes and edges of the graph it is shown on, and the known sources. */
export interface TourContext {
  hasNode(id: string): boolean;
  /** `id` is `source|relation|target`. */
  hasEdge(id: string): boolean;
  hasSource(id: string): boolean;
  /** The relations joining `source` to `target`, for a hint when a relationship names the wrong one. */
  relationsBetween?(source: string, target: string): string[];
}

export type TourResult = { ok: true; tour: Tour } | { ok: false; problems: DataProblem[] };

/** A context built from a validated bundle (build time and tests). */
export function bundleTourContext(bundle: GraphBundle): TourContext {
  const nodes = new Set(bundle.nodes.map((node) => node.id));
  const edges = new Set(bundle.edges.map((edge) => edge.id));
  const sources = new Set(bundle.sources.map((source) => source.id));
  return {
    hasNode: (id) => nodes.has(id),
    hasEdge: (id) => edges.has(id),
    hasSource: (id) => sources.has(id),
    relationsBetween: (source, target) =>
      bundle.edges.filter((edge) => edge.source === source && edge.target === target).map((edge) => edge.relation),
  };
}

function missingRelationship(written: string, context: TourContext): string {
  const [source = '', relation = '', target = ''] = written.trim().split(' ');
  const missingEnds = [source, target].filter((id) => !context.hasNode(id));
  if (missingEnds.length > 0) {
    return `no node with id ${missingEnds.map((id) => `"${id}"`).join(' or ')} in the graph, so "${written}" cannot be shown`;
  }
  const others = context.relationsBetween?.(source, target) ?? [];
  const hint =
    others.length > 0
      ? `the graph joins them as "${others.map((other) => `${source} ${other} ${target}`).join('", "')}"`
      : `the graph has no relationship from ${source} to ${target}`;
  return `no relationship "${written}" (${relation}) in the graph: ${hint}`;
}

/** Validates one tour file: its shape, then every id it names. Every problem is listed with its line and field. */
export function validateTour(document: LocatedDocument, context: TourContext): TourResult {
  const problems: DataProblem[] = [];
  const file = parseWith(tourFileSchema, document, problems);
  if (!file) return { ok: false, problems };

  const at = (path: PropertyKey[], message: string) =>
    problems.push({ file: document.file, line: document.lineOf(path), field: fieldPath(path), message });

  file.steps.forEach((step, index) => {
    const path = ['steps', index];
    step.focus.forEach((id, position) => {
      if (!context.hasNode(id)) at([...path, 'focus', position], `no node with id "${id}" in the graph`);
    });
    step.highlight.forEach((written, position) => {
      if (!context.hasEdge(relationshipEdgeId(written))) {
        at([...path, 'highlight', position], missingRelationship(written, context));
      }
    });
    step.sources.forEach((id, position) => {
      if (!context.hasSource(id)) {
        at([...path, 'sources', position], `unknown source "${id}": add it to sources.yaml or fix the id`);
      }
    });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, tour: tourFromFile(file) };
}

/** Validates several tour files together: each on its own, and no two with the same id. */
export function validateTours(
  documents: readonly LocatedDocument[],
  context: TourContext,
): { tours: Tour[]; problems: DataProblem[] } {
  const tours: Tour[] = [];
  const problems: DataProblem[] = [];
  const places = new Map<string, string>();
  for (const document of documents) {
    const result = validateTour(document, context);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const firstPlace = places.get(result.tour.id);
    if (firstPlace) {
      problems.push({
        file: document.file,
        line: document.lineOf(['id']),
        field: 'id',
        message: `duplicate tour id "${result.tour.id}": already used by ${firstPlace}`,
      });
      continue;
    }
    places.set(result.tour.id, document.file);
    tours.push(result.tour);
  }
  return { tours, problems };
}

/** Adds the tours to a validated dataset; a tour problem fails the dataset like any other problem. */
export function withTours(result: ValidationResult, documents: readonly LocatedDocument[]): ValidationResult {
  if (!result.ok) return result;
  const { tours, problems } = validateTours(documents, bundleTourContext(result.bundle));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, bundle: { ...result.bundle, tours } };
}
