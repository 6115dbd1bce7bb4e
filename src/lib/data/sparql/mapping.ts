// The mapping of a graph server's RDF onto the atlas model (which classes are which kinds, which predicates are which
// relations, where labels, evidence and sources live), read from a small JSON file and checked with plain messages.
import { z } from 'zod';
import { EVIDENCE_LEVELS, RELATIONS, type EvidenceLevel, type NodeKind, type Relation } from '../../graph/types';
import { fieldPath } from '../errors';

/** A full IRI (`urn:…`, `http://…`) or a prefixed name (`sa:Drug`) using one of the file's prefixes. */
const term = z.string().trim().min(1, 'an IRI or a prefixed name like "sa:Drug"');
const kind = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case kind id like "drug" or "brain-region"');
const evidence = z.enum(EVIDENCE_LEVELS);

const mappingSchema = z.strictObject({
  name: z.string().trim().min(1),
  description: z.string().optional(),
  /** Short names for IRI prefixes, used by every other field of the file. */
  prefixes: z.record(z.string().regex(/^[A-Za-z][\w-]*$/, 'a prefix like "sa"'), z.string().min(1)).default({}),
  nodes: z.strictObject({
    /** The predicate holding a node's own id; without it a node's id is its IRI. */
    id: term.optional(),
    label: term,
    synonyms: z.array(term).default([]),
    description: term.optional(),
    /** External identifiers as "Prefix:value" literals. */
    identifiers: term.optional(),
    /** A drug's status ("approved", …). */
    status: term.optional(),
    /** Keep only labels in this language (or without one). */
    language: z
      .string()
      .regex(/^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/, 'a language tag like "en"')
      .optional(),
    /** Class → kind. A node whose classes are all unlisted gets its kind from `kindNamespace`. */
    kinds: z.record(term, kind),
    /** Any other class in this namespace is a kind too, named from its local name (BiologicalProcess → biological-process). */
    kindNamespace: z.string().min(1).optional(),
    /** Classes in `kindNamespace` that are not kinds of node (evidence levels, the root class). */
    ignoreClasses: z.array(term).default([]),
  }),
  /** Predicate → relation; `reverse` when our relation reads the other way round. */
  relations: z.record(
    term,
    z.strictObject({ relation: z.enum(RELATIONS), evidence: evidence.optional(), reverse: z.boolean().default(false) }),
  ),
  evidence: z.strictObject({
    /** The level of an edge whose statement names none and whose relation has no level of its own. */
    default: evidence,
    /** The statement's predicate naming its level. */
    predicate: term.optional(),
    /** Level IRI → level. */
    levels: z.record(term, evidence).default({}),
  }),
  /** Edges as RDF reification (`rdf:Statement` with rdf:subject/predicate/object) carrying evidence and sources. */
  statements: z
    .strictObject({
      id: term.optional(),
      note: term.optional(),
      /** `false` on the statement marks an undirected edge. */
      directed: term.optional(),
      sources: term.optional(),
    })
    .optional(),
  sources: z
    .strictObject({ id: term.optional(), citation: term, identifier: term.optional(), link: term.optional() })
    .optional(),
});

interface RelationRule {
  relation: Relation;
  evidence: EvidenceLevel | undefined;
  reverse: boolean;
}

/** A checked mapping with every name expanded to a full IRI. */
export interface SparqlMapping {
  name: string;
  description: string | undefined;
  nodes: {
    id: string | undefined;
    label: string;
    synonyms: string[];
    description: string | undefined;
    identifiers: string | undefined;
    status: string | undefined;
    language: string | undefined;
    kinds: ReadonlyMap<string, NodeKind>;
    kindNamespace: string | undefined;
    ignoreClasses: readonly string[];
  };
  relations: ReadonlyMap<string, RelationRule>;
  evidence: { default: EvidenceLevel; predicate: string | undefined; levels: ReadonlyMap<string, EvidenceLevel> };
  statements:
    | { id: string | undefined; note: string | undefined; directed: string | undefined; sources: string | undefined }
    | undefined;
  sources:
    { id: string | undefined; citation: string; identifier: string | undefined; link: string | undefined } | undefined;
}

/** Thrown when a mapping file is not valid; the message lists every problem as `field: message`. */
export class MappingError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The mapping file is not valid:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'MappingError';
  }
}

const STANDARD_PREFIXES: Readonly<Record<string, string>> = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
};

/** Checks a parsed mapping file and expands its names; throws MappingError saying what is wrong and where. */
export function readMapping(input: unknown): SparqlMapping {
  const parsed = mappingSchema.safeParse(input);
  if (!parsed.success)
    throw new MappingError(
      parsed.error.issues.map((issue) => `${fieldPath(issue.path) || '(file)'}: ${issue.message}`),
    );
  const file = parsed.data;
  const problems: string[] = [];
  const prefixes = { ...STANDARD_PREFIXES, ...file.prefixes };
  const expand = (value: string, field: string): string => {
    const full = expandTerm(value, prefixes);
    if (full === undefined) problems.push(`${field}: "${value}" uses an unknown prefix or is not an IRI`);
    return full ?? value;
  };
  const optional = (value: string | undefined, field: string) =>
    value === undefined ? undefined : expand(value, field);
  const { nodes } = file;
  const mapping: SparqlMapping = {
    name: file.name,
    description: file.description,
    nodes: {
      id: optional(nodes.id, 'nodes.id'),
      label: expand(nodes.label, 'nodes.label'),
      synonyms: nodes.synonyms.map((value, index) => expand(value, `nodes.synonyms[${index}]`)),
      description: optional(nodes.description, 'nodes.description'),
      identifiers: optional(nodes.identifiers, 'nodes.identifiers'),
      status: optional(nodes.status, 'nodes.status'),
      language: nodes.language,
      kinds: new Map(Object.entries(nodes.kinds).map(([key, value]) => [expand(key, `nodes.kinds.${key}`), value])),
      kindNamespace: optional(nodes.kindNamespace, 'nodes.kindNamespace'),
      ignoreClasses: nodes.ignoreClasses.map((value, index) => expand(value, `nodes.ignoreClasses[${index}]`)),
    },
    relations: new Map(
      Object.entries(file.relations).map(([key, rule]) => [
        expand(key, `relations.${key}`),
        { relation: rule.relation, evidence: rule.evidence, reverse: rule.reverse },
      ]),
    ),
    evidence: {
      default: file.evidence.default,
      predicate: optional(file.evidence.predicate, 'evidence.predicate'),
      levels: new Map(
        Object.entries(file.evidence.levels).map(([key, level]) => [expand(key, `evidence.levels.${key}`), level]),
      ),
    },
    statements: file.statements && {
      id: optional(file.statements.id, 'statements.id'),
      note: optional(file.statements.note, 'statements.note'),
      directed: optional(file.statements.directed, 'statements.directed'),
      sources: optional(file.statements.sources, 'statements.sources'),
    },
    sources: file.sources && {
      id: optional(file.sources.id, 'sources.id'),
      citation: expand(file.sources.citation, 'sources.citation'),
      identifier: optional(file.sources.identifier, 'sources.identifier'),
      link: optional(file.sources.link, 'sources.link'),
    },
  };
  if (mapping.relations.size === 0) problems.push('relations: name at least one predicate');
  if (mapping.nodes.kinds.size === 0 && !mapping.nodes.kindNamespace)
    problems.push('nodes.kinds: name at least one class, or give nodes.kindNamespace');
  if (problems.length > 0) throw new MappingError(problems);
  return mapping;
}

const IRI_SCHEMES = ['http', 'https', 'urn', 'tag', 'mailto', 'ftp', 'file'];

/** A prefixed name expanded with `prefixes`, a full IRI as it is, or undefined when it is neither. */
function expandTerm(value: string, prefixes: Readonly<Record<string, string>>): string | undefined {
  const colon = value.indexOf(':');
  if (colon <= 0) return undefined;
  const prefix = value.slice(0, colon);
  const base = Object.hasOwn(prefixes, prefix) ? prefixes[prefix] : undefined;
  if (base !== undefined) return base + value.slice(colon + 1);
  // Otherwise a full IRI, told from a mistyped prefix by its scheme.
  const scheme = prefix.toLowerCase();
  const full = IRI_SCHEMES.includes(scheme) || value.slice(colon, colon + 3) === '://';
  return full && /^[^\s<>"{}|\\^`]+$/.test(value) ? value : undefined;
}
