// @vitest-environment jsdom
// The Compare table as a reader meets it: status for depression and other licensed uses in rows of their own.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ComparePanel from '../../src/components/panels/ComparePanel.svelte';
import { compareDrugs } from '../../src/lib/graph/compare-drugs';
import { loadCuratedBundle } from './load-curated-bundle';

const { bundle, graph, context } = loadCuratedBundle();

function renderCompare(drugs: string[]) {
  render(ComparePanel, {
    props: {
      drugs,
      comparison: compareDrugs(graph, drugs, bundle.vocab),
      onChange: vi.fn(),
      onFocusNode: vi.fn(),
      onShowEvidence: vi.fn(),
      onClose: vi.fn(),
    },
    context,
  });
  return screen.getByRole('region', { name: 'Compare drugs' });
}

/** The cells of the table row headed `name`, one per compared drug. */
function row(region: HTMLElement, name: string): string[] {
  const header = within(region).getByRole('rowheader', { name });
  const cells = within(header.closest('tr') as HTMLElement).getAllByRole('cell');
  return cells.map((cell) => cell.textContent?.trim() ?? '');
}

describe('Compare drugs table', () => {
  it('shows the status for depression and the other approved uses in separate rows', () => {
    const region = renderCompare(['drug:ketamine', 'drug:esketamine', 'drug:duloxetine']);
    expect(row(region, 'Status')).toEqual(['Investigational', 'Approved (2019)', 'Approved (2004)']);
    const uses = row(region, 'Other approved uses');
    expect(uses[0]).toBe('Anaesthesia (1970)');
    expect(uses[1]).toBe('None recorded');
    expect(uses[2]).toContain('Fibromyalgia (2008)');
  });

  it('says a drug with only other licences is not a treatment for depression, rather than leaving its status blank', () => {
    const region = renderCompare(['drug:reserpine', 'drug:fluoxetine']);
    expect(row(region, 'Status')[0]).toBe('Not a treatment for depression');
    expect(row(region, 'Other approved uses')[0]).toBe('High blood pressure');
  });
});
