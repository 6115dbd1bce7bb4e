// Names the render layer gives Cytoscape elements: the classes the controller sets and the stylesheet draws, and
// the kinds of decoration (group boxes, their links, column headings) drawn beside the graph's own elements.

export const CLASS = {
  selected: 'selected',
  faded: 'faded',
  neighbour: 'neighbour',
  endpoint: 'endpoint',
  onPath: 'on-path',
  compared: 'compared',
  sharedTarget: 'shared-target',
  target: 'target',
  /** Carries its label (chosen by the label layer). */
  labelled: 'labelled',
  /** Could carry a label but has none at this zoom: drawn as background. */
  quiet: 'quiet',
  labelBelow: 'label-below',
  labelAbove: 'label-above',
  labelLeft: 'label-left',
  labelRight: 'label-right',
  /** A landmark drawn inside its group's box on the overview. */
  overviewLandmark: 'overview-landmark',
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

/** Elements drawn beside the graph's own: the `decoration` data field says which. */
export const DECORATION = { group: 'group', link: 'group-link', heading: 'heading' } as const;

/**
 * Ids of decorations start with a character no curated or imported id is likely to start with (U+2063, an invisible
 * separator), so they never clash with the graph's own ids.
 */
export const DECORATION_PREFIX = '\u2063';
