// Records what the view shows as a tour step (the inverse of playing one): the nodes and relationships it
// emphasises, and its layout. A step plays back as the whole graph with these highlighted and framed.
import type { EdgeKeys } from '../graph/all-edges';
import type { AtlasGraph } from '../graph/build-graph';
import type { GraphPath } from '../graph/shortest-paths';
import type { TourHighlight } from './atlas.svelte';
import type { LayoutName, View } from './view';

/** At most this many relationships go into one recorded step, so a large neighbourhood stays a readable step. */
const MAX_RECORDED_EDGES = 40;

export interface RecordedView {
  focus: string[];
  /** Edge ids (`source|relation|target`). */
  highlight: string[];
  layout: LayoutName;
  /** What the view was, in a few words ("the path from Ketamine to Synaptogenesis"). */
  what: string;
}

export interface ViewToRecord {
  graph: AtlasGraph;
  /** The view as the reader asked for it (a node chosen on the overview is a selection, not a neighbourhood). */
  view: View;
  path: GraphPath | null;
  tourHighlight: TourHighlight | null;
  /** The relationships drawn now. */
  visibleEdges: EdgeKeys;
  label: (id: string) => string;
}

const unique = (ids: readonly string[]) => ids.filter((id, index) => ids.indexOf(id) === index);

/** The drawn relationships touching `node`, those at the centre first. */
function edgesAround(input: ViewToRecord, nodes: readonly string[]): string[] {
  const { graph, visibleEdges } = input;
  const around = nodes.flatMap((node) => graph.edges(node).filter((edge) => visibleEdges.has(edge)));
  return unique(around).slice(0, MAX_RECORDED_EDGES);
}

/** The step the view would make, or null when it emphasises nothing (the whole map with nothing selected). */
export function recordView(input: ViewToRecord): RecordedView | null {
  const { graph, view, path, tourHighlight, label } = input;
  const layout = view.layout;
  if (tourHighlight && tourHighlight.nodes.length > 0) {
    return {
      focus: [...tourHighlight.nodes],
      highlight: [...tourHighlight.edges],
      layout,
      what: 'the tour step shown',
    };
  }
  if (path && path.nodes.length > 1) {
    const [first = '', last = ''] = [path.nodes[0], path.nodes.at(-1)];
    return {
      focus: [...path.nodes],
      highlight: [...path.edges],
      layout,
      what: `the path from ${label(first)} to ${label(last)}`,
    };
  }
  if (view.depth !== undefined && view.centre && graph.hasNode(view.centre)) {
    const centre = view.centre;
    const ring = unique([centre, ...(view.focus && view.focus !== centre ? [view.focus] : [])]);
    const highlight = edgesAround(input, ring);
    const near = highlight.flatMap((edge) => graph.extremities(edge));
    return {
      focus: unique([...ring, ...near]),
      highlight,
      layout,
      what: `the neighbourhood of ${label(centre)}`,
    };
  }
  if (view.focus && graph.hasNode(view.focus)) {
    const chosenEdge = view.edge && graph.hasEdge(view.edge) ? [view.edge] : [];
    return {
      focus: [view.focus],
      highlight: unique([...chosenEdge, ...edgesAround(input, [view.focus])]).slice(0, MAX_RECORDED_EDGES),
      layout,
      what: label(view.focus),
    };
  }
  if (view.edge && graph.hasEdge(view.edge)) {
    return {
      focus: [...graph.extremities(view.edge)],
      highlight: [view.edge],
      layout,
      what: 'the relationship chosen',
    };
  }
  return null;
}

/** The sources cited by the relationships a step highlights, each once, in order. */
export function citedSources(graph: AtlasGraph, edges: readonly string[]): string[] {
  return unique(edges.flatMap((edge) => (graph.hasEdge(edge) ? graph.getEdgeAttribute(edge, 'sources') : [])));
}
