// How much of a large dataset is drawn at once, "draw more", and what Cancel drawing goes back to.
import type { DrawLimits } from '../graph/cap-subgraph';
import { sameView, type View } from './view';
import type { ViewHistory } from './view-history.svelte';

/**
 * A detail view of a large graph is a neighbourhood a reader can follow and Cytoscape styles within a frame or two:
 * the overview renderer draws the graph whole. On a 2-core machine without a GPU Cytoscape's first drawing of 2,000
 * nodes and 5,000 relationships took over a second, one task; "draw more" doubles these at the reader's request.
 */
export const FIRST_DRAW_LIMITS: DrawLimits = { maxNodes: 300, maxEdges: 900 };

export class DrawCap {
  limits = $state.raw<DrawLimits>(FIRST_DRAW_LIMITS);
  readonly #history: ViewHistory;
  /** The view and limits of the last drawing the canvas finished: what Cancel drawing goes back to. */
  #settled: { view: View; limits: DrawLimits };

  constructor(history: ViewHistory) {
    this.#history = history;
    this.#settled = { view: history.current, limits: this.limits };
  }

  /** Draws twice as much as before. */
  showMore(): void {
    this.limits = { maxNodes: this.limits.maxNodes * 2, maxEdges: this.limits.maxEdges * 2 };
  }

  /** The canvas has drawn everything asked of it: that is what a later Cancel goes back to. */
  finished(): void {
    this.#settled = { view: this.#history.current, limits: this.limits };
  }

  /**
   * The reader stopped a drawing half way: the limits and the view go back to those of the last finished drawing.
   * A view change that asked for the drawing is undone; returns whether the view changed.
   */
  cancel(): boolean {
    const { view, limits } = this.#settled;
    this.limits = limits;
    if (sameView(this.#history.current, view)) return false;
    const previous = this.#history.previous;
    if (previous && sameView(previous, view)) this.#history.undo();
    else this.#history.commit(view);
    return true;
  }
}
