// @vitest-environment jsdom
// The Details panel as a reader meets it: what a node is, and its relationships as sentences to follow.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Details from '../../src/components/panels/Details.svelte';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { edgeRecord, nodeRecord } from '../fixtures/tiny-graph';
import { datasetContext } from './dataset-context';
import { loadCuratedBundle } from './load-curated-bundle';

const { context } = loadCuratedBundle();

function renderDetails(nodeId: string | null) {
  const onFocusNode = vi.fn();
  const onShowEvidence = vi.fn();
  render(Details, { props: { nodeId, onFocusNode, onShowEvidence }, context });
  return { onFocusNode, onShowEvidence, region: screen.getByRole('region', { name: 'Details' }) };
}

describe('Details panel', () => {
  it('names the node, its kind, synonyms and a plain summary', () => {
    const { region } = renderDetails('drug:fluoxetine');
    expect(within(region).getByRole('heading', { level: 2, name: 'Fluoxetine' })).toBeInTheDocument();
    expect(region).toHaveTextContent('Drug');
    expect(region).toHaveTextContent('Also called: Prozac');
    expect(region).toHaveTextContent(/serotonin transporter/i);
    expect(region).toHaveTextContent('Approved (1987)');
  });

  it('lists relationships as sentences grouped under their relation', () => {
    const { region } = renderDetails('drug:fluoxetine');
    expect(within(region).getByRole('heading', { level: 4, name: 'inhibits' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Fluoxetine inhibits the serotonin transporter' })).toBeVisible();
  });

  it('opens the evidence when a sentence is chosen', async () => {
    const { region, onShowEvidence } = renderDetails('drug:fluoxetine');
    await fireEvent.click(
      within(region).getByRole('button', { name: 'Fluoxetine inhibits the serotonin transporter' }),
    );
    expect(onShowEvidence).toHaveBeenCalledWith('drug:fluoxetine|inhibits|transporter:sert');
  });

  it('moves to the node at the other end of a relationship', async () => {
    const { region, onFocusNode } = renderDetails('drug:fluoxetine');
    await fireEvent.click(within(region).getByRole('button', { name: /Go to Serotonin transporter/ }));
    expect(onFocusNode).toHaveBeenCalledWith('transporter:sert');
  });

  it('words weak evidence cautiously', () => {
    const { region } = renderDetails('drug:riluzole');
    expect(within(region).getByRole('button', { name: 'Riluzole may help treat treatment-resistant depression' }));
    expect(region).toHaveTextContent('Failed (2017)');
  });

  it("keeps a drug's other licensed uses apart from its status as a treatment for depression", () => {
    const ketamine = renderDetails('drug:ketamine').region;
    expect(ketamine).toHaveTextContent('Investigational');
    expect(ketamine).toHaveTextContent('Also approved for: anaesthesia (1970)');
    cleanup();
    const dextromethorphan = renderDetails('drug:dextromethorphan').region;
    expect(dextromethorphan).toHaveTextContent('Investigational');
    expect(dextromethorphan).toHaveTextContent('Also approved for: cough');
    cleanup();
    // A drug approved only for depression says nothing more.
    expect(renderDetails('drug:vortioxetine').region).not.toHaveTextContent('Also approved for');
  });

  it('offers starting points when nothing is selected', async () => {
    const { region, onFocusNode } = renderDetails(null);
    expect(within(region).getByRole('heading', { name: 'Good places to start' })).toBeInTheDocument();
    await fireEvent.click(within(region).getByRole('button', { name: 'Major depression' }));
    expect(onFocusNode).toHaveBeenCalledWith('condition:major-depression');
  });

  it('shows the starting points instead of failing for an id that is not in the graph', () => {
    const { region } = renderDetails('drug:not-a-drug');
    expect(within(region).getByRole('heading', { name: 'Explore the atlas' })).toBeInTheDocument();
  });
});

describe('Details panel on a hub of a large graph', () => {
  it('lists the first hundred relationships of a type and the rest on request', async () => {
    const drugs = Array.from({ length: 130 }, (_, index) => nodeRecord(`drug:d${index}`, `Drug ${index}`));
    const graph = buildGraph(
      [nodeRecord('condition:depression', 'Depression'), ...drugs],
      drugs.map((drug) => edgeRecord(drug.id, 'treats', 'condition:depression')),
    );
    const { bundle } = loadCuratedBundle();
    const hub = datasetContext(bundle, graph, bundle.vocab, bundle.sources);
    render(Details, {
      props: { nodeId: 'condition:depression', onFocusNode: vi.fn(), onShowEvidence: vi.fn() },
      context: hub,
    });
    const region = screen.getByRole('region', { name: 'Details' });
    expect(region).toHaveTextContent('Relationships (130)');
    expect(within(region).getAllByRole('button', { name: /^Go to Drug/ })).toHaveLength(100);
    await fireEvent.click(within(region).getByRole('button', { name: /^Show all 130 “/ }));
    expect(within(region).getAllByRole('button', { name: /^Go to Drug/ })).toHaveLength(130);
    expect(within(region).queryByRole('button', { name: /^Show all/ })).toBeNull();
    cleanup();
  });

  it('lists hundreds of relationships once the page has drawn, saying meanwhile how many there are', async () => {
    const genes = Array.from({ length: 300 }, (_, index) => nodeRecord(`gene:g${index}`, `Gene ${index}`));
    const graph = buildGraph(
      [nodeRecord('anatomy:brain', 'Brain'), ...genes],
      genes.map((gene) => edgeRecord(gene.id, 'expressed-in', 'anatomy:brain')),
    );
    const { bundle } = loadCuratedBundle();
    render(Details, {
      props: { nodeId: 'anatomy:brain', onFocusNode: vi.fn(), onShowEvidence: vi.fn() },
      context: datasetContext(bundle, graph, bundle.vocab, bundle.sources),
    });
    const region = screen.getByRole('region', { name: 'Details' });
    expect(region).toHaveTextContent('Relationships (300)');
    expect(within(region).getByRole('status')).toHaveTextContent('Listing its relationships…');
    expect(within(region).queryAllByRole('button', { name: /^Go to Gene/ })).toHaveLength(0);
    expect(await within(region).findAllByRole('button', { name: /^Go to Gene/ })).toHaveLength(100);
    expect(region).toHaveTextContent('Relationships (300)');
    expect(within(region).queryByRole('status')).toBeNull();
    cleanup();
  });
});
