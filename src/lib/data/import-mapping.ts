// Reads any imported graph (whatever format it came in) as atlas nodes and edges: kinds and relations matched to our
// vocabulary where they can be, every string kept as plain text, only web links kept, and what changed reported.
// The file's own attributes, look and edge directions travel with each node and edge, untouched.
import { emptyLook, type GraphLook } from '../graph/look';
import type { Position } from '../util/position';
import { grouped } from '../util/plural';
import type { AbstractGraph, Attributes } from 'graphology-types';
import {
  DRUG_STATUSES,
  EVIDENCE_LEVELS,
  RELATIONS,
  type DrugStatusInfo,
  type EdgeRecord,
  type EvidenceLevel,
  type NodeRecord,
  type Relation,
} from '../graph/types';
import { slugify } from '../util/slug';
import { HETIONET_KINDS, HETIONET_RELATIONS } from './datasets/hetionet-mapping';
import { webAddress } from './format-citation';
import type { FormatProblem } from './formats/import-result';
import { kindId } from './kind-style';
import type { Vocab } from './schema';

export interface MappedImport {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  /** Kinds the vocabulary does not style, by id, with the name the file gave them. */
  newKinds: Map<string, string>;
  /** Positions from the file, when it gave one to every node (also in each node's look). */
  positions: Map<string, Position> | null;
  /** What was read differently than written. */
  problems: FormatProblem[];
  /** The node the file says it is centred on (a graph attribute `anchor`), if that node is in it. */
  anchor: string | undefined;
}

export interface MappingContext {
  vocab: Vocab;
  /** Ids of sources the atlas already has (the curated ones), which imported edges may cite. */
  knownSources: ReadonlySet<string>;
  /** The source every imported edge cites: the file itself. */
  fileSource: string;
}

const MAX_LABEL = 300;
const MAX_TEXT = 5000;
const MAX_SYNONYMS = 50;
/** The kind of a node whose file says nothing about kinds. */
const PLAIN_KIND = 'Node';

const LABEL_KEYS = ['label', 'display_name', 'displayName', 'gene_name', 'symbol', 'name', 'title'];
const KIND_KEYS = ['kind', 'type', 'node_type', 'nodeType', 'category', 'class', 'group'];
const RELATION_KEYS = ['relation', 'interaction', 'type', 'edge_type', 'label', 'kind'];
const SUMMARY_KEYS = ['summary', 'description'];

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : typeof value === 'number' ? String(value) : undefined;

function firstText(attributes: Attributes, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = Object.hasOwn(attributes, key) ? text(attributes[key]) : undefined;
    if (value) return value;
  }
  return undefined;
}

/** Slugs of the names seen so far: a file repeats a few kind and relation names on every row. */
const slugs = new Map<string, string>();
const MAX_KEPT_SLUGS = 1000;

/** Names compared without case, accents, spaces or punctuation: "Brain regions" ~ "brain-regions". */
function slug(value: string): string {
  let found = slugs.get(value);
  if (found === undefined) {
    found = slugify(value, Infinity).replaceAll('-', '');
    if (slugs.size < MAX_KEPT_SLUGS) slugs.set(value, found);
  }
  return found;
}

/** Kind names that mean one of our kinds: ids, labels and plurals ("Brain regions"), and Hetionet's kinds. */
function kindAliases(vocab: Vocab): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const [id, style] of Object.entries(vocab.kinds))
    for (const name of [id, style.label, style.plural]) aliases.set(slug(name), id);
  for (const [name, id] of Object.entries(HETIONET_KINDS)) aliases.set(slug(name), id);
  return aliases;
}

/** Relation names that mean one of ours: ids ("agonist-of") and labels ("agonist of"). */
function relationAliases(vocab: Vocab): Map<string, Relation> {
  const aliases = new Map<string, Relation>();
  for (const relation of RELATIONS) {
    aliases.set(slug(relation), relation);
    aliases.set(slug(vocab.relations[relation].label), relation);
  }
  return aliases;
}

/** Counts of things read differently, reported once each rather than once per node. */
class Tally {
  readonly #counts = new Map<string, { count: number; examples: Set<string> }>();
  add(message: string, example?: string): void {
    const entry = this.#counts.get(message) ?? { count: 0, examples: new Set<string>() };
    entry.count++;
    if (example !== undefined && entry.examples.size < 3) entry.examples.add(example.slice(0, 60));
    this.#counts.set(message, entry);
  }
  problems(): FormatProblem[] {
    return [...this.#counts].map(([message, { count, examples }]) => ({
      severity: 'warning' as const,
      message: message
        .replace('{count}', grouped(count))
        .replace('{examples}', [...examples].map((example) => `"${example}"`).join(', ')),
    }));
  }
}

function clip(value: string, limit: number, tally: Tally, what: string): string {
  if (value.length <= limit) return value;
  tally.add(`{count} ${what} longer than ${grouped(limit)} characters were shortened.`);
  return `${value.slice(0, limit - 1)}…`;
}

function links(attributes: Attributes, tally: Tally): NodeRecord['links'] {
  const candidates: { label: string; url: string }[] = [];
  const url = text(attributes['url']);
  if (url) candidates.push({ label: 'Web page', url });
  const listed: unknown = attributes['links'];
  if (Array.isArray(listed))
    for (const item of listed as unknown[]) {
      if (item && typeof item === 'object') {
        const link = item as Record<string, unknown>;
        const address = text(link['url']);
        if (address) candidates.push({ label: text(link['label']) ?? 'Web page', url: address });
      }
    }
  return candidates.flatMap((link) => {
    const url = webAddress(link.url);
    if (url) return [{ label: link.label, url }];
    tally.add(
      '{count} links were not web addresses (http or https) and were left out, for example {examples}.',
      link.url,
    );
    return [];
  });
}

function status(value: unknown): DrugStatusInfo | undefined {
  const named = (name: unknown) => DRUG_STATUSES.find((status) => status === name);
  if (typeof value === 'string') {
    const found = named(value);
    return found ? { value: found } : undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  const found = named(record['value']);
  if (!found) return undefined;
  const year = record['year'];
  return {
    value: found,
    year: typeof year === 'number' && Number.isInteger(year) ? year : undefined,
    note: text(record['note'])?.slice(0, MAX_TEXT),
  };
}

function strings(value: unknown, limit: number): string[] {
  if (!Array.isArray(value)) return [];
  return (value as unknown[]).flatMap((item) => text(item)?.slice(0, MAX_LABEL) ?? []).slice(0, limit);
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function mapImportedGraph(
  graph: AbstractGraph,
  context: MappingContext,
  look: GraphLook = emptyLook(),
): MappedImport {
  const tally = new Tally();
  const kinds = kindAliases(context.vocab);
  const relations = relationAliases(context.vocab);
  const newKinds = new Map<string, string>();
  const positions = new Map<string, Position>();

  const nodes: NodeRecord[] = [];
  graph.forEachNode((id, attributes) => {
    const label = clip(firstText(attributes, LABEL_KEYS) ?? id, MAX_LABEL, tally, 'labels');
    const kindName = firstText(attributes, KIND_KEYS) ?? PLAIN_KIND;
    let kind = kinds.get(slug(kindName));
    if (!kind) {
      kind = kindId(kindName);
      if (!Object.hasOwn(context.vocab.kinds, kind) && !newKinds.has(kind)) newKinds.set(kind, kindName);
    }
    const summary = firstText(attributes, SUMMARY_KEYS);
    const nodeLook = look.nodes.get(id);
    nodes.push({
      id,
      kind,
      label,
      synonyms: strings(attributes['synonyms'], MAX_SYNONYMS).filter((synonym) => synonym !== label),
      // Only what the file says: a node it does not describe has no summary.
      summary: summary ? clip(summary, MAX_TEXT, tally, 'summaries') : undefined,
      status: kind === 'drug' ? status(attributes['status']) : undefined,
      onset: kind === 'drug' ? text(attributes['onset'])?.slice(0, MAX_LABEL) : undefined,
      links: links(attributes, tally),
      data: attributes,
      look: nodeLook,
    });
    if (finite(nodeLook?.x) && finite(nodeLook.y)) positions.set(id, { x: nodeLook.x, y: nodeLook.y });
  });

  const edges: EdgeRecord[] = [];
  graph.forEachEdge((key, attributes, source, target, _sourceAttributes, _targetAttributes, undirected) => {
    // Hetionet files name each edge's metaedge, which maps onto our relations with an honest evidence level.
    const metaedge = text(attributes['metaedge']);
    const hetionet = metaedge && Object.hasOwn(HETIONET_RELATIONS, metaedge) ? HETIONET_RELATIONS[metaedge] : undefined;
    if (hetionet?.reverse) [source, target] = [target, source];
    const relationName = firstText(attributes, RELATION_KEYS);
    let relation = hetionet?.relation ?? (relationName ? relations.get(slug(relationName)) : undefined);
    if (!relation) {
      relation = 'associated-with';
      if (relationName)
        tally.add(
          '{count} relationships have a type the atlas does not know ({examples}) and read as "is associated with".',
          relationName,
        );
    }
    const evidenceName = text(attributes['evidence']);
    const evidence = hetionet?.evidence ?? EVIDENCE_LEVELS.find((level) => level === evidenceName);
    if (!evidence) tally.add('{count} relationships give no evidence level we know and are shown as hypotheses.');
    const listed: unknown = attributes['sources'];
    const cited = strings(listed, 20).filter((id) => context.knownSources.has(id));
    // Textbook knowledge needs no citation: an edge the file marks so, citing nothing, stays uncited.
    const uncitedTextbook = evidence === 'textbook' && Array.isArray(listed) && listed.length === 0;
    const note = text(attributes['note']);
    edges.push({
      id: key,
      source,
      target,
      relation,
      evidence: (evidence ?? 'hypothesis') satisfies EvidenceLevel,
      sources: cited.length > 0 || uncitedTextbook ? cited : [context.fileSource],
      note: note
        ? clip(note, MAX_TEXT, tally, 'notes')
        : relationName && relation === 'associated-with' && slug(relationName) !== slug('associated-with')
          ? `The file calls this relationship "${relationName.slice(0, MAX_LABEL)}".`
          : undefined,
      hedged: attributes['hedged'] === true ? true : undefined,
      claims: [],
      undirected: undirected || undefined,
      data: attributes,
      look: look.edges.get(key),
    });
  });

  const anchor = text(graph.getAttribute('anchor'));
  return {
    anchor: anchor && graph.hasNode(anchor) ? anchor : undefined,
    nodes,
    edges,
    newKinds,
    positions: nodes.length > 0 && positions.size === nodes.length ? positions : null,
    problems: tally.problems(),
  };
}
