// What the canvas shows for a view and how it is laid out: the overview, a neighbourhood around its centre, a path
// left to right, a tour step, a comparison, a group, or the whole map. Pure: the same inputs give the same scene.
import type { EdgeKeys } from '../graph/all-edges';
import type { AtlasGraph } from '../graph/build-graph';
import type { CappedSubgraph } from '../graph/cap-subgraph';
import { concentricLayout } from '../graph/layout-concentric';
import type { Position } from '../graph/layout-force';
import { layeredLayout } from '../graph/layout-layered';
import { lanesWithColumns } from '../graph/layout-lanes';
import { overviewLayout, type OverviewLayout } from '../graph/layout-overview';
import { forEachEdgeAmong, outIndexOf } from '../graph/out-index';
import { radialLayout } from '../graph/layout-radial';
import type { Overview } from '../graph/overview';
import type { View } from './view';

export type SceneKind =
  'overview' | 'tour' | 'path' | 'flow' | 'compare' | 'neighbourhood' | 'group' | 'filtered' | 'whole';

export interface SceneInput {
  graph: AtlasGraph;
  view: View;
  /** What the view's filters and neighbourhood leave, cut down for very large graphs. */
  drawn: CappedSubgraph;
  /** The map: positions of every node from the force layout (shipped, or laid out again). */
  mapPositions: ReadonlyMap<string, Position>;
  /** The grouped summary of the dataset, or null when it has no groups. */
  overview: Overview | null;
  /** The path shown, or null. */
  path: { nodes: readonly string[]; edges: readonly string[] } | null;
  /** What a node leads to or what leads to it, with how many steps away each node is, or null. */
  flow: {
    nodes: readonly string[];
    edges: readonly string[];
    stepOf: ReadonlyMap<string, number>;
    direction: 'downstream' | 'upstream';
  } | null;
  /** A tour step's nodes and relationships, or null (the step's layout is the view's). */
  tour: { nodes: readonly string[]; edges: readonly string[] } | null;
  /** The compared drugs' targets. */
  compareTargets: readonly string[];
  /** The size of the canvas in pixels, for scenes drawn to fit it (the overview, long paths). */
  canvas: { width: number; height: number };
  /** Lays a set of nodes out with forces, remembering earlier results (the caller keeps the cache). */
  forceLayoutOf: (nodes: ReadonlySet<string>) => ReadonlyMap<string, Position>;
  /** A kind's name in the plural, for the headings of the lanes ("Drugs"). */
  kindPlural: (kind: string) => string;
  /** The view is drawn whole by the overview renderer: always on the map, never laid out again (12,000 nodes). */
  onMap?: boolean | undefined;
}

export interface Scene {
  kind: SceneKind;
  nodes: ReadonlySet<string>;
  edges: EdgeKeys;
  positions: ReadonlyMap<string, Position>;
  /** Labels drawn to the scale of a diagram (the overview), or at a steady size on screen whatever the zoom. */
  labels: 'diagram' | 'screen';
  /** The overview's grid, when the scene is the overview. */
  overview?: { summary: Overview; layout: OverviewLayout } | undefined;
  /** The node a neighbourhood is around: the camera keeps it in the middle. */
  centre?: string | undefined;
  /** Where labels go first: below their node, or beside it (columns read better with labels beside). */
  labelSide?: 'below' | 'right' | undefined;
  /** Column headings of the lanes layout: a title and where it goes. */
  headings?: { text: string; position: Position }[] | undefined;
}

/** How far above a lane's first node its heading sits, in layout units. */
const HEADING_RISE = 80;
/** A flow's column longer than this is drawn zigzag (what ketamine leads to is a fan of a dozen or more). */
const FLOW_ROWS = 7;
/** Above this many nodes, a filtered view keeps its places on the map rather than being laid out afresh. */
const FRESH_LAYOUT_LIMIT = 250;

function isNarrowed(view: View): boolean {
  return (
    view.kinds !== undefined ||
    view.relations !== undefined ||
    view.evidence !== undefined ||
    view.statuses !== undefined ||
    view.hidden.length > 0 ||
    view.group !== undefined ||
    (view.attributes?.length ?? 0) > 0
  );
}

/**
 * On a dataset with an overview, a link that only names a node (`?focus=…`) shows that node's neighbourhood rather
 * than the summary: the view as shown gets a one-step neighbourhood around the focus.
 */
export function withImplicitNeighbourhood(view: View, hasOverview: boolean): View {
  const bare =
    view.focus !== undefined &&
    view.layout === 'auto' &&
    view.depth === undefined &&
    view.path === undefined &&
    view.compare.length === 0 &&
    !isNarrowed(view);
  return hasOverview && bare ? { ...view, depth: 1, centre: view.focus } : view;
}

/** Which kind of scene a view asks for; the first that applies wins. */
export function sceneKind(input: Pick<SceneInput, 'view' | 'overview' | 'path' | 'flow' | 'tour'>): SceneKind {
  const { view } = input;
  if (input.tour) return 'tour';
  if (view.path && input.path) return 'path';
  if (view.flow && input.flow) return 'flow';
  if (view.compare.length > 0) return 'compare';
  if (view.depth !== undefined && view.centre !== undefined) return 'neighbourhood';
  if (view.group !== undefined) return 'group';
  if (isNarrowed(view)) return 'filtered';
  if (view.layout === 'auto' && input.overview) return 'overview';
  return 'whole';
}

function edgesAmong(graph: AtlasGraph, nodes: ReadonlySet<string>, only?: EdgeKeys): Set<string> {
  const edges = new Set<string>();
  // Undirected relationships too (an imported mixed graph has them); a Set takes one found from both ends once.
  forEachEdgeAmong(outIndexOf(graph), nodes, nodes, (edge) => {
    if (!only || only.has(edge)) edges.add(edge);
  });
  return edges;
}

function present(graph: AtlasGraph, ids: readonly string[]): Set<string> {
  return new Set(ids.filter((id) => graph.hasNode(id)));
}

/** How many columns a chain may use on this canvas before it wraps, at about 170 pixels a column. */
function columnsFor(canvas: { width: number }): number {
  return Math.max(3, Math.floor(canvas.width / 170));
}

/** Lays out a small focused set: lanes or rings when asked for, otherwise left to right along its relationships. */
function focusedLayout(
  input: SceneInput,
  nodes: ReadonlySet<string>,
  layout: View['layout'],
  chain: {
    edges?: EdgeKeys;
    ranks?: ReadonlyMap<string, number>;
    spine?: readonly string[];
    maxRows?: number;
  },
): ReadonlyMap<string, Position> {
  if (layout === 'concentric') return concentricLayout(input.graph, nodes, chain.spine?.[0] ?? [...nodes][0] ?? '');
  if (layout === 'force') return input.forceLayoutOf(nodes);
  return layeredLayout(input.graph, nodes, { ...chain, maxColumns: columnsFor(input.canvas) });
}

/** Lays out what a view draws, in the layout it asks for or the one made for it. */
function openLayout(input: SceneInput, kind: SceneKind, nodes: ReadonlySet<string>): ReadonlyMap<string, Position> {
  const { graph, view } = input;
  const centre = view.focus && nodes.has(view.focus) ? view.focus : view.centre;
  if (view.layout === 'concentric') return concentricLayout(graph, nodes, centre ?? mostConnected(graph, nodes));
  if (view.layout === 'force' || kind === 'whole') return input.mapPositions;
  if (kind === 'neighbourhood' && view.centre) return radialLayout(graph, nodes, view.centre);
  if (nodes.size <= FRESH_LAYOUT_LIMIT) return input.forceLayoutOf(nodes);
  return input.mapPositions;
}

/** The lanes layout with a heading over each column, naming the kinds in it. */
function lanesScene(input: SceneInput, nodes: ReadonlySet<string>) {
  const { positions, lanes } = lanesWithColumns(input.graph, nodes);
  // Every heading on one line above the tallest column, like a table's header row.
  const top = Math.min(0, ...lanes.map((lane) => lane.top)) - HEADING_RISE;
  const headings = lanes.map((lane) => ({
    text: lane.kinds.map(input.kindPlural).join(', '),
    position: { x: lane.x, y: top },
  }));
  return { positions, headings, labelSide: 'right' as const };
}

function mostConnected(graph: AtlasGraph, nodes: ReadonlySet<string>): string {
  let best = '';
  for (const node of nodes) if (!best || graph.degree(node) > graph.degree(best)) best = node;
  return best;
}

export function composeScene(input: SceneInput): Scene {
  const { graph, view } = input;
  const kind = sceneKind(input);
  switch (kind) {
    case 'overview': {
      const summary = input.overview;
      if (!summary) break;
      const layout = overviewLayout(summary, input.canvas);
      const nodes = new Set(layout.positions.keys());
      return {
        kind,
        nodes,
        edges: new Set(),
        positions: layout.positions,
        labels: 'diagram',
        overview: { summary, layout },
      };
    }
    case 'tour': {
      const tour = input.tour;
      if (!tour) break;
      const nodes = present(graph, tour.nodes);
      const edges = edgesAmong(graph, nodes);
      if (view.layout === 'lanes') return { kind, nodes, edges, labels: 'screen', ...lanesScene(input, nodes) };
      const positions = focusedLayout(input, nodes, view.layout, { edges: new Set(tour.edges) });
      return { kind, nodes, edges, positions, labels: 'screen' };
    }
    case 'path': {
      const path = input.path;
      if (!path) break;
      const nodes = present(graph, path.nodes);
      const edges = edgesAmong(graph, nodes, new Set(path.edges));
      if (view.layout === 'lanes') return { kind, nodes, edges, labels: 'screen', ...lanesScene(input, nodes) };
      const ranks = new Map(path.nodes.map((node, index) => [node, index]));
      const positions = focusedLayout(input, nodes, 'auto', { ranks, spine: path.nodes });
      return { kind, nodes, edges, positions, labels: 'screen' };
    }
    case 'flow': {
      const flow = input.flow;
      if (!flow) break;
      const nodes = present(graph, flow.nodes);
      const edges = edgesAmong(graph, nodes, new Set(flow.edges));
      if (view.layout === 'lanes') return { kind, nodes, edges, labels: 'screen', ...lanesScene(input, nodes) };
      // Read left to right: downstream from the node onwards, upstream from the furthest causes to the node.
      const furthest = Math.max(0, ...flow.stepOf.values());
      const ranks = new Map(
        [...flow.stepOf].map(([node, step]) => [node, flow.direction === 'downstream' ? step : furthest - step]),
      );
      const positions = focusedLayout(input, nodes, view.layout === 'concentric' ? 'concentric' : 'auto', {
        ranks,
        spine: [flow.nodes[0] ?? ''],
        maxRows: FLOW_ROWS,
      });
      return { kind, nodes, edges, positions, labels: 'screen' };
    }
    case 'compare': {
      const drugs = present(graph, view.compare);
      const nodes = new Set([...drugs, ...present(graph, input.compareTargets)]);
      const edges = edgesAmong(graph, nodes);
      if (view.layout === 'lanes') return { kind, nodes, edges, labels: 'screen', ...lanesScene(input, nodes) };
      const ranks = new Map([...nodes].map((node) => [node, drugs.has(node) ? 0 : 1]));
      return { kind, nodes, edges, positions: focusedLayout(input, nodes, 'auto', { ranks }), labels: 'screen' };
    }
    default:
      break;
  }
  const nodes =
    kind === 'group'
      ? new Set([...input.drawn.nodes].filter((node) => graph.getNodeAttribute(node, 'group') === view.group))
      : input.drawn.nodes;
  const edges = kind === 'group' ? edgesAmong(graph, nodes, input.drawn.edges) : input.drawn.edges;
  const shownAs = kind === 'overview' ? 'whole' : kind;
  if (input.onMap) return { kind: shownAs, nodes, edges, positions: input.mapPositions, labels: 'screen' };
  if (view.layout === 'lanes') return { kind: shownAs, nodes, edges, labels: 'screen', ...lanesScene(input, nodes) };
  const centre = shownAs === 'neighbourhood' ? view.centre : undefined;
  return { kind: shownAs, nodes, edges, positions: openLayout(input, shownAs, nodes), labels: 'screen', centre };
}
