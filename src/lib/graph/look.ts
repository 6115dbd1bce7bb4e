// How a file says its nodes and edges look (position, colour, size, shape, line width), kept apart from their data,
// so a graph laid out and coloured in Gephi or Cytoscape opens as it was drawn and is written back the same way.

export interface NodeLook {
  x?: number | undefined;
  y?: number | undefined;
  z?: number | undefined;
  /** "#rrggbb", or "#rrggbbaa" when not opaque. */
  colour?: string | undefined;
  size?: number | undefined;
  /** A Cytoscape node shape ("ellipse", "rectangle", "diamond", …). */
  shape?: string | undefined;
}

export interface EdgeLook {
  colour?: string | undefined;
  width?: number | undefined;
  /** "solid", "dashed" or "dotted". */
  line?: string | undefined;
}

export interface GraphLook {
  nodes: Map<string, NodeLook>;
  edges: Map<string, EdgeLook>;
}

export function emptyLook(): GraphLook {
  return { nodes: new Map(), edges: new Map() };
}

const hex2 = (value: number) =>
  Math.max(0, Math.min(255, Math.round(value)))
    .toString(16)
    .padStart(2, '0');

/** "#rrggbb" (or "#rrggbbaa" below full opacity) from channels 0–255 and alpha 0–1. */
export function rgbHex(red: number, green: number, blue: number, alpha = 1): string {
  const opaque = `#${hex2(red)}${hex2(green)}${hex2(blue)}`;
  return alpha >= 1 ? opaque : `${opaque}${hex2(alpha * 255)}`;
}

/** A colour written as "#rgb", "#rrggbb", "#rrggbbaa", "rgb(r,g,b)" or "rgba(r,g,b,a)" as "#rrggbb(aa)"; else null. */
export function parseColour(text: string): string | null {
  const value = text.trim().toLowerCase();
  const short = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(value);
  if (short)
    return `#${short
      .slice(1, 4)
      .map((digit) => digit + digit)
      .join('')}`;
  const long = /^#?([0-9a-f]{6})([0-9a-f]{2})?$/.exec(value);
  if (long) return long[2] === undefined || long[2] === 'ff' ? `#${long[1]}` : `#${long[1]}${long[2]}`;
  const functional = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(value);
  if (!functional) return null;
  const [red, green, blue] = functional.slice(1, 4).map(Number) as [number, number, number];
  const alpha = functional[4] === undefined ? 1 : Number(functional[4]);
  if ([red, green, blue].some((channel) => channel > 255) || alpha > 1) return null;
  return rgbHex(red, green, blue, alpha);
}

/** The channels of a colour from `parseColour`: red, green, blue (0–255) and alpha (0–1). */
export function colourChannels(hex: string): { red: number; green: number; blue: number; alpha: number } {
  const value = hex.replace('#', '');
  const channel = (index: number) => Number.parseInt(value.slice(index, index + 2), 16);
  return {
    red: channel(0),
    green: channel(2),
    blue: channel(4),
    alpha: value.length === 8 ? Math.round((channel(6) / 255) * 1000) / 1000 : 1,
  };
}

/** A look without its absent fields, or undefined when nothing is left. */
export function compactLook<T extends NodeLook | EdgeLook>(look: T): T | undefined {
  const entries = Object.entries(look).filter(([, value]) => value !== undefined);
  return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
}
