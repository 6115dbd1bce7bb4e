// @vitest-environment jsdom
// The view's intents on a small graph: selection, neighbourhoods, filters, paths, comparisons, undo, the address,
// tours, and what the canvas is asked to draw and emphasise as a result.
import { describe, expect, it } from 'vitest';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import { OpenDataset } from '../../src/lib/state/open-dataset';
import { loadCuratedBundle } from '../component/load-curated-bundle';
import { DULOXETINE_NET, DULOXETINE_SERT, FLUOXETINE_SERT, tinyDataset } from '../fixtures/tiny-dataset';

const { bundle } = loadCuratedBundle();

function atlasOn(extra: Parameters<typeof tinyDataset>[1] = {}) {
  return new AtlasState(new OpenDataset(tinyDataset(bundle.vocab, extra), bundle));
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('AtlasState', () => {
  describe('selection', () => {
    it('focuses a node: selected, shown even if hidden, and brought to the middle', () => {
      const atlas = atlasOn();
      atlas.hide('drug:fluoxetine');
      atlas.focus('drug:fluoxetine');
      expect(atlas.selectedNode).toBe('drug:fluoxetine');
      expect(atlas.view.hidden).toEqual([]);
      expect(atlas.camera).toMatchObject({ kind: 'centre', id: 'drug:fluoxetine' });
    });

    it('says so when asked to focus a node the graph does not have, and changes nothing', () => {
      const atlas = atlasOn();
      atlas.focus('drug:prozac');
      expect(atlas.selectedNode).toBeNull();
      expect(atlas.notices.items.map((notice) => notice.message)).toEqual([
        'There is no node "drug:prozac" in this graph.',
      ]);
      expect(atlas.history.canUndo).toBe(false);
    });

    it('selects a node pointed at on the canvas without moving the camera', () => {
      const atlas = atlasOn();
      atlas.pickNode('transporter:sert');
      expect(atlas.selectedNode).toBe('transporter:sert');
      expect(atlas.camera).toBeNull();
    });

    it('opens and closes a relationship’s evidence, and clears the selection', () => {
      const atlas = atlasOn();
      atlas.focus('drug:fluoxetine');
      atlas.showEvidence(FLUOXETINE_SERT);
      expect(atlas.emphasis).toMatchObject({ node: 'drug:fluoxetine', edge: FLUOXETINE_SERT });
      atlas.closeEvidence();
      expect(atlas.selectedEdge).toBeNull();
      atlas.showEvidence('no|such|edge');
      expect(atlas.selectedEdge).toBeNull();
      atlas.clearSelection();
      expect(atlas.emphasis).toEqual({ node: null, edge: null, path: null, compare: null });
    });
  });

  describe('what is shown', () => {
    it('shows a neighbourhood, expands and collapses a neighbour, and shows everything again', () => {
      const atlas = atlasOn();
      atlas.showNeighbourhood('drug:fluoxetine', 1);
      expect(sorted(atlas.visible.nodes)).toEqual(['condition:depression', 'drug:fluoxetine', 'transporter:sert']);
      expect(atlas.narrowed).toBe(true);
      expect(atlas.camera).toMatchObject({ kind: 'fit' });
      atlas.expand('transporter:sert');
      expect(atlas.visible.nodes.has('drug:duloxetine')).toBe(true);
      atlas.collapse('transporter:sert');
      expect(atlas.visible.nodes.has('drug:duloxetine')).toBe(false);
      atlas.showNeighbourhood('drug:fluoxetine', 99);
      expect(atlas.view.depth).toBe(1);
      atlas.showEverything();
      expect(atlas.visible.nodes.size).toBe(7);
      expect(atlas.narrowed).toBe(false);
      expect(atlas.selectedNode).toBe('drug:fluoxetine');
    });

    it('expands a node with no neighbourhood open by starting one around it', () => {
      const atlas = atlasOn();
      atlas.expand('transporter:net');
      expect(atlas.view).toMatchObject({ focus: 'transporter:net', centre: 'transporter:net', depth: 1 });
    });

    it('hides a node, and hiding the centre closes the neighbourhood', () => {
      const atlas = atlasOn();
      atlas.showNeighbourhood('drug:duloxetine', 1);
      atlas.hide('transporter:net');
      expect(atlas.visible.nodes.has('transporter:net')).toBe(false);
      atlas.hide('drug:duloxetine');
      expect([atlas.view.depth, atlas.view.centre, atlas.view.focus]).toEqual([undefined, undefined, undefined]);
    });

    it('filters by kind, evidence and drug status, counting what each hides, and resets them', () => {
      const atlas = atlasOn();
      atlas.toggleKind('symptom');
      expect(atlas.visible.nodes.has('symptom:insomnia')).toBe(false);
      atlas.toggleKind('symptom');
      expect(atlas.view.kinds).toBeUndefined();
      atlas.toggleStatus('investigational', ['approved', 'investigational']);
      expect(atlas.visible.nodes.has('drug:riluzole')).toBe(false);
      expect(atlas.visible.hidden.byStatus).toBe(1);
      atlas.setMinEvidence('clinical');
      expect(atlas.visible.edges.has('transporter:sert|implicated-in|condition:depression')).toBe(false);
      atlas.resetFilters();
      expect(atlas.narrowed).toBe(false);
      expect(atlas.visible.nodes.size).toBe(7);
    });

    it('keeps the same subgraph when a node the filters show is selected or the layout changes', () => {
      const atlas = atlasOn();
      atlas.toggleKind('symptom');
      const before = atlas.visible;
      atlas.pickNode('drug:fluoxetine');
      atlas.setLayout('concentric');
      expect(atlas.visible).toBe(before);
    });

    it('shows a selected node the filters hide, and lets it go with the selection', () => {
      const atlas = atlasOn();
      atlas.toggleKind('symptom');
      atlas.pickNode('symptom:insomnia');
      expect(atlas.visible.nodes.has('symptom:insomnia')).toBe(true);
      atlas.clearSelection();
      expect(atlas.visible.nodes.has('symptom:insomnia')).toBe(false);
      expect(atlas.visible.hidden.byKind).toEqual({ symptom: 1 });
    });

    it('cuts a large graph’s detail view down once, not again for a selection inside it', () => {
      const atlas = atlasOn({ large: true });
      atlas.drawCap.limits = { maxNodes: 3, maxEdges: 2 };
      atlas.showNeighbourhood('condition:depression', 3);
      atlas.pickNode('condition:depression');
      const drawn = atlas.drawn;
      atlas.setLayout('concentric');
      expect(atlas.drawn).toBe(drawn);
      atlas.pickNode('symptom:insomnia');
      expect(atlas.drawn.nodes.has('symptom:insomnia')).toBe(true);
    });

    it('describes how much of the graph the canvas shows', () => {
      const atlas = atlasOn();
      atlas.showNeighbourhood('drug:riluzole', 1);
      expect(atlas.description).toMatch(/^Graph of 2 of 7 nodes and 1 relationships\. /);
    });

    it('draws a capped part of a large graph in detail, keeping the selection, and draws more when asked', () => {
      const atlas = atlasOn({ large: true });
      atlas.drawCap.limits = { maxNodes: 2, maxEdges: 1 };
      // The whole of a large graph goes to the overview renderer; Cytoscape's detail views are the ones capped.
      atlas.showNeighbourhood('condition:depression', 3);
      atlas.pickNode('symptom:insomnia');
      expect(atlas.drawn.nodes.size).toBe(2);
      expect(atlas.drawn.nodes.has('symptom:insomnia')).toBe(true);
      expect(atlas.drawn.omittedNodes).toBe(5);
      atlas.showMore();
      expect(atlas.drawCap.limits).toEqual({ maxNodes: 4, maxEdges: 2 });
      expect(atlas.drawn.nodes.size).toBe(4);
    });
  });

  describe('a dataset that grows (a graph server)', () => {
    it('caps what it has grown to, keeping what was opened and the focus with its neighbours first', () => {
      const atlas = atlasOn({ growth: { revision: 1 } });
      atlas.drawCap.limits = { maxNodes: 3, maxEdges: 10 };
      atlas.expand('drug:fluoxetine');
      atlas.expand('transporter:net');
      atlas.pickNode('symptom:insomnia');
      expect(atlas.drawn.nodes.has('drug:fluoxetine')).toBe(true);
      expect(atlas.drawn.nodes.has('transporter:net')).toBe(true);
      expect(atlas.drawn.nodes.has('symptom:insomnia')).toBe(true);
      expect(atlas.drawn.omittedNodes).toBeGreaterThan(0);
    });
  });

  describe('Cancel drawing', () => {
    it('after "draw more" goes back to the smaller drawing and keeps every change to the view', () => {
      const atlas = atlasOn({ large: true });
      atlas.drawCap.limits = { maxNodes: 2, maxEdges: 1 };
      atlas.focus('drug:fluoxetine');
      atlas.setLayout('lanes');
      atlas.drawingFinished();
      atlas.showMore();
      atlas.cancelDrawing();
      expect(atlas.drawCap.limits).toEqual({ maxNodes: 2, maxEdges: 1 });
      expect(atlas.view).toMatchObject({ focus: 'drug:fluoxetine', layout: 'lanes' });
      atlas.undo();
      expect(atlas.view.layout).toBe('auto');
    });

    it('after a change to the view takes that change back', () => {
      const atlas = atlasOn({ large: true });
      atlas.showNeighbourhood('drug:fluoxetine', 1);
      atlas.drawingFinished();
      atlas.showEverything();
      atlas.cancelDrawing();
      expect(atlas.view).toMatchObject({ depth: 1, centre: 'drug:fluoxetine' });
      expect(atlas.history.canRedo).toBe(true);
    });

    it('goes back to the last finished drawing even when more changes came while drawing', () => {
      const atlas = atlasOn({ large: true });
      atlas.showNeighbourhood('drug:fluoxetine', 1);
      atlas.drawingFinished();
      atlas.showEverything();
      atlas.pickNode('transporter:net');
      atlas.cancelDrawing();
      expect(atlas.view).toMatchObject({ depth: 1, centre: 'drug:fluoxetine', focus: 'drug:fluoxetine' });
    });
  });

  describe('paths and comparisons', () => {
    it('finds paths, explains the chosen one, frames it and clears it', () => {
      const atlas = atlasOn();
      atlas.findPath('drug:duloxetine', 'condition:depression');
      expect(atlas.activePath?.nodes).toEqual(['drug:duloxetine', 'transporter:sert', 'condition:depression']);
      expect(atlas.pathExplanation?.steps).toHaveLength(2);
      // The path is drawn as a scene of its own, so framing everything drawn frames the path.
      expect(atlas.sceneKind).toBe('path');
      expect(atlas.camera).toEqual({ kind: 'fit', sequence: expect.any(Number) });
      expect(atlas.emphasis.path).toEqual(atlas.activePath);
      atlas.choosePath(5);
      expect(atlas.view.path?.choice).toBeUndefined();
      atlas.clearPath();
      expect(atlas.paths).toEqual([]);
    });

    it('finds mechanism paths along the direction of relationships, kept in the view', () => {
      const atlas = atlasOn();
      atlas.findPath('drug:duloxetine', 'condition:depression', undefined, 'mechanism');
      expect(atlas.view.path?.mode).toBe('mechanism');
      expect(atlas.activePath?.nodes).toEqual(['drug:duloxetine', 'transporter:sert', 'condition:depression']);
      // Against the direction of "inhibits", no mechanism path leads from the transporter back to a drug.
      atlas.findPath('transporter:net', 'drug:duloxetine', undefined, 'mechanism');
      expect(atlas.paths).toEqual([]);
      atlas.findPath('transporter:net', 'drug:duloxetine');
      expect(atlas.paths).not.toEqual([]);
    });

    it('shows what a node leads to or what leads to it, as a scene of its own, and clears it', () => {
      const atlas = atlasOn();
      atlas.findPath('drug:duloxetine', 'condition:depression');
      atlas.showFlow('transporter:sert', 'upstream', 1);
      expect(atlas.view.path).toBeUndefined();
      expect(atlas.view.focus).toBe('transporter:sert');
      expect(atlas.sceneKind).toBe('flow');
      expect(sorted(atlas.flow?.nodes ?? [])).toEqual(['drug:duloxetine', 'drug:fluoxetine', 'transporter:sert']);
      expect(atlas.flowExplanation[0]?.items.map((item) => item.edge)).toEqual([DULOXETINE_SERT, FLUOXETINE_SERT]);
      expect(atlas.emphasis.path).toEqual(atlas.flow);
      atlas.showFlow('transporter:sert', 'downstream', 9);
      expect(atlas.view.flow?.direction).toBe('upstream');
      atlas.clearFlow();
      expect(atlas.flow).toBeNull();
      atlas.undo();
      expect(atlas.view.flow).toEqual({ node: 'transporter:sert', direction: 'upstream', steps: 1 });
    });

    it('ignores a path from a node to itself or to one the graph does not have', () => {
      const atlas = atlasOn();
      atlas.findPath('drug:duloxetine', 'drug:duloxetine');
      atlas.findPath('drug:duloxetine', 'drug:prozac');
      expect(atlas.view.path).toBeUndefined();
    });

    it('compares up to four distinct drugs, with their targets, the shared one marked, kept on screen', () => {
      const atlas = atlasOn();
      atlas.showNeighbourhood('symptom:insomnia', 1);
      atlas.compare(['drug:fluoxetine', 'drug:duloxetine', 'drug:fluoxetine', 'drug:prozac']);
      expect(atlas.view.compare).toEqual(['drug:fluoxetine', 'drug:duloxetine']);
      expect(sorted(atlas.comparedTargets)).toEqual(['transporter:net', 'transporter:sert', 'transporter:sert']);
      expect(atlas.emphasis.compare).toEqual({
        drugs: ['drug:fluoxetine', 'drug:duloxetine'],
        shared: ['transporter:sert'],
        targets: atlas.comparedTargets,
      });
      expect(atlas.visible.nodes.has('transporter:net')).toBe(true);
      expect(atlas.sceneKind).toBe('compare');
      expect(atlas.camera).toEqual({ kind: 'fit', sequence: expect.any(Number) });
      expect(atlas.visible.edges.has(DULOXETINE_NET) && atlas.visible.edges.has(DULOXETINE_SERT)).toBe(true);
    });
  });

  describe('undo, redo and the address', () => {
    it('undoes and redoes changes, framing the result', () => {
      const atlas = atlasOn();
      atlas.focus('drug:fluoxetine');
      atlas.setLayout('concentric');
      atlas.undo();
      expect(atlas.view.layout).toBe('auto');
      expect(atlas.camera).toMatchObject({ kind: 'fit' });
      atlas.redo();
      expect(atlas.view.layout).toBe('concentric');
    });

    it('opens the view in an address, saying what it ignored, and writes it back the same', () => {
      const atlas = atlasOn();
      atlas.openFromAddress('?focus=drug%3Afluoxetine&layout=lanes&hide=drug%3Aprozac&dataset=tiny');
      expect(atlas.view).toMatchObject({ focus: 'drug:fluoxetine', layout: 'lanes' });
      expect(atlas.notices.items).toHaveLength(1);
      expect(atlas.history.canUndo).toBe(false);
      expect(atlas.addressQuery('?dataset=tiny')).toBe('?dataset=tiny&focus=drug%3Afluoxetine&layout=lanes');
    });

    it('opens a large dataset on its own first view, unless the address asks for another', () => {
      const opening = { focus: 'condition:depression', centre: 'condition:depression', depth: 1 };
      const atlas = atlasOn({ large: true, initialView: opening });
      expect(atlas.view).toMatchObject(opening);
      atlas.openFromAddress('?dataset=tiny');
      expect(atlas.view).toMatchObject(opening);
      atlas.openFromAddress('?focus=drug%3Ariluzole');
      expect(atlas.view.focus).toBe('drug:riluzole');
      expect(atlas.view.depth).toBeUndefined();
    });
  });

  describe('tours', () => {
    it('shows a step highlighted in its layout without an undo step, and brings the earlier view back after', () => {
      const atlas = atlasOn();
      atlas.showNeighbourhood('drug:riluzole', 1);
      atlas.showTourStep({ focus: ['drug:duloxetine'], highlight: [DULOXETINE_NET], layout: 'lanes' });
      expect(atlas.tourHighlight).toEqual({ nodes: ['drug:duloxetine', 'transporter:net'], edges: [DULOXETINE_NET] });
      expect(atlas.emphasis.path).toEqual(atlas.tourHighlight);
      expect(atlas.view.layout).toBe('lanes');
      expect(atlas.view.depth).toBeUndefined();
      atlas.endTour();
      expect(atlas.tourHighlight).toBeNull();
      expect(atlas.view).toMatchObject({ centre: 'drug:riluzole', depth: 1, layout: 'auto' });
    });
  });

  describe('a large graph', () => {
    const large = () => atlasOn({ large: true });

    it('opens on a summary by kind, and a kind or a relationship type is drawn whole by the overview renderer', () => {
      const atlas = large();
      expect(atlas.data.overview?.by).toBe('kind');
      expect(atlas.sceneKind).toBe('overview');
      expect(atlas.drawsWhole).toBe(false);
      atlas.openGroup('drug');
      expect(atlas.view.kinds).toEqual(['drug']);
      expect(atlas.drawsWhole).toBe(true);
      expect(sorted(atlas.drawn.nodes)).toEqual(['drug:duloxetine', 'drug:fluoxetine', 'drug:riluzole']);
      atlas.showOnly({ kinds: ['drug', 'condition'], relations: ['treats'] });
      expect(sorted(atlas.visible.edges).length).toBe(2);
      expect(sorted(atlas.visible.nodes)).toEqual(['condition:depression', 'drug:fluoxetine', 'drug:riluzole']);
    });

    it('offers Show everything from a neighbourhood a focus on the summary implies', () => {
      const atlas = large();
      expect(atlas.sceneKind).toBe('overview');
      atlas.focus('transporter:sert');
      expect(atlas.view.depth).toBeUndefined();
      expect(atlas.sceneKind).toBe('neighbourhood');
      expect(atlas.narrowed).toBe(false);
      expect(atlas.offersEverything).toBe(true);
      // A layout arranges that neighbourhood: the whole graph is the overview renderer's.
      atlas.setLayout('concentric');
      expect(atlas.sceneKind).toBe('neighbourhood');
      expect(atlas.view).toMatchObject({ layout: 'concentric', depth: 1, centre: 'transporter:sert' });
    });

    it('filters a neighbourhood a focus implies rather than leaving it for the whole graph', () => {
      const atlas = large();
      atlas.focus('transporter:sert');
      const around = sorted(atlas.visible.nodes);
      atlas.setMinEvidence('established');
      expect(atlas.sceneKind).toBe('neighbourhood');
      expect(atlas.drawsWhole).toBe(false);
      expect(atlas.view).toMatchObject({ evidence: 'established', depth: 1, centre: 'transporter:sert' });
      expect(sorted(atlas.visible.nodes).every((node) => around.includes(node))).toBe(true);
      atlas.setMinEvidence(undefined);
      expect(sorted(atlas.visible.nodes)).toEqual(around);
      // From the summary, a filter still opens the filtered whole graph in the overview renderer.
      const fromSummary = large();
      fromSummary.setMinEvidence('established');
      expect(fromSummary.sceneKind).toBe('filtered');
      expect(fromSummary.drawsWhole).toBe(true);
    });

    it('opens a node found in the whole graph in detail, and goes back to the overview it came from', () => {
      const atlas = large();
      atlas.showEverything();
      expect(atlas.drawsWhole).toBe(true);
      expect(atlas.offersOverview).toBe(false);
      atlas.focus('transporter:sert');
      expect(atlas.sceneKind).toBe('neighbourhood');
      expect(atlas.drawsWhole).toBe(false);
      expect(atlas.offersOverview).toBe(true);
      expect(atlas.offersEverything).toBe(true);
      atlas.backToOverview();
      expect(atlas.drawsWhole).toBe(true);
      expect(atlas.view.depth).toBeUndefined();
      expect(atlas.selectedNode).toBe('transporter:sert');
    });

    it('goes back to the view before when the whole graph’s first drawing is cancelled, else to the summary', () => {
      const atlas = large();
      atlas.focus('transporter:sert');
      atlas.showEverything();
      expect(atlas.drawsWhole).toBe(true);
      atlas.cancelWhole();
      expect(atlas.drawsWhole).toBe(false);
      expect(atlas.sceneKind).toBe('neighbourhood');

      // Opened on the whole graph by its address: nothing to go back to but the summary.
      const everything = large();
      everything.showEverything();
      const opened = large();
      opened.history.replace(everything.view);
      expect(opened.drawsWhole).toBe(true);
      expect(opened.history.canUndo).toBe(false);
      opened.cancelWhole();
      expect(opened.sceneKind).toBe('overview');
    });
  });
});
