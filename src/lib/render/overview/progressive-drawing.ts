// Draws sigma's nodes, then its relationships, a range of each at a time over several frames, so no one frame holds the
// page. On a software WebGL a quarter of a million relationships take most of a second to rasterise; a graphics card
// draws them in one frame, and there the ranges grow until they do. With WebGL 2 the ranges are drawn off screen and
// the picture is shown every few frames (see `OffscreenLayer`); without it, each range is drawn on screen.
import type { RenderParams } from 'sigma/types';
import type { ProgramInfo } from 'sigma/rendering';
import { OffscreenLayer } from './offscreen-layer';

/** The parts of a sigma 3.0 program that draw it on screen, which its type declarations keep protected. */
export interface DrawnProgram {
  normalProgram: ProgramInfo;
  isInstanced: boolean;
  /** Vertices per item (per instance when instanced). */
  VERTICES: number;
  METHOD: number;
  ATTRIBUTES: readonly unknown[];
  /** Attributes alike for every instance (instanced programs only). */
  CONSTANT_ATTRIBUTES: readonly unknown[];
  /** The items, as sigma wrote them for the GPU. */
  array: Float32Array;
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

/**
 * How long the GPU's drawing of one frame should take, leaving room for the rest of the frame under 100 ms. On a
 * software GPU the drawing happens when the frame is committed, which a busy machine can make half as long again.
 */
const FRAME_DRAWING_MS = 25;
/** About what showing a drawn layer costs a frame beyond the drawing (a software compositor reads it back). */
const SHOWING_MS = 15;
/** Work shared with the drawing hid it when the frame took no longer than the work and this. */
const HIDDEN_MARGIN_MS = 10;
/** How much a range grows after a frame whose drawing was hidden by shared work (its time unknown). */
const HIDDEN_GROWTH = 2;
/**
 * A frame longer than this leaves no room to grow, hidden drawing or not: a software GPU draws in parallel with the
 * page's work and the page waits for the rest when the frame is committed, so doubling there made frames of 100 ms.
 */
const FRAME_BUDGET_MS = 70;
/** What a frame costs with nothing to draw: not counted as drawing. */
const FRAME_MS = 16;
/** A range grows or shrinks at most this much from one frame to the next, so one odd frame cannot swing it far. */
const MOST_CHANGE = 4;
/** The fewest items a frame draws, and the first frame's: sigma's points and lines are cheap even in software. */
const FEWEST = { nodes: 2_000, edges: 2_000 } as const;
/**
 * How long the GPU should take over a range drawn off screen. No frame waits for it, so it can take several; kept
 * short enough that a frame drawn on screen meanwhile (the reader moving the camera) does not wait long behind it.
 */
const OFFSCREEN_RANGE_MS = 50;
/** How often a picture drawn off screen is shown while it grows. */
const SHOW_EVERY_MS = 200;

/**
 * How many items of each kind to draw in a frame, learnt from how long frames took: it starts small enough for a
 * software WebGL and grows on a graphics card.
 */
export class DrawingPace {
  readonly #perFrame: Record<DrawnKind, number> = { ...FEWEST };

  itemsPerFrame(kind: DrawnKind): number {
    return this.#perFrame[kind];
  }

  /**
   * `items` of `kind` were drawn in a frame that took `frameMs` from drawing to the next frame, `sharedMs` of which
   * other work took while the GPU drew. The frame ends when both are done, so a drawing that ended within the other
   * work's time hid how long it took: the range then doubles.
   */
  learn(kind: DrawnKind, items: number, frameMs: number, sharedMs = 0): void {
    if (items <= 0 || !Number.isFinite(frameMs)) return;
    // Beyond an empty frame and reading the layer back: the GPU's drawing, or the shared work when that took longer.
    const drawingMs = Math.max(frameMs - FRAME_MS - SHOWING_MS, 1);
    const current = this.#perFrame[kind];
    const hidden = sharedMs > 0 && drawingMs < sharedMs + HIDDEN_MARGIN_MS;
    const fitting = hidden
      ? current * (frameMs <= FRAME_BUDGET_MS ? HIDDEN_GROWTH : FRAME_BUDGET_MS / frameMs)
      : (items * FRAME_DRAWING_MS) / drawingMs;
    this.#resize(kind, fitting);
  }

  /**
   * `items` of `kind` were drawn off screen, and the GPU was seen done with them `drawnMs` after they were sent (seen
   * once a frame, so never less than a frame even on a graphics card).
   */
  learnOffscreen(kind: DrawnKind, items: number, drawnMs: number): void {
    if (items <= 0 || !Number.isFinite(drawnMs)) return;
    this.#resize(kind, (items * OFFSCREEN_RANGE_MS) / Math.max(drawnMs, 1));
  }

  #resize(kind: DrawnKind, fitting: number): void {
    const current = this.#perFrame[kind];
    const bounded = Math.min(current * MOST_CHANGE, Math.max(current / MOST_CHANGE, fitting));
    this.#perFrame[kind] = Math.max(FEWEST[kind], Math.round(bounded));
  }
}

interface Range {
  kind: DrawnKind;
  program: DrawnProgram;
  next: number;
  /** Where its ranges are drawn: off screen, or (null) on screen. */
  layer: OffscreenLayer | null;
}

/**
 * How much of each program is ready to draw, while its items are still being read into it: the picture starts on what
 * is read and follows the reading, so a software GPU draws while the page reads.
 */
export interface DrawingSupply {
  /** How many of `program`'s items, from its first, are ready. */
  ready(program: DrawnProgram): number;
  /** Every item of every program is ready: the drawing can finish. */
  complete(): boolean;
}

/** Everything is ready: a picture of what the programs hold. */
export const ALL_READY: DrawingSupply = { ready: (program) => itemCount(program), complete: () => true };

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
 *
 * Off screen (WebGL 2), a range is sent only once the GPU has drawn the last one, and the picture is shown when the
 * nodes are all drawn, every `SHOW_EVERY_MS` and at the end, in a frame that sends no range: the browser, which
 * waits for the GPU before it shows a changed WebGL canvas, then waits only for the copy.
 */
export class ProgressiveDrawing {
  readonly #ranges: Range[];
  /** The off-screen layers, one per WebGL context, and those drawn into since they were last shown. */
  readonly #layers: OffscreenLayer[];
  readonly #unshown = new Set<OffscreenLayer>();
  #shownAt: number;
  readonly #params: RenderParams;
  readonly #pace: DrawingPace;
  readonly #clock: FrameClock;
  readonly #events: DrawingEvents;
  readonly #supply: DrawingSupply;
  #nodesDrawn = false;
  #frame: number | null = null;
  /** Waiting for the next frame's range to be on its way to the GPU (see `afterNextRange`). */
  #waiting: (() => void)[] = [];
  /** The programs whose whole buffer this drawing sent to the GPU. */
  readonly #sent = new Set<DrawnProgram>();
  #stopped = false;
  /** The range drawn in the last frame (off screen: the last range sent), and when; `measured` when it is a measure. */
  #last: { kind: DrawnKind; count: number; at: number; layer: OffscreenLayer | null; measured: boolean } | null = null;
  /** Time other work took in this frame after its range went to the GPU (see `shareFrame`). */
  #sharedMs = 0;

  constructor(
    programs: Record<DrawnKind, readonly DrawnProgram[]>,
    params: RenderParams,
    pace: DrawingPace,
    events: DrawingEvents,
    supply: DrawingSupply = ALL_READY,
    clock: FrameClock = browserClock,
  ) {
    const layers = new Map<unknown, OffscreenLayer | null>();
    const layerFor = (program: DrawnProgram) => {
      const gl = program.normalProgram.gl;
      if (!layers.has(gl)) layers.set(gl, OffscreenLayer.create(gl));
      return layers.get(gl) ?? null;
    };
    this.#ranges = (['nodes', 'edges'] as const).flatMap((kind) =>
      programs[kind].map((program) => ({ kind, program, next: 0, layer: layerFor(program) })),
    );
    this.#layers = [...layers.values()].filter((layer) => layer !== null);
    this.#params = params;
    this.#pace = pace;
    this.#clock = clock;
    this.#events = events;
    this.#supply = supply;
    this.#shownAt = clock.now();
    this.#frame = clock.request(() => this.#onFrame());
  }

  /** Stops before the next range (the picture is to be drawn again, or the renderer is going). */
  stop(): void {
    this.#stopped = true;
    if (this.#frame !== null) this.#clock.cancel(this.#frame);
    this.#frame = null;
    this.#dispose();
    this.#release();
  }

  /**
   * Resolves in the next frame just after its range is sent to the GPU (or at once when the drawing has stopped):
   * work done then runs while the GPU draws, before the frame waits for the GPU to show it.
   */
  afterNextRange(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** Work of `ms` was done in this frame while the GPU drew its range: the pace learns from the frame knowing it. */
  shareFrame(ms: number): void {
    this.#sharedMs += ms;
  }

  /**
   * In each frame: learns from the last range how long it took, then draws the next range of what is ready, or waits
   * for more while items are still being read. Off screen it first waits for the GPU to finish the last range, and
   * some frames show the picture instead of drawing.
   */
  #onFrame(): void {
    this.#frame = null;
    if (this.#stopped) return;
    const now = this.#clock.now();
    const last = this.#last;
    if (last?.layer && !last.layer.drawn()) return this.#nextFrame();
    if (last?.measured) {
      if (last.layer) this.#pace.learnOffscreen(last.kind, last.count, now - last.at);
      else this.#pace.learn(last.kind, last.count, now - last.at, this.#sharedMs);
    }
    this.#last = null;
    this.#sharedMs = 0;
    const range = this.#ranges.find((candidate) => candidate.next < itemCount(candidate.program));
    if (!this.#nodesDrawn && range?.kind !== 'nodes') {
      this.#nodesDrawn = true;
      const shown = this.#show(now);
      this.#events.nodesDrawn();
      if (shown) return this.#nextFrame(false);
    }
    if (!range && this.#supply.complete()) {
      this.#show(now);
      this.#stopped = true;
      this.#dispose();
      this.#release();
      this.#events.done();
      return;
    }
    if (now - this.#shownAt >= SHOW_EVERY_MS && this.#show(now)) return this.#nextFrame(false);
    if (range) {
      const ready = Math.min(itemCount(range.program), this.#supply.ready(range.program));
      const count = Math.min(ready - range.next, this.#pace.itemsPerFrame(range.kind));
      if (count > 0) {
        const { program, layer } = range;
        const framebuffer = layer ? layer.framebuffer : program.normalProgram.frameBuffer;
        drawRange(program, this.#params, range.next, count, this.#sent.has(program), framebuffer);
        this.#sent.add(program);
        range.next += count;
        if (layer) {
          layer.sent();
          this.#unshown.add(layer);
        }
        // A program's first range also brings its buffer to the GPU (and, in the first frame, the layers are
        // cleared): not a measure of the drawing.
        this.#last = { kind: range.kind, count, at: now, layer, measured: range.next > count };
      }
    }
    this.#nextFrame();
  }

  /**
   * Asks for the next frame, and lets work waiting for a range run now (`release`), or in a later frame when this one
   * shows the picture: the browser then reads the layers back, which is enough for one frame.
   */
  #nextFrame(release = true): void {
    this.#frame = this.#clock.request(() => this.#onFrame());
    if (release) this.#release();
  }

  /** Copies what was drawn off screen since it was last shown onto the screen; false when there was nothing. */
  #show(now: number): boolean {
    this.#shownAt = now;
    if (this.#unshown.size === 0) return false;
    for (const layer of this.#unshown) layer.show();
    this.#unshown.clear();
    return true;
  }

  #dispose(): void {
    for (const layer of this.#layers) layer.dispose();
    this.#layers.length = 0;
    this.#unshown.clear();
  }

  #release(): void {
    for (const resolve of this.#waiting.splice(0)) resolve();
  }
}

/** sigma's `bindProgram` for a buffer already on the GPU: sends the items first…first + count, binds the rest. */
function bindRange(program: DrawnProgram, first: number, count: number): void {
  const info = program.normalProgram;
  const gl = info.gl;
  if (program.isInstanced) {
    gl.bindBuffer(gl.ARRAY_BUFFER, info.constantBuffer);
    let offset = 0;
    for (const attribute of program.CONSTANT_ATTRIBUTES)
      offset += program.bindAttribute(attribute, info, offset, false);
  }
  const floats = program.isInstanced
    ? program.ATTRIBUTES_ITEMS_COUNT
    : program.ATTRIBUTES_ITEMS_COUNT * program.VERTICES;
  gl.bindBuffer(gl.ARRAY_BUFFER, info.buffer);
  const items = program.array.subarray(first * floats, (first + count) * floats);
  gl.bufferSubData(gl.ARRAY_BUFFER, first * floats * Float32Array.BYTES_PER_ELEMENT, items);
  let offset = 0;
  for (const attribute of program.ATTRIBUTES) offset += program.bindAttribute(attribute, info, offset, true);
  gl.bindBuffer(gl.ARRAY_BUFFER, null);
}

/** How many items (nodes or relationships) a program holds. */
function itemCount(program: DrawnProgram): number {
  return program.isInstanced ? program.capacity : Math.floor(program.verticesCount / program.VERTICES);
}

/**
 * sigma 3.0's `Program.render` for the screen, drawing only the items first…first + count into `framebuffer` (null:
 * the screen). sigma sends a program's whole buffer to the GPU each time it draws; here that is done for a program's
 * first range (`sent` false), and later ranges send only their own items, which may have been read since.
 */
function drawRange(
  program: DrawnProgram,
  params: RenderParams,
  first: number,
  count: number,
  sent: boolean,
  framebuffer: WebGLFramebuffer | null,
): void {
  const info = program.normalProgram;
  const gl = info.gl;
  gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
  if (sent) bindRange(program, first, count);
  else program.bindProgram(info);
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
  gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
  if (!program.isInstanced) gl.drawArrays(program.METHOD, first * program.VERTICES, count * program.VERTICES);
  else if ('drawArraysInstanced' in gl) gl.drawArraysInstanced(program.METHOD, 0, program.VERTICES, count);
  else gl.getExtension('ANGLE_instanced_arrays')?.drawArraysInstancedANGLE(program.METHOD, 0, program.VERTICES, count);
  program.unbindProgram(info);
  // sigma clears whatever framebuffer is bound when it draws a frame: the screen's.
  gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  // To the GPU now, so it draws while the page goes on until the frame is shown.
  gl.flush();
}
