// The curated graph the page fetches as it starts: read as published, or one plain sentence on what went wrong.
import { describe, expect, it } from 'vitest';
import { fetchCuratedBundle } from '../../src/lib/data/curated-bundle';

const answer = (body: string, init?: ResponseInit) => () => Promise.resolve(new Response(body, init));

describe('fetchCuratedBundle', () => {
  it('returns the published bundle', async () => {
    const published = { dataset: { name: 'Synapse Atlas curated graph' }, nodes: [], edges: [] };
    const bundle = await fetchCuratedBundle('/assets/curated-graph-1.json', answer(JSON.stringify(published)));
    expect(bundle).toEqual(published);
  });

  it('says when the server does not have it', async () => {
    const fetcher = answer('', { status: 404, statusText: 'Not Found' });
    await expect(fetchCuratedBundle('/x.json', fetcher)).rejects.toThrow(
      'The curated graph could not be downloaded (404 Not Found).',
    );
  });

  it('says when the network fails', async () => {
    const fetcher = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(fetchCuratedBundle('/x.json', fetcher)).rejects.toThrow(
      /could not be downloaded: check the connection/,
    );
  });

  it('says when the file is damaged', async () => {
    await expect(fetchCuratedBundle('/x.json', answer('{"dataset": '))).rejects.toThrow(/arrived damaged/);
  });
});
