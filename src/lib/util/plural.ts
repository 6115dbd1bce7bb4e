// Counts in running text: numbers grouped the English way ("12,000") and words that agree with them ("1 node", "3 nodes").

/** A whole number as the page writes it: "1,597". */
export function grouped(count: number): string {
  return count.toLocaleString('en');
}

/** `count` and `word`, plural unless there is exactly one: "1 node", "2,000 nodes", "3 matches" with `pluralWord`. */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${grouped(count)} ${count === 1 ? word : pluralWord}`;
}
