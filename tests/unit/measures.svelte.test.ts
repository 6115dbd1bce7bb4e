// @vitest-environment jsdom
// Measures as the page holds them: asked for, with progress, cancellable, then columns of the table like any other;
// an imported file's own attributes are columns too, typed as declared.
import { describe, expect, it } from 'vitest';
import { importedDataset, previewImport } from '../../src/lib/data/imported-dataset';
import type { MeasuresResult } from '../../src/lib/graph/measure-names';
import type { MeasuresJob } from '../../src/lib/graph/measures-job';
import { runMeasures } from '../../src/lib/graph/measures-job';
import { DatasetColumns } from '../../src/lib/state/columns.svelte';
import { measureColumns, MeasuresState } from '../../src/lib/state/measures.svelte';
import { OpenDataset } from '../../src/lib/state/open-dataset';
import { loadCuratedBundle } from '../component/load-curated-bundle';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const { bundle } = loadCuratedBundle();
const typed = readFileSync(resolve(__dirname, '../fixtures/graphs/typed-attributes.graphml'), 'utf8');

function openTyped(): OpenDataset {
  const preview = previewImport([{ name: 'typed.graphml', text: typed }], bundle);
  return new OpenDataset(importedDataset(preview, 'import-typed', bundle), bundle);
}

describe('MeasuresState', () => {
  it('computes the measures when asked and shows them as columns', async () => {
    const data = openTyped();
    const measures = new MeasuresState(data);
    const columns = new DatasetColumns(data, measures);
    expect(columns.nodes.map((column) => column.key)).toEqual([
      'atlas:id',
      'atlas:label',
      'atlas:kind',
      'file:label',
      'file:community',
      'file:approved',
      'file:score',
      'file:population',
      'file:ratio',
      'file:code',
      'file:note',
    ]);
    expect(columns.node('file:community')?.type).toBe('integer');
    expect(columns.node('file:approved')?.value('n2')).toBe(false);
    expect(columns.edge('atlas:direction')?.value('e3')).toBe('directed');
    expect(columns.edge('atlas:direction')?.value('e1')).toBe('undirected');
    expect(columns.edge('file:weight')?.value('e2')).toBe(1);

    await measures.compute();
    expect(measures.status).toBe('done');
    expect(measures.progress).toBe(1);
    expect(columns.node('measure:degree')?.value('n1')).toBe(2);
    expect(columns.node('measure:weightedDegree')?.value('n1')).toBe(3.5);
    expect(columns.node('measure:component')?.value('__proto__')).toBe(1);
    expect(typeof columns.node('measure:community')?.value('constructor')).toBe('number');
  });

  it('keeps earlier measures when a run is cancelled, and says when one fails', async () => {
    const data = openTyped();
    let finish: (result: MeasuresResult | null) => void = () => {};
    const pending: MeasuresJob = {
      result: new Promise((resolve) => (finish = resolve)),
      cancel: () => finish(null),
    };
    let calls = 0;
    const measures = new MeasuresState(data, {
      run: (graph, weight, options) => (++calls === 1 ? runMeasures(graph, weight, options) : pending),
    });
    await measures.compute();
    const first = measures.result;
    const second = measures.compute();
    expect(measures.status).toBe('running');
    measures.cancel();
    await second;
    expect(measures.status).toBe('done');
    expect(measures.result).toBe(first);

    const failing = new MeasuresState(data, {
      run: () => ({ result: Promise.reject(new Error('out of memory')), cancel: () => {} }),
    });
    await failing.compute();
    expect(failing.status).toBe('failed');
    expect(failing.problem).toContain('out of memory');
  });

  it('shows each measure as soon as it is done, says which is being computed, and cancel keeps those done', async () => {
    const data = openTyped();
    let options: Parameters<typeof runMeasures>[2] = {};
    const measures = new MeasuresState(data, {
      run: (_graph, _weight, given) => {
        options = given ?? {};
        let settle: (result: MeasuresResult | null) => void = () => {};
        return { result: new Promise((resolve) => (settle = resolve)), cancel: () => settle(null) };
      },
    });
    const columns = new DatasetColumns(data, measures);
    const running = measures.compute();
    await Promise.resolve();
    options.onStep?.('community');
    options.onResult?.({ values: new Map([['community', new Map([['n1', 1]])]]), modularity: 0.4 });
    expect(measures.status).toBe('running');
    expect(measures.measuring).toBe('communities');
    expect(measures.found).toEqual(['Community']);
    expect(columns.node('measure:community')?.value('n1')).toBe(1);
    expect(columns.node('measure:betweenness')).toBeUndefined();

    options.onStep?.('betweenness', 500);
    expect(measures.measuring).toBe('betweenness (estimated from 500 nodes)');
    measures.cancel();
    await running;
    expect(measures.status).toBe('done');
    expect(measures.measuring).toBeNull();
    expect(measures.result?.modularity).toBe(0.4);
    expect(columns.node('measure:community')?.value('n1')).toBe(1);
    // A cancelled run says nothing more.
    options.onResult?.({ values: new Map([['betweenness', new Map([['n1', 0.5]])]]), estimatedFrom: 500 });
    expect(columns.node('measure:betweenness')).toBeUndefined();
  });

  it('names an estimated betweenness as one in the columns', async () => {
    const data = openTyped();
    const measures = new MeasuresState(data, {
      run: () => ({
        result: Promise.resolve({ values: new Map([['betweenness', new Map([['n1', 0.25]])]]), estimatedFrom: 500 }),
        cancel: () => {},
      }),
    });
    const columns = new DatasetColumns(data, measures);
    await measures.compute();
    expect(columns.node('measure:betweenness')?.name).toBe('Betweenness (estimated from 500 nodes)');
    expect(columns.node('measure:betweenness')?.value('n1')).toBe(0.25);
    expect(measureColumns(measures.result).map(({ column }) => column.name)).toEqual([
      'Betweenness (estimated from 500 nodes)',
    ]);
  });
});
