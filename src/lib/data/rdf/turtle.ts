// Writes an RDF document as Turtle: prefixes declared, one block per subject, a predicate's values together, blank
// nodes and lists inline, and whole numbers and booleans bare, so the file reads like the graph it describes.
import { escapeIri, escapeLiteral } from './escape.ts';
import { XSD_BOOLEAN, XSD_INTEGER, type Property, type RdfDocument, type RdfObject } from './terms.ts';
import { TextChunks } from './text-chunks.ts';
import { RDF_NS } from './vocabulary.ts';

/** Local names written after a prefix: letters, digits, "_", "-" and %-escapes (anything else gets a full IRI). */
const SAFE_LOCAL = /^(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:[A-Za-z0-9_-]|%[0-9A-Fa-f]{2})*$/;
/** Values on one line up to this width; beyond it, one value a line. */
const LINE_WIDTH = 100;
const INDENT = '    ';

class TurtleTerms {
  private readonly prefixes: (readonly [string, string])[];

  constructor(prefixes: RdfDocument['prefixes']) {
    // The longest namespace first, so a node IRI is not written with a shorter prefix that also matches.
    this.prefixes = [...prefixes].sort(([, a], [, b]) => b.length - a.length);
  }

  name(iri: string): string {
    for (const [prefix, namespace] of this.prefixes) {
      if (!iri.startsWith(namespace)) continue;
      const local = iri.slice(namespace.length);
      if (SAFE_LOCAL.test(local)) return `${prefix}:${local}`;
    }
    return `<${escapeIri(iri)}>`;
  }

  object(term: RdfObject, depth: number): string {
    switch (term.type) {
      case 'iri':
        return this.name(term.iri);
      case 'literal':
        if (term.datatype === undefined) return `"${escapeLiteral(term.value)}"`;
        if (term.datatype === XSD_INTEGER && /^-?\d+$/.test(term.value)) return term.value;
        if (term.datatype === XSD_BOOLEAN && /^(?:true|false)$/.test(term.value)) return term.value;
        return `"${escapeLiteral(term.value)}"^^${this.name(term.datatype)}`;
      case 'blank':
        return `[ ${this.predicates(term.properties, depth + 1, ' ; ')} ]`;
      case 'list':
        return `( ${term.items.map((item) => this.object(item, depth + 1)).join(' ')} )`;
    }
  }

  /** "p o1, o2 ; q o3" with each predicate once, in the order it first appears. */
  predicates(properties: readonly Property[], depth: number, separator: string): string {
    const grouped = new Map<string, string[]>();
    for (const [predicate, object] of properties) {
      const values = grouped.get(predicate) ?? [];
      values.push(this.object(object, depth));
      grouped.set(predicate, values);
    }
    const indent = INDENT.repeat(depth + 2);
    return [...grouped]
      .map(([predicate, values]) => {
        const verb = predicate === `${RDF_NS}type` ? 'a' : this.name(predicate);
        const line = values.join(', ');
        return line.length + verb.length <= LINE_WIDTH || depth > 0
          ? `${verb} ${line}`
          : `${verb}\n${indent}${values.join(`,\n${indent}`)}`;
      })
      .join(separator);
  }
}

/** The document as Turtle, in pieces that a Blob or a join makes into the file. */
export function turtleChunks(document: RdfDocument): string[] {
  const terms = new TurtleTerms(document.prefixes);
  const chunks = new TextChunks();
  for (const line of document.comment) chunks.add(`# ${line.replace(/[\r\n]+/g, ' ')}\n`);
  for (const [prefix, namespace] of document.prefixes) chunks.add(`@prefix ${prefix}: <${escapeIri(namespace)}> .\n`);
  for (const description of document.descriptions)
    chunks.add(
      `\n${terms.name(description.subject)} ${terms.predicates(description.properties, 0, ` ;\n${INDENT}`)} .\n`,
    );
  return chunks.finish();
}

export function toTurtle(document: RdfDocument): string {
  return turtleChunks(document).join('');
}
