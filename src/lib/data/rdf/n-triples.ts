// Writes an RDF document as N-Triples: one triple a line with full IRIs, blank nodes labelled _:b1, _:b2, … and lists
// spelt out as rdf:first/rdf:rest, the form triple stores load fastest and line tools can split.
import { escapeIri, escapeLiteral } from './escape.ts';
import type { Property, RdfDocument, RdfObject } from './terms.ts';
import { TextChunks } from './text-chunks.ts';
import { RDF_NS } from './vocabulary.ts';

const FIRST = `<${RDF_NS}first>`;
const REST = `<${RDF_NS}rest>`;
const NIL = `<${RDF_NS}nil>`;

/** The document as N-Triples, in pieces that a Blob or a join makes into the file. */
export function nTriplesChunks(document: RdfDocument): string[] {
  let blanks = 0;
  const lines = new TextChunks();
  const write = (subject: string, properties: readonly Property[]) => {
    // The object first: a blank node or list writes its own triples before the one that points to it.
    for (const [predicate, object] of properties) {
      const value = term(object);
      lines.add(`${subject} <${escapeIri(predicate)}> ${value} .\n`);
    }
  };
  const term = (object: RdfObject): string => {
    switch (object.type) {
      case 'iri':
        return `<${escapeIri(object.iri)}>`;
      case 'literal':
        return object.datatype === undefined
          ? `"${escapeLiteral(object.value)}"`
          : `"${escapeLiteral(object.value)}"^^<${escapeIri(object.datatype)}>`;
      case 'blank': {
        const label = `_:b${++blanks}`;
        write(label, object.properties);
        return label;
      }
      case 'list': {
        if (object.items.length === 0) return NIL;
        const cells = object.items.map(() => `_:b${++blanks}`);
        cells.forEach((cell, index) => {
          const item = object.items[index];
          if (item) {
            const value = term(item);
            lines.add(`${cell} ${FIRST} ${value} .\n`);
          }
          lines.add(`${cell} ${REST} ${cells[index + 1] ?? NIL} .\n`);
        });
        return cells[0] ?? NIL;
      }
    }
  };
  for (const description of document.descriptions) write(`<${escapeIri(description.subject)}>`, description.properties);
  return lines.finish();
}

export function toNTriples(document: RdfDocument): string {
  return nTriplesChunks(document).join('');
}
