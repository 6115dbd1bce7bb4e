// The columns of the open dataset's nodes and edges (the atlas's own, the imported file's, the computed measures),
// recomputed when measures arrive; what the data table, Details, filters and appearance read values through.
import { kindStyle } from '../data/kind-style';
import { edgeColumns, nodeColumns, type ColumnLabels, type ValueColumn } from '../graph/attribute-columns';
import type { MeasuresState } from './measures.svelte';
import type { OpenDataset } from './open-dataset';

export class DatasetColumns {
  readonly nodes: readonly ValueColumn[];
  readonly edges: readonly ValueColumn[];

  constructor(data: OpenDataset, measures: MeasuresState) {
    const { graph, vocab } = data;
    const labels: ColumnLabels = {
      kind: (kind) => kindStyle(vocab, kind).label,
      relation: (relation) =>
        Object.hasOwn(vocab.relations, relation)
          ? vocab.relations[relation as keyof typeof vocab.relations].label
          : relation,
      evidence: (level) =>
        Object.hasOwn(vocab.evidence, level) ? vocab.evidence[level as keyof typeof vocab.evidence].label : level,
    };
    const schema = data.dataset.attributes?.schema;
    this.nodes = $derived(nodeColumns(graph, labels, schema, measures.result ?? undefined));
    this.edges = edgeColumns(graph, labels, schema);
  }

  /** A node column by key. */
  node(key: string): ValueColumn | undefined {
    return this.nodes.find((column) => column.key === key);
  }

  /** An edge column by key. */
  edge(key: string): ValueColumn | undefined {
    return this.edges.find((column) => column.key === key);
  }
}
