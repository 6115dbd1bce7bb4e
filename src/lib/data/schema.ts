// The one validator for graph data: zod schemas for vocab.yaml, sources.yaml, dataset.yaml and topic files.
import { z } from 'zod';
import { DRUG_STATUSES, EVIDENCE_LEVELS, NODE_KINDS, RELATIONS } from '../graph/types.ts';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like "#0072B2"');

const CYTOSCAPE_SHAPES = [
  'ellipse',
  'triangle',
  'round-triangle',
  'rectangle',
  'round-rectangle',
  'cut-rectangle',
  'barrel',
  'rhomboid',
  'diamond',
  'round-diamond',
  'pentagon',
  'round-pentagon',
  'hexagon',
  'round-hexagon',
  'concave-hexagon',
  'heptagon',
  'round-heptagon',
  'octagon',
  'round-octagon',
  'star',
  'tag',
  'round-tag',
  'vee',
] as const;

const kindStyleSchema = z.strictObject({
  label: nonEmpty,
  plural: nonEmpty,
  colour,
  shape: z.enum(CYTOSCAPE_SHAPES),
  description: nonEmpty,
});

/** A quiz question about a relationship: asks for one end ({kind} is its kind), naming the other end. */
function questionTemplate(given: 'source' | 'target') {
  const expected = `a question starting with a capital word and ending with "?", naming {${given}} (and {kind} if wanted)`;
  return nonEmpty.refine(
    (text) => /^[A-Z][a-z]*\b/.test(text) && text.endsWith('?') && text.includes(`{${given}}`),
    expected,
  );
}

/** The quiz's questions for a relation: `target` asks for the target given the source, `source` the other way. */
const relationQuestionsSchema = z.strictObject({
  target: questionTemplate('source'),
  source: questionTemplate('target'),
  hedged_target: questionTemplate('source').optional(),
  hedged_source: questionTemplate('target').optional(),
});

const relationStyleSchema = z
  .strictObject({
    label: nonEmpty,
    /** Heading for the relation seen from its target ("inhibited by"). */
    inverse_label: nonEmpty,
    template: nonEmpty.regex(/\{source\}.*\{target\}|\{target\}.*\{source\}/, 'a sentence with {source} and {target}'),
    hedged_template: nonEmpty
      .regex(/\{source\}.*\{target\}|\{target\}.*\{source\}/, 'a sentence with {source} and {target}')
      .optional(),
    sign: z.enum(['+', '-', 'none']),
    questions: relationQuestionsSchema,
  })
  .refine((style) => !style.hedged_template || (style.questions.hedged_target && style.questions.hedged_source), {
    message: 'a relation with a hedged_template needs hedged_target and hedged_source questions',
    path: ['questions'],
  });

const evidenceStyleSchema = z.strictObject({
  label: nonEmpty,
  description: nonEmpty,
  line: z.enum(['solid', 'dashed', 'dotted']),
  colour,
  hedged: z.boolean(),
});

/** A topic of the curated graph: the overview shows each as a labelled group with its landmark nodes. */
const groupStyleSchema = z.strictObject({
  label: nonEmpty.max(48, 'at most 48 characters: it heads a box on the overview'),
  description: nonEmpty.max(240, 'at most 240 characters: one or two plain sentences'),
});

const groupId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case slug like "glutamate-system"');

const signStyleSchema = z.strictObject({
  label: nonEmpty,
  arrow: z.enum(['triangle', 'tee', 'vee', 'triangle-backcurve', 'circle', 'square', 'diamond']),
});

/** Requires an entry for every member of a closed list, and nothing else (zod records over an enum are exhaustive). */
function completeRecord<K extends string, V extends z.ZodType>(keys: readonly [K, ...K[]], value: V) {
  return z.record(z.enum(keys), value);
}

export const vocabSchema = z.strictObject({
  kinds: completeRecord(NODE_KINDS, kindStyleSchema),
  relations: completeRecord(RELATIONS, relationStyleSchema),
  evidence: completeRecord(EVIDENCE_LEVELS, evidenceStyleSchema),
  signs: completeRecord(['+', '-', 'none'], signStyleSchema),
  /** The curated graph's topics, in the order the overview lays them out; every node belongs to one. */
  groups: z.record(groupId, groupStyleSchema).default({}),
});
export type KindStyle = z.infer<typeof kindStyleSchema>;
/**
 * The vocabulary a dataset is drawn with: the curated one, whose kinds vocab.yaml must all style, plus any kinds an
 * imported graph adds (styled by kind-style.ts). Look a kind up with `kindStyle`, which never comes back empty.
 */
export type Vocab = Omit<z.infer<typeof vocabSchema>, 'kinds'> & { kinds: Readonly<Record<string, KindStyle>> };

const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
const doi = z.string().regex(DOI_PATTERN, 'a DOI like "10.1176/appi.ajp.161.1.171" (no "https://doi.org/")');
const pmid = z.string().regex(/^[1-9]\d{0,8}$/, 'a PubMed id: digits only, like "14702270"');
const httpUrl = z
  .string()
  .url('a full web address')
  .refine((value) => /^https?:\/\//i.test(value), 'an address starting with https:// or http://');

/**
 * The designs of work in people: trials, observational, imaging, post-mortem and genetic studies, and the
 * meta-analyses, reviews and guidelines that pool them. The evidence rubric lets these carry "clinical".
 */
export const CLINICAL_DESIGNS = [
  'meta-analysis',
  'systematic-review',
  'guideline',
  'rct',
  'controlled-trial',
  'open-label',
  'cohort',
  'case-control',
  'cross-sectional',
  'case-report',
  'post-mortem',
  'imaging',
  'genetic',
] as const;

/**
 * What kind of study or document a source is, so an edge's evidence level can be checked against what backs it
 * (the rubric in graph-data/README.md).
 */
const SOURCE_DESIGNS = [
  ...CLINICAL_DESIGNS,
  'animal',
  'in-vitro',
  'review',
  'textbook',
  'regulatory-label',
  'consumer-article',
] as const;

const sourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case slug like "zarate-2004"'),
  type: z.enum(['journal-article', 'web-page', 'regulatory', 'book']),
  authors: z.array(nonEmpty).default([]),
  title: nonEmpty,
  journal: nonEmpty.optional(),
  year: z.number().int().min(1800).max(2100).optional(),
  volume: nonEmpty.optional(),
  issue: nonEmpty.optional(),
  pages: nonEmpty.optional(),
  doi: doi.optional(),
  pmid: pmid.optional(),
  url: httpUrl.optional(),
  /** Required for curated sources: the evidence rubric (validate-dataset.ts) checks each edge's level against it. */
  design: z.enum(SOURCE_DESIGNS),
  /** True when the bibliographic details could not be checked against a record of the work itself. */
  as_cited: z.boolean().default(false),
  note: nonEmpty.optional(),
});
export type SourceDesign = (typeof SOURCE_DESIGNS)[number];
/** A cited work. Curated sources always say what kind of study they are; a source an import makes up may not. */
export type Source = Omit<z.infer<typeof sourceSchema>, 'design'> & { design?: SourceDesign | undefined };

export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema) });

const slug = '[a-z0-9]+(?:-[a-z0-9]+)*';
const NODE_ID_PATTERN = new RegExp(`^(${NODE_KINDS.join('|')}):${slug}$`);
const nodeId = z
  .string()
  .regex(NODE_ID_PATTERN, 'an id like "drug:fluoxetine": a node kind, a colon, a lower-case slug');

const nodeSchema = z.strictObject({
  id: nodeId,
  kind: z.enum(NODE_KINDS),
  label: nonEmpty.max(80, 'at most 80 characters'),
  phrase: nonEmpty.max(100).optional(),
  synonyms: z.array(nonEmpty).default([]),
  summary: nonEmpty.max(600, 'at most 600 characters: one to three plain sentences'),
  ids: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'a lower-case database name'), nonEmpty).optional(),
  /** For drugs: how soon an effect on mood is usually seen, in plain words ("2–6 weeks", "hours"). */
  onset: nonEmpty.max(120).optional(),
  status: z
    .strictObject({
      value: z.enum(DRUG_STATUSES),
      year: z.number().int().min(1900).max(2100).optional(),
      note: nonEmpty.optional(),
    })
    .optional(),
  /**
   * For drugs: licensed uses other than treating depression ("anaesthesia", "cough"), so `status` can say only where
   * the drug stands as a treatment for depression.
   */
  approved_for: z
    .array(
      z.strictObject({
        use: nonEmpty.max(80, 'at most 80 characters: a short name such as "neuropathic pain"'),
        year: z.number().int().min(1900).max(2100).optional(),
        note: nonEmpty.optional(),
      }),
    )
    .optional(),
  links: z.array(z.strictObject({ label: nonEmpty, url: httpUrl })).default([]),
  /** The topic the node belongs to, when it is not its file's `group`. */
  group: groupId.optional(),
  /** Named on the overview as one of the few nodes that stand for its group. */
  landmark: z.boolean().optional(),
});

const edgeSchema = z.strictObject({
  source: nodeId,
  relation: z.enum(RELATIONS),
  target: nodeId,
  evidence: z.enum(EVIDENCE_LEVELS),
  sources: z.array(nonEmpty).default([]),
  note: nonEmpty.optional(),
  quote_page: nonEmpty.optional(),
  hedged: z.boolean().optional(),
  claims: z.array(z.string().regex(/^S\d{2,3}$/, 'a seed-claim id like "S06"')).default([]),
});

export const topicFileSchema = z.strictObject({
  topic: nonEmpty,
  /** The group (from vocab.yaml's `groups`) of every node in this file that does not name its own. */
  group: groupId.optional(),
  nodes: z.array(nodeSchema).default([]),
  edges: z.array(edgeSchema).default([]),
});

/** A calendar date written as YYYY-MM-DD that really exists (no 2025-02-30). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like "2025-01-31" (year-month-day, in quotes)')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'a real calendar date');

/** dataset.yaml: which release of the curated data this is, shown in the app's About. */
export const datasetFileSchema = z.strictObject({
  name: nonEmpty,
  version: z
    .string()
    .regex(
      /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/,
      'a version like "1.2.0" (major.minor.patch)',
    ),
  released: isoDate,
  licence: nonEmpty.optional(),
  description: nonEmpty.optional(),
});
export type DatasetInfo = z.infer<typeof datasetFileSchema>;
