// Which files the importer takes, in a module of its own so the first screen can name them without loading parsers.

export const ACCEPTED_EXTENSIONS = ['.json', '.cyjs', '.gexf', '.graphml', '.xml', '.csv', '.tsv', '.txt', '.gz'];

export const FORMATS_SENTENCE =
  'Synapse Atlas reads graphology JSON (.json), Cytoscape JSON (.cyjs), GEXF (.gexf), GraphML (.graphml) and CSV ' +
  '(.csv: one edge list, or a nodes file and an edges file together).';
