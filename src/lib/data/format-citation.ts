// Formats a source as a reference line (Vancouver style) and gives its safe outbound links.
import type { Source } from './schema';

const MAX_LISTED_AUTHORS = 6;

function authorList(authors: readonly string[]): string {
  if (authors.length <= MAX_LISTED_AUTHORS) return authors.join(', ');
  return `${authors.slice(0, MAX_LISTED_AUTHORS).join(', ')}, et al`;
}

/** "Zarate CA Jr, Payne JL, ... An open-label trial ... Am J Psychiatry. 2004;161(1):171-174. doi:..." */
export function formatCitation(source: Source): string {
  const parts: string[] = [];
  if (source.authors.length > 0) parts.push(`${authorList(source.authors)}.`);
  parts.push(/[.?!]$/.test(source.title) ? source.title : `${source.title}.`);
  if (source.journal) {
    let where = `${source.journal}.`;
    if (source.year !== undefined) {
      where += ` ${source.year}`;
      if (source.volume) where += `;${source.volume}`;
      if (source.volume && source.issue) where += `(${source.issue})`;
      if (source.pages) where += `:${source.pages}`;
      where += '.';
    }
    parts.push(where);
  } else if (source.year !== undefined) {
    parts.push(`${source.year}.`);
  }
  if (source.doi) parts.push(`doi:${source.doi}.`);
  if (source.pmid) parts.push(`PMID: ${source.pmid}.`);
  if (source.as_cited) parts.push('(As cited by the article; details not verified.)');
  return parts.join(' ');
}

export interface SourceLink {
  label: string;
  href: string;
}

/** DOI, PubMed and web links; only http and https addresses are ever produced. */
export function sourceLinks(source: Source): SourceLink[] {
  const links: SourceLink[] = [];
  if (source.doi) {
    // Each part is encoded so characters such as "#" or "?" (found in older SICI DOIs) stay part of the DOI.
    const path = source.doi.split('/').map(encodeURIComponent).join('/');
    links.push({ label: `DOI ${source.doi}`, href: `https://doi.org/${path}` });
  }
  if (source.pmid)
    links.push({ label: `PubMed ${source.pmid}`, href: `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/` });
  const web = webAddress(source.url);
  // A work read from a graph server may give its DOI link as its web page too: it is offered once.
  if (web && !links.some((link) => link.href === web)) links.push({ label: 'Web page', href: web });
  return links;
}

/** The address as a browser will follow it, only when it is a complete http or https address. */
export function webAddress(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** "Zarate et al., 2004", "Palucha & Pilc, 2007", or the title when there are no authors. */
export function shortCitation(source: Source): string {
  const surname = (author: string) => author.split(' ')[0] ?? author;
  const [first, second] = source.authors;
  let who = source.title;
  if (first && source.authors.length === 1) who = surname(first);
  else if (first && second && source.authors.length === 2) who = `${surname(first)} & ${surname(second)}`;
  else if (first) who = `${surname(first)} et al.`;
  return source.year === undefined ? who : `${who}, ${source.year}`;
}

/** A short citation even for a work without listed authors: then the first words of its title and the year. */
export function briefCitation(source: Source): string {
  if (source.authors.length > 0) return shortCitation(source);
  const words = source.title.split(' ');
  const title = words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : source.title;
  return source.year === undefined ? title : `${title}, ${source.year}`;
}
