// What relations mean for a quiz: which could both be true of one pair, which are too vague to ask about.
import type { Relation } from './types';

/** Too vague to have one right answer; never asked, never offered. */
export const VAGUE = new Set<Relation>(['associated-with', 'implicated-in']);

/** Membership relations, which are asked only between things, not about processes. */
export const STRUCTURAL = new Set<Relation>(['is-a', 'part-of']);

/**
 * What each relation means, as tags. Two relations that share a tag could both be true of the same
 * pair, or are near-synonyms ("inhibits" and "blocks (antagonist)"), so one is never a distractor
 * for the other.
 */
const MEANING: Record<Relation, readonly string[]> = {
  'is-a': ['class'],
  'part-of': ['class', 'place'],
  'works-by': ['how'],
  binds: ['binds'],
  'agonist-of': ['more'],
  'antagonist-of': ['less'],
  'negative-modulator-of': ['less'],
  'positive-modulator-of': ['more'],
  inhibits: ['less'],
  activates: ['more'],
  transports: ['carry'],
  synthesizes: ['make', 'more'],
  degrades: ['less'],
  releases: ['make', 'more'],
  increases: ['more'],
  decreases: ['less'],
  'expressed-in': ['place'],
  'located-in': ['place'],
  'leads-to': ['cause', 'more'],
  'implicated-in': ['cause', 'link'],
  'risk-factor-for': ['cause', 'link'],
  'symptom-of': ['link'],
  treats: ['effect', 'less'],
  'may-cause': ['effect', 'cause', 'more'],
  'contraindicated-in': ['avoid'],
  'associated-with': ['cause', 'link'],
};

/** Whatever acts on a molecule also binds it, so "binds" is never a wrong answer for these (nor they for it). */
const ACTS_BY_BINDING = new Set<Relation>([
  'agonist-of',
  'antagonist-of',
  'negative-modulator-of',
  'positive-modulator-of',
  'inhibits',
  'activates',
  'transports',
  'degrades',
]);

/** True when both relations could describe the same pair, so neither may be a distractor for the other. */
export function compatibleRelations(a: Relation, b: Relation): boolean {
  if (a === b || MEANING[a].some((tag) => MEANING[b].includes(tag))) return true;
  return (a === 'binds' && ACTS_BY_BINDING.has(b)) || (b === 'binds' && ACTS_BY_BINDING.has(a));
}
