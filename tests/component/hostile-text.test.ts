// @vitest-environment jsdom
// Labels, summaries, notes and source details with HTML and script in them are shown as text, never as markup, and
// the only links made are http(s) ones that open in a new tab without telling the site where they came from.
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Details from '../../src/components/panels/Details.svelte';
import Evidence from '../../src/components/panels/Evidence.svelte';
import GraphOutline from '../../src/components/panels/GraphOutline.svelte';
import SelectionAnnouncer from '../../src/components/shell/SelectionAnnouncer.svelte';
import type { Source } from '../../src/lib/data/schema';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { edgeRecord, nodeRecord } from '../fixtures/tiny-graph';
import { datasetContext } from './dataset-context';
import { loadCuratedBundle } from './load-curated-bundle';

const SCRIPT = '<script>window.__pwned = true</script>';
const IMAGE = '<img src=x onerror="window.__pwned = true">';
const SVG = '"><svg onload="window.__pwned = true">';

const { bundle } = loadCuratedBundle();
const vocab = bundle.vocab;
const graph = buildGraph(
  [
    nodeRecord('drug:hostile', SCRIPT, {
      summary: `${IMAGE} A summary.`,
      synonyms: [SVG, '{{constructor.constructor("alert(1)")()}}'],
      phrase: `the ${IMAGE} drug`,
      status: { value: 'approved', year: 2000, note: SCRIPT },
      onset: IMAGE,
    }),
    nodeRecord('transporter:plain', 'Plain transporter'),
  ],
  [
    edgeRecord('drug:hostile', 'inhibits', 'transporter:plain', {
      note: `${SCRIPT} ${IMAGE}`,
      sources: ['hostile-source'],
      evidence: 'clinical',
    }),
  ],
);
const EDGE = 'drug:hostile|inhibits|transporter:plain';
const sources = new Map<string, Source>([
  [
    'hostile-source',
    {
      id: 'hostile-source',
      type: 'journal-article',
      authors: [SCRIPT, 'Doe J'],
      title: `${IMAGE} A title`,
      journal: SVG,
      year: 2020,
      doi: '10.1000/x"><script>alert(1)</script>',
      url: 'javascript:window.__pwned=true',
      note: SCRIPT,
      as_cited: false,
    } as unknown as Source,
  ],
]);

const context = datasetContext(bundle, graph, vocab, [...sources.values()]);

/** No element a file could have smuggled in: scripts, images, SVG or frames, or any inline event handler. */
function expectNoMarkup(container: HTMLElement) {
  expect(container.querySelectorAll('script, img, iframe, object, embed, svg[onload]')).toHaveLength(0);
  for (const element of container.querySelectorAll('*'))
    for (const attribute of element.getAttributeNames()) expect(attribute.startsWith('on')).toBe(false);
  expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
}

function expectSafeLinks(container: HTMLElement) {
  for (const link of container.querySelectorAll('a')) {
    expect(new URL(link.href).protocol).toMatch(/^https?:$/);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
}

afterEach(() => expect(Object.prototype).not.toHaveProperty('polluted'));

describe('hostile text is shown as text', () => {
  it('Details: label, summary, synonyms, status note, onset and relationship sentences', () => {
    const { container } = render(Details, {
      props: { nodeId: 'drug:hostile', onFocusNode: () => {}, onShowEvidence: () => {} },
      context,
    });
    const region = screen.getByRole('region', { name: 'Details' });
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent(SCRIPT);
    expect(region).toHaveTextContent(`${IMAGE} A summary.`);
    expect(region).toHaveTextContent(SVG);
    expect(within(region).getByRole('button', { name: `The ${IMAGE} drug inhibits Plain transporter` })).toBeVisible();
    expectNoMarkup(container);
  });

  it('Evidence: the note and every detail of a source; the javascript: address and the odd DOI make no bad link', () => {
    const { container } = render(Evidence, {
      props: { edgeId: EDGE, onFocusNode: () => {}, onClose: () => {} },
      context,
    });
    const region = screen.getByRole('region', { name: 'Evidence' });
    expect(region).toHaveTextContent(`${SCRIPT} ${IMAGE}`);
    expect(region).toHaveTextContent(`${IMAGE} A title`);
    expect(region).toHaveTextContent(SVG);
    expect(within(region).queryByRole('link', { name: 'Web page' })).toBeNull();
    const doi = within(region).getByRole('link', { name: /^DOI / });
    expect(new URL(doi.getAttribute('href') ?? '').origin).toBe('https://doi.org');
    expectNoMarkup(container);
    expectSafeLinks(container);
  });

  it('the Graph outline and the spoken announcement', () => {
    const shown = { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
    const outline = render(GraphOutline, {
      props: {
        shown,
        selectedNode: 'drug:hostile',
        selectedEdge: null,
        onFocusNode: () => {},
        onShowEvidence: () => {},
      },
      context,
    });
    expect(screen.getByRole('treeitem', { name: SCRIPT })).toBeInTheDocument();
    expectNoMarkup(outline.container);

    const spoken = render(SelectionAnnouncer, { props: { node: null, edge: EDGE }, context });
    expect(spoken.container).toHaveTextContent(`The ${IMAGE} drug inhibits Plain transporter. Evidence: clinical`);
    expectNoMarkup(spoken.container);
  });
});
