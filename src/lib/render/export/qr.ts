// The QR code of the export's link, as one SVG path of dark modules (crisp in SVG, PDF and at any raster scale).
import qrcode from 'qrcode-generator';

export interface QrPath {
  /** Modules per side, including the four-module quiet zone on each side. */
  modules: number;
  /** Path in module units: one square per dark module. */
  d: string;
}

export function qrPath(text: string): QrPath {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  const quiet = 4;
  let d = '';
  for (let row = 0; row < count; row++)
    for (let column = 0; column < count; column++)
      if (qr.isDark(row, column)) d += `M${column + quiet} ${row + quiet}h1v1h-1z`;
  return { modules: count + 2 * quiet, d };
}
