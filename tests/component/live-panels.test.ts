// @vitest-environment jsdom
// The graph-server dialog and status strip as a reader meets them: plain validation before anything is sent, the
// request running with Cancel, a failure as an alert, a neighbourhood too large to draw, summarised, and one with more
// waiting on the server, with "Load more".
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import ConnectDialog from '../../src/components/shell/ConnectDialog.svelte';
import LiveStatus from '../../src/components/shell/LiveStatus.svelte';

/** The text a reader sees, with runs of white space as one space. */
const seen = (element: HTMLElement) => (element.textContent ?? '').replace(/\s+/g, ' ');

beforeAll(() => {
  // jsdom has no modal dialogs: opening one just marks it open.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
});

describe('Connect to a graph server', () => {
  it('says what is wrong before connecting, and connects with a shipped mapping and a named graph', async () => {
    const onConnect = vi.fn();
    render(ConnectDialog, {
      props: { connecting: null, problem: null, onConnect, onCancelConnecting: vi.fn(), onClose: vi.fn() },
    });
    const dialog = screen.getByRole('dialog', { name: 'Connect to a graph server' });
    const connect = within(dialog).getByRole('button', { name: 'Connect' });
    await fireEvent.click(connect);
    expect(within(dialog).getByRole('alert').textContent).toMatch(/Type the address of the SPARQL endpoint/);
    await fireEvent.input(within(dialog).getByLabelText('SPARQL endpoint address'), {
      target: { value: 'https://example.org/sparql' },
    });
    await fireEvent.change(within(dialog).getByLabelText('Mapping'), { target: { value: 'file' } });
    await fireEvent.click(connect);
    expect(within(dialog).getByRole('alert').textContent).toMatch(/Choose a mapping file/);
    expect(within(dialog).getByLabelText('Mapping file (JSON)')).toBeTruthy();
    await fireEvent.change(within(dialog).getByLabelText('Mapping'), { target: { value: 'hetionet' } });
    await fireEvent.input(within(dialog).getByLabelText('Named graph (optional)'), {
      target: { value: 'urn:hetionet' },
    });
    await fireEvent.click(connect);
    expect(onConnect).toHaveBeenCalledWith(
      { endpoint: 'https://example.org/sparql', mapping: 'hetionet', graph: 'urn:hetionet' },
      undefined,
    );
  });

  it('starts with the server of a link whose mapping file must be chosen again', async () => {
    const onConnect = vi.fn();
    render(ConnectDialog, {
      props: {
        connecting: null,
        problem: 'The link’s mapping was chosen from a file, and this browser does not have it.',
        draft: { endpoint: 'https://example.org/sparql', mapping: 'file', graph: 'urn:g' },
        onConnect,
        onCancelConnecting: vi.fn(),
        onClose: vi.fn(),
      },
    });
    const dialog = screen.getByRole('dialog', { name: 'Connect to a graph server' });
    expect(within(dialog).getByRole('alert').textContent).toMatch(/this browser does not have it/);
    expect((within(dialog).getByLabelText('SPARQL endpoint address') as HTMLInputElement).value).toBe(
      'https://example.org/sparql',
    );
    expect((within(dialog).getByLabelText('Named graph (optional)') as HTMLInputElement).value).toBe('urn:g');
    const file = within(dialog).getByLabelText('Mapping file (JSON)');
    const text = '{"name":"mine"}';
    await fireEvent.change(file, { target: { files: [new File([text], 'mine.json', { type: 'application/json' })] } });
    await vi.waitFor(async () => {
      await fireEvent.click(within(dialog).getByRole('button', { name: 'Connect' }));
      expect(onConnect).toHaveBeenCalledWith(
        { endpoint: 'https://example.org/sparql', mapping: 'file', graph: 'urn:g' },
        text,
      );
    });
  });

  it('shows connecting with a way to stop it, and why it failed', async () => {
    const onCancelConnecting = vi.fn();
    render(ConnectDialog, {
      props: {
        connecting: 'Asking example.org for data',
        problem: 'Could not reach the graph server at example.org.',
        onConnect: vi.fn(),
        onCancelConnecting,
        onClose: vi.fn(),
      },
    });
    expect(screen.getByRole('status', { name: 'Connecting' }).textContent).toMatch(/Asking example.org for data/);
    expect(screen.getByRole('alert').textContent).toMatch(/Could not reach/);
    expect((screen.getByRole('button', { name: 'Connect' }) as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel connecting' }));
    expect(onCancelConnecting).toHaveBeenCalled();
  });
});

describe('the graph server strip', () => {
  it('shows what is loaded, the request with Cancel, a failure and a summarised neighbourhood', async () => {
    const onCancel = vi.fn();
    render(LiveStatus, {
      props: {
        server: 'Graph server at example.org',
        loaded: { nodes: 12, edges: 20 },
        activity: 'Expanding “SERT”',
        problem: 'The graph server at example.org failed while answering (500).',
        tooLarge: {
          label: 'Gene X',
          total: 52_000,
          counts: [{ relation: 'expressed-in', direction: 'in', edges: 52_000 }],
          sample: ['Liver', 'Brain'],
        },
        waiting: null,
        onLoadMore: vi.fn(),
        onCancel,
        onDismissProblem: vi.fn(),
        onDismissTooLarge: vi.fn(),
      },
    });
    const strip = screen.getByRole('region', { name: 'Graph server' });
    expect(seen(strip)).toMatch(/12 nodes and 20 relationships loaded/);
    await fireEvent.click(within(strip).getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
    expect(seen(within(strip).getByRole('alert'))).toMatch(
      /failed while answering \(500\)\. What was loaded is still shown\./,
    );
    expect(seen(strip)).toMatch(/“Gene X” has 52,000 relationships: too many to draw/);
    expect(seen(strip)).toMatch(/expressed-in \(to it\) 52,000/);
    expect(seen(strip)).toMatch(/A sample of its neighbours: Liver, Brain\./);
  });

  it('says how much of a neighbourhood is loaded, and loads more of it', async () => {
    const onLoadMore = vi.fn();
    const props = {
      server: 'Graph server at example.org',
      loaded: { nodes: 501, edges: 500 },
      activity: null,
      problem: null,
      tooLarge: null,
      waiting: { id: 'gene:x', label: 'Gene X', loaded: 500, complete: false, total: 1234 },
      onLoadMore,
      onCancel: vi.fn(),
      onDismissProblem: vi.fn(),
      onDismissTooLarge: vi.fn(),
    };
    const { rerender } = render(LiveStatus, { props });
    const strip = screen.getByRole('region', { name: 'Graph server' });
    expect(seen(strip)).toMatch(/Showing 500 of 1,234 relationships of “Gene X”\./);
    await fireEvent.click(within(strip).getByRole('button', { name: 'Load more' }));
    expect(onLoadMore).toHaveBeenCalledWith('gene:x');
    // Not counted: it says more are waiting without a total.
    await rerender({ ...props, waiting: { ...props.waiting, total: undefined } });
    expect(seen(strip)).toMatch(/Showing 500 relationships of “Gene X”; more are waiting on the server\./);
    await rerender({ ...props, waiting: null });
    expect(within(strip).queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});
