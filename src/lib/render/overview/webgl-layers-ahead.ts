// sigma's WebGL canvases, each with its context made in a task of its own before sigma is. sigma makes its three
// WebGL contexts, sizes their canvases and compiles its shaders in its constructor, one task of 40–60 ms on a
// software WebGL; making a context and its drawing buffer at the final size is about a third of that, and moves out.
import { yieldToPage } from '../../util/time-slices';

/** sigma 3.0's WebGL layers, in the order its constructor makes them. */
const WEBGL_LAYERS = ['edges', 'nodes', 'hoverNodes'] as const;

/**
 * The attributes of a WebGL layer's context: sigma's, except that the nodes' and relationships' layers keep their
 * pixels between frames, so a picture can be drawn over several (and copied for an export whenever it is complete).
 */
export function webGLLayerOptions(id: string): WebGLContextAttributes {
  return { antialias: false, preserveDrawingBuffer: id === 'nodes' || id === 'edges' };
}

/**
 * A canvas for each of sigma's WebGL layers, sized as sigma will size it in `container` and with its context made,
 * one per task. sigma asking such a canvas for a context gets the one made here.
 */
export async function makeWebGLLayersAhead(
  container: HTMLElement,
  signal?: AbortSignal,
): Promise<ReadonlyMap<string, HTMLCanvasElement>> {
  const made = new Map<string, HTMLCanvasElement>();
  for (const id of WEBGL_LAYERS) {
    await yieldToPage();
    signal?.throwIfAborted();
    // sigma's own measure (its `resize`): the container's size, times the pixel ratio.
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.setAttribute('width', `${container.offsetWidth * ratio}px`);
    canvas.setAttribute('height', `${container.offsetHeight * ratio}px`);
    const options = webGLLayerOptions(id);
    if (!canvas.getContext('webgl2', options)) canvas.getContext('webgl', options);
    made.set(id, canvas);
  }
  return made;
}
