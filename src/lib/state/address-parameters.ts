// The page address's parameters by owner: the dataset, then teaching (tour, step, quiz), then the view's own.
import { CURATED_ID } from '../data/datasets/atlas-dataset';
import { LIVE_PARAMETERS } from '../data/sparql/live-target';

export const DATASET_PARAMETER = 'dataset';
const TEACHING_PARAMETERS = ['tour', 'step', 'quiz'] as const;

/**
 * Written first, in this order, ahead of the view's parameters. Each part of the page rewrites only its own and keeps
 * the others as they are, so writing the whole address twice gives the same text.
 */
export const LEADING_PARAMETERS: readonly string[] = [DATASET_PARAMETER, ...LIVE_PARAMETERS, ...TEACHING_PARAMETERS];

/** The dataset an address query asks for; the curated graph when it names none. */
export function datasetInQuery(query: string): string {
  return new URLSearchParams(query).get(DATASET_PARAMETER) ?? CURATED_ID;
}

/** Whether an address query names anything besides its dataset (a view, a tour, a quiz): a link into the dataset. */
export function namesMoreThanDataset(query: string): boolean {
  return [...new URLSearchParams(query).keys()].some((key) => key !== DATASET_PARAMETER);
}

/**
 * The query that opens `id` with its own first view ('' for the curated graph); `where` names where the dataset
 * lives when the id alone cannot (the live dataset's graph server).
 */
export function datasetQuery(id: string, where: Readonly<Record<string, string>> = {}): string {
  return id === CURATED_ID ? '' : `?${new URLSearchParams({ [DATASET_PARAMETER]: id, ...where })}`;
}

/** `embed=1` shows the view without the app's tools, for an iframe in a course page; the page keeps it in every entry. */
const EMBED_PARAMETER = 'embed';

/** `search` without `embed`, and whether it asked for the embedded page (`embed=1`). */
export function withoutEmbed(search: string): { query: string; embedded: boolean } {
  const params = new URLSearchParams(search);
  if (!params.has(EMBED_PARAMETER)) return { query: search, embedded: false };
  const embedded = params.get(EMBED_PARAMETER) === '1';
  params.delete(EMBED_PARAMETER);
  const rest = params.toString();
  return { query: rest ? `?${rest}` : '', embedded };
}

/** `query` with `embed=1` at its end. */
export function withEmbed(query: string): string {
  return `${query}${query ? '&' : '?'}${EMBED_PARAMETER}=1`;
}
