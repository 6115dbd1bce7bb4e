// The writers of every data format in one module, so the Export dialog loads them together, only when asked.
export { toCsvEdges, toCsvNodes } from './csv';
export { toCytoscapeJson } from './cytoscape-json';
export { toGexf } from './gexf';
export { toGraphml } from './graphml';
export { toGraphologyJson } from './graphology-json';
export { datasetNTriples, datasetTurtle } from '../rdf/write-rdf';
