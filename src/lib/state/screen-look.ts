// The look of the whole dataset as the page draws it (positions, colours, shapes, sizes and widths), which exports
// write so a file opens in Gephi or Cytoscape laid out and coloured as on screen.
import { kindStyle } from '../data/kind-style';
import type { EdgeStyle, NodeStyle } from '../graph/appearance';
import type { GraphLook, NodeLook } from '../graph/look';
import type { Position } from '../util/position';
import type { OpenDataset } from './open-dataset';

export function screenLook(
  data: OpenDataset,
  positions: ReadonlyMap<string, Position>,
  styles: { nodes: ReadonlyMap<string, NodeStyle>; edges: ReadonlyMap<string, EdgeStyle> },
): GraphLook {
  const look: GraphLook = { nodes: new Map(), edges: new Map() };
  data.graph.forEachNode((node, attributes) => {
    const style = styles.nodes.get(node);
    const kind = kindStyle(data.vocab, attributes.kind);
    const position = positions.get(node) ?? data.dataset.positions.get(node);
    const entry: NodeLook = {
      x: position?.x,
      y: position?.y,
      colour: style?.colour?.toLowerCase() ?? kind.colour.toLowerCase(),
      shape: style?.shape ?? kind.shape,
      size: style?.size ?? attributes.look?.size,
    };
    look.nodes.set(node, entry);
  });
  for (const [edge, style] of styles.edges)
    look.edges.set(edge, { colour: style.colour?.toLowerCase(), width: style.width });
  return look;
}
