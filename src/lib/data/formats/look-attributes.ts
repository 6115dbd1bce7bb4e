// The look written as plain attributes, as Gephi and sigma.js do for formats with no drawing section of their own
// (GraphML, graphology JSON): x, y, size, and colour as r, g, b or one "color" text.
import type { Attributes } from 'graphology-types';
import { colourChannels, parseColour, rgbHex, type EdgeLook, type NodeLook } from '../../graph/look';
import { ownValue } from '../../util/own-property';

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const channel = (value: unknown): value is number => finite(value) && value >= 0 && value <= 255;

function colourOf(attributes: Attributes): string | undefined {
  const [red, green, blue] = ['r', 'g', 'b'].map((name) => ownValue(attributes, name));
  if (channel(red) && channel(green) && channel(blue)) return rgbHex(red, green, blue);
  for (const name of ['color', 'colour']) {
    const text = ownValue(attributes, name);
    if (typeof text === 'string') return parseColour(text) ?? undefined;
  }
  return undefined;
}

/** What a node's attributes say about its look; the attributes themselves stay as they are. */
export function nodeLookOf(attributes: Attributes): NodeLook {
  const [x, y, z, size] = ['x', 'y', 'z', 'size'].map((name) => ownValue(attributes, name));
  const placed = finite(x) && finite(y);
  return {
    x: placed ? x : undefined,
    y: placed ? y : undefined,
    z: placed && finite(z) ? z : undefined,
    size: finite(size) && size > 0 ? size : undefined,
    colour: colourOf(attributes),
  };
}

/** What an edge's attributes say about its look. */
export function edgeLookOf(attributes: Attributes): EdgeLook {
  return { colour: colourOf(attributes) };
}

/** The attributes a node's look is written as: x, y (z), size, r, g, b. */
export function nodeLookAttributes(look: NodeLook | undefined): [string, number][] {
  if (!look) return [];
  const entries: [string, number | undefined][] = [
    ['x', look.x],
    ['y', look.y],
    ['z', look.z],
    ['size', look.size],
  ];
  if (look.colour) {
    const { red, green, blue } = colourChannels(look.colour);
    entries.push(['r', red], ['g', green], ['b', blue]);
  }
  return entries.filter((entry): entry is [string, number] => finite(entry[1]));
}
