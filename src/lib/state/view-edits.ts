// Small pure edits used by the view's intents: toggling a member of a filter list, pinning a node's position.
import type { Position } from '../util/position';

/**
 * Shows or hides `item` in a filter list where `undefined` means "all of `all`".
 * Returns `undefined` again once every member is shown.
 */
export function toggleMember<T>(shown: readonly T[] | undefined, item: T, all: readonly T[]): T[] | undefined {
  const current = shown ?? all;
  const next = current.includes(item) ? current.filter((member) => member !== item) : [...current, item];
  const ordered = all.filter((member) => next.includes(member));
  return ordered.length === all.length ? undefined : ordered;
}

export type Pins = Readonly<Record<string, Position>>;

/** Positions from `later` maps win over earlier ones; with no arguments, an empty map. */
export function mergePositions(...layers: ReadonlyMap<string, Position>[]): ReadonlyMap<string, Position> {
  const nonEmpty = layers.filter((layer) => layer.size > 0);
  if (nonEmpty.length === 1 && nonEmpty[0]) return nonEmpty[0];
  return new Map(nonEmpty.flatMap((layer) => [...layer]));
}

/** The layout's positions with pinned nodes moved to where the user put them. */
export function withPins(positions: ReadonlyMap<string, Position>, pins: Pins): ReadonlyMap<string, Position> {
  const pinned = Object.entries(pins);
  if (pinned.length === 0) return positions;
  return new Map([...positions, ...pinned]);
}
