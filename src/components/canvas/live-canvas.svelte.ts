// The one live Cytoscape instance, shared with the parts of the page that draw from it (exports, tour handouts).
import type { Core } from 'cytoscape';
import { getContext, setContext } from 'svelte';

export class LiveCanvas {
  /** Set once the canvas is ready; null before and after. */
  cy = $state.raw<Core | null>(null);
  /** Resolves once the picture on the canvas is final (labels placed, nothing moving), so a copy of it is too. */
  whenSettled: () => Promise<void> = () => Promise.resolve();
}

const KEY = Symbol('live-canvas');

/** Makes a live canvas slot available below the caller (the page's layout), and returns it. */
export function provideLiveCanvas(): LiveCanvas {
  const canvas = new LiveCanvas();
  setContext(KEY, canvas);
  return canvas;
}

export function liveCanvas(): LiveCanvas {
  const canvas = getContext<LiveCanvas | undefined>(KEY);
  if (!canvas) throw new Error('No live canvas context: render this component below App.');
  return canvas;
}
