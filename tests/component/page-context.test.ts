// @vitest-environment jsdom
// The contexts components read: a panel renders from the dataset context, and says plainly where it belongs without it.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Header from '../../src/components/shell/Header.svelte';
import TeachingPanel from '../../src/components/sections/TeachingPanel.svelte';
import { loadCuratedBundle } from './load-curated-bundle';

const { bundle, context } = loadCuratedBundle();

describe('page contexts', () => {
  it('give a component the open dataset', () => {
    render(Header, { context });
    expect(screen.getByText(`${bundle.nodes.length} nodes`, { exact: false })).toBeInTheDocument();
  });

  it('are required: a component outside the page says where it must be rendered', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(Header)).toThrow('No dataset context: render this component below App.');
    expect(() => render(TeachingPanel, { context })).toThrow('No page context: render this component below App.');
  });
});
