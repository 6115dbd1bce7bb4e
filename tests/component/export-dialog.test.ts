// @vitest-environment jsdom
// The Export dialog as a keyboard user meets it: a named dialog, the presets, the choices, Esc to close.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import cytoscape from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExportDialog from '../../src/components/canvas/ExportDialog.svelte';
import { loadCuratedBundle } from './load-curated-bundle';

const { context } = loadCuratedBundle();

// The dialog loads its export session when it opens (a chunk of its own in the app): the file waits for that module,
// so none of it is still loading when the test environment is torn down.
afterAll(async () => {
  await import('../../src/lib/render/export/export-session');
});

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

function renderDialog(withSelection: boolean) {
  const cy = cytoscape({
    headless: true,
    elements: [
      { data: { id: 'drug:fluoxetine', kind: 'drug', label: 'Fluoxetine' } },
      { data: { id: 'transporter:sert', kind: 'transporter', label: 'SERT' } },
    ],
  });
  render(ExportDialog, {
    props: {
      cy,
      emphasis: { node: withSelection ? 'drug:fluoxetine' : null, edge: null, path: null, compare: null },
      pageUrl: () => 'https://atlas.example/?focus=drug%3Afluoxetine',
      graphTitle: 'Glutamate, monoamines and depression',
      look: () => ({
        nodes: new Map([['drug:fluoxetine', { x: 1, y: 2, colour: '#e69f00', shape: 'hexagon' }]]),
        edges: new Map(),
      }),
      measures: () => [],
    },
    context,
  });
  return screen.getByRole('button', { name: 'Export' });
}

describe('Export dialog', () => {
  it('opens as a dialog named Export with the three presets and the image and data choices', async () => {
    await fireEvent.click(renderDialog(false));
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    for (const name of [/Slide 16:9/, /Paper figure/, /Handout A4/])
      expect(within(dialog).getByRole('button', { name })).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'PDF' })).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'The selection' })).toBeDisabled();
    expect(within(dialog).getByRole('textbox', { name: 'Title text' })).toHaveValue(
      'Glutamate, monoamines and depression',
    );
    expect(within(dialog).getByRole('button', { name: 'Download GraphML' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Download PNG' })).toBeInTheDocument();
  });

  it('starts from the selection, titled after the selected node', async () => {
    await fireEvent.click(renderDialog(true));
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    expect(within(dialog).getByRole('radio', { name: 'The selection' })).toBeChecked();
    expect(within(dialog).getByRole('textbox', { name: 'Title text' })).toHaveValue(
      'Fluoxetine: relationships and evidence',
    );
  });

  it('names the format on the download button and closes with Escape, giving focus back', async () => {
    const button = renderDialog(false);
    await fireEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    await fireEvent.click(within(dialog).getByRole('radio', { name: 'SVG' }));
    expect(within(dialog).getByRole('button', { name: 'Download SVG' })).toBeInTheDocument();
    await fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('dialog', { name: 'Export' })).toBeNull();
    expect(button).toHaveFocus();
  });
});
