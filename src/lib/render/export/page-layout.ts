// Lays out an export page: title on top, the graph, the legend beside or below it, then footnotes, disclaimer and link.
import type { LegendEntries } from './legend-entries';
import type { PageShape } from './options';
import { wrapText, type Measure } from './text-wrap';
import { plural } from '../../util/plural';

export interface PageContent {
  page: PageShape;
  /** The graph drawing's own size, in page units at zoom 1. */
  graph: { width: number; height: number };
  title?: string | undefined;
  /** A sentence or two under the title: the path explained, the tour step's narration. */
  caption?: string | undefined;
  legend?: LegendEntries | undefined;
  /** Citation lines, already numbered ("1. Zarate CA Jr …"). */
  footnotes?: readonly string[] | undefined;
  disclaimer?: string | undefined;
  link?: string | undefined;
  measure: Measure;
}

export interface TextBlock {
  x: number;
  y: number;
  size: number;
  lineHeight: number;
  lines: string[];
  bold?: boolean;
}

export type LegendRow =
  | { type: 'heading'; x: number; y: number; text: string }
  | { type: 'kind'; x: number; y: number; text: string; colour: string; shape: string }
  | { type: 'evidence'; x: number; y: number; text: string; colour: string; line: string }
  | { type: 'arrow'; x: number; y: number; text: string[]; arrow: string };

export interface PageLayout {
  width: number;
  height: number;
  /** Body text size; every other size is a multiple of it. */
  base: number;
  title?: TextBlock | undefined;
  caption?: TextBlock | undefined;
  /** Where the graph drawing goes (its aspect ratio kept) and how much it is enlarged. */
  graph: { x: number; y: number; width: number; height: number; zoom: number };
  legend?: { rows: LegendRow[]; size: number; iconSize: number } | undefined;
  footnotes?: TextBlock | undefined;
  /** Footnotes that did not fit on a fixed page. */
  omittedFootnotes: number;
  disclaimer?: TextBlock | undefined;
  link?: (TextBlock & { href: string; qr: { x: number; y: number; size: number } }) | undefined;
}

const MAX_ENLARGEMENT = 2.5;

function baseSize(page: PageShape, graph: { width: number }): number {
  const width = page.kind === 'fixed' ? page.width : Math.max(graph.width, 480);
  return Math.min(24, Math.max(8, width / 80));
}

/** Legend rows flowed into columns `columnWidth` wide, starting at x, y; returns the rows and the height used. */
function layOutLegend(
  legend: LegendEntries,
  x: number,
  y: number,
  columnWidth: number,
  columns: number,
  size: number,
  measure: Measure,
): { rows: LegendRow[]; height: number } {
  const lineHeight = size * 1.45;
  const textX = size * 2;
  type Item = { height: number; heading?: boolean; place: (x: number, y: number) => LegendRow };
  const items: Item[] = [];
  const heading = (text: string) =>
    items.push({
      height: lineHeight * 1.15,
      heading: true,
      place: (px, py) => ({ type: 'heading', x: px, y: py, text }),
    });
  if (legend.kinds.length > 0) heading('Kinds');
  for (const kind of legend.kinds)
    items.push({ height: lineHeight, place: (px, py) => ({ type: 'kind', x: px, y: py, text: kind.label, ...kind }) });
  if (legend.evidence.length > 0) heading('Evidence');
  for (const level of legend.evidence)
    items.push({
      height: lineHeight,
      place: (px, py) => ({
        type: 'evidence',
        x: px,
        y: py,
        text: level.label,
        colour: level.colour,
        line: level.line,
      }),
    });
  if (legend.arrows.length > 0) heading('Arrow heads');
  for (const arrow of legend.arrows) {
    const text = [arrow.label, ...wrapText(arrow.relations.join(', '), columnWidth - textX, size * 0.85, measure)];
    items.push({
      height: lineHeight + (text.length - 1) * size * 1.15,
      place: (px, py) => ({ type: 'arrow', x: px, y: py, text, arrow: arrow.arrow }),
    });
  }
  const total = items.reduce((sum, item) => sum + item.height, 0);
  const perColumn = total / columns;
  const rows: LegendRow[] = [];
  let column = 0;
  let offset = 0;
  let tallest = 0;
  items.forEach((item, index) => {
    // Start a new column when this one is full; a heading needs room for its first entry too.
    const next = items[index + 1];
    const needed = item.height + (item.heading && next ? next.height : 0);
    if (offset > 0 && offset + needed > perColumn + lineHeight * 0.5 && column < columns - 1) {
      column++;
      offset = 0;
    }
    rows.push(item.place(x + column * columnWidth, y + offset));
    offset += item.height;
    tallest = Math.max(tallest, offset);
  });
  return { rows, height: tallest };
}

export function layOutPage(content: PageContent): PageLayout {
  const { page, graph, measure } = content;
  const fixed = page.kind === 'fixed' ? page : undefined;
  const base = baseSize(page, graph);
  const margin = base * 2;
  const gap = base * 1.2;
  const beside = fixed ? fixed.width > fixed.height * 1.15 : graph.width > graph.height * 1.1;
  const legendWidth = Math.min(base * 20, Math.max(base * 14, (fixed ? fixed.width : graph.width) * 0.2));
  const besideWidth = content.legend && beside ? legendWidth + gap : 0;
  const contentWidth = fixed ? fixed.width - 2 * margin : Math.max(base * 40, graph.width + besideWidth);
  const width = fixed ? fixed.width : contentWidth + 2 * margin;
  /** The column of the graph and the text under it; the legend, when beside, has the rest. */
  const leftWidth = contentWidth - besideWidth;
  let y = margin;

  let title: TextBlock | undefined;
  if (content.title) {
    const size = base * 1.9;
    const lines = wrapText(content.title, contentWidth, size, measure, true);
    title = { x: margin, y: y + size, size, lineHeight: size * 1.2, lines, bold: true };
    y += lines.length * size * 1.2 + gap;
  }
  let caption: TextBlock | undefined;
  if (content.caption) {
    const size = base * 1.05;
    const all = wrapText(content.caption, contentWidth, size, measure);
    // On a fixed page the caption may take a fifth of the height; the rest is cut with an ellipsis.
    const most = fixed ? Math.max(1, Math.floor((fixed.height * 0.2) / (size * 1.3))) : all.length;
    const lines = all.length > most ? [...all.slice(0, most - 1), `${all[most - 1] ?? ''} …`] : all;
    caption = { x: margin, y: y + size, size, lineHeight: size * 1.3, lines };
    y += lines.length * size * 1.3 + gap;
  }
  const graphTop = y;

  // The legend: beside the graph (shrunk to the page's height if need be), or below it in as many columns as fit.
  let legendSize = fixed && beside ? base * 0.85 : base;
  const columns = beside ? 1 : Math.max(1, Math.floor(contentWidth / (base * 16)));
  const columnWidth = beside ? legendWidth : contentWidth / columns;
  const probeLegend = (size: number) =>
    content.legend ? layOutLegend(content.legend, 0, 0, columnWidth, columns, size, measure).height : 0;
  let legendHeight = probeLegend(legendSize);
  if (fixed && beside && legendHeight > fixed.height - margin - graphTop) {
    legendSize = Math.max(base * 0.55, (legendSize * (fixed.height - margin - graphTop)) / legendHeight);
    legendHeight = probeLegend(legendSize);
  }
  const legendBelow = content.legend && !beside ? legendHeight + gap : 0;

  // The text under the graph: footnotes (beside the QR code when there is one), the disclaimer, the link.
  // Landscape pages (slides) are read from afar but have little height: their notes are a little smaller.
  const small = base * (fixed && beside ? 0.68 : 0.78);
  const qrSize = content.link ? Math.max(base * 6, 56) : 0;
  const textWidth = leftWidth - (qrSize ? qrSize + gap : 0);
  let footnoteLines = (content.footnotes ?? []).map((note) => wrapText(note, textWidth, small, measure));
  const disclaimerLines = content.disclaimer ? wrapText(content.disclaimer, textWidth, base, measure, true) : [];
  const linkLines = content.link ? wrapText(content.link, textWidth, small, measure) : [];
  const bottomHeight = (notes: string[][]) => {
    const noteLines = notes.reduce((sum, lines) => sum + lines.length, 0);
    const text =
      (noteLines ? noteLines * small * 1.25 + gap : 0) +
      (disclaimerLines.length ? disclaimerLines.length * base * 1.3 + gap * 0.5 : 0) +
      linkLines.length * small * 1.25;
    return Math.max(text, qrSize);
  };

  let omittedFootnotes = 0;
  let boxHeight: number;
  if (fixed) {
    const available = () => fixed.height - margin - graphTop - legendBelow - bottomHeight(footnoteLines) - gap;
    // The graph keeps at least half of the page: footnotes that do not fit are counted in a last line.
    const minimum = (fixed.height - 2 * margin) * 0.5;
    while (available() < minimum && footnoteLines.length > 0) {
      footnoteLines = footnoteLines.slice(0, -1);
      omittedFootnotes++;
    }
    if (omittedFootnotes > 0) {
      const where = content.link ? ', listed in the app at the link below' : ', listed in the app';
      const more = `… and ${plural(omittedFootnotes, 'more source')}${where}.`;
      footnoteLines.push(wrapText(more, textWidth, small, measure));
    }
    boxHeight = Math.max(base * 4, available());
  } else {
    boxHeight = graph.height;
  }
  const maxZoom = fixed ? MAX_ENLARGEMENT : 1;
  const zoom = Math.min(maxZoom, leftWidth / Math.max(1, graph.width), boxHeight / Math.max(1, graph.height));
  const drawn = { width: graph.width * zoom, height: graph.height * zoom };
  const graphPlace = {
    x: margin + (leftWidth - drawn.width) / 2,
    y: graphTop + (boxHeight - drawn.height) / 2,
    ...drawn,
    zoom,
  };
  y = graphTop + boxHeight + gap;

  let legend: PageLayout['legend'];
  if (content.legend) {
    const at = beside ? { x: margin + leftWidth + gap, y: graphTop } : { x: margin, y };
    const placed = layOutLegend(content.legend, at.x, at.y, columnWidth, columns, legendSize, measure);
    legend = { rows: placed.rows, size: legendSize, iconSize: legendSize * 1.15 };
    if (!beside) y += placed.height + gap;
  }

  const bottomTop = y;
  let footnotes: TextBlock | undefined;
  const flatNotes = footnoteLines.flat();
  if (flatNotes.length > 0) {
    footnotes = { x: margin, y: y + small, size: small, lineHeight: small * 1.25, lines: flatNotes };
    y += flatNotes.length * small * 1.25 + gap;
  }
  let disclaimer: TextBlock | undefined;
  if (disclaimerLines.length > 0) {
    disclaimer = { x: margin, y: y + base, size: base, lineHeight: base * 1.3, lines: disclaimerLines, bold: true };
    y += disclaimerLines.length * base * 1.3 + gap * 0.5;
  }
  let link: PageLayout['link'];
  if (content.link) {
    const qr = { x: margin + leftWidth - qrSize, y: bottomTop, size: qrSize };
    link = { x: margin, y: y + small, size: small, lineHeight: small * 1.25, lines: linkLines, href: content.link, qr };
    y += linkLines.length * small * 1.25;
  }
  const bottom = Math.max(y, bottomTop + qrSize, beside ? graphTop + legendHeight : 0);
  return {
    width,
    height: fixed ? fixed.height : bottom + margin,
    base,
    title,
    caption,
    graph: graphPlace,
    legend,
    footnotes,
    omittedFootnotes,
    disclaimer,
    link,
  };
}
