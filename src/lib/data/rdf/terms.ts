// The pieces of an RDF document before it is written: IRIs, literals, inline blank nodes and lists, grouped by subject,
// so one description serves both the Turtle and the N-Triples writer.
import { RDF_NS, XSD_NS } from './vocabulary.ts';

export interface Iri {
  readonly type: 'iri';
  readonly iri: string;
}
export interface Literal {
  readonly type: 'literal';
  readonly value: string;
  /** A datatype IRI; absent for plain text (xsd:string). */
  readonly datatype?: string | undefined;
}
/** A resource without a name of its own, described where it is used (`[ … ]` in Turtle). */
export interface BlankNode {
  readonly type: 'blank';
  readonly properties: readonly Property[];
}
/** An ordered list (`( … )` in Turtle, rdf:first/rdf:rest in N-Triples). */
export interface List {
  readonly type: 'list';
  readonly items: readonly RdfObject[];
}
export type RdfObject = Iri | Literal | BlankNode | List;
/** A predicate IRI and one value. */
export type Property = readonly [predicate: string, object: RdfObject];

/** Everything said about one subject, in the order it is written. */
export interface Description {
  readonly subject: string;
  readonly properties: Property[];
}

export interface RdfDocument {
  /** Lines written as a comment at the top of the Turtle file. */
  readonly comment: readonly string[];
  /** Prefix and namespace, in the order they are declared. */
  readonly prefixes: readonly (readonly [prefix: string, namespace: string])[];
  /** Read once, in order; a writer never needs them all at the same time. */
  readonly descriptions: Iterable<Description>;
}

export const iri = (value: string): Iri => ({ type: 'iri', iri: value });
export const text = (value: string): Literal => ({ type: 'literal', value });
export const blank = (properties: readonly Property[]): BlankNode => ({ type: 'blank', properties });
export const list = (items: readonly RdfObject[]): List => ({ type: 'list', items });

export const XSD_INTEGER = `${XSD_NS}integer`;
const XSD_DOUBLE = `${XSD_NS}double`;
export const XSD_BOOLEAN = `${XSD_NS}boolean`;
export const XSD_ANY_URI = `${XSD_NS}anyURI`;
/** RDF 1.1's JSON datatype (from JSON-LD 1.1), for values no XML Schema type holds: lists, objects, null. */
export const RDF_JSON = `${RDF_NS}JSON`;

export const integer = (value: number): Literal => ({ type: 'literal', value: String(value), datatype: XSD_INTEGER });
export const boolean = (value: boolean): Literal => ({ type: 'literal', value: String(value), datatype: XSD_BOOLEAN });

/** A number as xsd:double, with the lexical forms XML Schema gives the values JSON cannot write. */
export function double(value: number): Literal {
  const lexical = Number.isNaN(value)
    ? 'NaN'
    : value === Infinity
      ? 'INF'
      : value === -Infinity
        ? '-INF'
        : String(value);
  return { type: 'literal', value: lexical, datatype: XSD_DOUBLE };
}
