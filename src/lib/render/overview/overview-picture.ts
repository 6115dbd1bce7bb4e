// A PNG of the overview as drawn: the graph's layers from sigma.js under a title, with a legend of the kinds shown,
// the source and the emergency notice, on one canvas.
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../../graph/types';
import { EMERGENCY_NOTICE } from '../../util/emergency-notice';

const NOTICE = [
  EMERGENCY_NOTICE.heading,
  EMERGENCY_NOTICE.action,
  EMERGENCY_NOTICE.crisisLine,
  EMERGENCY_NOTICE.purpose,
];

export interface PictureText {
  title: string;
  /** One line under the title: where the data comes from. */
  source: string;
  legend: readonly { label: string; colour: string; count: number }[];
  dark: boolean;
}

/** The picture at twice the screen's size, so it stays sharp on a slide. */
const SCALE = 2;
const MARGIN = 24;
const LEGEND_WIDTH = 260;
const FONT = 'system-ui, "DejaVu Sans", sans-serif';

/**
 * The overview's layers as they are on screen (its nodes' and relationships' layers keep their pixels between frames),
 * so the picture should be whole when this is called: see `SlicedSigma.whenDrawn`.
 */
export function overviewPicture(sigma: Sigma<NodeAttributes, EdgeAttributes>, text: PictureText): HTMLCanvasElement {
  const { width, height } = sigma.getDimensions();
  const layers = ['edges', 'nodes', 'labels'].flatMap((name) => sigma.getCanvases()[name] ?? []);
  const header = 76;
  const footer = 26 * NOTICE.length + 16;
  const canvas = document.createElement('canvas');
  canvas.width = (width + LEGEND_WIDTH + 3 * MARGIN) * SCALE;
  canvas.height = (Math.max(height, 26 * text.legend.length + 40) + header + footer) * SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot make a picture here.');
  context.scale(SCALE, SCALE);
  const ink = text.dark ? '#f3f4f8' : '#1d2330';
  context.fillStyle = text.dark ? '#16171b' : '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = ink;
  context.font = `700 26px ${FONT}`;
  context.fillText(text.title, MARGIN, MARGIN + 22);
  context.font = `400 14px ${FONT}`;
  context.fillText(text.source, MARGIN, MARGIN + 46);
  for (const layer of layers) context.drawImage(layer, MARGIN, header, width, height);

  const left = width + 2 * MARGIN;
  context.font = `700 16px ${FONT}`;
  context.fillText('Kinds', left, header + 16);
  context.font = `400 14px ${FONT}`;
  text.legend.forEach((entry, index) => {
    const y = header + 44 + index * 26;
    context.fillStyle = entry.colour;
    context.beginPath();
    context.arc(left + 8, y - 5, 7, 0, 2 * Math.PI);
    context.fill();
    context.fillStyle = ink;
    context.fillText(`${entry.label} (${entry.count.toLocaleString('en')})`, left + 24, y);
  });

  const top = header + Math.max(height, 26 * text.legend.length + 40) + 8;
  NOTICE.forEach((line, index) => {
    context.font = `${index === 0 ? 700 : 400} 14px ${FONT}`;
    context.fillText(line, MARGIN, top + 18 + index * 24);
  });
  return canvas;
}
