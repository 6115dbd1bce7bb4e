// What a data export says each format would drop, read from the dataset itself when the Export dialog opens, is what
// the graph the file is written from would drop.
import { describe, expect, it } from 'vitest';
import type { AtlasDataset } from '../../src/lib/data/datasets/atlas-dataset';
import { exportableGraph, exportedSchema, exportedShape, type ExtraColumn } from '../../src/lib/data/export-graph';
import { DATA_FORMATS, formatDrops } from '../../src/lib/data/formats/format-limits';
import { importedDataset, previewImport } from '../../src/lib/data/imported-dataset';
import type { GraphLook } from '../../src/lib/graph/look';
import { loadCuratedBundle } from '../component/load-curated-bundle';

const { bundle, graph } = loadCuratedBundle();

const curated: AtlasDataset = {
  id: 'curated',
  name: 'Curated',
  description: '',
  licence: '',
  provenance: '',
  cited: true,
  vocab: bundle.vocab,
  sources: bundle.sources,
  graph,
  positions: new Map(),
  large: false,
};

function imported(file: object): AtlasDataset {
  const preview = previewImport([{ name: 'graph.json', text: JSON.stringify(file) }], bundle);
  return importedDataset(preview, 'import-test', bundle);
}

/** A file whose nodes have no attributes of their own, one of them alone, and attributes of the graph itself. */
const bare = imported({
  options: { type: 'directed', multi: true },
  attributes: { creator: 'A lab', year: 2024 },
  nodes: [{ key: 'a' }, { key: 'b' }, { key: 'alone' }],
  edges: [{ key: 'ab', source: 'a', target: 'b' }],
});
/** A file whose nodes all have attributes and all have relationships. */
const rich = imported({
  options: { type: 'undirected', multi: false },
  nodes: [
    { key: 'a', attributes: { label: 'A', score: 1 } },
    { key: 'b', attributes: { label: 'B' } },
  ],
  edges: [{ key: 'ab', source: 'a', target: 'b', undirected: true }],
});
const measured: ExtraColumn[] = [{ column: { name: 'degree', type: 'integer' }, values: new Map([['a', 1]]) }];
const look: GraphLook = {
  nodes: new Map([['a', { x: 1, y: 2, colour: '#009e73', shape: 'star' }]]),
  edges: new Map(),
};

describe('what each format would drop', () => {
  const cases: [string, AtlasDataset, ExtraColumn[]][] = [
    ['the curated graph', curated, []],
    ['a bare file', bare, []],
    ['a bare file with a measure', bare, measured],
    ['a file with attributes', rich, []],
  ];
  it.each(cases)('is the same read from %s as from its written copy', (_name, dataset, extra) => {
    const written = exportableGraph(dataset, extra);
    expect(exportedSchema(dataset, extra)).toEqual(written.schema);
    for (const format of DATA_FORMATS) {
      for (const shown of [undefined, look]) {
        expect(formatDrops(format, exportedShape(dataset, extra), shown, exportedSchema(dataset, extra))).toEqual(
          formatDrops(format, written.graph, shown, written.schema),
        );
      }
    }
  });

  it('tells a bare file from one with attributes', () => {
    const drops = (dataset: AtlasDataset) =>
      formatDrops('CSV edge list', exportedShape(dataset), undefined, exportedSchema(dataset));
    expect(drops(bare)).toEqual(['nodes without relationships', "the graph's own attributes"]);
    expect(drops(rich)).toEqual(['node attributes']);
  });
});
