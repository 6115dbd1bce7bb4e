// The data table of the open dataset: nodes or relationships, every column, sorted and searched, optionally only what
// the graph shows; choosing a row selects it on the canvas.
import { displayValue } from '../graph/appearance';
import type { ValueColumn } from '../graph/attribute-columns';
import { isNumberType } from '../graph/attribute-schema';
import type { AtlasState } from './atlas.svelte';
import type { DatasetColumns } from './columns.svelte';

export type TableTab = 'nodes' | 'edges';

export interface TableSort {
  key: string;
  descending: boolean;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Rows ordered by one column: numbers by value, anything else as text; rows without a value last. */
function sortRows(ids: string[], column: ValueColumn, descending: boolean): string[] {
  const direction = descending ? -1 : 1;
  const numeric = isNumberType(column.type);
  const keyed = ids.map((id) => {
    const value = column.value(id);
    return { id, value: numeric ? (typeof value === 'number' ? value : undefined) : displayValue(value) };
  });
  keyed.sort((a, b) => {
    if (a.value === undefined || a.value === '') return b.value === undefined || b.value === '' ? 0 : 1;
    if (b.value === undefined || b.value === '') return -1;
    const order = numeric
      ? (a.value as number) - (b.value as number)
      : collator.compare(String(a.value), String(b.value));
    return order * direction;
  });
  return keyed.map((row) => row.id);
}

export class DataTableState {
  open = $state(false);
  tab = $state<TableTab>('nodes');
  query = $state('');
  onlyShown = $state(false);
  sort = $state.raw<TableSort | null>(null);
  readonly columns: readonly ValueColumn[];
  /** The ids of the rows, in order. */
  readonly rows: readonly string[];
  readonly #atlas: AtlasState;

  constructor(atlas: AtlasState, columns: DatasetColumns) {
    this.#atlas = atlas;
    const graph = atlas.graph;
    this.columns = $derived(this.tab === 'nodes' ? columns.nodes : columns.edges);
    this.rows = $derived.by(() => {
      const shown = this.tab === 'nodes' ? atlas.visible.nodes : atlas.visible.edges;
      let ids = this.onlyShown ? [...shown] : this.tab === 'nodes' ? graph.nodes() : graph.edges();
      const wanted = this.query.trim().toLowerCase();
      if (wanted) {
        const columnsNow = this.columns;
        ids = ids.filter((id) =>
          columnsNow.some((column) => displayValue(column.value(id)).toLowerCase().includes(wanted)),
        );
      }
      const sort = this.sort;
      const column = sort ? this.columns.find((candidate) => candidate.key === sort.key) : undefined;
      return column && sort ? sortRows(ids, column, sort.descending) : ids;
    });
  }

  toggle(): void {
    this.open = !this.open;
  }

  show(tab: TableTab): void {
    this.tab = tab;
    this.sort = null;
  }

  search(query: string): void {
    this.query = query;
  }

  showOnlyWhatIsShown(only: boolean): void {
    this.onlyShown = only;
  }

  /** Sorts by a column: ascending first, then descending, then back to the file's order. */
  sortBy(key: string): void {
    const sort = this.sort;
    if (!sort || sort.key !== key) this.sort = { key, descending: false };
    else if (!sort.descending) this.sort = { key, descending: true };
    else this.sort = null;
  }

  /** A row chosen in the table: the node is selected and centred, the relationship's evidence opens. */
  choose(id: string): void {
    if (this.tab === 'nodes') this.#atlas.focus(id);
    else this.#atlas.showEvidence(id);
  }
}
