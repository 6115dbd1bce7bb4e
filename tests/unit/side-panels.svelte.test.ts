// @vitest-environment jsdom
// Which side panels are open: the path finder and the comparison open on request and stay open while the view needs
// them; opening one, or going to a node, says whose heading takes keyboard focus (once).
import { describe, expect, it } from 'vitest';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import { OpenDataset } from '../../src/lib/state/open-dataset';
import { SidePanels } from '../../src/lib/state/side-panels.svelte';
import { TeachingState } from '../../src/lib/state/teaching.svelte';
import { loadCuratedBundle } from '../component/load-curated-bundle';
import { testPage } from '../fixtures/test-page';
import { FLUOXETINE_SERT, tinyDataset } from '../fixtures/tiny-dataset';

const { bundle } = loadCuratedBundle();

function setUp() {
  const atlas = new AtlasState(new OpenDataset(tinyDataset(bundle.vocab), bundle));
  const teaching = new TeachingState(atlas);
  return { atlas, teaching, panels: new SidePanels(atlas, teaching) };
}

describe('SidePanels', () => {
  it('opens the path finder from the selection, and closing it clears the path', () => {
    const { atlas, panels } = setUp();
    atlas.focus('drug:duloxetine');
    panels.togglePath();
    expect(panels.pathOpen).toBe(true);
    expect(panels.suggestedPathStart).toBe('drug:duloxetine');
    expect(panels.focus.latest?.place).toBe('path');
    atlas.findPath('drug:duloxetine', 'condition:depression');
    panels.togglePath();
    expect(panels.pathOpen).toBe(false);
    expect(atlas.view.path).toBeUndefined();
  });

  it('keeps the path finder open while the view has a path (a link, undo)', () => {
    const { atlas, panels } = setUp();
    atlas.findPath('drug:duloxetine', 'condition:depression');
    expect(panels.pathOpen).toBe(true);
  });

  it('starts a path from a node chosen in Details', () => {
    const { panels } = setUp();
    panels.findPathFrom('transporter:net');
    expect(panels.suggestedPathStart).toBe('transporter:net');
    expect(panels.pathOpen).toBe(true);
  });

  it('adds drugs to the comparison and closes it, clearing them', () => {
    const { atlas, panels } = setUp();
    panels.compareWith('drug:fluoxetine');
    panels.compareWith('drug:duloxetine');
    expect(atlas.view.compare).toEqual(['drug:fluoxetine', 'drug:duloxetine']);
    expect(panels.compareOpen).toBe(true);
    panels.toggleCompare();
    expect(panels.compareOpen).toBe(false);
    expect(atlas.view.compare).toEqual([]);
    panels.toggleCompare();
    expect(panels.compareOpen).toBe(true);
    panels.closeCompare();
    expect(panels.compareOpen).toBe(false);
  });

  it('opens evidence and the tours list, and their headings take focus once each', () => {
    const { atlas, teaching, panels } = setUp();
    panels.showEvidence(FLUOXETINE_SERT);
    expect(atlas.selectedEdge).toBe(FLUOXETINE_SERT);
    expect(panels.focus.claim('evidence')?.takeFocus).toBe(true);
    expect(panels.focus.claim('evidence')).toBeUndefined();
    panels.toggleTours();
    expect(teaching.listOpen).toBe(true);
    expect(panels.focus.claim('details')).toBeUndefined();
    expect(panels.focus.claim('tours')).toBeDefined();
    panels.toggleTours();
    expect(teaching.listOpen).toBe(false);
    expect(panels.focus.claim('tours')).toBeUndefined();
  });

  it('gives focus to Details after "Go to" and after a panel closes', () => {
    const { atlas, panels } = setUp();
    panels.goTo('drug:duloxetine');
    expect(atlas.selectedNode).toBe('drug:duloxetine');
    expect(panels.focus.claim('details')).toBeDefined();
    panels.showEvidence(FLUOXETINE_SERT);
    panels.closeEvidence();
    expect(atlas.selectedEdge).toBeNull();
    expect(panels.focus.claim('evidence')).toBeUndefined();
    expect(panels.focus.claim('details')).toBeDefined();
  });

  it('starts a tour with its step heading to take focus, and leaving it gives focus back to Details', () => {
    const { page } = testPage(bundle);
    const { panels, teaching } = page;
    panels.startTour('no-such-tour');
    expect(panels.focus.latest).toBeNull();
    panels.startTour('ketamine-fast-acting');
    expect(teaching.tour?.id).toBe('ketamine-fast-acting');
    expect(panels.focus.claim('tour-step')).toBeDefined();
    panels.leaveTour();
    expect(teaching.tour).toBeNull();
    expect(panels.focus.claim('details')).toBeDefined();
  });

  it('shows evidence picked in the outline without taking focus from the tree', () => {
    const { panels } = setUp();
    panels.showEvidence(FLUOXETINE_SERT, true);
    expect(panels.focus.claim('evidence')?.takeFocus).toBe(false);
  });
});
