// The legend of an export: only the kinds, evidence levels and arrow heads (with their relations) actually shown.

export interface LegendVocabulary {
  kinds: Record<string, { label: string; colour: string; shape: string }>;
  relations: Record<string, { label: string; sign: string }>;
  evidence: Record<string, { label: string; line: string; colour: string }>;
  signs: Record<string, { label: string; arrow: string }>;
}

export interface ShownElements {
  kinds: Iterable<string>;
  edges: Iterable<{ relation: string; evidence: string }>;
}

export interface LegendEntries {
  kinds: { label: string; colour: string; shape: string }[];
  evidence: { label: string; line: string; colour: string }[];
  arrows: { label: string; arrow: string; relations: string[] }[];
}

/** Entries in the vocabulary's order (an imported graph's generated kinds come after the curated ones). */
export function legendEntries(vocabulary: LegendVocabulary, shown: ShownElements): LegendEntries {
  const kinds = new Set(shown.kinds);
  const relations = new Set<string>();
  const levels = new Set<string>();
  for (const edge of shown.edges) {
    relations.add(edge.relation);
    levels.add(edge.evidence);
  }
  const arrows: LegendEntries['arrows'] = [];
  for (const [sign, style] of Object.entries(vocabulary.signs)) {
    const names = Object.entries(vocabulary.relations)
      .filter(([relation, relationStyle]) => relations.has(relation) && relationStyle.sign === sign)
      .map(([, relationStyle]) => relationStyle.label);
    if (names.length > 0) arrows.push({ label: style.label, arrow: style.arrow, relations: names });
  }
  return {
    kinds: Object.entries(vocabulary.kinds)
      .filter(([kind]) => kinds.has(kind))
      .map(([, style]) => ({ label: style.label, colour: style.colour, shape: style.shape })),
    evidence: Object.entries(vocabulary.evidence)
      .filter(([level]) => levels.has(level))
      .map(([, style]) => ({ label: style.label, line: style.line, colour: style.colour })),
    arrows,
  };
}

export function isEmptyLegend(entries: LegendEntries): boolean {
  return entries.kinds.length + entries.evidence.length + entries.arrows.length === 0;
}
