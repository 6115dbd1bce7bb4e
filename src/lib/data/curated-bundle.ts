// Reads the curated graph the build published (validated and laid out there) as the page starts.
import type { GraphBundle } from './validate-dataset';

/** Fetches the curated graph from `address`; throws a plain sentence when it cannot be read. */
export async function fetchCuratedBundle(address: string, fetcher: typeof fetch = fetch): Promise<GraphBundle> {
  let response: Response;
  try {
    response = await fetcher(address);
  } catch {
    throw new Error('The curated graph could not be downloaded: check the connection, then reload.');
  }
  if (!response.ok)
    throw new Error(`The curated graph could not be downloaded (${response.status} ${response.statusText}).`);
  try {
    return (await response.json()) as GraphBundle;
  } catch {
    throw new Error('The curated graph arrived damaged: it is not valid JSON. Reloading fetches it again.');
  }
}
