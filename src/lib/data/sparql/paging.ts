// A page of a query's answers: how many rows to ask for and how many to skip, checked so the query text stays sane.

export interface Page {
  limit: number;
  offset?: number | undefined;
}

/** `LIMIT n OFFSET m` (whole, non-negative numbers; the limit at least 1). */
export function pageClause(page: Page): string {
  const limit = Math.max(1, Math.floor(page.limit));
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  if (!Number.isFinite(limit) || !Number.isFinite(offset)) throw new Error('A page needs a finite limit and offset.');
  return offset > 0 ? `LIMIT ${limit} OFFSET ${offset}` : `LIMIT ${limit}`;
}
