// A cited source as RDF: a dcterms:BibliographicResource with its citation, identifiers and links, and every
// bibliographic field kept (authors in order), so the source list reads back unchanged.
import { formatCitation, sourceLinks } from '../format-citation.ts';
import type { Source } from '../schema.ts';
import { boolean, integer, iri, list, text, XSD_ANY_URI, type Description, type Property } from './terms.ts';
import { DCTERMS_NS, localPart, RDF_NS, RDFS_NS, type Namespaces } from './vocabulary.ts';

export function describeSource(source: Source, ns: Namespaces): Description {
  const sa = ns.sa;
  const properties: Property[] = [
    [`${RDF_NS}type`, iri(`${DCTERMS_NS}BibliographicResource`)],
    [`${sa}localId`, text(source.id)],
    [`${DCTERMS_NS}bibliographicCitation`, text(formatCitation(source))],
    [`${sa}sourceType`, text(source.type)],
    [`${DCTERMS_NS}title`, text(source.title)],
  ];
  if (source.authors.length > 0) properties.push([`${sa}authors`, list(source.authors.map(text))]);
  if (source.journal !== undefined) properties.push([`${sa}journal`, text(source.journal)]);
  if (source.year !== undefined) properties.push([`${sa}year`, integer(source.year)]);
  if (source.volume !== undefined) properties.push([`${sa}volume`, text(source.volume)]);
  if (source.issue !== undefined) properties.push([`${sa}issue`, text(source.issue)]);
  if (source.pages !== undefined) properties.push([`${sa}pages`, text(source.pages)]);
  if (source.doi !== undefined) properties.push([`${DCTERMS_NS}identifier`, text(`doi:${source.doi}`)]);
  if (source.pmid !== undefined) properties.push([`${DCTERMS_NS}identifier`, text(`pmid:${source.pmid}`)]);
  if (source.url !== undefined)
    properties.push([`${sa}url`, { type: 'literal', value: source.url, datatype: XSD_ANY_URI }]);
  for (const link of sourceLinks(source)) properties.push([`${RDFS_NS}seeAlso`, iri(link.href)]);
  if (source.design !== undefined) properties.push([`${sa}design`, text(source.design)]);
  if (source.as_cited) properties.push([`${sa}asCited`, boolean(true)]);
  if (source.note !== undefined) properties.push([`${RDFS_NS}comment`, text(source.note)]);
  return { subject: `${ns.source}${localPart(source.id)}`, properties };
}
