// JSON Schema files for graph-data/, generated from the zod validator so editors can check the YAML as it is typed.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { datasetFileSchema, sourcesFileSchema, topicFileSchema, vocabSchema } from '../src/lib/data/schema';
import { tourFileSchema } from '../src/lib/data/tour-schema';

/** Where the generated files live, relative to the repository root. */
export const SCHEMA_DIRECTORY = 'graph-data/schema';

const GENERATED_SUFFIX = '.schema.json';

const SCHEMAS = [
  { name: 'vocab.schema.json', title: 'Synapse Atlas vocabulary (graph-data/vocab.yaml)', schema: vocabSchema },
  { name: 'sources.schema.json', title: 'Synapse Atlas sources (graph-data/sources.yaml)', schema: sourcesFileSchema },
  {
    name: 'dataset.schema.json',
    title: 'Synapse Atlas data release (graph-data/dataset.yaml)',
    schema: datasetFileSchema,
  },
  { name: 'topic.schema.json', title: 'Synapse Atlas topic (graph-data/topics/*.yaml)', schema: topicFileSchema },
  { name: 'tour.schema.json', title: 'Synapse Atlas guided tour (graph-data/tours/*.yaml)', schema: tourFileSchema },
];

export interface GeneratedFile {
  /** File name inside SCHEMA_DIRECTORY. */
  name: string;
  text: string;
}

/** The schema files as `npm run schema` writes them: pretty-printed JSON with a trailing newline. */
export function jsonSchemaFiles(): GeneratedFile[] {
  return SCHEMAS.map(({ name, title, schema }) => {
    // `io: 'input'` describes what a curator writes, so fields that have defaults stay optional.
    // Draft 7 is the newest draft that every common YAML editor plugin understands.
    const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-7' });
    return { name, text: `${JSON.stringify({ $schema, title, ...rest }, null, 2)}\n` };
  });
}

/** Generated-looking files in the schema directory that `jsonSchemaFiles` no longer produces. */
export function leftoverSchemaFiles(root: string, files: readonly GeneratedFile[]): string[] {
  const directory = join(root, SCHEMA_DIRECTORY);
  if (!existsSync(directory)) return [];
  const current = new Set(files.map((file) => file.name));
  return readdirSync(directory)
    .filter((name) => name.endsWith(GENERATED_SUFFIX) && !current.has(name))
    .sort();
}
