// Seeded shuffling: the same seed always gives the same order, so a quiz or a handout can be rebuilt anywhere.
import { hashString, seededRandom } from './hash.ts';

/** A copy of `items` in random order (Fisher–Yates), drawing from `random`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** A copy of `items` in an order decided by `seed` alone. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  return shuffled(items, seededRandom(hashString(seed)));
}
