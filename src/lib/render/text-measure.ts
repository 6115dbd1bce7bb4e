// Measures how wide a label is drawn, with the same font Cytoscape uses; a fair estimate where there is no canvas.
import { LABEL_FONT } from './stylesheet';

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();
const MAX_CACHED = 20_000;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  try {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  return context;
}

/** Width in pixels of `text` set in the label font at `fontPx` pixels, bold or not. */
export function measureLabel(text: string, fontPx: number, bold = false): number {
  const size = Math.round(fontPx * 4) / 4;
  const key = `${size}|${bold ? 'b' : ''}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  const drawing = canvasContext();
  let width: number;
  if (drawing) {
    drawing.font = `${bold ? 'bold ' : ''}${size}px ${LABEL_FONT}`;
    width = drawing.measureText(text).width;
  } else {
    width = text.length * size * (bold ? 0.64 : 0.58);
  }
  if (widths.size >= MAX_CACHED) widths.clear();
  widths.set(key, width);
  return width;
}
