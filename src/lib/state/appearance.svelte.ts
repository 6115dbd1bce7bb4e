// How the open dataset is drawn beyond its kinds: nodes coloured by an attribute (or as their file drew them), sized by
// a number, edges as wide as their weight, with the legend that explains it. Exports draw the same look.
import {
  colourBy,
  scaleBy,
  type ColourLegend,
  type EdgeStyle,
  type NodeStyle,
  type ScaleLegend,
} from '../graph/appearance';
import type { ValueColumn } from '../graph/attribute-columns';
import { isNumberType } from '../graph/attribute-schema';
import type { DatasetColumns } from './columns.svelte';
import type { OpenDataset } from './open-dataset';

/** The built-in choices; any other value is a column key. */
const BY_KIND = 'kind';
const AS_IN_FILE = 'file';
const BY_DEGREE = 'degree';
const SAME_WIDTH = 'same';

const NODE_SIZES: readonly [number, number] = [14, 64];
const EDGE_WIDTHS: readonly [number, number] = [1, 9];

export interface ElementStyles {
  nodes: ReadonlyMap<string, NodeStyle>;
  edges: ReadonlyMap<string, EdgeStyle>;
}

/** A choice offered in a select: its value and what it is called. */
export interface AppearanceChoice {
  value: string;
  label: string;
}

/** A column standing for the file's own sizes or widths, so they scale like any number. */
function lookColumn(name: string, value: (id: string) => number | undefined): ValueColumn {
  return { key: AS_IN_FILE, name, type: 'double', origin: 'file', value };
}

export class AppearanceState {
  colourBy = $state<string>(BY_KIND);
  sizeBy = $state<string>(BY_DEGREE);
  widthBy = $state<string>(SAME_WIDTH);
  readonly styles: ElementStyles;
  readonly legend: ColourLegend | null;
  readonly sizeLegend: ScaleLegend | null;
  readonly widthLegend: ScaleLegend | null;
  /** What the file itself says about colours, sizes and widths. */
  readonly fileLook: { colours: boolean; sizes: boolean; widths: boolean };
  readonly #columns: DatasetColumns;

  constructor(data: OpenDataset, columns: DatasetColumns) {
    this.#columns = columns;
    const graph = data.graph;
    const fileLook = { colours: false, sizes: false, widths: false };
    // Only an imported file can say how it was drawn: the curated and shipped graphs are not read for it.
    if (data.dataset.attributes) {
      graph.forEachNode((_node, attributes) => {
        fileLook.colours ||= attributes.look?.colour !== undefined;
        fileLook.sizes ||= attributes.look?.size !== undefined;
      });
      fileLook.widths = graph.someEdge((_edge, attributes) => attributes.look?.width !== undefined);
    }
    this.fileLook = fileLook;
    // A file drawn in Gephi or Cytoscape opens as it was drawn there.
    if (fileLook.colours) this.colourBy = AS_IN_FILE;
    if (fileLook.sizes) this.sizeBy = AS_IN_FILE;
    if (fileLook.widths) this.widthBy = AS_IN_FILE;

    const colouring = $derived.by(() => {
      const ids = graph.nodes();
      if (this.colourBy === AS_IN_FILE) {
        // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built whole inside a derivation, never changed
        const styles = new Map<string, NodeStyle>();
        graph.forEachNode((node, attributes) => {
          if (attributes.look?.colour) styles.set(node, { colour: attributes.look.colour.slice(0, 7) });
        });
        return { styles, legend: null };
      }
      const column = this.colourBy === BY_KIND ? undefined : columns.node(this.colourBy);
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built whole inside a derivation, never changed
      return column ? colourBy(column, ids) : { styles: new Map<string, NodeStyle>(), legend: null };
    });
    const sizing = $derived.by(() => {
      const column =
        this.sizeBy === AS_IN_FILE
          ? lookColumn('Size in the file', (id) => graph.getNodeAttribute(id, 'look')?.size)
          : this.sizeBy === BY_DEGREE
            ? undefined
            : columns.node(this.sizeBy);
      return column ? scaleBy(column, graph.nodes(), NODE_SIZES) : null;
    });
    const widths = $derived.by(() => {
      const column =
        this.widthBy === AS_IN_FILE
          ? lookColumn('Width in the file', (id) => graph.getEdgeAttribute(id, 'look')?.width)
          : this.widthBy === SAME_WIDTH
            ? undefined
            : columns.edge(this.widthBy);
      return column ? scaleBy(column, graph.edges(), EDGE_WIDTHS) : null;
    });
    this.styles = $derived.by(() => {
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built whole inside a derivation, never changed
      const nodes = new Map<string, NodeStyle>();
      for (const [node, style] of colouring.styles) nodes.set(node, { ...style });
      for (const [node, size] of sizing?.sizes ?? []) nodes.set(node, { ...nodes.get(node), size });
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built whole inside a derivation, never changed
      const edges = new Map<string, EdgeStyle>();
      for (const [edge, width] of widths?.sizes ?? []) edges.set(edge, { width });
      if (this.colourBy === AS_IN_FILE)
        graph.forEachEdge((edge, attributes) => {
          const colour = attributes.look?.colour;
          if (colour) edges.set(edge, { ...edges.get(edge), colour: colour.slice(0, 7) });
        });
      return { nodes, edges };
    });
    this.legend = $derived(colouring.legend);
    this.sizeLegend = $derived(sizing?.legend ?? null);
    this.widthLegend = $derived(widths?.legend ?? null);
  }

  colourNodesBy(choice: string): void {
    this.colourBy = choice;
  }

  sizeNodesBy(choice: string): void {
    this.sizeBy = choice;
  }

  setEdgeWidthBy(choice: string): void {
    this.widthBy = choice;
  }

  /** What nodes can be coloured by: their kind, the file's colours, and every column but ids and labels. */
  get colourChoices(): AppearanceChoice[] {
    return [
      { value: BY_KIND, label: 'Kind' },
      ...(this.fileLook.colours ? [{ value: AS_IN_FILE, label: 'Colours in the file' }] : []),
      ...this.#columns.nodes
        .filter((column) => column.key !== 'atlas:id' && column.key !== 'atlas:label' && column.key !== 'atlas:kind')
        .map((column) => ({ value: column.key, label: column.name })),
    ];
  }

  /** What nodes can be sized by: relationships (the default), the file's sizes, and number columns. */
  get sizeChoices(): AppearanceChoice[] {
    return [
      { value: BY_DEGREE, label: 'Relationships' },
      ...(this.fileLook.sizes ? [{ value: AS_IN_FILE, label: 'Sizes in the file' }] : []),
      ...this.#columns.nodes
        .filter((column) => isNumberType(column.type))
        .map((column) => ({ value: column.key, label: column.name })),
    ];
  }

  /** What edge widths can follow: nothing (all the same), the file's widths, and number columns (a weight). */
  get widthChoices(): AppearanceChoice[] {
    return [
      { value: SAME_WIDTH, label: 'The same for all' },
      ...(this.fileLook.widths ? [{ value: AS_IN_FILE, label: 'Widths in the file' }] : []),
      ...this.#columns.edges
        .filter((column) => isNumberType(column.type))
        .map((column) => ({ value: column.key, label: column.name })),
    ];
  }
}
