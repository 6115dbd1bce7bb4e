// The closed vocabulary of the model (node kinds, relations, evidence levels) and the attribute shapes of the graph.
import type { EdgeLook, NodeLook } from './look';

/**
 * An imported element's own attributes, exactly as its file gave them (names and typed values). Records of imported
 * data are plain objects whose every key, even "__proto__", is an own property (see util/own-property).
 */
export type DataRecord = Readonly<Record<string, unknown>>;

export const NODE_KINDS = [
  'neurotransmitter',
  'receptor',
  'transporter',
  'enzyme',
  'drug',
  'drug-class',
  'mechanism',
  'brain-region',
  'cell-type',
  'condition',
  'symptom',
  'risk-factor',
  'treatment',
  'gene',
  'anatomy',
] as const;
/**
 * A node's kind: one of the curated kinds, or a kind an imported or public graph brings with it, which gets a
 * generated style (see kind-style.ts). Kind ids are lower-case slugs, so they are safe in style selectors.
 */
export type NodeKind = (typeof NODE_KINDS)[number] | (string & {});

export const RELATIONS = [
  'is-a',
  'part-of',
  'works-by',
  'binds',
  'agonist-of',
  'antagonist-of',
  'negative-modulator-of',
  'positive-modulator-of',
  'inhibits',
  'activates',
  'transports',
  'synthesizes',
  'degrades',
  'releases',
  'increases',
  'decreases',
  'expressed-in',
  'located-in',
  'leads-to',
  'implicated-in',
  'risk-factor-for',
  'symptom-of',
  'treats',
  'may-cause',
  'contraindicated-in',
  'associated-with',
] as const;
export type Relation = (typeof RELATIONS)[number];

/** Ordered from the firmest to the weakest; `contested` marks findings that disagree. */
export const EVIDENCE_LEVELS = [
  'textbook',
  'established',
  'clinical',
  'preclinical',
  'hypothesis',
  'contested',
] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/**
 * Where a drug stands as a treatment for depression (approval for other uses is recorded apart, as `approvedFor`):
 * `failed` after negative trials, `discontinued` when development stopped for other reasons, `withdrawn` from sale.
 */
export const DRUG_STATUSES = ['approved', 'investigational', 'failed', 'discontinued', 'withdrawn'] as const;
export type DrugStatus = (typeof DRUG_STATUSES)[number];

type Sign = '+' | '-' | 'none';

export interface DrugStatusInfo {
  value: DrugStatus;
  year?: number | undefined;
  note?: string | undefined;
}

/** A licensed use of a drug other than treating depression, such as anaesthesia or neuropathic pain. */
export interface ApprovedUse {
  use: string;
  year?: number | undefined;
  note?: string | undefined;
}

interface NodeLink {
  label: string;
  url: string;
}

export interface NodeAttributes {
  kind: NodeKind;
  label: string;
  /** How the node reads inside a sentence ("the serotonin transporter"); defaults to the label. */
  phrase?: string | undefined;
  synonyms: string[];
  /** A plain description; curated nodes always have one, imported ones only when their file gives one. */
  summary?: string | undefined;
  ids?: Record<string, string> | undefined;
  /** For drugs: where the drug stands as a treatment for depression (its other licensed uses are in `approvedFor`). */
  status?: DrugStatusInfo | undefined;
  /** For drugs: licensed uses other than depression. */
  approvedFor?: ApprovedUse[] | undefined;
  /** For drugs: how soon an effect on mood is usually seen, in plain words. */
  onset?: string | undefined;
  links: NodeLink[];
  /** The curated topic the node belongs to (a key of the vocabulary's `groups`); absent in imported graphs. */
  group?: string | undefined;
  /** One of the few nodes that stand for its group on the overview. */
  landmark?: boolean | undefined;
  /** Imported nodes: every attribute of the file, as read. */
  data?: DataRecord | undefined;
  /** Imported nodes: the colour, size and shape the file drew them with. */
  look?: NodeLook | undefined;
}

export interface EdgeAttributes {
  relation: Relation;
  evidence: EvidenceLevel;
  sources: string[];
  note?: string | undefined;
  quotePage?: string | undefined;
  /** Forces the cautious wording of the relation ("may help treat") whatever the evidence level. */
  hedged?: boolean | undefined;
  /** Ids of the seed-article claims this edge represents (S01 ...). */
  claims: string[];
  /** An edge without a direction (from an undirected or mixed graph file): drawn without an arrow head. */
  undirected?: boolean | undefined;
  /** Imported edges: every attribute of the file, as read. */
  data?: DataRecord | undefined;
  /** Imported edges: the colour, width and line the file drew them with. */
  look?: EdgeLook | undefined;
}

export interface NodeRecord extends NodeAttributes {
  id: string;
}

/** A node of the curated data, which the validator makes sure is described. */
export interface CuratedNodeRecord extends NodeRecord {
  summary: string;
}

export interface EdgeRecord extends EdgeAttributes {
  id: string;
  source: string;
  target: string;
}

export interface RelationStyle {
  label: string;
  inverse_label: string;
  /** Sentence with `{source}` and `{target}` placeholders. */
  template: string;
  sign: Sign;
}

/** The quiz's questions about a relationship, with `{kind}` for the kind of the node asked for. */
export interface RelationQuestions {
  /** Asks for the target, naming the source ("Which {kind} does {source} treat?"). */
  target: string;
  /** Asks for the source, naming the target ("Which {kind} treats {target}?"). */
  source: string;
  hedged_target?: string | undefined;
  hedged_source?: string | undefined;
}
