// Draws the whole of a large graph with sigma.js (WebGL): every node and relationship, kinds as colours, the best
// connected nodes labelled without collisions, relationships hidden while the camera moves. With sliced-sigma.ts, the
// only module that imports sigma; it is loaded only when a large dataset is shown whole.
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { Attributes } from 'graphology-types';
import type { AtlasGraph } from '../../graph/build-graph';
import type { Position } from '../../util/position';
import { OverviewLabels } from './overview-labels';
import { SlicedSigma } from './sliced-sigma';

export interface OverviewLook {
  /** A kind's colour. */
  colourOf: (kind: string) => string;
  dark: boolean;
}

/** Colours chosen in Appearance (by community, by any attribute), which take the place of the kind's. */
export type OverviewColours = ReadonlyMap<string, { colour?: string | undefined }>;

export interface OverviewEvents {
  onNodeClick: (id: string) => void;
  onBackgroundClick: () => void;
  /** The pointer is over a node (its id), or left it (null). */
  onHover: (id: string | null) => void;
}

/** What is shown: everything, or the nodes and relationships a filter leaves. */
export type OverviewShown = 'all' | { nodes: ReadonlySet<string>; edges: { has(edge: string): boolean } };

/** Node sizes in screen pixels at the fitted zoom: every node visible, hubs several times larger. */
const SIZE = { least: 1.6, most: 14 } as const;
/**
 * Labels are asked for nodes at least this large on screen, at most one per grid cell, biggest first; overview-labels.ts
 * then leaves out any that would touch another.
 */
const LABELS = { threshold: 3.5, cell: 120, density: 1 } as const;
/** Solid and pale: sigma blends no transparency between relationships, and a quarter of a million must stay quiet. */
const EDGE_COLOUR = { light: '#dde1e8', dark: '#3a4050' } as const;

/**
 * sigma reads positions from the graph's `x` and `y`. They are written on the attribute objects themselves, without
 * graph events (a quarter of a million listeners would wake), and the y axis turned to point up as sigma's does.
 */
function writePositions(graph: AtlasGraph, positions: ReadonlyMap<string, Position>): void {
  graph.forEachNode((node, attributes) => {
    const place = positions.get(node);
    const target = attributes as unknown as Attributes;
    target.x = place?.x ?? 0;
    target.y = -(place?.y ?? 0);
  });
}

function edgeFilter(shown: OverviewShown): ((edge: string) => { hidden: boolean }) | null {
  return shown === 'all' ? null : (edge) => ({ hidden: !shown.edges.has(edge) });
}

/** How far the first drawing is, and a way to stop it. */
export interface OverviewDrawing {
  signal?: AbortSignal | undefined;
  onProgress?: ((fraction: number) => void) | undefined;
}

/** What the reducers read at each drawing; changed by `show`, `recolour` and `select`. */
interface OverviewState {
  shown: OverviewShown;
  selected: string | null;
  colours: OverviewColours;
}

export class SigmaOverview {
  readonly sigma: SlicedSigma;
  readonly #state: OverviewState;

  private constructor(sigma: SlicedSigma, state: OverviewState, events: OverviewEvents) {
    this.sigma = sigma;
    this.#state = state;
    sigma.on('clickNode', ({ node }) => events.onNodeClick(node));
    sigma.on('clickStage', () => events.onBackgroundClick());
    sigma.on('enterNode', ({ node }) => events.onHover(node));
    sigma.on('leaveNode', () => events.onHover(null));
  }

  /**
   * Draws `graph` on `container` at `positions`. sigma's first look at every node and relationship is done in slices
   * (see sliced-sigma.ts); rejects when `drawing.signal` stops it. What is shown is known before the first drawing,
   * so a filtered overview is drawn once, not twice.
   */
  static async create(
    container: HTMLElement,
    graph: AtlasGraph,
    positions: ReadonlyMap<string, Position>,
    look: OverviewLook,
    events: OverviewEvents,
    shown: OverviewShown = 'all',
    colours: OverviewColours = new Map(),
    drawing: OverviewDrawing = {},
  ): Promise<SigmaOverview> {
    const state: OverviewState = { shown, selected: null, colours };
    writePositions(graph, positions);
    let most = 1;
    graph.forEachNode((node) => (most = Math.max(most, graph.degree(node))));
    const sizeOf = (node: string) => SIZE.least + (SIZE.most - SIZE.least) * Math.sqrt(graph.degree(node) / most);
    const labels = new OverviewLabels(look.dark);
    const sigma = await SlicedSigma.create(
      graph,
      container,
      {
        hideEdgesOnMove: true,
        defaultEdgeColor: look.dark ? EDGE_COLOUR.dark : EDGE_COLOUR.light,
        // One-pixel GL lines rather than sigma's usual rectangles, and nodes as GL points rather than triangles:
        // the same look at this density (points at most 28 pixels across when the graph fits), and a software WebGL
        // (no graphics card) draws them several times faster. sigma's arrows, never drawn here, are lines too: no
        // program of their own is made.
        defaultEdgeType: 'line',
        edgeProgramClasses: { line: EdgeLineProgram, arrow: EdgeLineProgram },
        nodeProgramClasses: { circle: NodePointProgram },
        labelRenderedSizeThreshold: LABELS.threshold,
        labelGridCellSize: LABELS.cell,
        labelDensity: LABELS.density,
        ...labels.settings,
        defaultDrawNodeLabel: labels.ask,
        zIndex: true,
        nodeReducer: (node, attributes) => {
          const visible = state.shown === 'all' || state.shown.nodes.has(node);
          const selected = node === state.selected;
          const size = sizeOf(node);
          const place = attributes as unknown as Attributes;
          return {
            x: Number(place.x),
            y: Number(place.y),
            label: String(attributes.label),
            size: selected ? Math.max(size, 8) : size,
            color: state.colours.get(node)?.colour ?? look.colourOf(String(attributes.kind)),
            hidden: !visible,
            highlighted: selected,
            forceLabel: selected,
            // Bigger nodes on top, so the pointer finds a hub rather than a small node drawn over it (sigma wants
            // whole numbers here).
            zIndex: Math.round(4 * (selected ? SIZE.most + 1 : size)),
          };
        },
        // Only a filter needs to look at each relationship; the whole graph is drawn as it is.
        edgeReducer: edgeFilter(shown),
      },
      {
        ...drawing,
        onCreated: (created) => {
          created.on('beforeRender', () => labels.begin());
          created.on('afterRender', () => {
            const { width, height } = created.getDimensions();
            labels.draw(width, height);
          });
        },
      },
    );
    return new SigmaOverview(sigma, state, events);
  }

  /** Shows everything, or only what a filter leaves (the camera stays); every change redraws the whole graph. */
  show(shown: OverviewShown): void {
    if (shown === this.#state.shown || (shown === 'all' && this.#state.shown === 'all')) return;
    this.#state.shown = shown;
    this.sigma.setSetting('edgeReducer', edgeFilter(shown));
  }

  /** Colours nodes as Appearance says (kinds where it says nothing); returns whether it will redraw. */
  recolour(colours: OverviewColours): boolean {
    if (colours === this.#state.colours) return false;
    this.#state.colours = colours;
    this.sigma.refresh();
    return true;
  }

  /** Marks the selected node: drawn larger, labelled and on top. */
  select(id: string | null): void {
    if (id === this.#state.selected) return;
    const previous = this.#state.selected;
    this.#state.selected = id;
    for (const node of [previous, id])
      if (node !== null && this.sigma.getGraph().hasNode(node))
        this.sigma.refresh({ partialGraph: { nodes: [node] }, skipIndexation: true });
  }

  /** New positions (a layout finished): drawn where they are now. */
  place(graph: AtlasGraph, positions: ReadonlyMap<string, Position>): void {
    writePositions(graph, positions);
    this.sigma.refresh();
  }

  zoomBy(factor: number): void {
    const camera = this.sigma.getCamera();
    void camera.animate({ ratio: camera.ratio / factor }, { duration: 200 });
  }

  fit(): void {
    void this.sigma.getCamera().animatedReset({ duration: 250 });
  }

  /** Brings a node to the middle, a little closer. */
  centreOn(id: string): void {
    const display = this.sigma.getNodeDisplayData(id);
    if (!display) return;
    void this.sigma.getCamera().animate({ x: display.x, y: display.y, ratio: 0.35 }, { duration: 300 });
  }

  destroy(): void {
    this.sigma.kill();
  }
}
