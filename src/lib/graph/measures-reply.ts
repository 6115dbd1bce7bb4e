// What the measures worker says while it works: the step it starts, progress, and each step's measures as soon as
// they are done (their arrays handed over, not copied), then that it has finished.
import type { MeasureStep } from './measure-names';
import { computeMeasures, type MeasureInput, type MeasurePart } from './measures';

export type MeasuresMessage =
  | { step: MeasureStep; fraction: number; estimatedFrom?: number }
  | { progress: number }
  | { part: MeasurePart }
  | { finished: true };

/** Computes every measure of `input`, posting each message as it comes. */
export function answerMeasures(
  input: MeasureInput,
  post: (message: MeasuresMessage, transfer: ArrayBuffer[]) => void,
): void {
  computeMeasures(input, {
    onStep: (step, fraction, estimatedFrom) =>
      post(estimatedFrom === undefined ? { step, fraction } : { step, fraction, estimatedFrom }, []),
    onProgress: (progress) => post({ progress }, []),
    onPart: (part) =>
      post(
        { part },
        Object.values(part.values).map((array) => array.buffer as ArrayBuffer),
      ),
  });
  post({ finished: true }, []);
}
