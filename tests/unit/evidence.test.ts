// Evidence levels compare from the firmest (textbook) to the weakest (contested); no minimum accepts every level.
import { describe, expect, it } from 'vitest';
import { evidenceRank, meetsEvidence } from '../../src/lib/graph/evidence';
import { EVIDENCE_LEVELS } from '../../src/lib/graph/types';

describe('evidenceRank', () => {
  it('ranks textbook firmest and contested weakest, in the documented order', () => {
    const ranked = [...EVIDENCE_LEVELS].sort((a, b) => evidenceRank(a) - evidenceRank(b));
    expect(ranked).toEqual(['textbook', 'established', 'clinical', 'preclinical', 'hypothesis', 'contested']);
  });

  it('gives every level a distinct rank', () => {
    expect(new Set(EVIDENCE_LEVELS.map(evidenceRank)).size).toBe(EVIDENCE_LEVELS.length);
  });
});

describe('meetsEvidence', () => {
  it('accepts a level at least as firm as the minimum', () => {
    expect(meetsEvidence('textbook', 'clinical')).toBe(true);
    expect(meetsEvidence('clinical', 'clinical')).toBe(true);
  });

  it('rejects a level weaker than the minimum', () => {
    expect(meetsEvidence('preclinical', 'clinical')).toBe(false);
    expect(meetsEvidence('contested', 'hypothesis')).toBe(false);
  });

  it('accepts every level when there is no minimum', () => {
    for (const level of EVIDENCE_LEVELS) expect(meetsEvidence(level, undefined)).toBe(true);
  });

  it('accepts every level when the minimum is the weakest one', () => {
    for (const level of EVIDENCE_LEVELS) expect(meetsEvidence(level, 'contested')).toBe(true);
  });
});
