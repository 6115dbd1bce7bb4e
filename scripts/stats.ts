// `npm run stats`: counts of the curated graph by topic file, group, node kind, relation, evidence level, source design
// and source, for curators and release notes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphDataFiles, readGraphData } from '../src/lib/data/read-graph-data-dir';
import type { GraphBundle } from '../src/lib/data/validate-dataset';

const root = fileURLToPath(new URL('..', import.meta.url));

/** How often each key occurs, largest first, then alphabetically. */
function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
}

function table(title: string, rows: readonly [string, number | string][]): string {
  const width = Math.max(title.length, ...rows.map(([name]) => name.length));
  const lines = rows.map(([name, value]) => `  ${name.padEnd(width)}  ${String(value).padStart(5)}`);
  return [`${title}`, ...lines, ''].join('\n');
}

/** Nodes and edges per topic file, read from the files themselves (the bundle merges them). */
function topicRows(directory: string): [string, string][] {
  const [, , , ...topics] = graphDataFiles(directory);
  return topics.map((file) => {
    const text = readFileSync(file, 'utf8');
    const nodes = text.match(/^ {2}- id: /gm)?.length ?? 0;
    const edges = text.match(/^ {2}- source: /gm)?.length ?? 0;
    return [file.slice(directory.length + 1), `${nodes} nodes, ${edges} edges`];
  });
}

function report(bundle: GraphBundle, directory: string): string {
  const { dataset, nodes, edges, sources } = bundle;
  const withIdentifier = sources.filter((source) => !source.as_cited && (source.doi || source.pmid));
  const edgesCiting = new Map(sources.map((source) => [source.id, 0]));
  for (const edge of edges) {
    for (const id of edge.sources) edgesCiting.set(id, (edgesCiting.get(id) ?? 0) + 1);
  }
  const bySource = [...edgesCiting]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([id, count]): [string, string] => {
      const source = sources.find((candidate) => candidate.id === id);
      const marks = [source?.doi ? 'doi' : '', source?.pmid ? 'pmid' : '', source?.as_cited ? 'as cited' : '']
        .filter(Boolean)
        .join(', ');
      return [`${id}${marks ? ` (${marks})` : ''}`, String(count)];
    });
  return [
    `${dataset.name} ${dataset.version} (released ${dataset.released})`,
    '',
    table('Totals', [
      ['nodes', nodes.length],
      ['edges', edges.length],
      ['sources', sources.length],
      ['sources with a DOI or PMID', withIdentifier.length],
      ['edges citing at least one source', edges.filter((edge) => edge.sources.length > 0).length],
    ]),
    table('Topic files', topicRows(directory)),
    table(
      'Nodes by group',
      countBy(nodes, (node) => node.group ?? 'none'),
    ),
    table(
      'Nodes by kind',
      countBy(nodes, (node) => node.kind),
    ),
    table(
      'Drugs by status for depression',
      countBy(
        nodes.filter((node) => node.kind === 'drug'),
        (node) => node.status?.value ?? 'not a treatment',
      ),
    ),
    table(
      'Edges by relation',
      countBy(edges, (edge) => edge.relation),
    ),
    table(
      'Edges by evidence level',
      countBy(edges, (edge) => edge.evidence),
    ),
    table(
      'Sources by design',
      countBy(sources, (source) => source.design ?? 'none'),
    ),
    table('Edges citing each source', bySource),
  ].join('\n');
}

const directory = join(root, 'graph-data');
console.log(report(readGraphData(directory, root), directory));
