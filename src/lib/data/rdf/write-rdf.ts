// A dataset written as Turtle or N-Triples, in pieces for a Blob (the wide Hetionet graph is too big for one string).
import { describeDataset, type RdfDataset, type RdfOptions } from './describe-dataset.ts';
import { nTriplesChunks } from './n-triples.ts';
import { turtleChunks } from './turtle.ts';

export function datasetTurtle(dataset: RdfDataset, options: RdfOptions = {}): string[] {
  return turtleChunks(describeDataset(dataset, options));
}

export function datasetNTriples(dataset: RdfDataset, options: RdfOptions = {}): string[] {
  return nTriplesChunks(describeDataset(dataset, options));
}
