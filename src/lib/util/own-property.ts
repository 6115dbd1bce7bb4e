// Records keyed by strings from imported data (attribute names, ids) that hold any key as an ordinary own property,
// even "__proto__", which plain assignment would treat as the object's prototype.

export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** A plain object made from entries, each an own property whatever its name. */
export function ownRecord(entries: Iterable<readonly [string, unknown]>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [key, value] of entries) setOwn(record, key, value);
  return record;
}

/** The value of an own property, never one inherited from Object.prototype. */
export function ownValue(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
