// Draws one graph with a reference renderer, as a plain app using that library would:
// Cytoscape.js with its default options, or sigma.js with its defaults. The address says which:
// ?renderer=cytoscape|sigma&graph=<url>&width=<px>&height=<px>
import type { ElementDefinition } from 'cytoscape';
import { fetchBenchGraph, type BenchGraph } from '../lib/bench-graph';
import type { BenchWindow, ReferenceState } from '../lib/protocol';
import { registerTarget } from './probe';

const benchWindow = window as unknown as BenchWindow;
const params = new URLSearchParams(window.location.search);
const container = document.getElementById('graph') as HTMLElement;
container.style.setProperty('--graph-width', `${Number(params.get('width')) || 800}px`);
container.style.setProperty('--graph-height', `${Number(params.get('height')) || 700}px`);

const afterTwoFrames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

async function drawWithCytoscape(graph: BenchGraph): Promise<void> {
  const { default: cytoscape } = await import('cytoscape');
  const { ids, x, y } = graph.nodes;
  const elements: ElementDefinition[] = ids.map((id, index) => ({
    data: { id },
    position: { x: x[index] ?? 0, y: y[index] ?? 0 },
  }));
  graph.edges.sources.forEach((source, index) => {
    elements.push({
      data: { id: `e${index}`, source: ids[source] ?? '', target: ids[graph.edges.targets[index] ?? 0] ?? '' },
    });
  });
  const cy = cytoscape({ container, elements, layout: { name: 'preset' } });
  await new Promise<void>((resolve) => cy.one('render', () => resolve()));
  await afterTwoFrames();
  registerTarget({ kind: 'cytoscape', cy });
}

async function drawWithSigma(graph: BenchGraph): Promise<void> {
  const [{ default: Sigma }, { MultiDirectedGraph }] = await Promise.all([import('sigma'), import('graphology')]);
  const model = new MultiDirectedGraph({ allowSelfLoops: true });
  const { ids, labels, x, y } = graph.nodes;
  ids.forEach((id, index) => {
    model.addNode(id, { x: x[index] ?? 0, y: -(y[index] ?? 0), size: 3, label: labels?.[index] ?? id });
  });
  graph.edges.sources.forEach((source, index) => {
    model.addEdgeWithKey(`e${index}`, ids[source] ?? '', ids[graph.edges.targets[index] ?? 0] ?? '');
  });
  // The constructor indexes the graph and draws it (it calls refresh() itself).
  const sigma = new Sigma(model, container);
  await afterTwoFrames();
  registerTarget({ kind: 'sigma', sigma });
}

async function draw(): Promise<ReferenceState> {
  const renderer = params.get('renderer');
  const url = params.get('graph');
  if ((renderer !== 'cytoscape' && renderer !== 'sigma') || !url) {
    return { status: 'failed', message: 'The address needs ?renderer=cytoscape|sigma&graph=<url>' };
  }
  const graph = await fetchBenchGraph(url);
  const dataMs = performance.now();
  await (renderer === 'cytoscape' ? drawWithCytoscape(graph) : drawWithSigma(graph));
  return {
    status: 'drawn',
    renderer,
    nodes: graph.nodes.ids.length,
    edges: graph.edges.sources.length,
    dataMs,
    readyMs: performance.now(),
  };
}

benchWindow.benchReference = { status: 'loading' };
draw().then(
  (state) => (benchWindow.benchReference = state),
  (error: unknown) => (benchWindow.benchReference = { status: 'failed', message: String(error) }),
);
