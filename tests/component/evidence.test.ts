// @vitest-environment jsdom
// The Evidence card: the claim, how strong the evidence is, and each source with links and a copyable citation.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Evidence from '../../src/components/panels/Evidence.svelte';
import { loadCuratedBundle } from './load-curated-bundle';

const { context } = loadCuratedBundle();
const RILUZOLE_UPTAKE = 'drug:riluzole|increases|mechanism:glutamate-uptake';

function renderEvidence(edgeId: string) {
  const onFocusNode = vi.fn();
  const onClose = vi.fn();
  render(Evidence, { props: { edgeId, onFocusNode, onClose }, context });
  return { onFocusNode, onClose, region: screen.getByRole('region', { name: 'Evidence' }) };
}

afterEach(() => vi.unstubAllGlobals());

describe('Evidence card', () => {
  it('shows the sentence, the evidence level and each source with its journal and year', () => {
    const { region } = renderEvidence(RILUZOLE_UPTAKE);
    expect(within(region).getAllByRole('article')).toHaveLength(2);
    expect(region).toHaveTextContent('Cellular and Molecular Neurobiology');
    expect(region).toHaveTextContent('Riluzole may increase glutamate uptake');
    expect(region).toHaveTextContent('Animal or lab studies');
    expect(region).toHaveTextContent('American Journal of Psychiatry');
    expect(region).toHaveTextContent('2004');
    expect(region).toHaveTextContent('Zarate CA Jr');
  });

  it('links to the DOI and PubMed records in a new tab without leaking the page', () => {
    const { region } = renderEvidence(RILUZOLE_UPTAKE);
    const doi = within(region).getByRole('link', { name: /DOI 10.1176\/appi.ajp.161.1.171/ });
    expect(doi).toHaveAttribute('href', 'https://doi.org/10.1176/appi.ajp.161.1.171');
    expect(doi).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(region).getByRole('link', { name: /PubMed 14702270/ })).toHaveAttribute(
      'href',
      'https://pubmed.ncbi.nlm.nih.gov/14702270/',
    );
  });

  it('copies a formatted citation', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const { region } = renderEvidence(RILUZOLE_UPTAKE);
    const trial = within(region).getByRole('article', { name: /open-label trial of riluzole/ });
    await fireEvent.click(within(trial).getByRole('button', { name: 'Copy citation' }));
    expect(writeText).toHaveBeenCalledWith(
      expect.stringContaining('American Journal of Psychiatry. 2004;161(1):171-174.'),
    );
    expect(await within(trial).findByText('Citation copied.')).toBeInTheDocument();
  });

  it('says so plainly when the clipboard cannot be used', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } });
    const { region } = renderEvidence(RILUZOLE_UPTAKE);
    const trial = within(region).getByRole('article', { name: /open-label trial of riluzole/ });
    await fireEvent.click(within(trial).getByRole('button', { name: 'Copy citation' }));
    expect(await within(trial).findByText(/copy it by hand/)).toBeInTheDocument();
  });

  it('marks a citation whose details could not be checked', () => {
    const { region } = renderEvidence('drug-class:mglu5-antagonists|antagonist-of|receptor:mglu5');
    expect(region).toHaveTextContent('As cited by the article');
    expect(region).toHaveTextContent('Pharmacology & Therapeutics');
  });

  it('explains textbook claims that cite no single study', () => {
    const { region } = renderEvidence('drug:fluoxetine|inhibits|transporter:sert');
    expect(region).toHaveTextContent('no single study is cited');
  });

  it('moves to either end of the relationship', async () => {
    const { region, onFocusNode } = renderEvidence(RILUZOLE_UPTAKE);
    await fireEvent.click(within(region).getByRole('button', { name: 'Go to Glutamate uptake' }));
    expect(onFocusNode).toHaveBeenCalledWith('mechanism:glutamate-uptake');
  });
});
