// The overview's picture drawn a range per frame: every item drawn once, nodes before relationships, ranges sized from
// how long frames take, and a stopped drawing drawing nothing more.
import { describe, expect, it } from 'vitest';
import type { RenderParams } from 'sigma/types';
import type { ProgramInfo } from 'sigma/rendering';
import {
  ALL_READY,
  DrawingPace,
  drawnPrograms,
  ProgressiveDrawing,
  type DrawnProgram,
  type FrameClock,
} from '../../src/lib/render/overview/progressive-drawing';

type Call = { program: string; first: number; count: number };
/** Bytes sent to a program's GPU buffer: all of it (`offset` null) or a part. */
type Sent = { program: string; offset: number | null; bytes: number };

/** The WebGL calls a range makes that the tests do not look at. */
const QUIET_CALLS = {
  ARRAY_BUFFER: 1,
  BLEND: 2,
  FRAMEBUFFER: 3,
  viewport: () => undefined,
  bindBuffer: () => undefined,
  enable: () => undefined,
  useProgram: () => undefined,
  bindFramebuffer: () => undefined,
  flush: () => undefined,
};

/** A WebGL context that records what each draw call asked for, and what was sent to the GPU. */
function recordingContext(calls: Call[], name: () => string, instanceStart: () => number, sent: Sent[]) {
  const gl = {
    ...QUIET_CALLS,
    bufferSubData: (_target: number, offset: number, data: Float32Array) =>
      sent.push({ program: name(), offset, bytes: data.byteLength }),
    drawArrays: (_mode: number, first: number, count: number) => calls.push({ program: name(), first, count }),
    drawArraysInstanced: (_mode: number, _first: number, _vertices: number, count: number) =>
      calls.push({ program: name(), first: instanceStart(), count }),
  };
  return gl as unknown as WebGL2RenderingContext;
}

/** A program of `items` items, instanced (as sigma's nodes) or with `vertices` per item (as its lines). */
function fakeProgram(
  id: string,
  items: number,
  calls: Call[],
  instanced: boolean,
  vertices = 2,
  sent: Sent[] = [],
): DrawnProgram {
  let instanceStart = 0;
  const gl = recordingContext(
    calls,
    () => id,
    () => instanceStart,
    sent,
  );
  const itemsCount = 4;
  const array = new Float32Array(items * itemsCount * (instanced ? 1 : vertices));
  return {
    normalProgram: { gl, frameBuffer: null, buffer: {}, program: {} } as unknown as ProgramInfo,
    isInstanced: instanced,
    VERTICES: vertices,
    METHOD: 0,
    ATTRIBUTES: [{ name: 'a' }],
    ATTRIBUTES_ITEMS_COUNT: itemsCount,
    capacity: items,
    verticesCount: items * vertices,
    CONSTANT_ATTRIBUTES: instanced ? [{ name: 'corner' }] : [],
    array,
    bindProgram: () => {
      instanceStart = 0;
      sent.push({ program: id, offset: null, bytes: array.byteLength });
    },
    unbindProgram: () => undefined,
    // The instanced attributes pointed at an item: its byte offset says which.
    bindAttribute: (_attribute, _program, offset) => {
      instanceStart = offset / (itemsCount * Float32Array.BYTES_PER_ELEMENT);
      return itemsCount * Float32Array.BYTES_PER_ELEMENT;
    },
    setUniforms: () => undefined,
  };
}

/** Frames on demand: each `frame(ms)` advances the clock and runs what waited for a frame. */
function manualClock() {
  let now = 0;
  let waiting: (() => void)[] = [];
  const clock: FrameClock = {
    request: (callback) => waiting.push(callback),
    cancel: () => (waiting = []),
    now: () => now,
  };
  const frame = (ms: number) => {
    now += ms;
    const due = waiting;
    waiting = [];
    for (const callback of due) callback();
  };
  return { clock, frame, pending: () => waiting.length };
}

const params = { width: 100, height: 100, pixelRatio: 1 } as RenderParams;

describe('the pace of a drawing', () => {
  it('starts small, grows at most fourfold a frame while frames are quick, and shrinks when they are slow', () => {
    const pace = new DrawingPace();
    const start = pace.itemsPerFrame('edges');
    pace.learn('edges', start, 17);
    expect(pace.itemsPerFrame('edges')).toBe(start * 4);
    pace.learn('edges', start * 4, 416);
    // 400 ms of drawing for that many: about a tenth fits in 40 ms, but it shrinks at most fourfold.
    expect(pace.itemsPerFrame('edges')).toBe(start);
    // Each kind learns on its own.
    expect(pace.itemsPerFrame('nodes')).toBe(new DrawingPace().itemsPerFrame('nodes'));
  });

  it('doubles when other work in the frame outlasted the drawing, and follows the drawing when it did not', () => {
    const pace = new DrawingPace();
    const start = pace.itemsPerFrame('edges');
    // 30 ms of reading in a 65 ms frame: the GPU's drawing ended within it, so how long it took is unknown.
    pace.learn('edges', start, 65, 30);
    expect(pace.itemsPerFrame('edges')).toBe(start * 2);
    pace.learn('edges', start * 2, 65, 30);
    // A frame of 81 ms with the same reading: the drawing took about 50 ms, twice what a frame should hold.
    const grown = pace.itemsPerFrame('edges');
    expect(grown).toBe(start * 4);
    pace.learn('edges', grown, 81, 30);
    expect(pace.itemsPerFrame('edges')).toBe(Math.round(grown / 2));
  });

  it('does not grow a range after a frame over budget, even when other work hid the drawing', () => {
    const pace = new DrawingPace();
    pace.learn('edges', pace.itemsPerFrame('edges'), 65, 30);
    pace.learn('edges', pace.itemsPerFrame('edges'), 65, 30);
    const grown = pace.itemsPerFrame('edges');
    // 70 ms of reading in a frame of 105 ms: the page waited for the drawing when the frame was committed.
    pace.learn('edges', grown, 105, 70);
    expect(pace.itemsPerFrame('edges')).toBe(Math.round((grown * 70) / 105));
  });

  it('sizes a range drawn off screen from how long the GPU took over the last', () => {
    const pace = new DrawingPace();
    const start = pace.itemsPerFrame('edges');
    // Seen done 25 ms after it was sent: twice as many fit in the 50 ms a range should take.
    pace.learnOffscreen('edges', start, 25);
    expect(pace.itemsPerFrame('edges')).toBe(start * 2);
    // Seen done almost at once: it grows, at most fourfold.
    pace.learnOffscreen('edges', start * 2, 5);
    expect(pace.itemsPerFrame('edges')).toBe(start * 8);
    // 200 ms for that many: a quarter of it fits.
    pace.learnOffscreen('edges', start * 8, 200);
    expect(pace.itemsPerFrame('edges')).toBe(start * 2);
    pace.learnOffscreen('edges', 0, 100);
    pace.learnOffscreen('edges', start, Number.NaN);
    expect(pace.itemsPerFrame('edges')).toBe(start * 2);
  });

  it('never falls below a useful range, and ignores frames it cannot have measured', () => {
    const pace = new DrawingPace();
    const start = pace.itemsPerFrame('nodes');
    pace.learn('nodes', start, 10_000);
    pace.learn('nodes', start, 10_000);
    expect(pace.itemsPerFrame('nodes')).toBe(start);
    pace.learn('nodes', 0, 20);
    pace.learn('nodes', start, Number.NaN);
    expect(pace.itemsPerFrame('nodes')).toBe(start);
  });
});

describe('a picture drawn in ranges', () => {
  it('draws every node, then every relationship, once and in order, one range a frame, then says it is done', () => {
    const calls: Call[] = [];
    const nodes = fakeProgram('nodes', 2_700, calls, true, 3);
    const edges = fakeProgram('edges', 5_000, calls, false, 2);
    const { clock, frame } = manualClock();
    let done = 0;
    const callsWhenNodesDrawn: number[] = [];
    const events = { nodesDrawn: () => callsWhenNodesDrawn.push(calls.length), done: () => done++ };
    new ProgressiveDrawing({ nodes: [nodes], edges: [edges] }, params, new DrawingPace(), events, ALL_READY, clock);
    expect(calls).toEqual([]);
    for (let index = 0; index < 50 && done === 0; index++) frame(17);
    expect(done).toBe(1);
    // Told once, after the last node range and before the first relationships.
    expect(callsWhenNodesDrawn).toEqual([2]);

    const drawn = (program: string) => calls.filter((call) => call.program === program);
    expect(drawn('nodes').map((call) => [call.first, call.count])).toEqual([
      [0, 2_000],
      [2_000, 700],
    ]);
    // Lines: two vertices per relationship, each range following the last.
    let next = 0;
    for (const call of drawn('edges')) {
      expect(call.first).toBe(next);
      next += call.count;
    }
    expect(next).toBe(5_000 * 2);
    expect(calls.findIndex((call) => call.program === 'edges')).toBe(drawn('nodes').length);
    expect(calls.length).toBeGreaterThan(2);
  });

  it('keeps ranges small on a slow machine', () => {
    const calls: Call[] = [];
    const edges = fakeProgram('edges', 50_000, calls, false, 2);
    const { clock, frame } = manualClock();
    let done = false;
    const events = { nodesDrawn: () => undefined, done: () => (done = true) };
    new ProgressiveDrawing({ nodes: [], edges: [edges] }, params, new DrawingPace(), events, ALL_READY, clock);
    for (let index = 0; index < 100 && !done; index++) frame(calls.length === 0 ? 16 : 150);
    expect(done).toBe(true);
    expect(Math.max(...calls.map((call) => call.count / 2))).toBe(new DrawingPace().itemsPerFrame('edges'));
  });

  it('draws nothing more once stopped', () => {
    const calls: Call[] = [];
    const nodes = fakeProgram('nodes', 10_000, calls, true, 3);
    const { clock, frame, pending } = manualClock();
    let done = false;
    let nodesDrawn = false;
    const events = { nodesDrawn: () => (nodesDrawn = true), done: () => (done = true) };
    const drawing = new ProgressiveDrawing(
      { nodes: [nodes], edges: [] },
      params,
      new DrawingPace(),
      events,
      ALL_READY,
      clock,
    );
    frame(17);
    drawing.stop();
    frame(17);
    frame(17);
    expect(calls).toHaveLength(1);
    expect(pending()).toBe(0);
    expect(done).toBe(false);
    expect(nodesDrawn).toBe(false);
  });

  it('opens a program made of several into the ones that draw', () => {
    const calls: Call[] = [];
    const line = fakeProgram('line', 1, calls, false);
    const head = fakeProgram('head', 1, calls, true);
    expect(drawnPrograms([{ programs: [line, head] }, line])).toEqual([line, head, line]);
  });

  it('draws what is read as it is read, and finishes only once everything is', () => {
    const calls: Call[] = [];
    const nodes = fakeProgram('nodes', 100, calls, true, 3);
    const edges = fakeProgram('edges', 10_000, calls, false, 2);
    const { clock, frame } = manualClock();
    let read = 0;
    let allRead = false;
    const supply = {
      ready: (program: DrawnProgram) => (program === edges ? read : 100),
      complete: () => allRead,
    };
    let done = 0;
    const events = { nodesDrawn: () => undefined, done: () => done++ };
    new ProgressiveDrawing({ nodes: [nodes], edges: [edges] }, params, new DrawingPace(), events, supply, clock);
    const drawnEdges = () =>
      calls.filter((call) => call.program === 'edges').reduce((sum, call) => sum + call.count / 2, 0);
    frame(17);
    frame(17);
    // The nodes are drawn; no relationship is read yet, so none is drawn and the drawing waits.
    expect(drawnEdges()).toBe(0);
    read = 1_500;
    frame(17);
    expect(drawnEdges()).toBe(1_500);
    frame(17);
    expect(drawnEdges()).toBe(1_500);
    read = 10_000;
    for (let index = 0; index < 20; index++) frame(17);
    expect(drawnEdges()).toBe(10_000);
    expect(done).toBe(0);
    allRead = true;
    frame(17);
    expect(done).toBe(1);
  });

  it('lets other work run in the frame just after its range is drawn, and not wait once stopped', async () => {
    const calls: Call[] = [];
    const edges = fakeProgram('edges', 10_000, calls, false, 2);
    const { clock, frame } = manualClock();
    const events = { nodesDrawn: () => undefined, done: () => undefined };
    const drawing = new ProgressiveDrawing(
      { nodes: [], edges: [edges] },
      params,
      new DrawingPace(),
      events,
      ALL_READY,
      clock,
    );
    let callsThen: number | null = null;
    const after = drawing.afterNextRange().then(() => (callsThen = calls.length));
    await Promise.resolve();
    expect(callsThen).toBeNull();
    frame(17);
    await after;
    expect(callsThen).toBe(1);
    drawing.stop();
    await expect(drawing.afterNextRange()).resolves.toBeUndefined();
  });

  it("sends a program's whole buffer with its first range, then only each range's items", () => {
    const calls: Call[] = [];
    const sent: Sent[] = [];
    const edges = fakeProgram('edges', 5_000, calls, false, 2, sent);
    const { clock, frame } = manualClock();
    let done = false;
    const events = { nodesDrawn: () => undefined, done: () => (done = true) };
    new ProgressiveDrawing({ nodes: [], edges: [edges] }, params, new DrawingPace(), events, ALL_READY, clock);
    for (let index = 0; index < 20 && !done; index++) frame(17);
    const bytesPerItem = 2 * 4 * Float32Array.BYTES_PER_ELEMENT;
    expect(sent[0]).toEqual({ program: 'edges', offset: null, bytes: 5_000 * bytesPerItem });
    const ranges = calls.slice(1).map((call) => ({
      program: 'edges',
      offset: (call.first / 2) * bytesPerItem,
      bytes: (call.count / 2) * bytesPerItem,
    }));
    expect(ranges.length).toBeGreaterThan(0);
    expect(sent.slice(1)).toEqual(ranges);
  });
});

/** A WebGL 2 context whose GPU finishes only when told (`finish`), recording draws, blits to the screen and fences. */
function gpuContext(log: string[]) {
  let bound: unknown = null;
  let fences: { signaled: boolean }[] = [];
  const gl = {
    ...QUIET_CALLS,
    READ_FRAMEBUFFER: 4,
    DRAW_FRAMEBUFFER: 5,
    SIGNALED: 6,
    SYNC_STATUS: 7,
    drawingBufferWidth: 100,
    drawingBufferHeight: 100,
    bufferSubData: () => undefined,
    createFramebuffer: () => ({ framebuffer: true }),
    createRenderbuffer: () => ({}),
    bindRenderbuffer: () => undefined,
    renderbufferStorage: () => undefined,
    framebufferRenderbuffer: () => undefined,
    clearColor: () => undefined,
    clear: () => log.push(bound === null ? 'clear screen' : 'clear layer'),
    deleteFramebuffer: () => log.push('free layer'),
    deleteRenderbuffer: () => undefined,
    bindFramebuffer: (target: number, framebuffer: unknown) => {
      if (target === 3) bound = framebuffer;
    },
    drawArrays: (_mode: number, _first: number, count: number) =>
      log.push(`${bound === null ? 'screen' : 'layer'} ${count / 2}`),
    drawArraysInstanced: (_mode: number, _first: number, _vertices: number, count: number) =>
      log.push(`${bound === null ? 'screen' : 'layer'} ${count}`),
    blitFramebuffer: () => log.push('show'),
    fenceSync: () => {
      const fence = { signaled: false };
      fences.push(fence);
      return fence;
    },
    getSyncParameter: (fence: { signaled: boolean }) => (fence.signaled ? 6 : 0),
    deleteSync: () => undefined,
    isContextLost: () => lost,
  };
  let lost = false;
  const loseContext = () => (lost = true);
  const finish = () => {
    for (const fence of fences) fence.signaled = true;
    fences = [];
  };
  return { gl: gl as unknown as WebGL2RenderingContext, finish, loseContext };
}

describe('a picture drawn off screen', () => {
  /** A program of sigma's drawing on `gl`: its lines, or its nodes. */
  function onContext(gl: WebGL2RenderingContext, program: DrawnProgram): DrawnProgram {
    return { ...program, normalProgram: { ...program.normalProgram, gl } };
  }
  const lines = (gl: WebGL2RenderingContext, items: number) => onContext(gl, fakeProgram('edges', items, [], false, 2));
  const points = (gl: WebGL2RenderingContext, items: number) => onContext(gl, fakeProgram('nodes', items, [], true, 3));

  it('sends a range only once the GPU has drawn the last, and shows the picture in frames that draw none', () => {
    const log: string[] = [];
    const { gl, finish } = gpuContext(log);
    const { clock, frame } = manualClock();
    let done = 0;
    const events = { nodesDrawn: () => log.push('nodes drawn'), done: () => done++ };
    new ProgressiveDrawing(
      { nodes: [], edges: [lines(gl, 50_000)] },
      params,
      new DrawingPace(),
      events,
      ALL_READY,
      clock,
    );
    expect(log).toEqual(['clear layer']);
    log.length = 0;
    frame(17);
    // No node to show: the first range goes off screen at once.
    expect(log).toEqual(['nodes drawn', 'layer 2000']);
    log.length = 0;
    frame(17);
    frame(17);
    // The GPU is still drawing it: nothing more is sent, and nothing is shown.
    expect(log).toEqual([]);
    for (let index = 0; index < 200 && done === 0; index++) {
      finish();
      frame(40);
    }
    expect(done).toBe(1);
    expect(log.filter((entry) => entry.startsWith('screen'))).toEqual([]);
    const drawn = log.filter((entry) => entry.startsWith('layer')).map((entry) => Number(entry.split(' ')[1]));
    expect(drawn.reduce((sum, count) => sum + count, 2_000)).toBe(50_000);
    // Shown every 200 ms or so (a frame of 40 ms each), never in a frame that drew a range, and once at the end.
    const shows = log.flatMap((entry, index) => (entry === 'show' ? [index] : []));
    expect(shows.length).toBeGreaterThan(1);
    for (const index of shows) expect(log[index - 1]).not.toBe('show');
    expect(log.slice(-2)).toEqual(['show', 'free layer']);
    const rangesBetweenShows = shows.slice(1).map((index, k) => index - (shows[k] ?? 0) - 1);
    expect(Math.max(...rangesBetweenShows)).toBeLessThanOrEqual(5);
  });

  it('lets work waiting for a range run in a frame that draws one, not in one that shows the picture', async () => {
    const log: string[] = [];
    const { gl, finish } = gpuContext(log);
    const nodes = points(gl, 100);
    const { clock, frame } = manualClock();
    const events = { nodesDrawn: () => undefined, done: () => undefined };
    const drawing = new ProgressiveDrawing(
      { nodes: [nodes], edges: [lines(gl, 50_000)] },
      params,
      new DrawingPace(),
      events,
      ALL_READY,
      clock,
    );
    frame(17);
    const waited = drawing.afterNextRange().then(() => log.push('work'));
    finish();
    frame(17);
    await Promise.resolve();
    expect(log.at(-1)).toBe('show');
    frame(17);
    await waited;
    expect(log.slice(-2)).toEqual(['layer 2000', 'work']);
  });

  it('finishes when its context is lost, whose fences never signal', () => {
    const log: string[] = [];
    const { gl, loseContext } = gpuContext(log);
    const { clock, frame } = manualClock();
    let done = 0;
    const events = { nodesDrawn: () => undefined, done: () => done++ };
    new ProgressiveDrawing(
      { nodes: [], edges: [lines(gl, 5_000)] },
      params,
      new DrawingPace(),
      events,
      ALL_READY,
      clock,
    );
    frame(17);
    frame(17);
    expect(done).toBe(0);
    loseContext();
    for (let index = 0; index < 20 && done === 0; index++) frame(17);
    expect(done).toBe(1);
  });

  it('shows the nodes before the first relationships, and frees its layers when stopped', () => {
    const log: string[] = [];
    const { gl, finish } = gpuContext(log);
    const nodes = points(gl, 100);
    const { clock, frame, pending } = manualClock();
    const events = { nodesDrawn: () => log.push('nodes drawn'), done: () => log.push('done') };
    const drawing = new ProgressiveDrawing(
      { nodes: [nodes], edges: [lines(gl, 50_000)] },
      params,
      new DrawingPace(),
      events,
      ALL_READY,
      clock,
    );
    log.length = 0;
    frame(17);
    finish();
    frame(17);
    expect(log.slice(1)).toEqual(['show', 'nodes drawn']);
    frame(17);
    expect(log.at(-1)).toBe('layer 2000');
    drawing.stop();
    expect(log.at(-1)).toBe('free layer');
    finish();
    frame(17);
    expect(pending()).toBe(0);
    expect(log).not.toContain('done');
  });
});
