// `window.atlas`: a frozen, read-only handle on the graph model, the Cytoscape instance and what is open, for power
// users and tests.

export interface AtlasHandle {
  graph: unknown;
  cy: unknown;
  version: string;
  dataset: string;
  renderer: unknown;
  /** The overview renderer's sigma.js instance while a large graph is shown whole. */
  sigma?: unknown;
}

/** Defines `atlas` on `target` (the window): frozen, not writable, replaced when another dataset opens. */
export function exposeAtlasHandle(target: object, handle: AtlasHandle): void {
  Object.defineProperty(target, 'atlas', {
    // Copied with its accessors: reading `graph` may first finish building it.
    value: Object.freeze(Object.defineProperties({}, Object.getOwnPropertyDescriptors(handle))),
    writable: false,
    enumerable: true,
    configurable: true,
  });
}
