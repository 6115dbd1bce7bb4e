// The classes the app puts on Cytoscape elements, named once for the controller, the stylesheet and the pictures.

export const CLASS = {
  /** The selected node or edge. */
  selected: 'selected',
  /** Everything outside what is emphasised. */
  faded: 'faded',
  /** The selected node's neighbours and the edges to them; a comparison's drug–target edges. */
  neighbour: 'neighbour',
  /** The two ends of the selected edge. */
  endpoint: 'endpoint',
  /** A path's nodes and edges, and a tour step's highlight. */
  onPath: 'on-path',
  /** Drugs being compared. */
  compared: 'compared',
  /** A compared drug's target. */
  target: 'target',
  /** A target two or more compared drugs share. */
  sharedTarget: 'shared-target',
} as const;

/** Every class that emphasises part of the graph or fades the rest: a fresh drawing starts from none of them. */
export const EMPHASIS_CLASSES: readonly string[] = Object.values(CLASS);

/** The emphasis classes in the space-separated form `removeClass` takes. */
export const ALL_EMPHASIS = EMPHASIS_CLASSES.join(' ');

/** A selector for elements with any of `classes`, for one group (`node`, `edge`) or both. */
export function withAnyClass(classes: readonly string[], group: 'node' | 'edge' | '' = ''): string {
  return classes.map((name) => `${group}.${name}`).join(', ');
}
