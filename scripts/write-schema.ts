// `npm run schema`: writes the JSON Schema files in graph-data/schema/ that editors use to check graph-data YAML.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_DIRECTORY, jsonSchemaFiles, leftoverSchemaFiles } from './json-schemas';

const root = fileURLToPath(new URL('..', import.meta.url));
const directory = join(root, SCHEMA_DIRECTORY);
const files = jsonSchemaFiles();

mkdirSync(directory, { recursive: true });
for (const file of files) {
  writeFileSync(join(directory, file.name), file.text);
  console.log(`wrote ${SCHEMA_DIRECTORY}/${file.name}`);
}
for (const name of leftoverSchemaFiles(root, files)) {
  rmSync(join(directory, name));
  console.log(`removed ${SCHEMA_DIRECTORY}/${name}: no longer generated`);
}
