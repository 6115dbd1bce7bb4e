// The graph canvas asks whether WebGL is real before it chooses how to draw. Asking makes and drops a WebGL context
// (tens of milliseconds on a software WebGL); the entry asks early, while the curated graph downloads, so the canvas
// finds the answer ready instead of asking inside the page's first drawing.
import { probeWebGL } from '../../lib/render/renderer-choice';

/** Asks about WebGL in a task of its own; the answer is kept for the canvas. */
export function probeWebGLSoon(): void {
  setTimeout(probeWebGL, 0);
}
