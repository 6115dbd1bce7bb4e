// The graph a reference renderer draws: node ids, labels and positions, edge ends by node index.
// Shipped dataset files (synapse-atlas-compact/1) have this shape already, so they are read as they are.

export interface BenchGraph {
  nodes: { ids: string[]; labels?: string[]; x: number[]; y: number[] };
  edges: { sources: number[]; targets: number[] };
}

function isBenchGraph(value: unknown): value is BenchGraph {
  const graph = value as Partial<BenchGraph> | null;
  return (
    Array.isArray(graph?.nodes?.ids) &&
    Array.isArray(graph.nodes.x) &&
    Array.isArray(graph.nodes.y) &&
    Array.isArray(graph.edges?.sources) &&
    Array.isArray(graph.edges.targets)
  );
}

/** Downloads a graph file, unzipping it in the browser when it is gzip (as the app does with its datasets). */
export async function fetchBenchGraph(url: string): Promise<BenchGraph> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = gzipped
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    : new TextDecoder().decode(bytes);
  const parsed: unknown = JSON.parse(text);
  if (!isBenchGraph(parsed)) throw new Error(`${url} is not a graph with nodes.ids/x/y and edges.sources/targets`);
  return parsed;
}
