// Size arithmetic for image exports: scale or printed size to pixels, and the browser's canvas limits.
import { grouped } from '../../util/plural';

const CM_PER_INCH = 2.54;

/** Pixels needed to print `widthCm` at `dpi` (300 dpi at 17 cm is 2008 px). */
export function pixelsForPrint(widthCm: number, dpi: number): number {
  return Math.round((widthCm / CM_PER_INCH) * dpi);
}

/** Printed width in PDF points (1/72 inch). */
export function pointsForCm(cm: number): number {
  return (cm / CM_PER_INCH) * 72;
}

/**
 * Largest canvas this app will draw. Browsers refuse bigger canvases (Chromium and Firefox: 32,767 px a side;
 * Safari: 16.7 million pixels) or run out of memory before that: 64 million pixels is 256 MB of pixels.
 */
export interface CanvasLimits {
  maxSide: number;
  maxArea: number;
}

const CANVAS_LIMITS: CanvasLimits = { maxSide: 16384, maxArea: 64 * 1024 * 1024 };

export interface RasterPlan {
  width: number;
  height: number;
  /** Pixels per page unit actually used. */
  scale: number;
  /** Why the image is smaller than asked, in words for the user; absent when it is not. */
  capped?: string | undefined;
}

/** The pixel size for a page of `pageWidth` × `pageHeight` units at `scale`, shrunk to fit the limits. */
export function planRaster(
  pageWidth: number,
  pageHeight: number,
  scale: number,
  limits: CanvasLimits = CANVAS_LIMITS,
): RasterPlan {
  const wanted = { width: Math.round(pageWidth * scale), height: Math.round(pageHeight * scale) };
  const sideFactor = limits.maxSide / Math.max(wanted.width, wanted.height);
  const areaFactor = Math.sqrt(limits.maxArea / (wanted.width * wanted.height));
  const factor = Math.min(1, sideFactor, areaFactor);
  if (factor >= 1) return { ...wanted, scale };
  const width = Math.max(1, Math.floor(wanted.width * factor));
  const height = Math.max(1, Math.floor(wanted.height * factor));
  const limit =
    sideFactor <= areaFactor
      ? `${grouped(limits.maxSide)} pixels a side`
      : `${Math.round(limits.maxArea / 1e6)} million pixels`;
  return {
    width,
    height,
    scale: (scale * width) / wanted.width,
    capped:
      `Asked for ${wanted.width} × ${wanted.height} pixels; made ${width} × ${height}, because browsers cannot ` +
      `safely draw images larger than ${limit}. For a larger print, export SVG or PDF, which stay sharp at any size.`,
  };
}

/** The page scale for a sizing choice: the multiple itself, or what makes the page `widthCm` wide at `dpi`. */
export function scaleFor(
  sizing: { mode: 'scale'; scale: number } | { mode: 'print'; widthCm: number; dpi: number },
  pageWidth: number,
): number {
  return sizing.mode === 'scale' ? sizing.scale : pixelsForPrint(sizing.widthCm, sizing.dpi) / pageWidth;
}
