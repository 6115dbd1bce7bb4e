// The shipped graph-data: it validates, covers every seed claim, cites its sources, and states drug status and trial limits honestly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readGraphData } from '../../src/lib/data/read-graph-data-dir';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DATA_DIRECTORY = join(ROOT, 'graph-data');
const SEED_CLAIMS_FILE = join(ROOT, '..', 'shared', 'content', 'seed-claims.json');

const seedClaimsSchema = z.array(z.object({ id: z.string(), claim: z.string(), relation: z.string() }));
const seedClaims = seedClaimsSchema.parse(JSON.parse(readFileSync(SEED_CLAIMS_FILE, 'utf8')));

const bundle = readGraphData(DATA_DIRECTORY, ROOT);

function node(id: string) {
  const found = bundle.nodes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no node "${id}" in graph-data`);
  return found;
}

function source(id: string) {
  const found = bundle.sources.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no source "${id}" in sources.yaml`);
  return found;
}

describe('graph-data', () => {
  it('validates: every file parses and every reference resolves', () => {
    expect(() => readGraphData(DATA_DIRECTORY, ROOT)).not.toThrow();
    expect(bundle.nodes.length).toBeGreaterThan(0);
    expect(bundle.edges.length).toBeGreaterThan(0);
  });

  it('represents every seed claim by at least one edge', () => {
    const claimed = new Set(bundle.edges.flatMap((edge) => edge.claims));
    const missing = seedClaims.map((claim) => claim.id).filter((id) => !claimed.has(id));
    expect(missing, `seed claims with no edge: ${missing.join(', ')}`).toEqual([]);
  });

  it('represents every seed claim by an edge with the relation the claim suggests', () => {
    const mismatched = seedClaims
      .filter(
        (claim) => !bundle.edges.some((edge) => edge.claims.includes(claim.id) && edge.relation === claim.relation),
      )
      .map((claim) => `${claim.id} (${claim.relation})`);
    expect(mismatched, `seed claims with no edge of their relation: ${mismatched.join(', ')}`).toEqual([]);
  });

  it('cites only sources listed in sources.yaml', () => {
    const listed = new Set(bundle.sources.map((entry) => entry.id));
    const unknown = bundle.edges.flatMap((edge) => edge.sources.filter((id) => !listed.has(id)));
    expect(unknown).toEqual([]);
  });

  it('cites every source in sources.yaml at least once', () => {
    const cited = new Set(bundle.edges.flatMap((edge) => edge.sources));
    const uncited = bundle.sources.map((entry) => entry.id).filter((id) => !cited.has(id));
    expect(uncited, `sources no edge cites: ${uncited.join(', ')}`).toEqual([]);
  });

  it("lists the seed article's three citations, marking the unverifiable one as cited with no DOI or PMID", () => {
    expect(source('zarate-2004').doi).toBe('10.1176/appi.ajp.161.1.171');
    expect(source('hashimoto-2007').doi).toBe('10.1016/j.biopsych.2007.03.017');
    const unverified = source('cnsdt-2007-mglu');
    expect(unverified.as_cited).toBe(true);
    expect(unverified.doi).toBeUndefined();
    expect(unverified.pmid).toBeUndefined();
  });

  it('says the riluzole trial in treatment-resistant depression was open-label with 19 people', () => {
    const edge = bundle.edges.find(
      (candidate) =>
        candidate.source === 'drug:riluzole' &&
        candidate.relation === 'treats' &&
        candidate.target === 'condition:treatment-resistant-depression',
    );
    expect(edge?.note).toContain('open-label');
    expect(edge?.note).toMatch(/\b19\b/);
  });

  it('gives every node a summary, and every drug a status for depression or, if it is no treatment for depression, its licensed uses', () => {
    const withoutSummary = bundle.nodes.filter((entry) => entry.summary.trim() === '').map((entry) => entry.id);
    const drugsWithoutStanding = bundle.nodes
      .filter((entry) => entry.kind === 'drug' && !entry.status && !entry.approvedFor?.length)
      .map((entry) => entry.id);
    expect(withoutSummary).toEqual([]);
    expect(drugsWithoutStanding).toEqual([]);
  });

  it('never says a drug with no status for depression treats a depression', () => {
    const noStatus = new Set(
      bundle.nodes.filter((entry) => entry.kind === 'drug' && !entry.status).map((entry) => entry.id),
    );
    expect(noStatus.has('drug:reserpine')).toBe(true);
    const claims = bundle.edges
      .filter((edge) => noStatus.has(edge.source) && edge.relation === 'treats' && edge.target.includes('depression'))
      .map((edge) => edge.id);
    expect(claims).toEqual([]);
  });

  it('does not call riluzole approved, since it is approved only for ALS', () => {
    expect(node('drug:riluzole').status?.value).not.toBe('approved');
    expect(node('drug:riluzole').approvedFor?.map((use) => use.use)).toContain('amyotrophic lateral sclerosis (ALS)');
  });

  it('gives status as a treatment for depression, and lists approval for anything else apart', () => {
    // Approved for something else, not for depression.
    expect(node('drug:ketamine').status?.value).toBe('investigational');
    expect(node('drug:ketamine').approvedFor).toEqual([{ use: 'anaesthesia', year: 1970 }]);
    expect(node('drug:dextromethorphan').status?.value).not.toBe('approved');
    expect(node('drug:dextromethorphan').approvedFor?.map((use) => use.use)).toEqual(['cough']);
    expect(node('drug:memantine').status).toMatchObject({ value: 'failed', year: 2006 });
    expect(node('drug:memantine').approvedFor?.map((use) => use.use)).toEqual(["Alzheimer's disease"]);
    // Development stopped without approval: no longer "investigational".
    expect(node('drug:traxoprodil').status?.value).toBe('discontinued');
    // Approved for depression only in combination.
    expect(node('drug:dextromethorphan-bupropion').status?.value).toBe('approved');
    // A status year is the year of the depression decision, never of another approval.
    const mismatched = bundle.nodes
      .filter((entry) => entry.status?.year !== undefined)
      .filter((entry) =>
        entry.approvedFor?.some((use) => use.year === entry.status?.year && entry.status?.value !== 'approved'),
      )
      .map((entry) => entry.id);
    expect(mismatched).toEqual([]);
  });

  it('grades riluzole in treatment-resistant depression as contested, citing the negative placebo-controlled trial', () => {
    const edge = bundle.edges.find(
      (candidate) => candidate.id === 'drug:riluzole|treats|condition:treatment-resistant-depression',
    );
    expect(edge?.evidence).toBe('contested');
    expect(edge?.sources).toEqual(expect.arrayContaining(['zarate-2004', 'mathew-2017']));
  });

  it('does not call experimental drug classes approved', () => {
    const experimental = bundle.nodes.filter(
      (entry) => entry.id.startsWith('drug-class:') && /experimental/i.test(entry.label),
    );
    expect(experimental.length).toBeGreaterThan(0);
    const approved = experimental.filter((entry) => entry.status?.value === 'approved').map((entry) => entry.id);
    expect(approved).toEqual([]);
  });
});
