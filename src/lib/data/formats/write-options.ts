// What every writer takes besides the graph: the declared attribute types to keep, and the look to draw it with; and
// what the writers read from the graph: the columns to write and the edges.
import type { AbstractGraph } from 'graphology-types';
import { columnsOf, emptySchema, type AttributeSchema } from '../../graph/attribute-schema';
import type { GraphLook } from '../../graph/look';

export interface WriteOptions {
  /** Types and defaults to write (as declared when the values still fit them); inferred from the values otherwise. */
  schema?: AttributeSchema | undefined;
  /** Positions, colours, sizes and shapes; formats that can hold them write them. */
  look?: GraphLook | undefined;
}

/** The columns to write: the declared ones in their order, then any other attribute the graph holds. */
export function writtenSchema(graph: AbstractGraph, declared: AttributeSchema = emptySchema()): AttributeSchema {
  return {
    graph: columnsOf([graph.getAttributes()], declared.graph),
    node: columnsOf(
      graph.mapNodes((_node, attributes) => attributes),
      declared.node,
    ),
    edge: columnsOf(
      graph.mapEdges((_edge, attributes) => attributes),
      declared.edge,
    ),
  };
}

/** The edges to write, in the graph's order: each one's key, attributes, ends and whether it is undirected. */
export function writtenEdges(graph: AbstractGraph) {
  return graph.mapEdges((edge, attributes, source, target, _s, _t, undirected) => ({
    edge,
    attributes,
    source,
    target,
    undirected,
  }));
}
