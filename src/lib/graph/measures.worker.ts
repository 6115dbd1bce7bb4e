// The Web Worker that computes the measures of a large graph off the page's thread, reporting progress.
import { computeMeasures, type MeasureInput } from './measures';

self.onmessage = (event: MessageEvent<MeasureInput>) => {
  const values = computeMeasures(event.data, (fraction) => self.postMessage({ progress: fraction }));
  const arrays = Object.values(values).filter((value): value is Float64Array => value instanceof Float64Array);
  self.postMessage({ values }, { transfer: arrays.map((array) => array.buffer) });
};
