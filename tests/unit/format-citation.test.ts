// Reference lines and outbound links for sources: Vancouver-style text, honest about unverified entries, only web links.
import { describe, expect, it } from 'vitest';
import { briefCitation, formatCitation, sourceLinks } from '../../src/lib/data/format-citation';
import type { Source } from '../../src/lib/data/schema';

const HASHIMOTO: Source = {
  id: 'hashimoto-2007',
  type: 'journal-article',
  authors: ['Hashimoto K', 'Sawa A', 'Iyo M'],
  title: 'Increased levels of glutamate in brains from patients with mood disorders',
  journal: 'Biol Psychiatry',
  year: 2007,
  volume: '62',
  issue: '11',
  pages: '1310-1316',
  doi: '10.1016/j.biopsych.2007.03.017',
  pmid: '17574216',
  as_cited: false,
};

const WEB_PAGE: Source = {
  id: 'seed-article',
  type: 'web-page',
  authors: [],
  title: 'Glutamate & Depression',
  as_cited: false,
};

describe('formatCitation', () => {
  it('formats a journal article as authors, title, journal, year;volume(issue):pages, DOI and PMID', () => {
    expect(formatCitation(HASHIMOTO)).toBe(
      'Hashimoto K, Sawa A, Iyo M. Increased levels of glutamate in brains from patients with mood disorders. ' +
        'Biol Psychiatry. 2007;62(11):1310-1316. doi:10.1016/j.biopsych.2007.03.017. PMID: 17574216.',
    );
  });

  it('lists up to six authors in full', () => {
    const authors = ['A A', 'B B', 'C C', 'D D', 'E E', 'F F'];
    expect(formatCitation({ ...HASHIMOTO, authors })).toMatch(/^A A, B B, C C, D D, E E, F F\. Increased/);
  });

  it('lists the first six of more than six authors, then "et al"', () => {
    const authors = ['A A', 'B B', 'C C', 'D D', 'E E', 'F F', 'G G', 'H H'];
    const text = formatCitation({ ...HASHIMOTO, authors });
    expect(text).toMatch(/^A A, B B, C C, D D, E E, F F, et al\. Increased/);
    expect(text).not.toContain('G G');
  });

  it('does not double the full stop of a title that ends with one, and keeps a question mark', () => {
    expect(formatCitation({ ...WEB_PAGE, title: 'Glutamate and depression.' })).toBe('Glutamate and depression.');
    expect(formatCitation({ ...WEB_PAGE, title: 'Is depression a chemical imbalance?' })).toBe(
      'Is depression a chemical imbalance?',
    );
  });

  it('gives the year of a source without a journal', () => {
    expect(formatCitation({ ...WEB_PAGE, year: 2020 })).toBe('Glutamate & Depression. 2020.');
  });

  it('says when a source is given as cited and its details are not verified', () => {
    const asCited: Source = {
      id: 'cnsdt-2007-mglu',
      type: 'journal-article',
      authors: [],
      title: 'Article on metabotropic glutamate receptor blockers',
      journal: 'CNS Neurol Disord Drug Targets',
      year: 2007,
      as_cited: true,
    };
    expect(formatCitation(asCited)).toMatch(/not verified/);
    expect(formatCitation(HASHIMOTO)).not.toMatch(/not verified/);
  });
});

describe('sourceLinks', () => {
  it('links a DOI to doi.org and a PMID to PubMed', () => {
    expect(sourceLinks(HASHIMOTO)).toEqual([
      { label: 'DOI 10.1016/j.biopsych.2007.03.017', href: 'https://doi.org/10.1016/j.biopsych.2007.03.017' },
      { label: 'PubMed 17574216', href: 'https://pubmed.ncbi.nlm.nih.gov/17574216/' },
    ]);
  });

  it('keeps every character of a DOI inside the link, even "#" and "?"', () => {
    const doi = '10.1002/(SICI)1097-4679(199901)55:1<1::AID-JCLP1>3.0.CO;2-#';
    const [link] = sourceLinks({ ...WEB_PAGE, doi });
    const href = new URL(link?.href ?? '');
    expect(href.origin).toBe('https://doi.org');
    expect(href.hash).toBe('');
    expect(decodeURIComponent(href.pathname)).toBe(`/${doi}`);
  });

  it('offers a DOI link once when the web address is the same link (a work read from a graph server)', () => {
    const href = 'https://doi.org/10.1016/j.biopsych.2007.03.017';
    expect(sourceLinks({ ...HASHIMOTO, url: href }).filter((link) => link.href === href)).toHaveLength(1);
  });

  it('links a web address', () => {
    expect(sourceLinks({ ...WEB_PAGE, url: 'https://www.nimh.nih.gov/health/topics/depression' })).toEqual([
      { label: 'Web page', href: 'https://www.nimh.nih.gov/health/topics/depression' },
    ]);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,hi',
    '//evil.example',
  ])('never links to %s, even when it got past the schema', (url) => {
    expect(sourceLinks({ ...WEB_PAGE, url })).toEqual([]);
  });

  it('gives no links for a source with no DOI, PMID or address', () => {
    expect(sourceLinks(WEB_PAGE)).toEqual([]);
  });
});

describe('briefCitation', () => {
  it('names authors and year, or a work without authors by the first words of its title', () => {
    expect(briefCitation(HASHIMOTO)).toBe('Hashimoto et al., 2007');
    expect(briefCitation(WEB_PAGE)).toBe('Glutamate & Depression');
    expect(briefCitation({ ...WEB_PAGE, title: 'One two three four five six seven eight', year: 2020 })).toBe(
      'One two three four five six…, 2020',
    );
  });
});
