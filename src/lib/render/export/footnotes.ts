// Numbers the sources behind the exported edges, in the order the edges are listed, for footnotes and edge marks.

export interface FootnotedEdge {
  id: string;
  sources: readonly string[];
}

export interface Footnotes {
  /** Citation lines, footnote n at index n - 1. */
  notes: { number: number; sourceId: string; text: string }[];
  /** The footnote numbers of each edge, e.g. "1, 3". */
  marks: Map<string, string>;
}

/**
 * `cite` turns a source id into its reference line (the app's citation format); unknown sources are left out.
 * Numbers are given in first-use order, so the first edge's sources are 1, 2 ….
 */
export function numberFootnotes(edges: readonly FootnotedEdge[], cite: (id: string) => string | undefined): Footnotes {
  const numbers = new Map<string, number>();
  const notes: Footnotes['notes'] = [];
  const marks = new Map<string, string>();
  for (const edge of edges) {
    const own: number[] = [];
    for (const sourceId of edge.sources) {
      let number = numbers.get(sourceId);
      if (number === undefined) {
        const text = cite(sourceId);
        if (text === undefined) continue;
        number = notes.length + 1;
        numbers.set(sourceId, number);
        notes.push({ number, sourceId, text });
      }
      if (!own.includes(number)) own.push(number);
    }
    if (own.length > 0) marks.set(edge.id, own.sort((a, b) => a - b).join(', '));
  }
  return { notes, marks };
}
