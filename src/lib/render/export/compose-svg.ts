// Writes the export page as one SVG document: background, title, the graph drawing (nested <svg>), legend,
// footnotes, disclaimer and link with QR code. Every word stays text, so vector editors can change it.
import { shapeOutline } from '../../util/shape-outline';
import { lightenForDark } from '../colour';
import type { LegendRow, PageLayout, TextBlock } from './page-layout';
import type { Background } from './options';
import type { QrPath } from './qr';

export const PAGE_FONT = "'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif";

const BACKGROUNDS: Record<Background, string | null> = { transparent: null, white: '#ffffff', dark: '#1e1f24' };
const INK: Record<Background, { text: string; muted: string; alert: string }> = {
  transparent: { text: '#1b1b1f', muted: '#4a4d55', alert: '#8c1d18' },
  white: { text: '#1b1b1f', muted: '#4a4d55', alert: '#8c1d18' },
  dark: { text: '#f2f2f4', muted: '#c9cbd1', alert: '#ffb4ab' },
};

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const n = (value: number) => Number(value.toFixed(2));

function textBlock(block: TextBlock, fill: string, id: string): string {
  const weight = block.bold ? ' font-weight="bold"' : '';
  const lines = block.lines
    .map(
      (line, index) => `<text x="${n(block.x)}" y="${n(block.y + index * block.lineHeight)}">${escapeXml(line)}</text>`,
    )
    .join('');
  return `<g id="${id}" font-size="${n(block.size)}" fill="${fill}"${weight}>${lines}</g>`;
}

function kindIcon(shape: string, colour: string, cx: number, cy: number, radius: number): string {
  const outline = shapeOutline(shape);
  const stroke = `fill="${colour}" stroke="#2b2b2b" stroke-width="${n(1.2 / radius)}"`;
  const transform = `transform="translate(${n(cx)} ${n(cy)}) scale(${n(radius)})"`;
  switch (outline.type) {
    case 'ellipse':
      return `<ellipse ${transform} rx="1" ry="1" ${stroke}/>`;
    case 'rect':
      return `<rect ${transform} x="-1" y="-1" width="2" height="2" rx="${outline.corner}" ${stroke}/>`;
    case 'polygon':
      return `<polygon ${transform} points="${outline.points}" ${stroke}/>`;
    case 'path':
      return `<path ${transform} d="${outline.d}" ${stroke}/>`;
  }
}

const DASHES: Record<string, string> = { dashed: '7 4', dotted: '2 3' };

function arrowIcon(arrow: string, x: number, y: number, size: number, ink: string): string {
  const line = `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + size)}" y2="${n(y)}" stroke="${ink}" stroke-width="${n(size / 10)}"/>`;
  const tip = x + size;
  const h = size * 0.32;
  if (arrow === 'tee')
    return `${line}<line x1="${n(tip)}" y1="${n(y - h)}" x2="${n(tip)}" y2="${n(y + h)}" stroke="${ink}" stroke-width="${n(size / 7)}"/>`;
  if (arrow === 'triangle')
    return `${line}<polygon points="${n(tip)},${n(y)} ${n(tip - h * 1.5)},${n(y - h)} ${n(tip - h * 1.5)},${n(y + h)}" fill="${ink}"/>`;
  return `${line}<polyline points="${n(tip - h * 1.3)},${n(y - h)} ${n(tip)},${n(y)} ${n(tip - h * 1.3)},${n(y + h)}" fill="none" stroke="${ink}" stroke-width="${n(size / 9)}"/>`;
}

function legendRow(
  row: LegendRow,
  size: number,
  icon: number,
  ink: { text: string; muted: string },
  dark: boolean,
): string {
  const textX = n(row.x + size * 2);
  const baseline = n(row.y + size);
  const middle = row.y + size * 0.62;
  switch (row.type) {
    case 'heading':
      return `<text x="${n(row.x)}" y="${baseline}" font-weight="bold" fill="${ink.muted}" font-size="${n(size * 0.8)}" letter-spacing="0.06em">${escapeXml(row.text.toUpperCase())}</text>`;
    case 'kind':
      return `${kindIcon(row.shape, row.colour, row.x + icon * 0.6, middle, icon * 0.5)}<text x="${textX}" y="${baseline}">${escapeXml(row.text)}</text>`;
    case 'evidence': {
      const dash = DASHES[row.line] ? ` stroke-dasharray="${DASHES[row.line]}"` : '';
      const colour = dark ? lightenForDark(row.colour) : row.colour;
      return `<line x1="${n(row.x)}" y1="${n(middle)}" x2="${n(row.x + size * 1.6)}" y2="${n(middle)}" stroke="${colour}" stroke-width="${n(size / 6)}"${dash}/><text x="${textX}" y="${baseline}">${escapeXml(row.text)}</text>`;
    }
    case 'arrow': {
      const [first = '', ...relations] = row.text;
      const more = relations
        .map(
          (line, index) =>
            `<text x="${textX}" y="${n(row.y + size + (index + 1) * size * 1.15)}" font-size="${n(size * 0.85)}" fill="${ink.muted}">${escapeXml(line)}</text>`,
        )
        .join('');
      return `${arrowIcon(row.arrow, row.x, middle, size * 1.5, ink.text)}<text x="${textX}" y="${baseline}">${escapeXml(first)}</text>${more}`;
    }
  }
}

/** Makes `graphSvg` (a whole <svg> document) a nested <svg> placed in `box`, keeping its drawing's proportions. */
export function nestGraphSvg(
  graphSvg: string,
  box: { x: number; y: number; width: number; height: number },
  natural: { width: number; height: number },
): string {
  const body = graphSvg.replace(/^[\s\S]*?(<svg[\s>])/, '$1');
  return body.replace(/^<svg([^>]*)>/, (_match, attributes: string) => {
    const kept = attributes.replace(/\s(?:width|height|x|y|viewBox|preserveAspectRatio)="[^"]*"/g, '');
    return (
      `<svg${kept} id="graph" x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" ` +
      `viewBox="0 0 ${n(natural.width)} ${n(natural.height)}" preserveAspectRatio="xMidYMid meet">`
    );
  });
}

export interface ComposeInput {
  layout: PageLayout;
  /** The drawing: an SVG document (nested, text kept) or a PNG data: address (very large graphs, raster only). */
  graph: { kind: 'svg' | 'png'; data: string; width: number; height: number };
  background: Background;
  qr?: QrPath | undefined;
  /** Document title (also the SVG <title>, read by screen readers and file browsers). */
  title: string;
  /** Physical size for print, e.g. { width: '17cm', height: '9.56cm' }; page units otherwise. */
  physicalSize?: { width: string; height: string } | undefined;
  /** What the drawing shows, written into the file's metadata so a reader or a program can list it. */
  shown?: { nodes: readonly { id: string; label: string }[]; edges: readonly string[] } | undefined;
}

export function composeSvg(input: ComposeInput): string {
  const { layout, background } = input;
  const ink = INK[background];
  const fill = BACKGROUNDS[background];
  const size = input.physicalSize ?? { width: String(n(layout.width)), height: String(n(layout.height)) };
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${size.width}" height="${size.height}" viewBox="0 0 ${n(layout.width)} ${n(layout.height)}" font-family="${escapeXml(PAGE_FONT)}">`,
    `<title>${escapeXml(input.title)}</title>`,
  ];
  if (input.shown) parts.push(`<metadata id="shown">${escapeXml(JSON.stringify(input.shown))}</metadata>`);
  if (fill) parts.push(`<rect id="background" width="100%" height="100%" fill="${fill}"/>`);
  if (layout.title) parts.push(textBlock(layout.title, ink.text, 'title'));
  if (layout.caption) parts.push(textBlock(layout.caption, ink.text, 'caption'));
  const { graph } = input;
  const box = layout.graph;
  parts.push(
    graph.kind === 'svg'
      ? nestGraphSvg(graph.data, box, graph)
      : `<image id="graph" x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" preserveAspectRatio="xMidYMid meet" href="${graph.data}"/>`,
  );
  if (layout.legend) {
    const { rows, size: fontSize, iconSize } = layout.legend;
    parts.push(
      `<g id="legend" font-size="${n(fontSize)}" fill="${ink.text}">${rows.map((row) => legendRow(row, fontSize, iconSize, ink, background === 'dark')).join('')}</g>`,
    );
  }
  if (layout.footnotes) parts.push(textBlock(layout.footnotes, ink.text, 'footnotes'));
  if (layout.disclaimer) parts.push(textBlock(layout.disclaimer, ink.alert, 'disclaimer'));
  if (layout.link) {
    const { qr: box, href } = layout.link;
    parts.push(
      `<a href="${escapeXml(href)}" xlink:href="${escapeXml(href)}">${textBlock(layout.link, ink.muted, 'link')}</a>`,
    );
    if (input.qr) {
      const unit = box.size / input.qr.modules;
      const paper = background === 'dark' ? '#ffffff' : (fill ?? '#ffffff');
      parts.push(
        `<g id="qr-code" transform="translate(${n(box.x)} ${n(box.y)}) scale(${n(unit)})"><rect width="${input.qr.modules}" height="${input.qr.modules}" fill="${paper}"/><path d="${input.qr.d}" fill="#000000"/></g>`,
      );
    }
  }
  parts.push('</svg>');
  return parts.join('\n');
}
