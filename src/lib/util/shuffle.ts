// Seeded shuffling: the same seed always gives the same order, so a quiz or a handout can be rebuilt anywhere.
import { hashString } from './hash.ts';

/** A copy of `items` in random order (Fisher–Yates), drawing from `random`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/**
 * The texts in an order decided by `seed` and the texts themselves, whatever order they come in: putting them in
 * order again gives the same order, so a tour written back to a file and read again keeps its choices where they were.
 */
export function seededOrder(texts: readonly string[], seed: string): string[] {
  const rank = new Map(texts.map((text) => [text, hashString(`${seed}\u0000${text}`)]));
  return [...texts].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
}
