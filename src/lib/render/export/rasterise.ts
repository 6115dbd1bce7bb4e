// Turns the composed SVG page into a PNG or JPEG through a canvas, within the browser's canvas limits.
import { planRaster, type RasterPlan } from './image-size';
import { withResolution } from './png-resolution';

export interface RasterRequest {
  svg: string;
  pageWidth: number;
  pageHeight: number;
  scale: number;
  format: 'png' | 'jpeg';
  /** Painted under the page; JPEG has no transparency, so it always gets one. */
  background: string | null;
  /** Written into the PNG for print sizes. */
  dpi?: number | undefined;
}

export interface Raster {
  blob: Blob;
  plan: RasterPlan;
}

async function loadSvgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    // The decoded image keeps its pixels; the address is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

function canvasBlob(canvas: HTMLCanvasElement, type: string): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, type, 0.92));
}

export async function rasterise(request: RasterRequest): Promise<Raster> {
  const image = await loadSvgImage(request.svg);
  let plan = planRaster(request.pageWidth, request.pageHeight, request.scale);
  const type = request.format === 'png' ? 'image/png' : 'image/jpeg';
  // A browser may still refuse a canvas within the limits (little memory): halve the area until it draws.
  for (let attempt = 0; attempt < 4; attempt++) {
    const canvas = document.createElement('canvas');
    canvas.width = plan.width;
    canvas.height = plan.height;
    const context = canvas.getContext('2d');
    let blob: Blob | null = null;
    if (context) {
      const fill = request.background ?? (request.format === 'jpeg' ? '#ffffff' : null);
      if (fill) {
        context.fillStyle = fill;
        context.fillRect(0, 0, plan.width, plan.height);
      }
      context.drawImage(image, 0, 0, plan.width, plan.height);
      blob = await canvasBlob(canvas, type);
    }
    canvas.width = 0;
    canvas.height = 0;
    if (blob) {
      if (request.format === 'png' && request.dpi && plan.capped === undefined) {
        const bytes = withResolution(new Uint8Array(await blob.arrayBuffer()), request.dpi);
        blob = new Blob([bytes.buffer as ArrayBuffer], { type });
      }
      return { blob, plan };
    }
    const smaller = plan.scale / Math.SQRT2;
    plan = {
      ...planRaster(request.pageWidth, request.pageHeight, smaller),
      capped: `This browser could not draw ${plan.width} × ${plan.height} pixels, so the image was made smaller. For a larger print, export SVG or PDF.`,
    };
  }
  throw new Error('This browser could not draw the image, even at a small size.');
}
