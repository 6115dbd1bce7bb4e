// Comparing evidence levels: the order runs from the firmest (textbook) to the weakest (contested).
import { EVIDENCE_LEVELS, type EvidenceLevel } from './types';

export function evidenceRank(level: EvidenceLevel): number {
  return EVIDENCE_LEVELS.indexOf(level);
}

/** True when `level` is at least as firm as `minimum`. */
export function meetsEvidence(level: EvidenceLevel, minimum: EvidenceLevel | undefined): boolean {
  return minimum === undefined || evidenceRank(level) <= evidenceRank(minimum);
}
