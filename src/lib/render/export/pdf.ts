// Vector PDF of the composed SVG page: jsPDF writes the file, svg2pdf.js turns the SVG into PDF drawing and text.
import { jsPDF } from 'jspdf';
import 'svg2pdf.js';

export interface PdfRequest {
  svg: string;
  /** Page size in points (1/72 inch). */
  width: number;
  height: number;
  title: string;
}

export async function svgToPdf(request: PdfRequest): Promise<Blob> {
  const parsed = new DOMParser().parseFromString(request.svg, 'image/svg+xml');
  const element = parsed.documentElement;
  // svg2pdf reads computed styles, so the SVG is briefly placed in the page, out of sight.
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  Object.assign(holder.style, { position: 'fixed', left: '-100000px', top: '0', visibility: 'hidden' });
  holder.append(document.importNode(element, true));
  document.body.append(holder);
  try {
    const document_ = new jsPDF({
      orientation: request.width > request.height ? 'landscape' : 'portrait',
      unit: 'pt',
      format: [request.width, request.height],
      compress: true,
    });
    document_.setProperties({ title: request.title, creator: 'Synapse Atlas' });
    const svg = holder.firstElementChild;
    if (!svg) throw new Error('The page could not be read back as SVG.');
    await document_.svg(svg, { x: 0, y: 0, width: request.width, height: request.height });
    return document_.output('blob');
  } finally {
    holder.remove();
  }
}
