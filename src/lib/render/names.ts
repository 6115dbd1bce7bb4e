// Names the render layer gives Cytoscape elements: the classes the controller sets and the stylesheet draws.

export const CLASS = {
  selected: 'selected',
  faded: 'faded',
  neighbour: 'neighbour',
  endpoint: 'endpoint',
  onPath: 'on-path',
  compared: 'compared',
  sharedTarget: 'shared-target',
  target: 'target',
} as const;

/** Every class that shows emphasis; cleared together before emphasis is drawn again. */
export const EMPHASIS_CLASSES = [
  CLASS.selected,
  CLASS.faded,
  CLASS.neighbour,
  CLASS.endpoint,
  CLASS.onPath,
  CLASS.compared,
  CLASS.sharedTarget,
  CLASS.target,
] as const;
