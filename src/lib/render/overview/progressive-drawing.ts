// Draws sigma's nodes, then its relationships, a range of each at a time over several frames, so no one frame holds the
// page. On a software WebGL a quarter of a million relationships take most of a second to rasterise; a graphics card
// draws them in one frame, and there the ranges grow until they do.
import type { RenderParams } from 'sigma/types';
import type { ProgramInfo } from 'sigma/rendering';

/** The parts of a sigma 3.0 program that draw it on screen, which its type declarations keep protected. */
export interface DrawnProgram {
  normalProgram: ProgramInfo;
  isInstanced: boolean;
  /** Vertices per item (per instance when instanced). */
  VERTICES: number;
  METHOD: number;
  ATTRIBUTES: readonly unknown[];
  /** Floats (4-byte items) per vertex, or per instance when instanced. */
  ATTRIBUTES_ITEMS_COUNT: number;
  capacity: number;
  verticesCount: number;
  bindProgram(program: ProgramInfo): void;
  unbindProgram(program: ProgramInfo): void;
  bindAttribute(attribute: unknown, program: ProgramInfo, offset: number, setDivisor?: boolean): number;
  setUniforms(params: RenderParams, program: ProgramInfo): void;
}

/** sigma 3.0's programs made of several (its arrows: a line and a head), each drawn in turn. */
interface CompoundProgram {
  programs: readonly DrawnProgram[];
}

/** The programs that draw, with compound ones opened into theirs. */
export function drawnPrograms(programs: readonly (DrawnProgram | CompoundProgram)[]): DrawnProgram[] {
  return programs.flatMap((program) => ('programs' in program ? program.programs : [program]));
}

export type DrawnKind = 'nodes' | 'edges';

/** How long the drawing of one frame should take, leaving room for the rest of the frame under 100 ms. */
const FRAME_DRAWING_MS = 50;
/** What a frame costs with nothing to draw: not counted as drawing. */
const FRAME_MS = 16;
/** A range grows or shrinks at most this much from one frame to the next, so one odd frame cannot swing it far. */
const MOST_CHANGE = 4;
const FEWEST = { nodes: 200, edges: 2_000 } as const;

/**
 * How many items of each kind to draw in a frame, learnt from how long frames took: it starts small enough for a
 * software WebGL and grows on a graphics card.
 */
export class DrawingPace {
  readonly #perFrame: Record<DrawnKind, number> = { nodes: 200, edges: 2_000 };

  itemsPerFrame(kind: DrawnKind): number {
    return this.#perFrame[kind];
  }

  /** `items` of `kind` were drawn in a frame that took `frameMs` from drawing to the next frame. */
  learn(kind: DrawnKind, items: number, frameMs: number): void {
    if (items <= 0 || !Number.isFinite(frameMs)) return;
    const drawingMs = Math.max(frameMs - FRAME_MS, 1);
    const fitting = (items * FRAME_DRAWING_MS) / drawingMs;
    const current = this.#perFrame[kind];
    const bounded = Math.min(current * MOST_CHANGE, Math.max(current / MOST_CHANGE, fitting));
    this.#perFrame[kind] = Math.max(FEWEST[kind], Math.round(bounded));
  }
}

interface Range {
  kind: DrawnKind;
  program: DrawnProgram;
  next: number;
  total: number;
}

/** What a drawing tells as it goes. */
export interface DrawingEvents {
  /** Every node is drawn (called before the first relationships, or at the end when there are none). */
  nodesDrawn(): void;
  /** Everything is drawn. */
  done(): void;
}

/** How the drawing waits for frames: the browser's, or a test's. */
export interface FrameClock {
  request(callback: () => void): number;
  cancel(handle: number): void;
  now(): number;
}

const browserClock: FrameClock = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
  now: () => performance.now(),
};

/**
 * One picture drawn in ranges: all nodes (in sigma's order, so the largest land on top), then all relationships, on
 * layers that keep their pixels between frames, one range in each animation frame from the next; `events` hear when
 * the nodes are all drawn and, in the frame after the last range, when everything is.
 */
export class ProgressiveDrawing {
  readonly #ranges: Range[];
  readonly #params: RenderParams;
  readonly #pace: DrawingPace;
  readonly #clock: FrameClock;
  readonly #events: DrawingEvents;
  #nodesDrawn = false;
  #frame: number | null = null;
  #stopped = false;
  /** The range drawn in the last frame, and when. */
  #last: { kind: DrawnKind; count: number; at: number } | null = null;

  constructor(
    programs: Record<DrawnKind, readonly DrawnProgram[]>,
    params: RenderParams,
    pace: DrawingPace,
    events: DrawingEvents,
    clock: FrameClock = browserClock,
  ) {
    this.#ranges = (['nodes', 'edges'] as const).flatMap((kind) =>
      programs[kind].map((program) => ({ kind, program, next: 0, total: itemCount(program) })),
    );
    this.#params = params;
    this.#pace = pace;
    this.#clock = clock;
    this.#events = events;
    this.#frame = clock.request(() => this.#onFrame());
  }

  /** Stops before the next range (the picture is to be drawn again, or the renderer is going). */
  stop(): void {
    this.#stopped = true;
    if (this.#frame !== null) this.#clock.cancel(this.#frame);
    this.#frame = null;
  }

  /** In each frame: learns from the last range how long a frame took, then draws the next range. */
  #onFrame(): void {
    this.#frame = null;
    if (this.#stopped) return;
    const now = this.#clock.now();
    if (this.#last) this.#pace.learn(this.#last.kind, this.#last.count, now - this.#last.at);
    const range = this.#ranges.find((candidate) => candidate.next < candidate.total);
    if (!this.#nodesDrawn && range?.kind !== 'nodes') {
      this.#nodesDrawn = true;
      this.#events.nodesDrawn();
    }
    if (!range) {
      this.#stopped = true;
      this.#events.done();
      return;
    }
    const count = Math.min(range.total - range.next, this.#pace.itemsPerFrame(range.kind));
    drawRange(range.program, this.#params, range.next, count);
    range.next += count;
    this.#last = { kind: range.kind, count, at: now };
    this.#frame = this.#clock.request(() => this.#onFrame());
  }
}

/** How many items (nodes or relationships) a program holds. */
function itemCount(program: DrawnProgram): number {
  return program.isInstanced ? program.capacity : Math.floor(program.verticesCount / program.VERTICES);
}

/** sigma 3.0's `Program.render` for the screen, drawing only the items first…first + count. */
function drawRange(program: DrawnProgram, params: RenderParams, first: number, count: number): void {
  const info = program.normalProgram;
  const gl = info.gl;
  gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
  program.bindProgram(info);
  // An instanced program reads its items from the start of its buffer: point it at the first one wanted.
  if (program.isInstanced && first > 0) {
    gl.bindBuffer(gl.ARRAY_BUFFER, info.buffer);
    let offset = first * program.ATTRIBUTES_ITEMS_COUNT * Float32Array.BYTES_PER_ELEMENT;
    for (const attribute of program.ATTRIBUTES) offset += program.bindAttribute(attribute, info, offset, true);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
  }
  gl.enable(gl.BLEND);
  gl.useProgram(info.program);
  program.setUniforms(params, info);
  gl.bindFramebuffer(gl.FRAMEBUFFER, info.frameBuffer);
  if (!program.isInstanced) gl.drawArrays(program.METHOD, first * program.VERTICES, count * program.VERTICES);
  else if ('drawArraysInstanced' in gl) gl.drawArraysInstanced(program.METHOD, 0, program.VERTICES, count);
  else gl.getExtension('ANGLE_instanced_arrays')?.drawArraysInstancedANGLE(program.METHOD, 0, program.VERTICES, count);
  program.unbindProgram(info);
}
