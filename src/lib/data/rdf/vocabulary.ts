// The RDF vocabulary of Synapse Atlas (docs/RDF.md): namespaces, and the names of classes, predicates and resources
// made from kinds, relations, evidence levels and ids. The SPARQL reader names things with the same functions.
import { slugify } from '../../util/slug.ts';
import { wellFormed } from './escape.ts';

export const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS_NS = 'http://www.w3.org/2000/01/rdf-schema#';
export const XSD_NS = 'http://www.w3.org/2001/XMLSchema#';
export const SKOS_NS = 'http://www.w3.org/2004/02/skos/core#';
export const DCTERMS_NS = 'http://purl.org/dc/terms/';
/** The project owns no web domain, so its IRIs are URNs; a publisher may choose another base. */
export const DEFAULT_BASE = 'urn:synapse-atlas:';

/** The slug that names a dataset inside IRIs: `curated` for the curated graph, else a slug of the dataset id. */
function datasetSlug(datasetId: string): string {
  return slugify(datasetId, 80) || 'dataset';
}

/** The namespaces of one dataset under a base IRI. */
export interface Namespaces {
  readonly sa: string;
  readonly node: string;
  readonly edge: string;
  readonly source: string;
  /** The dataset itself, as a resource. */
  readonly dataset: string;
}

export function namespaces(datasetId: string, base = DEFAULT_BASE): Namespaces {
  const slug = datasetSlug(datasetId);
  return {
    sa: `${base}vocab:`,
    node: `${base}${slug}:node:`,
    edge: `${base}${slug}:edge:`,
    source: `${base}${slug}:source:`,
    dataset: `${base}${slug}:dataset`,
  };
}

const words = (name: string) => name.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A kind's class name: drug → Drug, brain-region → BrainRegion, "Biological Process" → BiologicalProcess. */
export function className(kind: string): string {
  return words(kind).map(capitalised).join('') || 'Other';
}

/** A relation's predicate name: treats → treats, agonist-of → agonistOf, risk-factor-for → riskFactorFor. */
export function predicateName(relation: string): string {
  const [first = 'related', ...rest] = words(relation);
  return first.charAt(0).toLowerCase() + first.slice(1) + rest.map(capitalised).join('');
}

/** An evidence level's resource name: established → Established. */
export function evidenceName(level: string): string {
  return className(level);
}

/** The local name of an imported attribute's predicate: `attr-` and the attribute's name, percent-encoded. */
export function attributeName(name: string): string {
  return `attr-${encodeURIComponent(wellFormed(name))}`;
}

/** An id as the local part of an IRI: percent-encoded, so any id (spaces, "#", "__proto__", unicode) fits. */
export function localPart(id: string): string {
  return encodeURIComponent(wellFormed(id));
}
