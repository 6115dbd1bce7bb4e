// Counts in running text: numbers grouped the English way ("12,000") and words that agree with them ("1 node", "3 nodes").

/**
 * A whole number as the page writes it: "1,597". Grouped here rather than by `toLocaleString`, whose first call loads
 * the browser's number-formatting data (25–70 ms on a slow machine, while the page is first drawn).
 */
export function grouped(count: number): string {
  if (!Number.isSafeInteger(count)) return count.toLocaleString('en');
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** `count` and `word`, plural unless there is exactly one: "1 node", "2,000 nodes", "3 matches" with `pluralWord`. */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${grouped(count)} ${count === 1 ? word : pluralWord}`;
}
