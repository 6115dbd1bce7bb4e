// Reads XML graph files (GEXF, GraphML): with the platform's DOMParser on the page, with @xmldom/xmldom where there is
// none (the import worker, Node); located syntax errors either way, and a check of the nodes and edges before the
// format's reader sees them, so one bad edge is reported instead of failing the file.
import { DOMParser as XmlParser, ParseError } from '@xmldom/xmldom';
import { errorMessage } from '../../util/error-message';
import { unreadable, type FormatProblem, type ImportResult } from './import-result';

type XmlReading = { ok: true; document: Document } | { ok: false; problem: Omit<FormatProblem, 'severity'> };

function readXml(text: string, format: string): XmlReading {
  if (typeof DOMParser === 'undefined') return readWithoutDom(text, format);
  let document: Document;
  try {
    document = new DOMParser().parseFromString(text, 'application/xml');
  } catch (error) {
    return { ok: false, problem: { message: `this is not well-formed XML: ${String(error)}` } };
  }
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) {
    const detail = (error.textContent ?? '').replace(/\s+/g, ' ').trim();
    // Chromium: "error on line 3 at column 5: …"; Firefox: "XML Parsing Error: … Line Number 3, Column 5"; jsdom: "3:5: …".
    const located =
      /line (\d+) at column (\d+):\s*(.*?)(?: Below is a rendering.*)?$/i.exec(detail) ??
      /^(\d+):(\d+):\s*(.*)$/.exec(detail);
    if (located)
      return {
        ok: false,
        problem: {
          line: Number(located[1]),
          // jsdom counts columns from 0 at the very start of a line; problems count from 1.
          column: Math.max(1, Number(located[2])),
          message: `this is not well-formed XML: ${(located[3] ?? '').replace(/\.$/, '')}`,
        },
      };
    return { ok: false, problem: { message: `this is not well-formed XML: ${detail}` } };
  }
  return { ok: true, document };
}

/** Names of entities the document declares with their text inside it (`<!ENTITY name "…">`). */
function internalEntities(text: string): Set<string> {
  const head = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/.exec(text.slice(0, 65536))?.[1] ?? '';
  return new Set(Array.from(head.matchAll(/<!ENTITY\s+([^\s%]+)\s+["']/g), (match) => match[1] ?? ''));
}

/**
 * The same reading with @xmldom/xmldom. Like the browsers, it refuses an entity that is not declared in the file
 * (an external one is never fetched); a declared one is left unexpanded, so no entity can blow a label up.
 */
function readWithoutDom(text: string, format: string): XmlReading {
  const declared = internalEntities(text);
  let refused: string | undefined;
  const parser = new XmlParser({
    onError: (level, message) => {
      if (level === 'warning') return;
      const entity = /entity not found:\s*&([^;]+);/.exec(message)?.[1];
      if (level === 'error' && entity !== undefined && declared.has(entity)) return;
      refused = entity === undefined ? message : `undefined entity &${entity};`;
      // A fatal error stops the parser anyway; an error is made to stop it too, as a browser's parser would.
      if (level === 'error') throw new Error(refused);
    },
  });
  try {
    const document = parser.parseFromString(text, 'application/xml') as unknown as Document;
    if (!document.documentElement)
      return { ok: false, problem: { message: `this is not well-formed XML: the ${format} file has no root element` } };
    return { ok: true, document };
  } catch (error) {
    const detail = (refused ?? (error instanceof Error ? error.message : String(error))).replace(/\s+/g, ' ').trim();
    const where: { lineNumber?: unknown; columnNumber?: unknown } =
      error instanceof ParseError && typeof error.locator === 'object' && error.locator !== null ? error.locator : {};
    const line = typeof where.lineNumber === 'number' && where.lineNumber > 0 ? where.lineNumber : undefined;
    const column =
      line !== undefined && typeof where.columnNumber === 'number' ? Math.max(1, where.columnNumber) : undefined;
    return {
      ok: false,
      problem: { line, column, message: `this is not well-formed XML: ${detail.replace(/\.$/, '')}` },
    };
  }
}

/** The element's child elements named `name` (any namespace prefix), in document order. */
export function childElements(element: Element, name: string): Element[] {
  return Array.from(element.children).filter((child) => child.localName === name);
}

/** The first child element named `name`, or undefined. */
export function childElement(element: Element, name: string): Element | undefined {
  return Array.from(element.children).find((child) => child.localName === name);
}

/** Characters XML 1.0 cannot hold at all, not even written as character references. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being looked for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a text can be written into an XML document and read back unchanged. */
export function fitsXml(text: string): boolean {
  return !NOT_XML.test(text);
}

/**
 * Text escaped for XML content or an attribute value; line breaks and tabs become character references, so an
 * attribute value keeps them and no carriage return is turned into a line feed.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** Line numbers of the n-th `<tag …>` start tags in the text (DOMParser keeps no positions). */
function tagLines(text: string, tag: string): number[] {
  const lines: number[] = [];
  const pattern = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${tag}[\\s/>]|\\n`, 'g');
  let line = 1;
  for (const match of text.matchAll(pattern)) {
    if (match[0] === '\n') line++;
    else lines.push(line);
  }
  return lines;
}

/**
 * Removes duplicate nodes and edges whose ends are not nodes of the file, reporting each one by line and id.
 * Returns how many of each were removed.
 */
function dropBrokenElements(
  document: Document,
  text: string,
  problems: FormatProblem[],
): { nodes: number; edges: number } {
  const removed = { nodes: 0, edges: 0 };
  const nodeLines = tagLines(text, 'node');
  const edgeLines = tagLines(text, 'edge');
  const nodeIds = new Set<string>();
  const nodes = Array.from(document.getElementsByTagName('node'));
  nodes.forEach((node, index) => {
    const id = node.getAttribute('id');
    const where = { line: nodeLines[index], element: id === null ? `node ${index + 1}` : `node "${id}"` };
    if (id === null) {
      problems.push({ ...where, severity: 'error', message: 'a node without an "id" was left out' });
    } else if (nodeIds.has(id)) {
      problems.push({ ...where, severity: 'error', message: `the node id "${id}" is used twice; kept the first` });
    } else {
      nodeIds.add(id);
      return;
    }
    node.parentNode?.removeChild(node);
    removed.nodes++;
  });
  const edgeIds = new Set<string>();
  const edges = Array.from(document.getElementsByTagName('edge'));
  edges.forEach((edge, index) => {
    const id = edge.getAttribute('id');
    const ends = [edge.getAttribute('source'), edge.getAttribute('target')];
    const where = { line: edgeLines[index], element: id === null ? `edge ${index + 1}` : `edge "${id}"` };
    const missing = [...new Set(ends.filter((end) => end === null || !nodeIds.has(end)))];
    let message: string | undefined;
    if (ends.includes(null)) message = 'an edge needs a "source" and a "target"; left out';
    else if (missing.length > 0)
      message = `the edge points to ${missing.map((end) => `"${end}"`).join(' and ')}, which is not a node in the file`;
    else if (id !== null && edgeIds.has(id)) message = `the edge id "${id}" is used twice; kept the first`;
    if (message === undefined) {
      if (id !== null) edgeIds.add(id);
      return;
    }
    problems.push({ ...where, severity: 'error', message });
    edge.parentNode?.removeChild(edge);
    removed.edges++;
  });
  return removed;
}

/**
 * Reads an XML graph file whose root is `<root>` holding a `<graph>`: its broken nodes and edges are dropped and
 * counted as skipped before `read` turns the document into the graph, and a `read` that throws leaves it unreadable.
 */
export function readXmlGraph(
  text: string,
  format: string,
  root: string,
  read: (document: Document, graphElement: Element, problems: FormatProblem[]) => ImportResult,
): ImportResult {
  const reading = readXml(text, format);
  if (!reading.ok) return unreadable(reading.problem);
  const { document } = reading;
  const graphElement = document.getElementsByTagName('graph')[0];
  if (document.documentElement.localName !== root || !graphElement)
    return unreadable({ message: `this is XML, but not ${format}: expected a <${root}> element holding a <graph>` });
  const problems: FormatProblem[] = [];
  try {
    const dropped = dropBrokenElements(document, text, problems);
    const result = read(document, graphElement, problems);
    result.skipped.nodes += dropped.nodes;
    result.skipped.edges += dropped.edges;
    return result;
  } catch (error) {
    return unreadable({ message: `this ${format} file could not be read: ${errorMessage(error)}` });
  }
}
