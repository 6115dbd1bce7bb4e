// Writes an RDF document as N-Triples: one triple a line with full IRIs, blank nodes labelled _:b1, _:b2, … and lists
// spelt out as rdf:first/rdf:rest, the form triple stores load fastest and line tools can split.
import { escapeIri, escapeLiteral } from './escape.ts';
import type { RdfDocument, RdfObject } from './terms.ts';
import { RDF_NS } from './vocabulary.ts';

const FIRST = `<${RDF_NS}first>`;
const REST = `<${RDF_NS}rest>`;
const NIL = `<${RDF_NS}nil>`;

/** The document as N-Triples, in pieces (one per subject) that a Blob or a join makes into the file. */
export function nTriplesChunks(document: RdfDocument): string[] {
  let blanks = 0;
  const chunks: string[] = [];
  const write = (lines: string[], subject: string, properties: readonly (readonly [string, RdfObject])[]) => {
    for (const [predicate, object] of properties)
      lines.push(`${subject} <${escapeIri(predicate)}> ${term(object, lines)} .\n`);
  };
  const term = (object: RdfObject, lines: string[]): string => {
    switch (object.type) {
      case 'iri':
        return `<${escapeIri(object.iri)}>`;
      case 'literal':
        return object.datatype === undefined
          ? `"${escapeLiteral(object.value)}"`
          : `"${escapeLiteral(object.value)}"^^<${escapeIri(object.datatype)}>`;
      case 'blank': {
        const label = `_:b${++blanks}`;
        write(lines, label, object.properties);
        return label;
      }
      case 'list': {
        if (object.items.length === 0) return NIL;
        const cells = object.items.map(() => `_:b${++blanks}`);
        cells.forEach((cell, index) => {
          const item = object.items[index];
          if (item) lines.push(`${cell} ${FIRST} ${term(item, lines)} .\n`);
          lines.push(`${cell} ${REST} ${cells[index + 1] ?? NIL} .\n`);
        });
        return cells[0] ?? NIL;
      }
    }
  };
  for (const description of document.descriptions) {
    const lines: string[] = [];
    write(lines, `<${escapeIri(description.subject)}>`, description.properties);
    chunks.push(lines.join(''));
  }
  return chunks;
}

export function toNTriples(document: RdfDocument): string {
  return nTriplesChunks(document).join('');
}
