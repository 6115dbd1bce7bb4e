// The order kinds are listed in: the curated vocabulary's order first, then any other kinds by name.
import { NODE_KINDS, type NodeKind } from './types';

const CURATED_RANK: ReadonlyMap<string, number> = new Map(NODE_KINDS.map((kind, index) => [kind, index]));

export function compareKinds(a: NodeKind, b: NodeKind): number {
  const rankA = CURATED_RANK.get(a) ?? NODE_KINDS.length;
  const rankB = CURATED_RANK.get(b) ?? NODE_KINDS.length;
  return rankA - rankB || (rankA === NODE_KINDS.length ? a.localeCompare(b) : 0);
}
