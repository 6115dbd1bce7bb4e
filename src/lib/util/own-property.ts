// Writes a key of imported data as an own property, even "__proto__", which plain assignment would treat as the
// object's prototype (so a file could swap the prototype of its own attributes).

export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * Whether `key` is a name every plain object already has ("constructor", "toString", "__proto__"…). graphology keeps
 * each node's neighbours in plain objects, so a node with such an id breaks its lookups, and "__proto__" can even
 * reach Object.prototype; imported ids like these are refused.
 */
export function isReservedKey(key: string): boolean {
  return key === '__proto__' || key in Object.prototype;
}
