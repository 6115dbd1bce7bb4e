// The graph controller on a headless Cytoscape in Node: what it holds, how it emphasises, draws in slices, moves the
// camera and reports what the reader does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { CLASS, EMPHASIS_CLASSES } from '../../src/lib/render/names';
import { GraphController, type ControllerEvents, type Emphasis } from '../../src/lib/render/controller';
import { elementFactory, STYLE_FIELDS } from '../../src/lib/render/elements';
import { buildStylesheet } from '../../src/lib/render/stylesheet';
import type { Position } from '../../src/lib/util/position';
import { edgeRecord, nodeRecord, VOCABULARY } from '../fixtures/tiny-graph';

const graph = buildGraph(
  [
    nodeRecord('drug:fluoxetine', 'Fluoxetine'),
    nodeRecord('drug:duloxetine', 'Duloxetine'),
    nodeRecord('transporter:sert', 'Serotonin transporter'),
    nodeRecord('transporter:net', 'Norepinephrine transporter'),
    nodeRecord('condition:depression', 'Depression'),
  ],
  [
    edgeRecord('drug:fluoxetine', 'inhibits', 'transporter:sert'),
    edgeRecord('drug:duloxetine', 'inhibits', 'transporter:sert'),
    edgeRecord('drug:duloxetine', 'inhibits', 'transporter:net'),
    edgeRecord('drug:fluoxetine', 'treats', 'condition:depression'),
  ],
);
const FLUOXETINE_SERT = 'drug:fluoxetine|inhibits|transporter:sert';
const DULOXETINE_SERT = 'drug:duloxetine|inhibits|transporter:sert';
const DULOXETINE_NET = 'drug:duloxetine|inhibits|transporter:net';
const FLUOXETINE_TREATS = 'drug:fluoxetine|treats|condition:depression';

const positions = new Map<string, Position>(graph.nodes().map((id, index) => [id, { x: index * 100, y: index * 10 }]));
const everything = { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
const nothing: Emphasis = { node: null, edge: null, path: null, compare: null };
const vocabulary = {
  kinds: { drug: { colour: '#000', shape: 'round-rectangle' } },
  relations: VOCABULARY.relations,
  evidence: { established: { line: 'solid', colour: '#333' } },
  signs: { '-': { arrow: 'tee' } },
};

let events: { [K in keyof ControllerEvents]: ReturnType<typeof vi.fn> };
let controller: GraphController;

function create(visibility = everything, large = false): GraphController {
  return new GraphController(
    undefined,
    elementFactory(graph, vocabulary),
    { visibility, positions },
    buildStylesheet(vocabulary, { large }),
    events as unknown as ControllerEvents,
    { renderer: 'canvas', large },
  );
}

const ids = (collection: { map: (f: (element: { id(): string }) => string) => string[] }) =>
  collection.map((e) => e.id()).sort();
const withClass = (name: string) => ids(controller.cy.$(`.${name}`));
/** Whether Cytoscape holds its frames: it draws none in a batch (its type declarations leave `batching` out). */
const framesHeld = () => (controller.cy as unknown as { batching(): boolean }).batching();

/** Reduced motion makes the camera and node moves immediate. */
function preferReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduce && query.includes('reduce') }));
}

beforeEach(() => {
  events = {
    onNodeTap: vi.fn(),
    onEdgeTap: vi.fn(),
    onBackgroundTap: vi.fn(),
    onNodeDragged: vi.fn(),
    onHover: vi.fn(),
  };
  preferReducedMotion(true);
});

afterEach(() => {
  controller.destroy();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('GraphController', () => {
  it('holds exactly the visible nodes and edges, each at its position', () => {
    controller = create({ nodes: new Set(['drug:fluoxetine', 'transporter:sert']), edges: new Set([FLUOXETINE_SERT]) });
    expect(ids(controller.cy.nodes())).toEqual(['drug:fluoxetine', 'transporter:sert']);
    expect(ids(controller.cy.edges())).toEqual([FLUOXETINE_SERT]);
    expect(controller.cy.$id('transporter:sert').position()).toEqual(positions.get('transporter:sert'));
  });

  it('removes what leaves and adds what arrives at its position, reporting the drawing done', () => {
    controller = create({ nodes: new Set(['drug:fluoxetine']), edges: new Set() });
    const progress = vi.fn();
    controller.showOnly(
      { nodes: new Set(['drug:duloxetine', 'transporter:net']), edges: new Set([DULOXETINE_NET]) },
      positions,
      progress,
    );
    expect(ids(controller.cy.nodes())).toEqual(['drug:duloxetine', 'transporter:net']);
    expect(ids(controller.cy.edges())).toEqual([DULOXETINE_NET]);
    expect(controller.cy.$id('transporter:net').position()).toEqual(positions.get('transporter:net'));
    expect(progress).toHaveBeenCalledExactlyOnceWith(null);
  });

  describe('emphasis', () => {
    beforeEach(() => {
      controller = create();
    });

    it('marks nothing when nothing is chosen', () => {
      controller.emphasise(nothing);
      for (const name of EMPHASIS_CLASSES) expect(withClass(name)).toEqual([]);
    });

    it('keeps a selected node with its neighbourhood and fades the rest', () => {
      controller.emphasise({ ...nothing, node: 'drug:fluoxetine' });
      expect(withClass(CLASS.selected)).toEqual(['drug:fluoxetine']);
      expect(withClass(CLASS.neighbour)).toEqual(
        ['condition:depression', FLUOXETINE_SERT, FLUOXETINE_TREATS, 'transporter:sert'].sort(),
      );
      expect(withClass(CLASS.faded)).toEqual(
        ['drug:duloxetine', 'transporter:net', DULOXETINE_NET, DULOXETINE_SERT].sort(),
      );
    });

    it('marks a selected edge and its two ends', () => {
      controller.emphasise({ ...nothing, edge: DULOXETINE_NET });
      expect(withClass(CLASS.selected)).toEqual([DULOXETINE_NET]);
      expect(withClass(CLASS.endpoint)).toEqual(['drug:duloxetine', 'transporter:net']);
      expect(withClass(CLASS.faded)).toContain('drug:fluoxetine');
    });

    it('draws a path over the selection, fading everything off it', () => {
      controller.emphasise({
        ...nothing,
        node: 'condition:depression',
        path: { nodes: ['drug:duloxetine', 'transporter:sert'], edges: [DULOXETINE_SERT] },
      });
      expect(withClass(CLASS.onPath)).toEqual(['drug:duloxetine', DULOXETINE_SERT, 'transporter:sert'].sort());
      expect(withClass(CLASS.neighbour)).toEqual([]);
      expect(withClass(CLASS.faded)).not.toContain('condition:depression');
      expect(withClass(CLASS.faded)).toContain('drug:fluoxetine');
    });

    it('marks compared drugs, their targets and the targets they share', () => {
      controller.emphasise({
        ...nothing,
        compare: {
          drugs: ['drug:fluoxetine', 'drug:duloxetine'],
          targets: ['transporter:sert', 'transporter:net'],
          shared: ['transporter:sert'],
        },
      });
      expect(withClass(CLASS.compared)).toEqual(['drug:duloxetine', 'drug:fluoxetine']);
      expect(withClass(CLASS.target)).toEqual(['transporter:net', 'transporter:sert']);
      expect(withClass(CLASS.sharedTarget)).toEqual(['transporter:sert']);
      expect(withClass(CLASS.neighbour)).toEqual([DULOXETINE_NET, DULOXETINE_SERT, FLUOXETINE_SERT].sort());
      expect(withClass(CLASS.faded)).toEqual(['condition:depression', FLUOXETINE_TREATS].sort());
    });

    it('clears the last emphasis before drawing the next', () => {
      controller.emphasise({ ...nothing, node: 'drug:fluoxetine' });
      controller.emphasise(nothing);
      expect(withClass(CLASS.faded)).toEqual([]);
      expect(withClass(CLASS.selected)).toEqual([]);
    });

    it('restyles only the elements whose emphasis changes', () => {
      controller.emphasise({ ...nothing, node: 'drug:fluoxetine' });
      const restyled = new Set<string>();
      controller.cy.on('class', (event) => restyled.add((event.target as { id(): string }).id()));
      controller.emphasise({ ...nothing, node: 'drug:fluoxetine' });
      expect([...restyled]).toEqual([]);
      controller.emphasise({ ...nothing, node: 'transporter:sert' });
      // Fluoxetine, the SERT and their relationship stay in the neighbourhood, only changing how.
      expect([...restyled].sort()).toEqual(
        [
          'condition:depression',
          'drug:duloxetine',
          'drug:fluoxetine',
          'transporter:sert',
          DULOXETINE_SERT,
          FLUOXETINE_TREATS,
        ].sort(),
      );
    });
  });

  describe('large drawings', () => {
    const many = 1700;
    const manyPositions = new Map<string, Position>();
    const manyGraph = buildGraph(
      Array.from({ length: many }, (_, index) => {
        manyPositions.set(`drug:d${index}`, { x: index, y: 0 });
        return nodeRecord(`drug:d${index}`, `D${index}`);
      }),
      [],
    );
    const all = { nodes: new Set(manyGraph.nodes()), edges: new Set<string>() };

    function createMany(): GraphController {
      return new GraphController(
        undefined,
        elementFactory(manyGraph, vocabulary),
        { visibility: { nodes: new Set(), edges: new Set() }, positions: manyPositions },
        buildStylesheet(vocabulary),
        events as unknown as ControllerEvents,
        { renderer: 'canvas', large: true },
      );
    }

    it('adds many arriving elements in slices, reporting progress, then applies the emphasis asked for meanwhile', async () => {
      vi.useFakeTimers();
      controller = createMany();
      const progress = vi.fn();
      controller.showOnly(all, manyPositions, progress);
      expect(progress).toHaveBeenLastCalledWith(0);
      controller.emphasise({ ...nothing, node: 'drug:d1600' });
      await vi.runAllTimersAsync();
      expect(controller.cy.nodes()).toHaveLength(many);
      expect(progress).toHaveBeenLastCalledWith(null);
      expect(withClass(CLASS.selected)).toEqual(['drug:d1600']);
      expect(controller.cy.$(`.${CLASS.faded}`)).toHaveLength(many - 1);
    });

    it('gives each slice its emphasis as it arrives, and its nodes the background look until labels are placed', async () => {
      vi.useFakeTimers();
      controller = createMany();
      controller.emphasise({ ...nothing, node: 'drug:d0' });
      controller.showOnly(all, manyPositions);
      // Without frames (no page here), each slice waits for the timeout that stands in for one.
      await vi.advanceTimersByTimeAsync(101);
      const arrived = controller.cy.nodes().length;
      expect(arrived).toBeGreaterThan(0);
      expect(arrived).toBeLessThan(many);
      expect(withClass(CLASS.selected)).toEqual(['drug:d0']);
      expect(controller.cy.$(`.${CLASS.faded}`)).toHaveLength(arrived - 1);
      expect(controller.cy.$(`.${CLASS.quiet}`).map((node) => node.id())).toEqual(['drug:d0']);
      await vi.runAllTimersAsync();
      expect(controller.cy.$(`.${CLASS.faded}`)).toHaveLength(many - 1);
    });

    it('places labels on a drawing in slices once its last slice is in, with nothing emphasised', async () => {
      vi.useFakeTimers();
      const settled = vi.fn();
      Object.assign(events, { onSettledChange: settled });
      controller = createMany();
      await vi.runAllTimersAsync();
      settled.mockClear();
      controller.showOnly(all, manyPositions);
      await vi.runAllTimersAsync();
      expect(controller.cy.nodes()).toHaveLength(many);
      // Placing labels unsettles the canvas, then settles it once they are placed.
      expect(settled.mock.calls).toEqual([[false], [true]]);
    });

    it('draws a few hundred arriving elements a slice per frame, with progress', async () => {
      vi.useFakeTimers();
      controller = createMany();
      const progress = vi.fn();
      const some = new Set(manyGraph.nodes().slice(0, 600));
      controller.showOnly({ nodes: some, edges: new Set() }, manyPositions, progress);
      expect(progress).toHaveBeenLastCalledWith(0);
      expect(controller.cy.nodes()).toHaveLength(0);
      await vi.runAllTimersAsync();
      expect(controller.cy.nodes()).toHaveLength(600);
      expect(progress.mock.calls.map((call: unknown[]) => call[0])).toEqual([0, 1 / 3, 2 / 3, null]);
    });

    it('puts a node arriving in a later slice where it was last asked to be, not where the drawing began', async () => {
      vi.useFakeTimers();
      controller = createMany();
      const some = new Set(manyGraph.nodes().slice(0, 600));
      controller.showOnly({ nodes: some, edges: new Set() }, manyPositions);
      const late = manyGraph.nodes()[599] ?? '';
      // A node dragged on an earlier visit is pinned again while the drawing arrives.
      const pinned = new Map(manyPositions).set(late, { x: 12_345, y: -678 });
      controller.placeNodes(pinned);
      await vi.runAllTimersAsync();
      expect(controller.cy.$id(late).position()).toEqual({ x: 12_345, y: -678 });
    });

    it('shows a drawing arriving in slices as it comes, holding frames only while each slice is worked out', async () => {
      vi.useFakeTimers();
      controller = createMany();
      controller.showOnly({ nodes: new Set(manyGraph.nodes().slice(0, 600)), edges: new Set() }, manyPositions);
      void controller.prepareDrawing();
      expect(framesHeld()).toBe(false);
      // Looked at every few milliseconds: how many nodes are in, and whether frames are held.
      const seen: { nodes: number; held: boolean }[] = [];
      for (let step = 0; step < 400 && controller.cy.nodes().length < 600; step++) {
        await vi.advanceTimersByTimeAsync(2);
        seen.push({ nodes: controller.cy.nodes().length, held: framesHeld() });
      }
      const partly = seen.filter(({ nodes }) => nodes > 0 && nodes < 600);
      // A slice is worked out with frames held, then shown (frames let go) before the next arrives.
      expect(partly.some(({ held }) => held)).toBe(true);
      expect(partly.some(({ held }) => !held)).toBe(true);
      await vi.runAllTimersAsync();
      expect(controller.cy.nodes()).toHaveLength(600);
      expect(framesHeld()).toBe(false);
    });

    it('adds a small drawing at once', () => {
      controller = createMany();
      const progress = vi.fn();
      controller.showOnly(
        { nodes: new Set(manyGraph.nodes().slice(0, 300)), edges: new Set() },
        manyPositions,
        progress,
      );
      expect(controller.cy.nodes()).toHaveLength(300);
      expect(progress).toHaveBeenCalledWith(null);
      expect(progress).not.toHaveBeenCalledWith(0);
    });

    it('stops adding slices when told, keeping what is already drawn', async () => {
      vi.useFakeTimers();
      controller = createMany();
      const progress = vi.fn();
      controller.showOnly(all, manyPositions, progress);
      controller.stopDrawing();
      await vi.runAllTimersAsync();
      expect(controller.cy.nodes().length).toBeLessThan(many);
      expect(progress).not.toHaveBeenCalledWith(null);
    });

    it('abandons a drawing that a newer one replaces', async () => {
      vi.useFakeTimers();
      controller = createMany();
      controller.showOnly(all, manyPositions);
      controller.showOnly({ nodes: new Set(['drug:d1']), edges: new Set() }, manyPositions);
      await vi.runAllTimersAsync();
      expect(ids(controller.cy.nodes())).toEqual(['drug:d1']);
    });
  });

  describe('camera and positions', () => {
    beforeEach(() => {
      controller = create();
      vi.spyOn(controller.cy, 'width').mockReturnValue(800);
      vi.spyOn(controller.cy, 'height').mockReturnValue(600);
    });

    it('moves nodes to new positions', () => {
      controller.placeNodes(new Map([['drug:fluoxetine', { x: 500, y: -20 }]]));
      expect(controller.cy.$id('drug:fluoxetine').position()).toEqual({ x: 500, y: -20 });
    });

    it('works a new layout out before a frame draws it, then frames it where the nodes went', async () => {
      vi.useFakeTimers();
      controller.fitVisible();
      await vi.runAllTimersAsync();
      controller.placeNodes(new Map([['drug:fluoxetine', { x: 4000, y: 0 }]]));
      expect(framesHeld()).toBe(true);
      await vi.runAllTimersAsync();
      expect(framesHeld()).toBe(false);
      expect(controller.cy.$id('drug:fluoxetine').renderedPosition().x).toBeLessThan(800);
    });

    it('takes in a change made while a layout is worked out, and works both out before a frame', async () => {
      vi.useFakeTimers();
      controller.placeNodes(new Map([['drug:fluoxetine', { x: 500, y: -20 }]]));
      expect(framesHeld()).toBe(true);
      controller.showOnly({ nodes: new Set(['drug:fluoxetine', 'transporter:sert']), edges: new Set() }, positions);
      expect(framesHeld()).toBe(true);
      expect(ids(controller.cy.nodes())).toEqual(['drug:fluoxetine', 'transporter:sert']);
      await vi.runAllTimersAsync();
      expect(framesHeld()).toBe(false);
    });

    it('lets frames go at once when the reader touches the canvas', () => {
      controller.placeNodes(new Map([['drug:fluoxetine', { x: 500, y: -20 }]]));
      expect(framesHeld()).toBe(true);
      controller.cy.emit('tapstart');
      expect(framesHeld()).toBe(false);
    });

    it('centres a node in the view without zooming out', () => {
      controller.cy.zoom(0.5);
      controller.centreOn('transporter:sert');
      const at = controller.cy.$id('transporter:sert').renderedPosition();
      expect(controller.cy.zoom()).toBe(1);
      // Framed in the middle, a little to the left: the frame keeps more room on the right for the zoom buttons.
      expect(at.x).toBeGreaterThan(360);
      expect(at.x).toBeLessThanOrEqual(400);
      expect(at.y).toBeCloseTo(300);
    });

    it('fits what was asked for, but never closer than 2.5×', async () => {
      vi.useFakeTimers();
      controller.fitVisible(['drug:fluoxetine']);
      await vi.runAllTimersAsync();
      expect(controller.cy.zoom()).toBe(2.5);
      const at = controller.cy.$id('drug:fluoxetine').renderedPosition();
      // Framed in the middle, a little to the left: the frame keeps more room on the right for the zoom buttons.
      expect(at.x).toBeGreaterThan(360);
      expect(at.x).toBeLessThanOrEqual(400);
      controller.fitVisible();
      await vi.runAllTimersAsync();
      expect(controller.cy.zoom()).toBeLessThan(2.5);
    });

    it('puts the camera in place at once the first time, and glides after that', async () => {
      preferReducedMotion(false);
      vi.useFakeTimers();
      const animate = vi.spyOn(controller.cy, 'animate');
      controller.fitVisible(['drug:fluoxetine']);
      await vi.advanceTimersByTimeAsync(0);
      expect(controller.cy.zoom()).toBe(2.5);
      expect(animate).not.toHaveBeenCalled();

      controller.fitVisible();
      await vi.advanceTimersByTimeAsync(0);
      expect(controller.cy.zoom()).toBe(2.5);
      await vi.advanceTimersByTimeAsync(500);
      expect(animate).toHaveBeenCalledTimes(1);
    });

    it('glides at once when nothing moves, and waits for nodes sent moving to arrive', async () => {
      preferReducedMotion(false);
      vi.useFakeTimers();
      controller.fitVisible();
      await vi.advanceTimersByTimeAsync(0);
      const animate = vi.spyOn(controller.cy, 'animate');
      controller.fitVisible(['drug:fluoxetine']);
      await vi.advanceTimersByTimeAsync(0);
      expect(animate).toHaveBeenCalledTimes(1);

      controller.placeNodes(new Map([['drug:fluoxetine', { x: 2000, y: 0 }]]));
      controller.fitVisible(['drug:fluoxetine']);
      await vi.advanceTimersByTimeAsync(300);
      expect(animate).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(200);
      expect(animate).toHaveBeenCalledTimes(2);
    });
  });

  it('reports taps on nodes, edges and the background, and where a dragged node was let go', () => {
    controller = create();
    controller.cy.$id('drug:fluoxetine').emit('tap');
    controller.cy.$id(FLUOXETINE_SERT).emit('tap');
    controller.cy.emit('tap');
    controller.cy.$id('transporter:net').position({ x: 7, y: 8 }).emit('dragfree');
    expect(events.onNodeTap).toHaveBeenCalledWith('drug:fluoxetine');
    expect(events.onEdgeTap).toHaveBeenCalledWith(FLUOXETINE_SERT);
    expect(events.onBackgroundTap).toHaveBeenCalledOnce();
    expect(events.onNodeDragged).toHaveBeenCalledWith('transporter:net', { x: 7, y: 8 });
  });

  it('draws colours and widths chosen by attribute, takes them back, and leaves the overview boxes and links alone', () => {
    controller = create();
    controller.show({
      visibility: everything,
      positions,
      decorations: {
        groups: [
          { id: 'drugs', label: 'Drugs', members: ['drug:fluoxetine'], width: 90, height: 40 },
          { id: 'targets', label: 'Targets', members: ['transporter:sert'], width: 90, height: 40 },
        ].map((group) => ({ ...group, titleSize: 14, memberSize: 12, memberLabelWidth: 80 })),
        links: [{ source: 'drugs', target: 'targets', count: 3 }],
        headings: [],
      },
      labelScale: 'diagram',
      labelSide: 'below',
    });
    const link = controller.cy.edges('[decoration]');
    expect(link.length).toBe(1);
    const linkWidth: unknown = link.data('width');
    controller.applyAppearance({
      node: (id) => (id === 'drug:fluoxetine' ? { colour: '#e69f00', size: 40 } : undefined),
      edge: (id) => (id === FLUOXETINE_SERT ? { width: 7 } : undefined),
    });
    expect(controller.cy.$id('drug:fluoxetine').data(STYLE_FIELDS.colour)).toBe('#e69f00');
    expect(controller.cy.$id(FLUOXETINE_SERT).data(STYLE_FIELDS.width)).toBe(7);
    expect(link.data('width')).toBe(linkWidth);

    controller.applyAppearance({ node: () => undefined, edge: () => undefined });
    expect(controller.cy.$id('drug:fluoxetine').data(STYLE_FIELDS.colour)).toBeUndefined();
    expect(controller.cy.$id(FLUOXETINE_SERT).data(STYLE_FIELDS.width)).toBeUndefined();
    expect(link.data('width')).toBe(linkWidth);
  });

  it("prepares a first drawing over several tasks, holding Cytoscape's frames until every element is styled", async () => {
    controller = create();
    const preparing = controller.prepareDrawing();
    // Cytoscape draws no frame in a batch: the page never shows part of a drawing styled.
    expect(framesHeld()).toBe(true);
    let done = false;
    void preparing.then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    // A drawing asked for meanwhile is held with the rest, and drawn once frames are let go.
    controller.showOnly({ nodes: new Set(['drug:fluoxetine']), edges: new Set() }, positions);
    await preparing;
    expect(framesHeld()).toBe(false);
    expect(ids(controller.cy.nodes())).toEqual(['drug:fluoxetine']);
  });

  it('answers those waiting for the picture to be final once its labels are placed, or it is destroyed', async () => {
    vi.useFakeTimers();
    controller = create();
    let settled = false;
    void controller.whenSettled().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.runAllTimersAsync();
    expect(settled).toBe(true);

    controller.placeNodes(new Map([['drug:fluoxetine', { x: 900, y: 0 }]]));
    const waiting = controller.whenSettled();
    controller.destroy();
    await expect(waiting).resolves.toBeUndefined();
  });

  it('stops preparing a first drawing when destroyed meanwhile', async () => {
    controller = create();
    const preparing = controller.prepareDrawing();
    controller.destroy();
    await expect(preparing).resolves.toBeUndefined();
  });

  it('can be destroyed twice, and ignores requests afterwards', () => {
    controller = create();
    controller.destroy();
    expect(() => controller.destroy()).not.toThrow();
    expect(() => controller.showOnly(everything, positions)).not.toThrow();
    expect(() => controller.emphasise(nothing)).not.toThrow();
  });
});
