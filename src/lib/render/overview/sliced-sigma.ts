// sigma.js, with its first indexing of the graph done a slice at a time. Made the usual way, sigma reads every node
// and relationship into its drawing buffers in one synchronous step (half a second and more for a quarter of a million
// relationships, with the page frozen); `SlicedSigma.create` does the same work in slices of about 30 ms, reporting
// how far it is and stopping when asked. The steps are sigma 3.0's own `refresh()` and `process()`, in the same
// order, with its own helpers; only the loops are cut into slices.
import Sigma, { Camera } from 'sigma';
import type { Settings } from 'sigma/settings';
import type { Attributes } from 'graphology-types';
import { createNormalizationFunction, graphExtent, matrixFromCamera, zIndexOrdering } from 'sigma/utils';
import type { RenderParams } from 'sigma/types';
import type { ProgramInfo } from 'sigma/rendering';
import type { AtlasGraph } from '../../graph/build-graph';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types';
import { inTimeSlices, yieldToPage } from '../../util/time-slices';

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

/** The parts of sigma 3.0 its `refresh()`, `process()` and `render()` use, which its type declarations keep private. */
interface SigmaInternals {
  settings: Settings;
  nodeDataCache: Record<string, DisplayData>;
  edgeDataCache: Record<string, DisplayData>;
  nodeExtent: { x: Extent; y: Extent };
  customBBox: { x: Extent; y: Extent } | null;
  normalizationFunction: ReturnType<typeof createNormalizationFunction>;
  labelGrid: {
    resizeAndClear(dimensions: { width: number; height: number }, cellSize: number): void;
    add(node: string, size: number, position: { x: number; y: number }): void;
    organize(): void;
  };
  nodePrograms: Record<string, NodeProgramInternals>;
  edgePrograms: Record<string, { reallocate(capacity: number): void }>;
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
  render(): void;
  getNodeAtPosition(position: { x: number; y: number }): string | null;
  getRenderParams(): RenderParams;
}

/** The parts of a sigma 3.0 node program that draw its picking layer (protected in its type declarations). */
interface NodeProgramInternals {
  reallocate(capacity: number): void;
  pickProgram: ProgramInfo | null;
  hasNothingToRender(): boolean;
  bindProgram(program: ProgramInfo): void;
  unbindProgram(program: ProgramInfo): void;
  renderProgram(params: RenderParams, program: ProgramInfo): void;
}

export type OverviewSettings = Partial<Settings<NodeAttributes, EdgeAttributes>>;

/** Set while sigma's constructor runs: its own first `refresh()` is left to the slices. */
let constructing = false;

/** Raised inside the slices when sigma was asked to refresh half way: the indexing starts again. */
class IndexAgain extends Error {}

export class SlicedSigma extends Sigma<NodeAttributes, EdgeAttributes> {
  /** While indexing: stopping it (cancelled, killed, or to begin again). */
  #indexing: AbortController | null = null;
  #again = false;

  private constructor(graph: AtlasGraph, container: HTMLElement, settings: OverviewSettings) {
    super(graph, container, settings);
  }

  /**
   * Makes a sigma on `container` and indexes `graph` into it a slice at a time, then draws it. Rejects with the
   * signal's reason when cancelled (the sigma is killed).
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
    constructing = true;
    let sigma: SlicedSigma;
    try {
      sigma = new SlicedSigma(graph, container, settings);
    } finally {
      constructing = false;
    }
    drawPickingOnDemand(sigma as unknown as SigmaInternals);
    try {
      options.onCreated?.(sigma);
      await sigma.#indexUntilSettled(options.signal, options.onProgress);
    } catch (error) {
      sigma.kill();
      throw error;
    }
    return sigma;
  }

  /** While the slices run, a refresh (a node selected, colours changed) makes them start again with what is new. */
  override refresh(options?: Parameters<Sigma['refresh']>[0]): this {
    if (constructing) return this;
    if (this.#indexing) {
      this.#again = true;
      this.#indexing.abort(new IndexAgain());
      return this;
    }
    return super.refresh(options);
  }

  override kill(): void {
    this.#indexing?.abort(new DOMException('The overview was closed.', 'AbortError'));
    super.kill();
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
        (this as unknown as SigmaInternals).render();
        return;
      } catch (error) {
        this.#indexing = null;
        if (!(this.#again && error instanceof IndexAgain)) throw error;
      } finally {
        signal?.removeEventListener('abort', stop);
      }
    }
  }

  /** sigma's `refresh()` (each node's and relationship's display data) then `process()` (its buffers), sliced. */
  async #index(signal: AbortSignal, onProgress: ((fraction: number) => void) | undefined): Promise<void> {
    const self = this as unknown as SigmaInternals;
    const graph = this.getGraph();
    const settings = self.settings;
    const nodes = graph.nodes();
    let edges = graph.edges();
    // Three passes over the nodes and three over the relationships; progress counts them alike.
    const work = 3 * nodes.length + 3 * edges.length;
    let done = 0;
    const sliced = async (total: number, run: (index: number) => void) => {
      const start = done;
      await inTimeSlices(
        total,
        (from, to) => {
          for (let index = from; index < to; index++) run(index);
        },
        { signal, onProgress: (fraction) => onProgress?.((start + fraction * total) / Math.max(work, 1)) },
      );
      done = start + total;
    };

    // refresh(): display data, through the reducers.
    self.clearEdgeIndices();
    self.clearNodeIndices();
    // Making sigma (its canvases, WebGL contexts and shaders) was a task of its own.
    await yieldToPage();
    signal.throwIfAborted();
    await sliced(nodes.length, (index) => self.addNode(nodes[index] as string));
    await sliced(edges.length, (index) => self.addEdge(edges[index] as string));

    // process(): normalised positions, the label grid, then each node and relationship into its program's buffer.
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
    const nodeIndices: Record<string, number> = {};
    const edgeIndices: Record<string, number> = {};
    const itemIDsIndex: Record<number, { type: 'node' | 'edge'; id: string }> = {};
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

    const edgesPerProgram: Record<string, number> = {};
    await sliced(edges.length, (index) => {
      const type = (self.edgeDataCache[edges[index] as string] as DisplayData).type;
      edgesPerProgram[type] = (edgesPerProgram[type] ?? 0) + 1;
    });
    if (settings.zIndex && self.edgeZExtent[0] !== self.edgeZExtent[1])
      edges = zIndexOrdering(self.edgeZExtent, (edge) => (self.edgeDataCache[edge] as DisplayData).zIndex, edges);
    reallocate(self.edgePrograms, edgesPerProgram);
    await sliced(edges.length, (index) => {
      const edge = edges[index] as string;
      edgeIndices[edge] = fingerprint;
      itemIDsIndex[fingerprint] = { type: 'edge', id: edge };
      const type = (self.edgeDataCache[edge] as DisplayData).type;
      self.addEdgeToProgram(edge, fingerprint++, (edgesPerProgram[type] = (edgesPerProgram[type] ?? 0) + 1) - 1);
    });
    self.itemIDsIndex = itemIDsIndex;
    self.nodeIndices = nodeIndices;
    self.edgeIndices = edgeIndices;
    self.emit('afterProcess');
    self.needToProcess = false;
  }
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

/**
 * sigma draws its nodes a second time with every frame, into the picking layer the pointer is matched against. On a
 * software WebGL that pass costs as much as the nodes themselves (about 0.4 s a frame for 12,000 nodes at 1440×900),
 * though most frames (a camera glide, a zoom by the wheel, the first drawing) are never pointed at. Here each frame
 * leaves it out, and the pointer's first question after a frame draws it for the frame on screen.
 */
function drawPickingOnDemand(sigma: SigmaInternals): void {
  const render = sigma.render.bind(sigma);
  const nodeAt = sigma.getNodeAtPosition.bind(sigma);
  let pickingDrawn = true;
  sigma.render = () => {
    const programs = Object.values(sigma.nodePrograms);
    const picking = programs.map((program) => program.pickProgram);
    for (const program of programs) program.pickProgram = null;
    try {
      render();
    } finally {
      programs.forEach((program, index) => (program.pickProgram = picking[index] ?? null));
    }
    pickingDrawn = false;
  };
  sigma.getNodeAtPosition = (position) => {
    if (!pickingDrawn) {
      pickingDrawn = true;
      drawPicking(sigma);
    }
    return nodeAt(position);
  };
}

/** The nodes' picking pass of sigma 3.0's `Program.render`, for the frame on screen. */
function drawPicking(sigma: SigmaInternals): void {
  const params = sigma.getRenderParams();
  const pickingParams = { ...params, pixelRatio: params.pixelRatio / params.downSizingRatio };
  for (const program of Object.values(sigma.nodePrograms)) {
    const pick = program.pickProgram;
    if (!pick || program.hasNothingToRender()) continue;
    pick.gl.viewport(
      0,
      0,
      pickingParams.width * pickingParams.pixelRatio,
      pickingParams.height * pickingParams.pixelRatio,
    );
    program.bindProgram(pick);
    program.renderProgram(pickingParams, pick);
    program.unbindProgram(pick);
  }
}
