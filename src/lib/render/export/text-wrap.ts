// Line breaking for the text of an export page (titles, footnotes, the disclaimer), with a replaceable text measure.

/** Width of `text` in page units at `size`; the browser measures with a canvas, tests use the estimate. */
export type Measure = (text: string, size: number, bold?: boolean) => number;

/** A slightly generous estimate for sans-serif text, so estimated lines never overflow. */
export const estimateWidth: Measure = (text, size, bold = false) => text.length * size * (bold ? 0.62 : 0.57);

/** Greedy word wrap; a word longer than a line (an address) is broken between characters. */
export function wrapText(text: string, maxWidth: number, size: number, measure: Measure, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => measure(candidate, size, bold) <= maxWidth;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}
