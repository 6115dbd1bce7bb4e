// Yen's algorithm for the k best simple paths, over any search that finds the one best path (breadth-first, Dijkstra):
// each further path is the best detour from a path already found.

/** How `yenPaths` finds, builds and ranks paths; a path holds at least its nodes, from the start to the end. */
export interface DetourSearch<P extends { nodes: string[] }> {
  /** The best path from `spur` to the end that avoids `blockedNodes` and the steps in `blockedSteps`. */
  spurPath: (spur: string, blockedNodes: ReadonlySet<string>, blockedSteps: ReadonlySet<string>) => P | undefined;
  /** How a step from `a` to `b` is named in `blockedSteps`. */
  step: (a: string, b: string) => string;
  /** The path along `nodes`: `last` as far as its node `index`, then `spurPath`. */
  detour: (nodes: string[], last: P, index: number, spurPath: P) => P;
  /** Negative when `a` is the better path; ties go to the path whose node ids sort first. */
  compare: (a: P, b: P) => number;
  /** Steps no path may take. */
  blocked?: ReadonlySet<string>;
}

const pathKey = (nodes: readonly string[]) => nodes.join('\u0001');

/** Up to `count` paths: `first`, the best, then the best detours in order. */
export function yenPaths<P extends { nodes: string[] }>(first: P, count: number, search: DetourSearch<P>): P[] {
  const found: P[] = [first];
  const candidates: P[] = [];
  const seen = new Set([pathKey(first.nodes)]);
  while (found.length < count) {
    const last = found[found.length - 1] ?? first;
    for (let index = 0; index < last.nodes.length - 1; index++) {
      const spur = last.nodes[index] ?? '';
      const root = last.nodes.slice(0, index + 1);
      const blockedSteps = new Set<string>(search.blocked);
      for (const path of found) {
        if (path.nodes.length > index + 1 && root.every((node, position) => path.nodes[position] === node)) {
          blockedSteps.add(search.step(path.nodes[index] ?? '', path.nodes[index + 1] ?? ''));
        }
      }
      const spurPath = search.spurPath(spur, new Set(root.slice(0, -1)), blockedSteps);
      if (!spurPath) continue;
      const nodes = [...root.slice(0, -1), ...spurPath.nodes];
      const key = pathKey(nodes);
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(search.detour(nodes, last, index, spurPath));
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => search.compare(a, b) || pathKey(a.nodes).localeCompare(pathKey(b.nodes)));
    found.push(candidates.shift() ?? first);
  }
  return found;
}
