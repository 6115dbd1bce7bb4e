// The drawing choices a reader has: automatic, or one of Cytoscape's two renderers.

export const RENDERER_PREFERENCES = ['auto', 'canvas', 'webgl'] as const;
export type RendererPreference = (typeof RENDERER_PREFERENCES)[number];
export type RendererName = Exclude<RendererPreference, 'auto'>;

/** Which renderer draws the graph, and why: shown beside the setting, in `window.atlas` and by the benchmark. */
export interface RendererInfo {
  chosen: RendererName;
  preference: RendererPreference;
  webglRenderer: string;
  software: boolean;
}
