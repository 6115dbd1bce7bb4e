// Styles for node kinds the curated vocabulary does not know (an imported graph's "Pathway" or "Side effect"):
// generated from the kind's name, stable for a dataset, and, like every curated kind, told apart by shape as well as colour.
import { slugify } from '../util/slug';
import type { KindStyle, Vocab } from './schema';

/** Shapes no curated kind uses, so an imported kind never looks like a drug or a receptor. */
const SHAPES = [
  'round-diamond',
  'star',
  'round-hexagon',
  'vee',
  'round-pentagon',
  'heptagon',
  'round-tag',
  'round-octagon',
];
/** Colours from Paul Tol's muted and light palettes that no curated kind uses. */
const COLOURS = ['#332288', '#999933', '#882255', '#6699CC', '#EE8866', '#AAAA00', '#FFAABB', '#77AADD'];

const MAX_KIND_ID = 40;

/** A kind's id: a lower-case slug of its name ("Biological Process" → "biological-process"), safe in a style selector. */
export function kindId(name: string): string {
  return slugify(name, MAX_KIND_ID) || 'other';
}

/** The style of the `index`-th generated kind: every pair of shape and colour differs for the first 64 kinds. */
function generatedKindStyle(name: string, index: number): KindStyle {
  const label = name.trim() || 'Other';
  const shape = SHAPES[index % SHAPES.length] ?? 'ellipse';
  const colour = COLOURS[(index + Math.floor(index / SHAPES.length)) % COLOURS.length] ?? '#999999';
  return {
    label,
    plural: label,
    colour,
    shape: shape as KindStyle['shape'],
    description: `Nodes of the kind "${label}", as named in the imported data; not part of the curated vocabulary.`,
  };
}

/**
 * The vocabulary with a generated style for each named kind it does not already style. Kinds are styled in the order
 * of their ids, so the same set of kinds always gets the same styles.
 */
export function withGeneratedKinds(vocab: Vocab, names: ReadonlyMap<string, string>): Vocab {
  const missing = [...names].filter(([id]) => !Object.hasOwn(vocab.kinds, id)).sort(([a], [b]) => a.localeCompare(b));
  if (missing.length === 0) return vocab;
  const kinds: Record<string, KindStyle> = { ...vocab.kinds };
  missing.forEach(([id, name], index) => {
    Object.defineProperty(kinds, id, { value: generatedKindStyle(name, index), enumerable: true, writable: true });
  });
  return { ...vocab, kinds };
}

/** A kind's style; a kind the vocabulary has never heard of still gets a readable one rather than nothing. */
export function kindStyle(vocab: Pick<Vocab, 'kinds'>, kind: string): KindStyle {
  return (Object.hasOwn(vocab.kinds, kind) ? vocab.kinds[kind] : undefined) ?? generatedKindStyle(kind, 0);
}
