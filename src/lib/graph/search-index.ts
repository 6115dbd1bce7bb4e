// Fuzzy search over node labels, synonyms (brand names, abbreviations) and ids, built on MiniSearch.
import MiniSearch from 'minisearch';
import type Graph from 'graphology';
import { inTimeSlices } from '../util/time-slices';

export interface SearchHit {
  id: string;
  label: string;
  kind: string;
  /** The synonym that matched, when the label itself did not. */
  matchedSynonym?: string | undefined;
}

interface SearchDocument {
  id: string;
  label: string;
  synonyms: string;
}

/** Lower case, with accents dropped only where there are any (the slow part, skipped for plain ASCII). */
function normalise(text: string): string {
  const lower = text.toLowerCase().trim();
  return /[^\x20-\x7e]/.test(lower) ? lower.normalize('NFKD').replace(/\p{Diacritic}/gu, '') : lower;
}

/** How many documents are indexed between looks at the clock. */
const CLOCK_EVERY = 256;

export class NodeSearch {
  readonly #graph: Graph;
  readonly #index: MiniSearch<SearchDocument>;
  readonly #documents: SearchDocument[] = [];
  /** How many documents are in the index: the rest are added in slices, or all at once when a search comes first. */
  #indexed = 0;

  constructor(graph: Graph) {
    this.#graph = graph;
    this.#index = new MiniSearch<SearchDocument>({
      fields: ['label', 'synonyms'],
      storeFields: [],
      processTerm: (term) => normalise(term) || null,
      searchOptions: { boost: { label: 3, synonyms: 2 }, prefix: true, fuzzy: 0.25, combineWith: 'AND' },
    });
    graph.forEachNode((id, attributes) => {
      const synonyms: unknown = attributes.synonyms;
      this.#documents.push({
        id,
        label: String(attributes.label ?? id),
        synonyms: Array.isArray(synonyms) ? synonyms.join(' \n ') : '',
      });
    });
  }

  /** Indexes what is left in slices of about 30 ms, letting the page respond between them. */
  async indexInSlices(): Promise<void> {
    const documents = this.#documents;
    await inTimeSlices(
      documents.length,
      (from, to) => {
        for (let index = from; index < to; index++) this.#index.add(documents[index] as SearchDocument);
        this.#indexed = to;
      },
      { clockEvery: CLOCK_EVERY, resumeAt: () => this.#indexed },
    );
  }

  /** Indexes everything not yet indexed, at once: a search is waiting. */
  #complete(): void {
    if (this.#indexed === this.#documents.length) return;
    this.#index.addAll(this.#documents.slice(this.#indexed));
    this.#indexed = this.#documents.length;
  }

  find(query: string, limit = 8): SearchHit[] {
    this.#complete();
    const wanted = normalise(query);
    if (!wanted) return [];
    const results = this.#index.search(wanted);
    // An exact label or synonym match always comes first ("SERT" before "serotonin"), then a label whose first word
    // is what was typed, or close to it ("fluoxetin" finds Fluoxetine before Olanzapine–fluoxetine).
    const exactness = (id: string, matched: readonly string[]) => {
      const attributes = this.#graph.getNodeAttributes(id);
      const label = normalise(String(attributes.label));
      if (label === wanted) return 0;
      const synonyms: unknown = attributes.synonyms;
      if (Array.isArray(synonyms) && synonyms.some((synonym) => normalise(String(synonym)) === wanted)) return 1;
      const firstWord = label.split(/[^\p{L}\p{N}]+/u)[0] ?? '';
      if (label.startsWith(wanted) || matched.includes(firstWord)) return 2;
      return 3;
    };
    return results
      .map((result, rank) => ({ id: String(result.id), rank, exact: exactness(String(result.id), result.terms) }))
      .sort((a, b) => a.exact - b.exact || a.rank - b.rank)
      .slice(0, limit)
      .map(({ id }) => this.#hit(id, wanted));
  }

  #hit(id: string, wanted: string): SearchHit {
    const attributes = this.#graph.getNodeAttributes(id);
    const label = String(attributes.label ?? id);
    const synonyms: unknown = attributes.synonyms;
    const firstWord = wanted.split(/\s+/)[0] ?? wanted;
    const labelMatches = normalise(label).includes(firstWord);
    const matchedSynonym =
      !labelMatches && Array.isArray(synonyms)
        ? synonyms.map(String).find((synonym) => normalise(synonym).includes(firstWord))
        : undefined;
    return { id, label, kind: String(attributes.kind ?? ''), matchedSynonym };
  }
}
