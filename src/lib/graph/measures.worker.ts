// The Web Worker that computes the measures of a large graph off the page's thread, reporting each as it is done.
import type { MeasureInput } from './measures';
import { answerMeasures } from './measures-reply';

self.onmessage = (event: MessageEvent<MeasureInput>) =>
  answerMeasures(event.data, (message, transfer) => self.postMessage(message, { transfer }));
