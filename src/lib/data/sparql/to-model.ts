// Turns rows of SPARQL answers into the atlas model: nodes with kind, label, synonyms and summary, edges with
// relation, direction, evidence, note and sources, and cited works; every value kept as plain text.
import { DRUG_STATUSES, type DrugStatus, type EdgeRecord, type NodeRecord } from '../../graph/types';
import { webAddress } from '../format-citation';
import { kindId } from '../kind-style';
import type { Source } from '../schema';
import type { SparqlMapping } from './mapping';
import type { RdfTerm, Row } from './results';
import { LIST_SEPARATOR } from './sparql-terms';

/** A node read from a server: a model node plus the IRI it has there. */
export interface LiveNode extends NodeRecord {
  iri: string;
}

/** An edge read from a server; `sources` hold the cited works' ids once read (their IRIs until then). */
export interface LiveEdge extends EdgeRecord {
  /** The reified statement's IRI, when the server has one. */
  statement: string | undefined;
  /** The cited works' IRIs on the server. */
  sourceIris: string[];
}

function text(term: RdfTerm | undefined): string | undefined {
  return term && term.value !== '' ? term.value : undefined;
}

function list(term: RdfTerm | undefined): string[] {
  return term?.value ? term.value.split(LIST_SEPARATOR).filter((value) => value !== '') : [];
}

/** The last part of an IRI, decoded: a readable stand-in for a missing label. */
function localName(iri: string): string {
  const tail = iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'), iri.lastIndexOf(':')) + 1) || iri;
  try {
    return decodeURIComponent(tail);
  } catch {
    return tail;
  }
}

function kindOf(mapping: SparqlMapping, classes: readonly string[]): string {
  const { kinds, kindNamespace, ignoreClasses } = mapping.nodes;
  const sorted = [...classes].sort();
  for (const cls of sorted) {
    const kind = kinds.get(cls);
    if (kind) return kind;
  }
  const other = sorted.find(
    (cls) => kindNamespace !== undefined && cls.startsWith(kindNamespace) && !ignoreClasses.includes(cls),
  );
  // BiologicalProcess → "Biological Process" → biological-process
  return kindId(other ? localName(other).replace(/([a-z0-9])([A-Z])/g, '$1 $2') : 'other');
}

function identifiers(values: readonly string[]): Record<string, string> | undefined {
  const pairs = values
    .filter((value) => value.includes(':'))
    .map((value) => [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)] as const)
    .filter(([prefix, id]) => prefix !== '' && id !== '');
  return pairs.length > 0 ? Object.fromEntries(pairs) : undefined;
}

function isDrugStatus(value: string): value is DrugStatus {
  return (DRUG_STATUSES as readonly string[]).includes(value);
}

/**
 * A node from a row of the search, nodes or neighbourhood query, whose variables start with `v` (`node`, `other`).
 * Undefined when the row names no IRI.
 */
export function nodeFromRow(mapping: SparqlMapping, row: Row, v: string, iriVariable = v): LiveNode | undefined {
  const subject = row.get(iriVariable);
  if (subject?.type !== 'uri') return undefined;
  const iri = subject.value;
  const label = text(row.get(`${v}Label`)) ?? localName(iri);
  const status = text(row.get(`${v}Status`));
  return {
    id: text(row.get(`${v}Id`)) ?? iri,
    iri,
    kind: kindOf(mapping, list(row.get(`${v}Classes`))),
    label,
    synonyms: list(row.get(`${v}Synonyms`))
      .filter((synonym) => synonym !== label)
      .sort(),
    summary: text(row.get(`${v}Description`)),
    ids: identifiers(list(row.get(`${v}Identifiers`))),
    status: status && isDrugStatus(status) ? { value: status } : undefined,
    links: [],
  };
}

/** The neighbourhood query's rows as neighbours and edges around `centre` (already read, with its id). */
export function neighbourhoodFromRows(
  mapping: SparqlMapping,
  centre: { iri: string; id: string },
  rows: readonly Row[],
): { nodes: LiveNode[]; edges: LiveEdge[] } {
  const nodes = new Map<string, LiveNode>();
  const edges: LiveEdge[] = [];
  for (const row of rows) {
    const predicate = row.get('p')?.value;
    const rule = predicate === undefined ? undefined : mapping.relations.get(predicate);
    const other = nodeFromRow(mapping, row, 'other', 'otherIri');
    if (!rule || !predicate || !other) continue;
    if (other.iri !== centre.iri) nodes.set(other.iri, other);
    const otherId = other.iri === centre.iri ? centre.id : other.id;
    const outward = row.get('dir')?.value === 'out';
    const [from, to] = outward !== rule.reverse ? [centre.id, otherId] : [otherId, centre.id];
    const statement = row.get('statement');
    const statementIri = statement?.type === 'uri' || statement?.type === 'bnode' ? statement.value : undefined;
    const level = text(row.get('evidence'));
    const directed = text(row.get('directed'));
    edges.push({
      id: text(row.get('edgeId')) ?? statementIri ?? `${from} ${predicate} ${to}`,
      source: from,
      target: to,
      relation: rule.relation,
      evidence:
        (level === undefined ? undefined : mapping.evidence.levels.get(level)) ??
        rule.evidence ??
        mapping.evidence.default,
      sources: list(row.get('sources')),
      sourceIris: list(row.get('sources')),
      note: text(row.get('note')),
      claims: [],
      undirected: directed === 'false' || directed === '0' ? true : undefined,
      statement: statementIri,
    });
  }
  return { nodes: [...nodes.values()], edges };
}

/** A cited work from a row of the sources query. */
export function sourceFromRow(row: Row): (Source & { iri: string }) | undefined {
  const subject = row.get('source');
  if (subject?.type !== 'uri') return undefined;
  const iri = subject.value;
  const ids = list(row.get('identifiers'));
  const find = (prefix: string) =>
    ids
      .find((id) => id.toLowerCase().startsWith(`${prefix}:`))
      ?.slice(prefix.length + 1)
      .trim() || undefined;
  const doi = find('doi');
  const pmid = find('pmid');
  return {
    iri,
    id: text(row.get('id')) ?? iri,
    type: doi || pmid ? 'journal-article' : 'web-page',
    authors: [],
    title: text(row.get('citation')) ?? localName(iri),
    doi,
    pmid,
    url: webAddress(text(row.get('link'))),
    as_cited: false,
  };
}
