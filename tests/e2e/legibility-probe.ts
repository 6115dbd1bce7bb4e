// Measures how legible the canvas is, from Cytoscape's own rendered values: labels, their size, overlaps, emphasis.
import type { Page } from '@playwright/test';

/** What a reader can make out of the canvas as it is drawn now. */
export interface Legibility {
  /** Nodes on screen (inside the canvas, displayed). */
  drawn: number;
  /** Of them, those at full strength: not faded or drawn as background. */
  fullStrength: number;
  /** Of the full-strength nodes, those whose label is drawn at `MIN_LABEL_PX` or more. */
  labelled: number;
  /** labelled / fullStrength (1 when nothing is at full strength). */
  labelledShare: number;
  /** Pairs of drawn labels (node and edge labels) whose boxes overlap. */
  overlaps: number;
  /** Ids of a few overlapping pairs, for a failing test's message. */
  overlapExamples: string[];
  /** How much of the canvas the full-strength part spans: the larger of its width and height shares. */
  emphasisSpan: number;
  /** Median on-screen size of the drawn nodes, in pixels. */
  medianNodePx: number;
  /** Full-strength nodes marked as landmarks whose label is drawn at `MIN_LABEL_PX` or more. */
  labelledLandmarks: number;
  /** Labels of the labelled nodes, for checks and messages. */
  labels: string[];
}

export const MIN_LABEL_PX = 11;

/** Runs in the page: everything is read from `window.atlas.cy`. */
function probe(minLabelPx: number): Legibility {
  const cy = window.atlas.cy;
  const zoom = cy.zoom();
  const width = cy.width();
  const height = cy.height();
  type Box = { x1: number; y1: number; x2: number; y2: number; id: string };
  const onScreen = (box: { x1: number; y1: number; x2: number; y2: number }) =>
    box.x2 > 0 && box.y2 > 0 && box.x1 < width && box.y1 < height;
  const labelBoxes: Box[] = [];
  const nodeSizes: number[] = [];
  let drawn = 0;
  let fullStrength = 0;
  let labelled = 0;
  let labelledLandmarks = 0;
  const labels: string[] = [];
  const strong = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };

  const labelOf = (element: { style(name: string): unknown }) => {
    const text = String(element.style('label') ?? '');
    if (!text || element.style('display') === 'none' || element.style('visibility') === 'hidden') return null;
    const px = parseFloat(String(element.style('font-size'))) * zoom;
    const minZoomed = parseFloat(String(element.style('min-zoomed-font-size'))) || 0;
    const textOpacity = parseFloat(String(element.style('text-opacity')));
    if (px < minZoomed || textOpacity <= 0.05) return null;
    return { text, px };
  };

  cy.nodes().forEach((node) => {
    if (node.style('display') === 'none' || node.isParent() || node.data('decoration')) return;
    const box = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    if (!onScreen(box)) return;
    drawn++;
    nodeSizes.push(Math.max(box.w, box.h));
    const atFullStrength = node.effectiveOpacity() >= 0.95;
    const label = labelOf(node);
    if (label) {
      const labelBox = node.renderedBoundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeOverlays: false,
      });
      if (labelBox.w > 0 && node.effectiveOpacity() >= 0.3) labelBoxes.push({ ...labelBox, id: node.id() });
    }
    if (!atFullStrength) return;
    fullStrength++;
    strong.x1 = Math.min(strong.x1, box.x1);
    strong.y1 = Math.min(strong.y1, box.y1);
    strong.x2 = Math.max(strong.x2, box.x2);
    strong.y2 = Math.max(strong.y2, box.y2);
    if (label && label.px >= minLabelPx) {
      labelled++;
      labels.push(label.text);
      if (node.data('landmark')) labelledLandmarks++;
    }
  });
  cy.edges().forEach((edge) => {
    if (edge.style('display') === 'none' || edge.effectiveOpacity() < 0.3) return;
    const label = labelOf(edge);
    if (!label) return;
    const box = edge.renderedBoundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
    });
    if (box.w > 0 && onScreen(box)) labelBoxes.push({ ...box, id: edge.id() });
  });

  // Boxes touching by a pixel are not an overlap a reader would notice.
  const slack = 1;
  let overlaps = 0;
  const overlapExamples: string[] = [];
  for (let i = 0; i < labelBoxes.length; i++) {
    const a = labelBoxes[i]!;
    for (let j = i + 1; j < labelBoxes.length; j++) {
      const b = labelBoxes[j]!;
      if (a.x1 + slack < b.x2 && b.x1 + slack < a.x2 && a.y1 + slack < b.y2 && b.y1 + slack < a.y2) {
        overlaps++;
        if (overlapExamples.length < 5) overlapExamples.push(`${a.id} × ${b.id}`);
      }
    }
  }
  nodeSizes.sort((a, b) => a - b);
  const span =
    fullStrength === 0
      ? 0
      : Math.max(
          (Math.min(strong.x2, width) - Math.max(strong.x1, 0)) / width,
          (Math.min(strong.y2, height) - Math.max(strong.y1, 0)) / height,
        );
  return {
    drawn,
    fullStrength,
    labelled,
    labelledShare: fullStrength === 0 ? 1 : labelled / fullStrength,
    overlaps,
    overlapExamples,
    emphasisSpan: span,
    medianNodePx: nodeSizes[Math.floor(nodeSizes.length / 2)] ?? 0,
    labelledLandmarks,
    labels,
  };
}

/** Measures the canvas of `page` as it is now (wait for the camera to settle first). */
export async function measureLegibility(page: Page): Promise<Legibility> {
  return page.evaluate(probe, MIN_LABEL_PX);
}
