// A dataset as RDF descriptions by the atlas vocabulary (docs/RDF.md): the dataset, its vocabulary, every node with the
// relationships it starts, every relationship again as a reified statement carrying evidence and sources, and the
// sources. Imported attributes become typed `sa:attr-…` values; the look (positions, colours) is not written.
import type { AttributeColumn, AttributeType } from '../../graph/attribute-schema.ts';
import type { DataRecord, EdgeAttributes, NodeAttributes } from '../../graph/types.ts';
import type { AtlasDataset } from '../datasets/atlas-dataset.ts';
import type { ExtraColumn } from '../export-graph.ts';
import { attributeLiteral } from './attribute-literal.ts';
import { describeSource } from './describe-source.ts';
import { describeVocabulary, termNames, type TermNames } from './describe-vocabulary.ts';
import {
  blank,
  boolean,
  integer,
  iri,
  list,
  text,
  XSD_ANY_URI,
  type Description,
  type Property,
  type RdfDocument,
} from './terms.ts';
import {
  attributeName,
  DCTERMS_NS,
  DEFAULT_BASE,
  evidenceName,
  localPart,
  namespaces,
  RDF_NS,
  RDFS_NS,
  SKOS_NS,
  XSD_NS,
  type Namespaces,
} from './vocabulary.ts';

export type RdfDataset = Pick<
  AtlasDataset,
  'id' | 'name' | 'description' | 'licence' | 'provenance' | 'vocab' | 'sources' | 'graph' | 'attributes'
>;

export interface RdfOptions {
  /** The base of every IRI; `urn:synapse-atlas:` unless a publisher chooses one of their own. */
  base?: string | undefined;
  /** The release of the data, written as the dataset's dcterms:hasVersion. */
  version?: string | undefined;
  /** Computed measures, written as node attributes. */
  extra?: readonly ExtraColumn[] | undefined;
}

const TYPE = `${RDF_NS}type`;

type ColumnTypes = ReadonlyMap<string, AttributeType>;
const columnTypes = (columns: readonly AttributeColumn[] = []): ColumnTypes =>
  new Map(columns.map((column) => [column.name, column.type]));

function attributeProperties(record: DataRecord | undefined, types: ColumnTypes, ns: Namespaces): Property[] {
  const properties: Property[] = [];
  for (const [name, value] of Object.entries(record ?? {})) {
    const literal = attributeLiteral(value, types.get(name));
    if (literal) properties.push([`${ns.sa}${attributeName(name)}`, literal]);
  }
  return properties;
}

function nodeProperties(id: string, node: NodeAttributes, names: TermNames, ns: Namespaces): Property[] {
  const sa = ns.sa;
  const properties: Property[] = [
    [TYPE, iri(`${sa}${names.classes.get(node.kind) ?? 'Entity'}`)],
    [`${sa}localId`, text(id)],
    [`${RDFS_NS}label`, text(node.label)],
  ];
  if (node.phrase !== undefined) properties.push([`${sa}phrase`, text(node.phrase)]);
  for (const synonym of node.synonyms) properties.push([`${SKOS_NS}altLabel`, text(synonym)]);
  if (node.summary !== undefined) properties.push([`${DCTERMS_NS}description`, text(node.summary)]);
  if (node.status) {
    properties.push([`${sa}status`, text(node.status.value)]);
    if (node.status.year !== undefined) properties.push([`${sa}statusYear`, integer(node.status.year)]);
    if (node.status.note !== undefined) properties.push([`${sa}statusNote`, text(node.status.note)]);
  }
  if (node.approvedFor && node.approvedFor.length > 0) {
    const uses = node.approvedFor.map((use) => {
      const described: Property[] = [[`${sa}use`, text(use.use)]];
      if (use.year !== undefined) described.push([`${sa}year`, integer(use.year)]);
      if (use.note !== undefined) described.push([`${RDFS_NS}comment`, text(use.note)]);
      return blank(described);
    });
    properties.push([`${sa}approvedFor`, list(uses)]);
  }
  if (node.onset !== undefined) properties.push([`${sa}onset`, text(node.onset)]);
  for (const [database, value] of Object.entries(node.ids ?? {}))
    properties.push([`${DCTERMS_NS}identifier`, text(`${database}:${value}`)]);
  if (node.links.length > 0) {
    const links = node.links.map((link) =>
      blank([
        [`${RDFS_NS}label`, text(link.label)],
        [`${sa}url`, { type: 'literal', value: link.url, datatype: XSD_ANY_URI }],
      ]),
    );
    properties.push([`${sa}links`, list(links)]);
  }
  if (node.group !== undefined) properties.push([`${sa}group`, text(node.group)]);
  if (node.landmark !== undefined) properties.push([`${sa}landmark`, boolean(node.landmark)]);
  return properties;
}

function edgeDescription(
  key: string,
  edge: EdgeAttributes,
  ends: { source: string; target: string; undirected: boolean },
  context: { names: TermNames; ns: Namespaces; types: ColumnTypes },
): Description {
  const { names, ns } = context;
  const sa = ns.sa;
  const properties: Property[] = [
    [TYPE, iri(`${RDF_NS}Statement`)],
    [`${RDF_NS}subject`, iri(`${ns.node}${localPart(ends.source)}`)],
    [`${RDF_NS}predicate`, iri(`${sa}${names.predicates.get(edge.relation) ?? 'associatedWith'}`)],
    [`${RDF_NS}object`, iri(`${ns.node}${localPart(ends.target)}`)],
    [`${sa}localId`, text(key)],
    [`${sa}evidence`, iri(`${sa}${evidenceName(edge.evidence)}`)],
  ];
  for (const source of edge.sources) properties.push([`${DCTERMS_NS}source`, iri(`${ns.source}${localPart(source)}`)]);
  if (edge.note !== undefined) properties.push([`${RDFS_NS}comment`, text(edge.note)]);
  if (edge.quotePage !== undefined) properties.push([`${sa}quotePage`, text(edge.quotePage)]);
  if (edge.hedged !== undefined) properties.push([`${sa}hedged`, boolean(edge.hedged)]);
  for (const claim of edge.claims) properties.push([`${sa}claim`, text(claim)]);
  if (ends.undirected) properties.push([`${sa}directed`, boolean(false)]);
  properties.push(...attributeProperties(edge.data, context.types, ns));
  return { subject: `${ns.edge}${localPart(key)}`, properties };
}

function datasetDescription(dataset: RdfDataset, options: RdfOptions, ns: Namespaces): Description {
  const properties: Property[] = [
    [TYPE, iri(`${ns.sa}Dataset`)],
    [`${ns.sa}localId`, text(dataset.id)],
    [`${RDFS_NS}label`, text(dataset.name)],
  ];
  if (dataset.description) properties.push([`${DCTERMS_NS}description`, text(dataset.description)]);
  if (dataset.licence) properties.push([`${DCTERMS_NS}rights`, text(dataset.licence)]);
  if (dataset.provenance) properties.push([`${ns.sa}provenance`, text(dataset.provenance)]);
  if (options.version !== undefined) properties.push([`${DCTERMS_NS}hasVersion`, text(options.version)]);
  properties.push(...attributeProperties(dataset.attributes?.graph, columnTypes(dataset.attributes?.schema.graph), ns));
  return { subject: ns.dataset, properties };
}

/** The whole dataset as RDF descriptions, made one at a time as a writer asks, so a large graph is never all in memory. */
function* descriptions(dataset: RdfDataset, options: RdfOptions, names: TermNames, ns: Namespaces) {
  const { graph } = dataset;
  yield datasetDescription(dataset, options, ns);
  yield* describeVocabulary(dataset.vocab, names, ns);
  const nodeTypes = columnTypes(dataset.attributes?.schema.node);
  const extraTypes = columnTypes(options.extra?.map(({ column }) => column));
  const predicate = (relation: string) => `${ns.sa}${names.predicates.get(relation) ?? 'associatedWith'}`;
  for (const { node: id, attributes } of graph.nodeEntries()) {
    const properties = nodeProperties(id, attributes, names, ns);
    properties.push(...attributeProperties(attributes.data, nodeTypes, ns));
    const written = new Set(Object.keys(attributes.data ?? {}));
    for (const { column, values } of options.extra ?? [])
      if (values.has(id) && !written.has(column.name)) {
        const literal = attributeLiteral(values.get(id), extraTypes.get(column.name));
        if (literal) properties.push([`${ns.sa}${attributeName(column.name)}`, literal]);
      }
    // The plain triple of each relationship the node starts, once however many parallel edges share it.
    const direct = new Set<string>();
    const addDirect = (edge: EdgeAttributes, source: string, target: string) => {
      const triple = `${predicate(edge.relation)} ${target}`;
      if (source !== id || direct.has(triple)) return;
      direct.add(triple);
      properties.push([predicate(edge.relation), iri(`${ns.node}${localPart(target)}`)]);
    };
    graph.forEachOutEdge(id, (_edge, edge, source, target) => addDirect(edge, source, target));
    graph.forEachUndirectedEdge(id, (_edge, edge, source, target) => addDirect(edge, source, target));
    yield { subject: `${ns.node}${localPart(id)}`, properties };
  }
  const edgeContext = { names, ns, types: columnTypes(dataset.attributes?.schema.edge) };
  for (const { edge: key, attributes, source, target, undirected } of graph.edgeEntries())
    yield edgeDescription(key, attributes, { source, target, undirected }, edgeContext);
  for (const source of dataset.sources) yield describeSource(source, ns);
}

/** The dataset as an RDF document: the prefixes a Turtle file declares and its descriptions, made as they are read. */
export function describeDataset(dataset: RdfDataset, options: RdfOptions = {}): RdfDocument {
  const ns = namespaces(dataset.id, options.base ?? DEFAULT_BASE);
  const { graph } = dataset;
  const names = termNames(
    graph.mapNodes((_node, attributes) => attributes.kind),
    graph.mapEdges((_edge, attributes) => attributes.relation),
  );
  return {
    comment: [
      `${dataset.name}${options.version === undefined ? '' : `, release ${options.version}`}.`,
      'Vocabulary and reification pattern: docs/RDF.md in the Synapse Atlas repository.',
    ],
    prefixes: [
      ['sa', ns.sa],
      ['node', ns.node],
      ['edge', ns.edge],
      ['src', ns.source],
      ['rdf', RDF_NS],
      ['rdfs', RDFS_NS],
      ['xsd', XSD_NS],
      ['skos', SKOS_NS],
      ['dcterms', DCTERMS_NS],
    ],
    descriptions: descriptions(dataset, options, names, ns),
  };
}
