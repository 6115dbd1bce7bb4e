// sigma.js for a whole large graph, with its two long steps spread over time. Made the usual way, sigma reads every
// node and relationship into its drawing buffers in one synchronous step (half a second and more for a quarter of a
// million relationships, with the page frozen), and draws them all in one frame (most of a second on a software
// WebGL). Here the reading is done in slices of about 30 ms, reporting how far it is and stopping when asked, using
// sigma 3.0's own `refresh()` and `process()` steps in the same order, with its own helpers (less two indexes of
// relationships that nothing here reads, and a copy of each relationship's attributes that it does not draw with);
// and a picture of a changed graph is drawn a range of items per frame (progressive-drawing.ts). The two overlap: the
// nodes are read first, the picture starts once they are in their buffers, and the relationships are read in the
// frames that draw them, each slice just after the frame's range went to the GPU, so a software GPU draws while the
// page reads.
import Sigma, { Camera } from 'sigma';
import type { Settings } from 'sigma/settings';
import type { Attributes } from 'graphology-types';
import { createNormalizationFunction, graphExtent, matrixFromCamera, zIndexOrdering } from 'sigma/utils';
import type { AtlasGraph } from '../../graph/build-graph';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types';
import { inTimeSlices, yieldToPage } from '../../util/time-slices';
import { drawPickingOnDemand, type PickingSigma } from './picking-on-demand';
import { makeWebGLLayersAhead, webGLLayerOptions } from './webgl-layers-ahead';
import {
  ALL_READY,
  DrawingPace,
  drawnPrograms,
  ProgressiveDrawing,
  type DrawingSupply,
  type DrawnProgram,
} from './progressive-drawing';

type Extent = [number, number];

interface DisplayData {
  x: number;
  y: number;
  size: number;
  type: string;
  label?: string | null;
  hidden: boolean;
  zIndex: number;
}

/** What sigma draws a relationship with, worked out from its attributes (or the reducer's answer) and its defaults. */
interface EdgeDisplayData {
  color: string;
  label: string | null;
  size: number;
  type: string;
  hidden: boolean;
  forceLabel: boolean;
  zIndex: number;
}

/** The parts of sigma 3.0 its `refresh()`, `process()` and `render()` use, which its type declarations keep private. */
interface SigmaInternals {
  settings: Settings;
  nodeDataCache: Record<string, DisplayData>;
  edgeDataCache: Record<string, EdgeDisplayData>;
  nodeExtent: { x: Extent; y: Extent };
  customBBox: { x: Extent; y: Extent } | null;
  normalizationFunction: ReturnType<typeof createNormalizationFunction>;
  labelGrid: {
    resizeAndClear(dimensions: { width: number; height: number }, cellSize: number): void;
    add(node: string, size: number, position: { x: number; y: number }): void;
    organize(): void;
  };
  nodePrograms: Record<string, SigmaProgram>;
  edgePrograms: Record<string, SigmaProgram>;
  /** A frame asked for and not yet drawn. */
  renderFrame: number | null;
  nodeZExtent: Extent;
  edgeZExtent: Extent;
  itemIDsIndex: Record<number, { type: 'node' | 'edge'; id: string }>;
  nodeIndices: Record<string, number>;
  edgeIndices: Record<string, number>;
  needToProcess: boolean;
  clearNodeIndices(): void;
  clearEdgeIndices(): void;
  addNode(node: string): void;
  addEdge(edge: string): void;
  addNodeToProgram(node: string, fingerprint: number, position: number): void;
  addEdgeToProgram(edge: string, fingerprint: number, position: number): void;
  emit(event: string): void;
}

/** A program as sigma holds it: one that draws, or one made of several. */
type SigmaProgram = Parameters<typeof drawnPrograms>[0][number] & {
  reallocate(capacity: number): void;
  render(params: unknown): void;
};

export type OverviewSettings = Partial<Settings<NodeAttributes, EdgeAttributes>>;

/** Set while sigma's constructor runs: its own first `refresh()` is left to the slices. */
let constructing = false;
/** Set while sigma's constructor runs: its WebGL layers' canvases, their contexts made in tasks before. */
let madeAhead: ReadonlyMap<string, HTMLCanvasElement> | null = null;

/** Raised inside the slices when sigma was asked to refresh half way: the indexing starts again. */
class IndexAgain extends Error {}

export class SlicedSigma extends Sigma<NodeAttributes, EdgeAttributes> {
  /** While indexing: stopping it (cancelled, killed, or to begin again). */
  #indexing: AbortController | null = null;
  #again = false;
  /** The graph changed since the picture on screen was drawn whole: the next still frame draws it in ranges. */
  #stale = true;
  /** The last frame was drawn while the camera moved, without relationships. */
  #drewMoving = false;
  #drawing: ProgressiveDrawing | null = null;
  readonly #pace = new DrawingPace();
  #waiting: (() => void)[] = [];
  /** Whether the last reading kept sigma's indexes of relationships (only with edge events). */
  #edgesIndexed = false;
  /**
   * While the graph is read: how far. Once every node is in its program the picture starts, and its relationships
   * follow as they are read (`relationshipsRead`, per program); until then the picture on screen stays.
   */
  #reading: { drawable: boolean; relationshipsRead: Record<string, number>; done: boolean } | null = null;
  /** When the slice of reading running in a frame after its range began. */
  #sliceStart: number | null = null;

  private constructor(graph: AtlasGraph, container: HTMLElement, settings: OverviewSettings) {
    super(graph, container, settings);
  }

  /**
   * Makes a sigma on `container` and indexes `graph` into it a slice at a time, then starts drawing it. Rejects with
   * the signal's reason when cancelled (the sigma is killed). `whenDrawn()` says when the picture is complete.
   */
  static async create(
    graph: AtlasGraph,
    container: HTMLElement,
    settings: OverviewSettings,
    options: {
      signal?: AbortSignal | undefined;
      onProgress?: ((fraction: number) => void) | undefined;
      /** Called with the new sigma before anything is drawn: to listen to its events from the first frame. */
      onCreated?: ((sigma: SlicedSigma) => void) | undefined;
    } = {},
  ): Promise<SlicedSigma> {
    const layers = await makeWebGLLayersAhead(container, options.signal);
    constructing = true;
    madeAhead = layers;
    let sigma: SlicedSigma;
    try {
      sigma = new SlicedSigma(graph, container, settings);
    } finally {
      constructing = false;
      madeAhead = null;
    }
    // sigma's type declarations keep `render` private, so its frame is wrapped on the instance rather than overridden.
    const own = sigma as unknown as { render(): void };
    const sigmaFrame = own.render.bind(sigma);
    own.render = () => sigma.#render(sigmaFrame);
    drawPickingOnDemand(sigma as unknown as PickingSigma);
    try {
      options.onCreated?.(sigma);
      await sigma.#indexUntilSettled(options.signal, options.onProgress);
    } catch (error) {
      sigma.kill();
      throw error;
    }
    return sigma;
  }

  /** Resolves once the picture on screen is the whole graph as it is now, drawn with the camera still. */
  whenDrawn(): Promise<void> {
    if (this.#complete()) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** With the attributes of `webGLLayerOptions`: the nodes' and relationships' layers keep their pixels. */
  override createWebGLContext(
    id: string,
    options: Parameters<Sigma['createWebGLContext']>[1] = {},
  ): WebGLRenderingContext {
    return super.createWebGLContext(id, { ...options, ...webGLLayerOptions(id) });
  }

  /** sigma's layer, on the canvas made ahead for it when there is one (sigma then finds its context made). */
  override createLayer<T extends HTMLElement>(
    id: string,
    tag: string,
    options: Parameters<Sigma['createLayer']>[2] = {},
  ): T {
    const canvas = madeAhead?.get(id);
    if (!canvas || tag !== 'canvas' || 'beforeLayer' in options || 'afterLayer' in options)
      return super.createLayer<T>(id, tag, options);
    // As sigma 3.0's `createLayer` does with the element it makes.
    canvas.style.position = 'absolute';
    canvas.setAttribute('class', `sigma-${id}`);
    if (options.style) Object.assign(canvas.style, options.style);
    (this as unknown as { elements: Record<string, HTMLElement> }).elements[id] = canvas;
    this.getContainer().appendChild(canvas);
    return canvas as unknown as T;
  }

  /**
   * A full refresh (filters, colours, positions changed) reads the graph again in slices, keeping the picture on
   * screen until the new one starts; a partial one (a node selected) is sigma's own. Either way the next still frame
   * draws the picture in ranges.
   */
  override refresh(options?: Parameters<Sigma['refresh']>[0]): this {
    if (constructing) return this;
    this.#stale = true;
    if (this.#indexing) {
      this.#again = true;
      this.#indexing.abort(new IndexAgain());
      return this;
    }
    // Repainting relationships one by one needs their index, kept only with edge events: without it all is read again.
    const partial = options?.partialGraph;
    if (partial && (this.#edgesIndexed || !partial.edges?.length)) return super.refresh(options);
    this.#stopDrawing();
    this.#indexUntilSettled(undefined, undefined).catch((error: unknown) => {
      if (!(error instanceof DOMException && error.name === 'AbortError'))
        console.error('The overview could not be drawn again:', error);
    });
    return this;
  }

  /**
   * sigma's frame, except when the graph changed since the picture was last drawn whole and the camera is still:
   * then everything but the nodes and relationships is drawn at once, and they follow a range per frame. While the
   * nodes are read again the picture on screen stays; then the new one starts, its relationships following the reading.
   */
  #render(sigmaFrame: () => void): void {
    if (this.#reading && !this.#reading.drawable) return;
    this.#stopDrawing();
    const self = this as unknown as SigmaInternals;
    const moving = this.#cameraMoving();
    this.#drewMoving = moving;
    if (!this.#stale || moving) {
      this.#showLabels(true);
      sigmaFrame();
      this.#settle();
      return;
    }
    const [nodePrograms, edgePrograms] = [Object.values(self.nodePrograms), Object.values(self.edgePrograms)];
    withoutDrawing([...nodePrograms, ...edgePrograms], sigmaFrame);
    // Labels wait for their nodes: the largest nodes, which carry them, are drawn last.
    this.#showLabels(false);
    const programs = { nodes: drawnPrograms(nodePrograms), edges: drawnPrograms(edgePrograms) };
    const events = {
      nodesDrawn: () => this.#showLabels(true),
      done: () => {
        this.#drawing = null;
        this.#stale = false;
        this.#settle();
      },
    };
    this.#drawing = new ProgressiveDrawing(programs, this.getRenderParams(), this.#pace, events, this.#supply());
  }

  /** What the picture may draw: everything, or while the graph is read, every node and the relationships read. */
  #supply(): DrawingSupply {
    const reading = this.#reading;
    if (!reading) return ALL_READY;
    const self = this as unknown as SigmaInternals;
    const typeOf = new Map<DrawnProgram, string>();
    for (const [type, program] of Object.entries(self.edgePrograms))
      for (const drawn of drawnPrograms([program])) typeOf.set(drawn, type);
    return {
      ready: (program) => {
        const type = typeOf.get(program);
        return type === undefined ? ALL_READY.ready(program) : (reading.relationshipsRead[type] ?? 0);
      },
      complete: () => reading.done,
    };
  }

  /**
   * Lets the page respond between slices of reading. Once the picture is being drawn, a slice runs in the next frame
   * just after that frame's range went to the GPU, so the page reads while the GPU draws (a hidden page draws no
   * frames: then it goes on after 100 ms).
   */
  #pauseReading = (): Promise<void> => {
    const drawing = this.#drawing;
    const now = performance.now();
    if (this.#sliceStart !== null) drawing?.shareFrame(now - this.#sliceStart);
    this.#sliceStart = null;
    if (!drawing) return yieldToPage();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 100);
      void drawing.afterNextRange().then(() => {
        clearTimeout(timer);
        this.#sliceStart = performance.now();
        resolve();
      });
    });
  };

  override kill(): void {
    this.#indexing?.abort(new DOMException('The overview was closed.', 'AbortError'));
    this.#stopDrawing();
    this.#waiting = [];
    super.kill();
  }

  /** Stops a picture being drawn in ranges, if one is. */
  #stopDrawing(): void {
    this.#drawing?.stop();
    this.#drawing = null;
  }

  #showLabels(shown: boolean): void {
    const labels = this.getCanvases().labels;
    if (labels) labels.style.visibility = shown ? '' : 'hidden';
  }

  /** sigma's own test for a frame drawn while moving (it then leaves the relationships out). */
  #cameraMoving(): boolean {
    const mouse = this.getMouseCaptor();
    return (
      this.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0
    );
  }

  #complete(): boolean {
    const self = this as unknown as SigmaInternals;
    return !this.#indexing && !this.#stale && !this.#drawing && !this.#drewMoving && self.renderFrame === null;
  }

  #settle(): void {
    if (!this.#complete()) return;
    for (const resolve of this.#waiting.splice(0)) resolve();
  }

  async #indexUntilSettled(
    signal: AbortSignal | undefined,
    onProgress: ((fraction: number) => void) | undefined,
  ): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const controller = new AbortController();
      const stop = () => controller.abort(signal?.reason);
      signal?.addEventListener('abort', stop, { once: true });
      this.#indexing = controller;
      this.#again = false;
      try {
        await this.#index(controller.signal, onProgress);
        this.#indexing = null;
        this.#reading = null;
        // The picture started during the reading goes on; without one (nothing to draw, or the camera moving), a frame.
        if (!this.#drawing) (this as unknown as { render(): void }).render();
        this.#settle();
        return;
      } catch (error) {
        this.#indexing = null;
        this.#reading = null;
        this.#stopDrawing();
        if (!(this.#again && error instanceof IndexAgain)) throw error;
      } finally {
        signal?.removeEventListener('abort', stop);
      }
    }
  }

  /**
   * sigma's `refresh()` (each node's and relationship's display data) then `process()` (its buffers), sliced, nodes
   * first: once every node is in its program the picture starts, and the relationships are read in the frames that
   * draw them, each slice just after a frame's range went to the GPU.
   */
  async #index(signal: AbortSignal, onProgress: ((fraction: number) => void) | undefined): Promise<void> {
    const self = this as unknown as SigmaInternals;
    const graph = this.getGraph();
    const settings = self.settings;
    const nodes = graph.nodes();
    let edges = graph.edges();
    // Without a reducer every relationship is drawn alike, by one program and with no order to keep: it is read in one
    // pass rather than two. Progress counts the passes over nodes and relationships alike.
    const onePass = !settings.edgeReducer;
    const work = 3 * nodes.length + (onePass ? 1 : 2) * edges.length;
    let done = 0;
    const sliced = async (total: number, run: (index: number) => void) => {
      const start = done;
      await inTimeSlices(
        total,
        (from, to) => {
          for (let index = from; index < to; index++) run(index);
        },
        {
          signal,
          onProgress: (fraction) => onProgress?.((start + fraction * total) / Math.max(work, 1)),
          pause: this.#pauseReading,
        },
      );
      done = start + total;
    };
    const reading = { drawable: false, relationshipsRead: {} as Record<string, number>, done: false };
    this.#reading = reading;
    this.#stopDrawing();

    // refresh() of the nodes: display data, through the reducer.
    self.clearEdgeIndices();
    self.clearNodeIndices();
    // Making sigma (its canvases, WebGL contexts and shaders) was a task of its own.
    await yieldToPage();
    signal.throwIfAborted();
    await sliced(nodes.length, (index) => self.addNode(nodes[index] as string));

    // process() of the nodes: normalised positions, the label grid, then each node into its program's buffer.
    self.emit('beforeProcess');
    const dimensions = this.getDimensions();
    self.nodeExtent = graphExtent(graph);
    if (!settings.autoRescale) {
      const { x, y } = self.nodeExtent;
      self.nodeExtent = {
        x: [(x[0] + x[1]) / 2 - dimensions.width / 2, (x[0] + x[1]) / 2 + dimensions.width / 2],
        y: [(y[0] + y[1]) / 2 - dimensions.height / 2, (y[0] + y[1]) / 2 + dimensions.height / 2],
      };
    }
    self.normalizationFunction = createNormalizationFunction(self.customBBox ?? self.nodeExtent);
    const nullCameraMatrix = matrixFromCamera(
      new Camera().getState(),
      dimensions,
      this.getGraphDimensions(),
      this.getStagePadding(),
    );
    self.labelGrid.resizeAndClear(dimensions, settings.labelGridCellSize);
    const nodesPerProgram: Record<string, number> = {};
    const itemIDsIndex: Record<number, { type: 'node' | 'edge'; id: string }> = {};
    const nodeIndices: Record<string, number> = {};
    const edgeIndices: Record<string, number> = {};
    let fingerprint = 1;

    await sliced(nodes.length, (index) => {
      const node = nodes[index] as string;
      const data = self.nodeDataCache[node] as DisplayData;
      const attributes = graph.getNodeAttributes(node) as unknown as Attributes;
      data.x = Number(attributes.x);
      data.y = Number(attributes.y);
      self.normalizationFunction.applyTo(data);
      if (typeof data.label === 'string' && !data.hidden)
        self.labelGrid.add(node, data.size, this.framedGraphToViewport(data, { matrix: nullCameraMatrix }));
      nodesPerProgram[data.type] = (nodesPerProgram[data.type] ?? 0) + 1;
    });
    self.labelGrid.organize();
    reallocate(self.nodePrograms, nodesPerProgram);
    const ordered =
      settings.zIndex && self.nodeZExtent[0] !== self.nodeZExtent[1]
        ? zIndexOrdering(self.nodeZExtent, (node) => (self.nodeDataCache[node] as DisplayData).zIndex, nodes)
        : nodes;
    await sliced(ordered.length, (index) => {
      const node = ordered[index] as string;
      nodeIndices[node] = fingerprint;
      itemIDsIndex[fingerprint] = { type: 'node', id: node };
      const type = (self.nodeDataCache[node] as DisplayData).type;
      self.addNodeToProgram(node, fingerprint++, (nodesPerProgram[type] = (nodesPerProgram[type] ?? 0) + 1) - 1);
    });
    // The nodes can be drawn, and found under the pointer.
    self.itemIDsIndex = itemIDsIndex;
    self.nodeIndices = nodeIndices;
    self.edgeIndices = edgeIndices;
    self.needToProcess = false;
    reading.drawable = true;
    (this as unknown as { render(): void }).render();

    // refresh() then process() of the relationships: each into its program's buffer, ready to draw once it is there.
    const read = reading.relationshipsRead;
    // sigma's indexes from a relationship to its place and back serve only the pointer over relationships and their
    // repainting one by one, neither of which this sigma does without edge events: left out, they spare a quarter of
    // a million entries (see `refresh`).
    const indexEdges = settings.enableEdgeEvents;
    this.#edgesIndexed = indexEdges;
    const place = (edge: string, count: Record<string, number>) => {
      if (indexEdges) {
        edgeIndices[edge] = fingerprint;
        itemIDsIndex[fingerprint] = { type: 'edge', id: edge };
      }
      const type = (self.edgeDataCache[edge] as EdgeDisplayData).type;
      const position = (count[type] = (count[type] ?? 0) + 1) - 1;
      self.addEdgeToProgram(edge, fingerprint++, position);
      read[type] = position + 1;
    };
    if (onePass) {
      const addEdge = plainEdgeAdder(self);
      const perProgram = { [settings.defaultEdgeType]: edges.length };
      reallocate(self.edgePrograms, perProgram);
      await sliced(edges.length, (index) => {
        const edge = edges[index] as string;
        addEdge(edge);
        place(edge, perProgram);
      });
    } else {
      const perProgram: Record<string, number> = {};
      await sliced(edges.length, (index) => {
        const edge = edges[index] as string;
        self.addEdge(edge);
        const type = (self.edgeDataCache[edge] as EdgeDisplayData).type;
        perProgram[type] = (perProgram[type] ?? 0) + 1;
      });
      if (settings.zIndex && self.edgeZExtent[0] !== self.edgeZExtent[1])
        edges = zIndexOrdering(self.edgeZExtent, (edge) => (self.edgeDataCache[edge] as EdgeDisplayData).zIndex, edges);
      reallocate(self.edgePrograms, perProgram);
      await sliced(edges.length, (index) => place(edges[index] as string, perProgram));
    }
    reading.done = true;
    self.emit('afterProcess');
  }
}

/**
 * sigma's `addEdge` just after its indexes were cleared, without a reducer: it copies every attribute of a relationship
 * to read the seven it draws with (colour, label, size, type, z-index, hidden, forced label), which the atlas's
 * relationships never carry, so each one's display data is sigma's defaults, made here without the copy. They are all
 * alike, so they share one object (sigma replaces display data, never changes it): a quarter of a million objects
 * alive at once made the young generation's collections take 70 ms and more while the graph was read.
 */
function plainEdgeAdder(self: SigmaInternals): (edge: string) => void {
  const { defaultEdgeColor: color, defaultEdgeType: type } = self.settings;
  const plain: EdgeDisplayData = { color, label: '', size: 0.5, hidden: false, forceLabel: false, type, zIndex: 0 };
  return (edge) => {
    self.edgeDataCache[edge] = plain;
    if (!self.settings.zIndex) return;
    const extent = self.edgeZExtent;
    if (extent[0] > 0) extent[0] = 0;
    if (extent[1] < 0) extent[1] = 0;
  };
}

/** Sizes each program's buffers for the items counted for it, and sets the counts back to 0 to place them. */
function reallocate(
  programs: Record<string, { reallocate(capacity: number): void }>,
  counts: Record<string, number>,
): void {
  for (const type of Object.keys(programs)) {
    programs[type]?.reallocate(counts[type] ?? 0);
    counts[type] = 0;
  }
}

/** Runs `run` with the programs drawing nothing: sigma's frame draws everything else. */
function withoutDrawing(programs: readonly SigmaProgram[], run: () => void): void {
  const draws = programs.map((program) => program.render);
  for (const program of programs) program.render = () => undefined;
  try {
    run();
  } finally {
    programs.forEach((program, index) => (program.render = draws[index] ?? program.render));
  }
}
