// The Cytoscape stylesheet, derived from the vocabulary: colour and shape by kind, line by evidence, arrow by sign.
import type { StylesheetJson } from 'cytoscape';
import { lightenForDark } from './colour';
import { GROUP_PADDING } from './decorations';
import { STYLE_FIELDS } from './elements';
import { CLASS, DECORATION } from './names';

export interface StyleVocabulary {
  kinds: Record<string, { colour: string; shape: string }>;
  relations: Record<string, { sign: string; label: string }>;
  evidence: Record<string, { line: string; colour: string }>;
  signs: Record<string, { arrow: string }>;
}

export const LABEL_FONT = '"Inter", "Segoe UI", "DejaVu Sans", system-ui, sans-serif';
const SELECTION_COLOUR = '#1b1b1f';
const HIGHLIGHT_COLOUR = '#0b5394';
/** Paths and shared targets: vermillion, distinct from the blue selection for colour-blind readers too. */
const PATH_COLOUR = '#B8400A';

/** A selector for elements of `group` with any of `classes`. */
const withAnyClass = (classes: readonly string[], group: 'node' | 'edge') =>
  classes.map((name) => `${group}.${name}`).join(', ');

/** In a large graph, relationships with these classes keep their arrow heads (and curves where two share a pair). */
const ARROWED = [CLASS.neighbour, CLASS.selected, CLASS.onPath];

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
];

/**
 * Labels: the label layer (label-layer.ts) chooses which nodes and edges carry one, on which side, and gives their
 * size in layout units so they are drawn at a steady size on screen; everything else draws no text at all.
 */
const LABEL_RULES = [
  {
    selector: `node.${CLASS.labelled}`,
    style: {
      label: 'data(display)',
      'font-size': 'data(labelSize)',
      'text-max-width': 'data(labelLine)',
      'text-outline-width': 'data(labelOutline)',
    },
  },
  {
    selector: `node.${CLASS.labelBelow}`,
    style: { 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': 'data(labelGap)' },
  },
  {
    selector: `node.${CLASS.labelAbove}`,
    style: { 'text-valign': 'top', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': 'data(labelGapBack)' },
  },
  {
    selector: `node.${CLASS.labelRight}`,
    style: {
      'text-valign': 'center',
      'text-halign': 'right',
      'text-justification': 'left',
      'text-margin-y': 0,
      'text-margin-x': 'data(labelGap)',
    },
  },
  {
    selector: `node.${CLASS.labelLeft}`,
    style: {
      'text-valign': 'center',
      'text-halign': 'left',
      'text-justification': 'right',
      'text-margin-y': 0,
      'text-margin-x': 'data(labelGapBack)',
    },
  },
  {
    selector: `edge.${CLASS.labelled}`,
    style: {
      label: 'data(relationLabel)',
      'font-size': 'data(labelSize)',
      'text-rotation': 'none',
      'text-outline-width': 0,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.92,
      'text-background-shape': 'round-rectangle',
      'text-background-padding': 'data(labelGap)',
    },
  },
  // Could carry a label but has none at this zoom: drawn as background until the reader zooms in.
  { selector: `node.${CLASS.quiet}`, style: { opacity: 0.42, 'border-width': 0.8 } },
];

/** The overview's decorations: group boxes with their titles, links between groups, and column headings. */
const DECORATION_RULES = [
  {
    selector: `node[decoration = "${DECORATION.group}"]`,
    style: {
      shape: 'round-rectangle',
      'background-color': '#f1f3f6',
      'background-opacity': 1,
      'border-width': 1.5,
      'border-color': '#8a929c',
      padding: GROUP_PADDING,
      'font-weight': 'bold',
      color: '#1b1b1f',
      'compound-sizing-wrt-labels': 'exclude',
      'z-index-compare': 'manual',
      'z-index': 1,
      'min-width': 'data(minWidth)',
      'min-width-bias-left': '0%',
      'min-width-bias-right': '100%',
      'min-height': 'data(minHeight)',
      'min-height-bias-top': '0%',
      'min-height-bias-bottom': '100%',
    },
  },
  {
    selector: `node[decoration = "${DECORATION.group}"]:active, node[decoration = "${DECORATION.group}"].hovered`,
    style: { 'border-color': HIGHLIGHT_COLOUR, 'border-width': 2.5 },
  },
  {
    selector: `node.${CLASS.overviewLandmark}`,
    style: { width: 22, height: 22, 'z-index-compare': 'manual', 'z-index': 2 },
  },
  {
    selector: `node[decoration = "${DECORATION.heading}"]`,
    style: {
      width: 1,
      height: 1,
      'background-opacity': 0,
      'border-width': 0,
      'font-weight': 'bold',
      color: '#3b3f46',
      events: 'no',
      'text-valign': 'center',
      'text-halign': 'center',
      'text-margin-x': 0,
      'text-margin-y': 0,
    },
  },
  {
    selector: `edge[decoration = "${DECORATION.link}"]`,
    style: {
      width: 'data(width)',
      'line-color': '#9aa3ae',
      'line-style': 'solid',
      opacity: 0.5,
      'curve-style': 'straight',
      'target-arrow-shape': 'none',
      // Under the boxes: the links show in the gaps between them.
      'z-index-compare': 'manual',
      'z-index': 0,
      events: 'no',
    },
  },
];

/**
 * The dark theme (presenter mode, T): light text on a dark canvas, lines lifted towards white so the evidence greys
 * keep their contrast, and emphasis in lighter colours. Kind colours stay, as they read on both.
 */
function darkRules(vocabulary: StyleVocabulary) {
  const text = { color: '#f2f2f4', 'text-outline-color': DARK_CANVAS };
  return [
    { selector: 'node', style: { ...text, 'border-color': '#d6d8de' } },
    ...Object.entries(vocabulary.evidence).map(([level, style]) => ({
      selector: `edge[evidence = "${level}"]`,
      style: { 'line-color': lightenForDark(style.colour), 'target-arrow-color': lightenForDark(style.colour) },
    })),
    { selector: `edge.${CLASS.labelled}`, style: { ...text, 'text-background-color': DARK_CANVAS } },
    { selector: withAnyClass([CLASS.selected, CLASS.compared], 'node'), style: { 'border-color': '#ffffff' } },
    {
      selector: `edge.${CLASS.selected}`,
      style: { 'line-color': lightenForDark(HIGHLIGHT_COLOUR), 'target-arrow-color': lightenForDark(HIGHLIGHT_COLOUR) },
    },
    {
      selector: withAnyClass([CLASS.endpoint, CLASS.target], 'node'),
      style: { 'border-color': lightenForDark(HIGHLIGHT_COLOUR) },
    },
    {
      selector: withAnyClass([CLASS.onPath, CLASS.sharedTarget], 'node'),
      style: { 'border-color': lightenForDark(PATH_COLOUR) },
    },
    {
      selector: `edge.${CLASS.onPath}`,
      style: { 'line-color': lightenForDark(PATH_COLOUR), 'target-arrow-color': lightenForDark(PATH_COLOUR) },
    },
    {
      selector: `node[decoration = "${DECORATION.group}"]`,
      style: { 'background-color': '#2a2d35', 'border-color': '#9aa3ae', color: '#f2f2f4' },
    },
    { selector: `node[decoration = "${DECORATION.heading}"]`, style: { color: '#e4e6ea' } },
    { selector: `edge[decoration = "${DECORATION.link}"]`, style: { 'line-color': '#aab2bd' } },
  ];
}

/** The canvas colour of the dark theme; App.svelte's dark stage uses the same. */
const DARK_CANVAS = '#16171b';

export function buildStylesheet(
  vocabulary: StyleVocabulary,
  options: { large?: boolean; dark?: boolean } = {},
): StylesheetJson {
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
        label: '',
        'border-width': 1.5,
        'border-color': '#2b2b2b',
        'font-family': LABEL_FONT,
        color: '#1b1b1f',
        'text-wrap': 'wrap',
        'text-outline-color': '#ffffff',
        'text-outline-opacity': 0.95,
      },
    },
    {
      selector: 'node[degree]',
      style: { width: 'mapData(degree, 1, 30, 26, 58)', height: 'mapData(degree, 1, 30, 26, 58)' },
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
    ...LABEL_RULES,
    ...DECORATION_RULES,
    { selector: `.${CLASS.faded}`, style: { opacity: 0.16 } },
    { selector: `edge.${CLASS.neighbour}`, style: { width: 2.6, 'z-index': 5 } },
    {
      selector: `node.${CLASS.selected}`,
      style: {
        'border-width': 4,
        'border-color': SELECTION_COLOUR,
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
    ...(options.dark ? darkRules(vocabulary) : []),
    { selector: 'node:grabbed', style: { 'overlay-opacity': 0.12 } },
    { selector: 'core', style: { 'active-bg-color': HIGHLIGHT_COLOUR, 'active-bg-opacity': 0.15 } },
  ] as StylesheetJson;
}
