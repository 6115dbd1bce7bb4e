// @vitest-environment jsdom
// How much of a large graph is drawn, "draw more", and what Cancel drawing goes back to.
import { describe, expect, it } from 'vitest';
import { DrawCap, FIRST_DRAW_LIMITS } from '../../src/lib/state/draw-cap.svelte';
import { emptyView } from '../../src/lib/state/view';
import { ViewHistory } from '../../src/lib/state/view-history.svelte';

const focused = (focus: string) => ({ ...emptyView(), focus });

describe('DrawCap', () => {
  it('starts at the measured limits and doubles them for "draw more"', () => {
    const cap = new DrawCap(new ViewHistory());
    expect(cap.limits).toEqual(FIRST_DRAW_LIMITS);
    cap.showMore();
    expect(cap.limits).toEqual({ maxNodes: FIRST_DRAW_LIMITS.maxNodes * 2, maxEdges: FIRST_DRAW_LIMITS.maxEdges * 2 });
  });

  it('on Cancel after "draw more", restores the limits and leaves the view and its history alone', () => {
    const history = new ViewHistory();
    history.commit(focused('a'));
    const cap = new DrawCap(history);
    cap.finished();
    cap.showMore();
    expect(cap.cancel()).toBe(false);
    expect(cap.limits).toEqual(FIRST_DRAW_LIMITS);
    expect(history.current.focus).toBe('a');
    expect(history.canUndo).toBe(true);
  });

  it('on Cancel after a view change, undoes that change (so Redo can bring it back)', () => {
    const history = new ViewHistory();
    const cap = new DrawCap(history);
    history.commit(focused('a'));
    cap.finished();
    history.commit(focused('b'));
    expect(cap.cancel()).toBe(true);
    expect(history.current.focus).toBe('a');
    expect(history.canRedo).toBe(true);
  });

  it('on Cancel after several changes, goes back to the view of the last finished drawing', () => {
    const history = new ViewHistory();
    const cap = new DrawCap(history);
    history.commit(focused('a'));
    cap.finished();
    history.commit(focused('b'));
    history.commit(focused('c'));
    expect(cap.cancel()).toBe(true);
    expect(history.current.focus).toBe('a');
    expect(history.canUndo).toBe(true);
  });
});
