// The Cytoscape stylesheet, derived from the vocabulary: colour and shape by kind, line by evidence, arrow by sign.
import type { StylesheetJson } from 'cytoscape';
import { STYLE_FIELDS } from './elements';
import { CLASS, EMPHASIS_CLASSES } from './names';

export interface StyleVocabulary {
  kinds: Record<string, { colour: string; shape: string }>;
  relations: Record<string, { sign: string; label: string }>;
  evidence: Record<string, { line: string; colour: string }>;
  signs: Record<string, { arrow: string }>;
}

const LABEL_FONT = '"Inter", "Segoe UI", "DejaVu Sans", system-ui, sans-serif';
const SELECTION_COLOUR = '#1b1b1f';
const HIGHLIGHT_COLOUR = '#0b5394';
/** Paths and shared targets: vermillion, distinct from the blue selection for colour-blind readers too. */
const PATH_COLOUR = '#B8400A';

/** A selector for elements of `group` with any of `classes`. */
const withAnyClass = (classes: readonly string[], group: 'node' | 'edge') =>
  classes.map((name) => `${group}.${name}`).join(', ');

/** In a large graph, relationships with these classes keep their arrow heads (and curves where two share a pair). */
const ARROWED = [CLASS.neighbour, CLASS.selected, CLASS.onPath];
/** In a large graph, emphasised nodes keep their labels. */
const LABELLED = EMPHASIS_CLASSES.filter((name) => name !== CLASS.faded);

/** In a large graph, nodes with at least this many relationships keep their labels when nothing is selected. */
const LARGE_GRAPH_LABEL_DEGREE = 40;

/**
 * Level of detail for large graphs: plain straight edges ("haystack", no arrow heads) draw many times faster on a
 * canvas without a GPU; the relationships that matter (around the selection, on a path, selected) keep their
 * curves and arrow heads. Evidence still shows as line style and colour.
 */
const LARGE_GRAPH_RULES = [
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 1.2 } },
  { selector: withAnyClass(ARROWED, 'edge'), style: { 'curve-style': 'straight' } },
  {
    selector: ARROWED.map((name) => `edge.${name}[?parallel]`).join(', '),
    style: { 'curve-style': 'bezier' },
  },
  // Outlined text is the dearest thing to draw: only hubs, and whatever is emphasised, carry labels.
  { selector: 'node', style: { label: '', 'min-zoomed-font-size': 8 } },
  {
    selector: `node[degree >= ${LARGE_GRAPH_LABEL_DEGREE}], ${withAnyClass(LABELLED, 'node')}`,
    style: { label: 'data(label)' },
  },
];

export function buildStylesheet(vocabulary: StyleVocabulary, options: { large?: boolean } = {}): StylesheetJson {
  const kindRules = Object.entries(vocabulary.kinds).map(([kind, style]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': style.colour, shape: style.shape },
  }));
  const evidenceRules = Object.entries(vocabulary.evidence).map(([level, style]) => ({
    selector: `edge[evidence = "${level}"]`,
    style: {
      'line-style': style.line,
      'line-color': style.colour,
      'target-arrow-color': style.colour,
      ...(style.line === 'dashed' ? { 'line-dash-pattern': [7, 4] } : {}),
      ...(style.line === 'dotted' ? { 'line-dash-pattern': [2, 3] } : {}),
    },
  }));
  const signRules = Object.entries(vocabulary.signs).map(([sign, style]) => ({
    selector: `edge[sign = "${sign}"]`,
    style: { 'target-arrow-shape': style.arrow },
  }));

  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'mapData(degree, 1, 30, 26, 58)',
        height: 'mapData(degree, 1, 30, 26, 58)',
        'border-width': 1.5,
        'border-color': '#2b2b2b',
        'font-family': LABEL_FONT,
        'font-size': 11,
        color: '#1b1b1f',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '110px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2.5,
        'text-outline-opacity': 0.95,
        'min-zoomed-font-size': 5,
      },
    },
    ...kindRules,
    {
      selector: 'edge',
      style: {
        width: 1.6,
        // Straight lines cost far less to place and draw than curves; curves only where two edges share a pair.
        'curve-style': 'straight',
        'arrow-scale': 1.1,
        'target-distance-from-node': 2,
        'font-family': LABEL_FONT,
        'font-size': 10,
        'text-rotation': 'autorotate',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2.5,
        color: '#1b1b1f',
      },
    },
    { selector: 'edge[?parallel]', style: { 'curve-style': 'bezier' } },
    ...evidenceRules,
    ...signRules,
    { selector: 'edge[?undirected]', style: { 'target-arrow-shape': 'none', 'source-arrow-shape': 'none' } },
    ...(options.large ? LARGE_GRAPH_RULES : []),
    // A file's self-loops are kept; only a curve can draw one.
    { selector: 'edge:loop', style: { 'curve-style': 'bezier' } },
    // Appearance chosen by attribute wins over kind and evidence, but not over emphasis.
    { selector: `node[${STYLE_FIELDS.colour}]`, style: { 'background-color': `data(${STYLE_FIELDS.colour})` } },
    { selector: `node[${STYLE_FIELDS.shape}]`, style: { shape: `data(${STYLE_FIELDS.shape})` } },
    {
      selector: `node[${STYLE_FIELDS.size}]`,
      style: { width: `data(${STYLE_FIELDS.size})`, height: `data(${STYLE_FIELDS.size})` },
    },
    { selector: `edge[${STYLE_FIELDS.width}]`, style: { width: `data(${STYLE_FIELDS.width})` } },
    {
      selector: `edge[${STYLE_FIELDS.colour}]`,
      style: { 'line-color': `data(${STYLE_FIELDS.colour})`, 'target-arrow-color': `data(${STYLE_FIELDS.colour})` },
    },
    { selector: `.${CLASS.faded}`, style: { opacity: 0.16 } },
    { selector: `edge.${CLASS.neighbour}`, style: { width: 2.6, 'z-index': 5 } },
    {
      selector: `node.${CLASS.selected}`,
      style: {
        'border-width': 4,
        'border-color': SELECTION_COLOUR,
        'font-size': 13,
        'font-weight': 'bold',
        'z-index': 10,
      },
    },
    {
      selector: `edge.${CLASS.selected}`,
      style: {
        width: 4.5,
        'line-color': HIGHLIGHT_COLOUR,
        'target-arrow-color': HIGHLIGHT_COLOUR,
        label: 'data(relationLabel)',
        'z-index': 10,
      },
    },
    { selector: `node.${CLASS.endpoint}`, style: { 'border-width': 3, 'border-color': HIGHLIGHT_COLOUR } },
    {
      selector: `node.${CLASS.onPath}`,
      style: { 'border-width': 4, 'border-color': PATH_COLOUR, 'font-weight': 'bold', 'z-index': 9 },
    },
    {
      selector: `edge.${CLASS.onPath}`,
      style: {
        width: 5,
        'line-color': PATH_COLOUR,
        'target-arrow-color': PATH_COLOUR,
        label: 'data(relationLabel)',
        'z-index': 9,
      },
    },
    {
      selector: `node.${CLASS.compared}`,
      style: { 'border-width': 5, 'border-color': SELECTION_COLOUR, 'font-weight': 'bold' },
    },
    { selector: `node.${CLASS.target}`, style: { 'border-width': 3, 'border-color': HIGHLIGHT_COLOUR } },
    {
      selector: `node.${CLASS.sharedTarget}`,
      style: { 'border-width': 6, 'border-style': 'double', 'border-color': PATH_COLOUR, 'font-weight': 'bold' },
    },
    { selector: 'node:grabbed', style: { 'overlay-opacity': 0.12 } },
    { selector: 'core', style: { 'active-bg-color': HIGHLIGHT_COLOUR, 'active-bg-opacity': 0.15 } },
  ] as StylesheetJson;
}
