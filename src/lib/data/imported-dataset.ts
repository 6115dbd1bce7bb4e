// An imported file as a dataset of its own, next to the curated one: what was found, what was left out and why,
// and, once the reader agrees, the dataset itself.
import type { GraphType } from 'graphology-types';
import type { AttributeSchema } from '../graph/attribute-schema';
import type { DataRecord } from '../graph/types';
import { mapImportedGraph, type MappedImport } from './import-mapping';
import { describeProblem, type FormatProblem } from './formats/import-result';
import { readImportFiles, type FormatName, type ImportFile, type ReadChoices } from './formats/read-files';
import { withGeneratedKinds } from './kind-style';
import type { Source } from './schema';
import type { GraphBundle } from './validate-dataset';
import { buildGraph, buildGraphInSlices, type AtlasGraph, type BuildOptions } from '../graph/build-graph';
import { forceLayout } from '../graph/layout-force';
import { spiralPlacement } from '../graph/layout-spiral';
import { KindTally } from '../graph/kind-overview';
import { slugify } from '../util/slug';
import { nextTask } from '../util/time-slices';
import { CURATED_ID, LARGE_EDGE_COUNT, type AtlasDataset } from './datasets/atlas-dataset';

/** Graphs up to this size are laid out at once; larger ones get a first placement and a layout in a worker. */
const LAY_OUT_AT_ONCE = 300;

export interface ImportPreview {
  fileName: string;
  /** A name for the new dataset, from the file name. */
  name: string;
  format: FormatName | null;
  /** What will be imported. */
  nodes: number;
  edges: number;
  /** Left out because of problems (errors), with what was read differently (warnings). */
  skipped: { nodes: number; edges: number };
  problems: FormatProblem[];
  /** Null when nothing could be read. */
  mapped: MappedImport | null;
  /** The file's attributes with their types (for CSV, as guessed or chosen), its graph attributes and graph type. */
  attributes: { schema: AttributeSchema; graph: DataRecord; type: GraphType } | null;
  /** How the reader chose to read the files (the types of CSV columns), kept with the import. */
  choices: ReadChoices;
}

/** The source every imported relationship cites unless the file names one the atlas knows. */
const FILE_SOURCE = 'imported-file';

/** What reading a file needs of the atlas: its vocabulary and the ids of the sources it cites (plain data). */
export interface ImportContext {
  vocab: GraphBundle['vocab'];
  sources: readonly Pick<Source, 'id'>[];
}

/** Reads and maps files without touching anything open; the preview says what importing would bring in. */
export function previewImport(
  files: readonly ImportFile[],
  bundle: ImportContext,
  choices: ReadChoices = {},
): ImportPreview {
  const read = readImportFiles(files, choices);
  const fileName = files.map((file) => file.name).join(' + ');
  const empty = { fileName, name: read.name, format: read.format, nodes: 0, edges: 0, choices, attributes: null };
  if (!read.graph) return { ...empty, skipped: read.skipped, problems: read.problems, mapped: null };
  const mapped = mapImportedGraph(
    read.graph,
    {
      vocab: bundle.vocab,
      knownSources: new Set(bundle.sources.map((source) => source.id)),
      fileSource: FILE_SOURCE,
    },
    read.look,
  );
  const problems = [...read.problems, ...mapped.problems];
  const skipped = read.skipped;
  if (mapped.nodes.length === 0)
    return {
      ...empty,
      skipped,
      problems: [...problems, { severity: 'error', message: 'The file has no nodes that could be imported.' }],
      mapped: null,
    };
  return {
    ...empty,
    nodes: mapped.nodes.length,
    edges: mapped.edges.length,
    skipped,
    problems,
    mapped,
    attributes: { schema: read.schema, graph: read.graph.getAttributes(), type: read.graph.type },
  };
}

/** A dataset id for an imported file that no other dataset has: `import-miserables`, `import-miserables-2`, ... */
export function importedDatasetId(name: string, taken: (id: string) => boolean): string {
  const base = `import-${slugify(name) || 'graph'}`;
  let id = base;
  for (let count = 2; taken(id) || id === CURATED_ID; count++) id = `${base}-${count}`;
  return id;
}

/** The dataset the preview describes; cited sources it shares with the curated graph come along. */
export function importedDataset(
  preview: ImportPreview,
  id: string,
  bundle: GraphBundle,
  built?: AtlasGraph,
): AtlasDataset {
  const mapped = preview.mapped;
  if (!mapped) throw new Error('Nothing in this file could be imported.');
  const graph = built ?? buildGraph(mapped.nodes, mapped.edges);
  const cited = new Set(mapped.edges.flatMap((edge) => edge.sources));
  const fileSource: Source = {
    id: FILE_SOURCE,
    type: 'web-page',
    authors: [],
    title: `The imported file "${preview.fileName}"`,
    as_cited: true,
    note: 'Relationships from an imported file carry no citation of their own unless the file named sources the atlas knows.',
  };
  const warnings = preview.problems.filter((problem) => problem.severity === 'warning').map(describeProblem);
  const needsLayout = !mapped.positions && graph.order > LAY_OUT_AT_ONCE;
  const everyEdgeCited = mapped.edges.every((edge) => !edge.sources.includes(FILE_SOURCE));
  const large = graph.size > LARGE_EDGE_COUNT;
  // A large graph opens where its file asks (its anchor), else on its summary or whole in the overview renderer.
  const start = large ? mapped.anchor : undefined;
  return {
    id,
    name: `Imported: ${preview.name}`,
    description:
      `Imported from ${preview.fileName} (${preview.format ?? 'unknown format'}). Not curated: kinds, relations and ` +
      `evidence are as the file gave them, matched to the atlas's vocabulary where they could be.` +
      (warnings.length > 0 ? ` How it was read: ${warnings.join(' ')}` : ''),
    licence: 'As the file you imported; it stays in this browser and is not uploaded anywhere.',
    provenance: `${preview.fileName}, imported into this browser.`,
    cited: everyEdgeCited && mapped.edges.length > 0,
    vocab: withGeneratedKinds(bundle.vocab, mapped.newKinds),
    sources: [...bundle.sources.filter((source) => cited.has(source.id)), fileSource],
    graph,
    positions:
      mapped.positions ??
      (needsLayout ? spiralPlacement(graph.nodes(), (node) => graph.degree(node)) : forceLayout(graph)),
    needsLayout,
    initialView: start ? { focus: start, centre: start, depth: 1 } : undefined,
    large,
    attributes: preview.attributes ?? undefined,
  };
}

/** The same dataset, its graph built in slices of about 30 ms so a large file never holds up the page; cancellable. */
export async function importedDatasetInSlices(
  preview: ImportPreview,
  id: string,
  bundle: GraphBundle,
  options: BuildOptions = {},
): Promise<AtlasDataset> {
  const mapped = preview.mapped;
  if (!mapped) throw new Error('Nothing in this file could be imported.');
  // A large graph's summary counts are taken as it is built, so opening it needs no further pass over it.
  const kindTally = mapped.edges.length > LARGE_EDGE_COUNT ? new KindTally() : undefined;
  const kinds = new Map(mapped.nodes.map((node) => [node.id, node.kind]));
  const kindOf = (id: string) => kinds.get(id) ?? '';
  const graph = await buildGraphInSlices(mapped.nodes, mapped.edges, {
    ...options,
    onEdge: kindTally && ((edge) => kindTally.addEdge(edge.relation, kindOf(edge.source), kindOf(edge.target))),
  });
  options.signal?.throwIfAborted();
  for (const node of kindTally ? mapped.nodes : []) kindTally?.addNode(node.id, node.kind, graph.degree(node.id));
  // The first placement and the dataset's details are one more short task of their own.
  await nextTask();
  options.signal?.throwIfAborted();
  return { ...importedDataset(preview, id, bundle, graph), kindTally };
}
