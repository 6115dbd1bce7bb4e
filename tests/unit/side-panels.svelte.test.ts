// @vitest-environment jsdom
// Which side panels are open: the path finder and the comparison open on request and stay open while the view needs
// them; opening one asks the side column to scroll to its top.
import { describe, expect, it } from 'vitest';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import { OpenDataset } from '../../src/lib/state/open-dataset';
import { SidePanels } from '../../src/lib/state/side-panels.svelte';
import { TeachingState } from '../../src/lib/state/teaching.svelte';
import { loadCuratedBundle } from '../component/load-curated-bundle';
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
    expect(panels.revealCount).toBe(1);
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

  it('opens evidence and the tours list at the top of the column', () => {
    const { atlas, teaching, panels } = setUp();
    panels.showEvidence(FLUOXETINE_SERT);
    expect(atlas.selectedEdge).toBe(FLUOXETINE_SERT);
    panels.toggleTours();
    expect(teaching.listOpen).toBe(true);
    expect(panels.revealCount).toBe(2);
    panels.toggleTours();
    expect(teaching.listOpen).toBe(false);
    expect(panels.revealCount).toBe(2);
  });
});
