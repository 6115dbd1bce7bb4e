// Quality rules for the curated graph beyond what the validator checks: size, no orphans, unique names, honest citations, no contradictions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/lib/data/read-graph-data-dir';
import type { EdgeRecord, Relation } from '../../src/lib/graph/types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DATA_DIRECTORY = join(ROOT, 'graph-data');
const bundle = readGraphData(DATA_DIRECTORY, ROOT);

/** Relations that say opposite things about the same source and target; a pair is allowed only when one edge is `contested`. */
const RAISES: readonly Relation[] = ['increases', 'activates', 'agonist-of', 'positive-modulator-of'];
const LOWERS: readonly Relation[] = ['decreases', 'inhibits', 'antagonist-of', 'negative-modulator-of'];
const OPPOSITE_RELATIONS: readonly (readonly [Relation, Relation])[] = [
  ...RAISES.flatMap((raise) => LOWERS.map((lower) => [raise, lower] as const)),
  ['treats', 'may-cause'],
  ['treats', 'risk-factor-for'],
];

/** A DOI as doi.org resolves it: "10." + registrant + "/" + a suffix without spaces. */
const DOI = /^10\.\d{4,9}\/[^\s]+$/;
const PMID = /^[1-9]\d{0,8}$/;

function hasCheckedIdentifier(source: (typeof bundle.sources)[number]): boolean {
  return !source.as_cited && (source.doi !== undefined || source.pmid !== undefined);
}

function describeEdge(edge: EdgeRecord): string {
  return `${edge.source} —${edge.relation}→ ${edge.target}`;
}

describe('the curated graph', () => {
  it('is as broad as release 2.0 promises: at least 450 nodes, 1,200 edges and 140 sources', () => {
    expect(bundle.nodes.length).toBeGreaterThanOrEqual(450);
    expect(bundle.edges.length).toBeGreaterThanOrEqual(1200);
    expect(bundle.sources.length).toBeGreaterThanOrEqual(140);
  });

  it('gives every drug at least five relationships, a class or mechanism, and an onset', () => {
    const degree = new Map<string, number>();
    for (const edge of bundle.edges) {
      degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
      degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
    }
    const drugs = bundle.nodes.filter((node) => node.kind === 'drug');
    const kindOf = new Map(bundle.nodes.map((node) => [node.id, node.kind]));
    const thin = drugs.filter((drug) => (degree.get(drug.id) ?? 0) < 5).map((drug) => drug.id);
    const unplaced = drugs
      .filter(
        (drug) =>
          !bundle.edges.some(
            (edge) =>
              edge.source === drug.id &&
              ((edge.relation === 'is-a' && kindOf.get(edge.target) === 'drug-class') || edge.relation === 'works-by'),
          ),
      )
      .map((drug) => drug.id);
    const noOnset = drugs.filter((drug) => !drug.onset).map((drug) => drug.id);
    expect(thin, `drugs with fewer than five relationships: ${thin.join(', ')}`).toEqual([]);
    expect(unplaced, `drugs with no class and no mechanism: ${unplaced.join(', ')}`).toEqual([]);
    expect(noOnset, `drugs without an onset: ${noOnset.join(', ')}`).toEqual([]);
  });

  it('keeps at least 90% of its sources identified by a DOI or PMID checked against a record', () => {
    const share = bundle.sources.filter(hasCheckedIdentifier).length / bundle.sources.length;
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it('has no orphan nodes: every node takes part in at least one edge', () => {
    const linked = new Set(bundle.edges.flatMap((edge) => [edge.source, edge.target]));
    const orphans = bundle.nodes.filter((node) => !linked.has(node.id)).map((node) => node.id);
    expect(orphans, `nodes with no edge: ${orphans.join(', ')}`).toEqual([]);
  });

  it('gives no synonym to two nodes, and no synonym equal to another node label (ignoring case)', () => {
    const owners = new Map<string, string>();
    const labels = new Map(bundle.nodes.map((node) => [node.label.toLowerCase(), node.id]));
    const clashes: string[] = [];
    for (const node of bundle.nodes) {
      for (const synonym of new Set(node.synonyms.map((name) => name.toLowerCase()))) {
        const owner = owners.get(synonym);
        if (owner && owner !== node.id) clashes.push(`"${synonym}" is a synonym of ${owner} and ${node.id}`);
        owners.set(synonym, node.id);
        const labelled = labels.get(synonym);
        if (labelled && labelled !== node.id)
          clashes.push(`"${synonym}" (synonym of ${node.id}) is the label of ${labelled}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('cites a source on every edge except textbook knowledge', () => {
    const uncited = bundle.edges
      .filter((edge) => edge.evidence !== 'textbook' && edge.sources.length === 0)
      .map(describeEdge);
    expect(uncited).toEqual([]);
  });

  it('writes every DOI and PubMed id in its plain, resolvable form', () => {
    const malformed = bundle.sources.flatMap((source) => [
      ...(source.doi !== undefined && !DOI.test(source.doi) ? [`${source.id} doi "${source.doi}"`] : []),
      ...(source.pmid !== undefined && !PMID.test(source.pmid) ? [`${source.id} pmid "${source.pmid}"`] : []),
    ]);
    expect(malformed).toEqual([]);
  });

  it('never lists the same DOI or PubMed id under two source ids', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const source of bundle.sources) {
      for (const key of [source.doi && `doi ${source.doi.toLowerCase()}`, source.pmid && `pmid ${source.pmid}`]) {
        if (!key) continue;
        const first = seen.get(key);
        if (first) duplicates.push(`${key}: ${first} and ${source.id}`);
        seen.set(key, source.id);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('never says opposite things about the same pair of nodes unless one edge is contested', () => {
    const byPair = new Map<string, EdgeRecord[]>();
    for (const edge of bundle.edges) {
      const key = `${edge.source}→${edge.target}`;
      byPair.set(key, [...(byPair.get(key) ?? []), edge]);
    }
    const contradictions: string[] = [];
    for (const edges of byPair.values()) {
      for (const [first, second] of OPPOSITE_RELATIONS) {
        const a = edges.find((edge) => edge.relation === first);
        const b = edges.find((edge) => edge.relation === second);
        if (a && b && a.evidence !== 'contested' && b.evidence !== 'contested') {
          contradictions.push(`${describeEdge(a)} and ${describeEdge(b)}`);
        }
      }
    }
    expect(contradictions).toEqual([]);
  });

  it('explains every node in one to three plain sentences', () => {
    const tooLong = bundle.nodes
      .filter((node) => node.summary.split(/(?<=[.!?])\s+(?=[A-Z"(])/).length > 3)
      .map((node) => node.id);
    expect(tooLong, `summaries longer than three sentences: ${tooLong.join(', ')}`).toEqual([]);
  });

  it('gives every approved drug at least one brand name or abbreviation to search by', () => {
    const unnamed = bundle.nodes
      .filter((node) => node.kind === 'drug' && node.status?.value === 'approved' && node.synonyms.length === 0)
      .map((node) => node.id);
    expect(unnamed).toEqual([]);
  });

  it('gives every failed drug the year it failed', () => {
    const undated = bundle.nodes
      .filter((node) => node.status?.value === 'failed' && node.status.year === undefined)
      .map((node) => node.id);
    expect(undated).toEqual([]);
  });

  it('lets a reader follow the fast-acting chain from ketamine to new synapses with a source at every step', () => {
    const chain = [
      'drug:ketamine',
      'receptor:nmda-interneuron',
      'mechanism:disinhibition',
      'mechanism:glutamate-burst',
      'mechanism:ampa-activation',
      'mechanism:bdnf-release',
      'receptor:trkb',
      'enzyme:mtorc1',
      'mechanism:synaptogenesis',
    ];
    const steps = chain.slice(1).map((target, index) => {
      const source = chain[index];
      const edge = bundle.edges.find((candidate) => candidate.source === source && candidate.target === target);
      return { step: `${source} → ${target}`, cited: (edge?.sources.length ?? 0) > 0 };
    });
    expect(steps.filter((step) => !step.cited).map((step) => step.step)).toEqual([]);
  });
});

describe('the data release', () => {
  it('carries the version of the newest CHANGELOG entry in dataset.yaml', () => {
    const changelog = readFileSync(join(DATA_DIRECTORY, 'CHANGELOG.md'), 'utf8');
    const newest = /^## \[?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\]?/m.exec(changelog)?.[1];
    expect(newest, 'CHANGELOG.md needs an entry headed "## 1.2.3 – YYYY-MM-DD"').toBeDefined();
    expect(bundle.dataset.version).toBe(newest);
  });

  it('dates the newest CHANGELOG entry with the release date in dataset.yaml', () => {
    const changelog = readFileSync(join(DATA_DIRECTORY, 'CHANGELOG.md'), 'utf8');
    const heading = /^## .*$/m.exec(changelog)?.[0] ?? '';
    expect(heading).toContain(bundle.dataset.released);
  });
});
