// `npm run check:data`: validates graph-data/ with the app's own validator and checks graph-data/schema/ is current.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataValidationError } from '../src/lib/data/errors';
import { readGraphData } from '../src/lib/data/read-graph-data-dir';
import { SCHEMA_DIRECTORY, jsonSchemaFiles, leftoverSchemaFiles } from './json-schemas';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Validates the dataset; prints a summary or every problem as `file:line field: message`. */
function checkGraphData(): boolean {
  try {
    const bundle = readGraphData(join(root, 'graph-data'), root);
    console.log(
      `graph-data OK: ${bundle.nodes.length} nodes, ${bundle.edges.length} edges, ${bundle.sources.length} sources, ` +
        `${bundle.tours?.length ?? 0} tours`,
    );
    return true;
  } catch (error) {
    if (error instanceof DataValidationError) {
      console.error(error.message);
      return false;
    }
    // A missing file or folder (ENOENT and friends) is the curator's to fix; anything else is a bug, with its stack.
    if (error instanceof Error && 'code' in error) {
      console.error(`graph-data could not be read: ${error.message}`);
      return false;
    }
    throw error;
  }
}

/** Compares graph-data/schema/ with what `npm run schema` would write now. */
function checkSchemaFiles(): boolean {
  const files = jsonSchemaFiles();
  const problems = files.flatMap(({ name, text }) => {
    const path = join(root, SCHEMA_DIRECTORY, name);
    if (!existsSync(path)) return [`${SCHEMA_DIRECTORY}/${name} is missing`];
    return readFileSync(path, 'utf8') === text ? [] : [`${SCHEMA_DIRECTORY}/${name} is out of date`];
  });
  for (const name of leftoverSchemaFiles(root, files))
    problems.push(`${SCHEMA_DIRECTORY}/${name} is no longer generated`);
  for (const problem of problems) console.error(`${problem}: run npm run schema`);
  return problems.length === 0;
}

const dataOk = checkGraphData();
const schemaOk = checkSchemaFiles();
if (!dataOk || !schemaOk) process.exitCode = 1;
