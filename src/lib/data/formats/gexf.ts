// GEXF (Gephi's format) through graphology-gexf: its writer and its parser, with lossless attributes and located problems.
import Graph from 'graphology';
import { parse, write } from 'graphology-gexf/browser';
import type { AbstractGraph } from 'graphology-types';
import { decodeAttributes, encodeAttributes, jsonColumns } from './attribute-codec';
import { errorMessage } from '../../util/error-message';
import { unreadable, type FormatProblem, type ImportResult } from './import-result';
import { dropBrokenElements, readXml } from './xml-document';

export function toGexf(graph: AbstractGraph): string {
  const nodeJson = jsonColumns(
    graph.mapNodes((_node, attributes) => attributes),
    false,
  );
  const edgeJson = jsonColumns(
    graph.mapEdges((_edge, attributes) => attributes),
    false,
  );
  const encoded = graph.copy();
  encoded.updateEachNodeAttributes((_node, attributes) => encodeAttributes(attributes, nodeJson));
  encoded.updateEachEdgeAttributes((_edge, attributes) => encodeAttributes(attributes, edgeJson));
  return write(encoded, { version: '1.3', pretty: graph.size < 20000 });
}

export function parseGexf(text: string): ImportResult {
  const reading = readXml(text, 'GEXF');
  if (!reading.ok) return unreadable(reading.problem);
  const { document } = reading;
  if (document.documentElement.localName !== 'gexf' || document.getElementsByTagName('graph').length === 0)
    return unreadable({ message: 'this is XML, but not GEXF: expected a <gexf> element holding a <graph>' });
  const problems: FormatProblem[] = [];
  const skipped = dropBrokenElements(document, text, problems);
  try {
    const graph = parse(Graph, document, { allowUndeclaredAttributes: true });
    graph.updateEachNodeAttributes((node, attributes) =>
      decodeAttributes(attributes, { element: `node "${node}"` }, problems),
    );
    graph.updateEachEdgeAttributes((edge, attributes) =>
      decodeAttributes(attributes, { element: `edge "${edge}"` }, problems),
    );
    return { graph, problems, skipped };
  } catch (error) {
    return unreadable({ message: `this GEXF file could not be read: ${errorMessage(error)}` });
  }
}
