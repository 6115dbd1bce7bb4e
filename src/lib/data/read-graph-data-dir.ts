// Reads a graph-data directory from disk (build time and scripts only) and validates it into a bundle.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DataValidationError } from './errors.ts';
import { validateDataset, type GraphBundle } from './validate-dataset.ts';
import { withTours } from './validate-tour.ts';
import { parseYamlDocument, type LocatedDocument } from './yaml-document.ts';

/** Every file the dataset is made of, so a dev server can watch them: vocab, sources, dataset, then the topics. */
export function graphDataFiles(directory: string): string[] {
  const topicsDirectory = join(directory, 'topics');
  const topics = readdirSync(topicsDirectory)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(topicsDirectory, name));
  return [join(directory, 'vocab.yaml'), join(directory, 'sources.yaml'), join(directory, 'dataset.yaml'), ...topics];
}

/** The guided tours, graph-data/tours/*.yaml, in name order; none when the folder is absent. */
export function tourFiles(directory: string): string[] {
  const toursDirectory = join(directory, 'tours');
  if (!existsSync(toursDirectory)) return [];
  return readdirSync(toursDirectory)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(toursDirectory, name));
}

/** A document that stands for a file the curator still has to write, so the problem is listed with the others. */
function missingDocument(file: string, hint: string): LocatedDocument {
  return {
    file,
    data: undefined,
    lineOf: () => undefined,
    syntaxProblems: [{ file, message: `file is missing: ${hint}` }],
  };
}

/** Loads and validates; throws a DataValidationError that lists every problem with file:line. */
export function readGraphData(directory: string, root = process.cwd()): GraphBundle {
  const [vocabFile = '', sourcesFile = '', datasetFile = '', ...topicFiles] = graphDataFiles(directory);
  const load = (file: string) => parseYamlDocument(relative(root, file), readFileSync(file, 'utf8'));
  const dataset = validateDataset({
    vocab: load(vocabFile),
    sources: load(sourcesFile),
    dataset: existsSync(datasetFile)
      ? load(datasetFile)
      : missingDocument(
          relative(root, datasetFile),
          'add dataset.yaml with the name, version and release date of the data',
        ),
    topics: topicFiles.map(load),
  });
  const result = withTours(dataset, tourFiles(directory).map(load));
  if (!result.ok) throw new DataValidationError(result.problems);
  return result.bundle;
}
