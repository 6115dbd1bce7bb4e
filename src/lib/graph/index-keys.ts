// Stand-in keys for graphology's algorithm libraries (ForceAtlas2, noverlap, metrics, Louvain), which keep results in
// plain objects keyed by node: a working graph keyed "0", "1", … lets them run on any ids, "__proto__" included.

export class IndexKeys {
  readonly ids: readonly string[];
  readonly #keys = new Map<string, string>();

  constructor(ids: Iterable<string>) {
    this.ids = [...ids];
    this.ids.forEach((id, index) => this.#keys.set(id, String(index)));
  }

  has(id: string): boolean {
    return this.#keys.has(id);
  }

  /** The stand-in key of a node id. */
  key(id: string): string {
    const key = this.#keys.get(id);
    if (key === undefined) throw new Error(`The node "${id}" has no stand-in key.`);
    return key;
  }

  /** The node id a stand-in key stands for. */
  id(key: string): string {
    const id = this.ids[Number(key)];
    if (id === undefined) throw new Error(`No node stands behind the key "${key}".`);
    return id;
  }
}
