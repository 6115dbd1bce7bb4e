// @vitest-environment jsdom
// An imported file's attributes at work on the page: the data table sorts, searches and selects; appearance colours
// by a column and reads the file's own look; attribute filters narrow the graph and travel in the address.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedDataset, previewImport } from '../../src/lib/data/imported-dataset';
import { parseViewUrl, serialiseViewUrl } from '../../src/lib/state/url-state';
import { loadCuratedBundle } from '../component/load-curated-bundle';
import { testPage } from '../fixtures/test-page';

const { bundle } = loadCuratedBundle();
const fixture = (name: string) => readFileSync(resolve(__dirname, '../fixtures/graphs', name), 'utf8');

function pageFor(name: string) {
  const preview = previewImport([{ name, text: fixture(name) }], bundle);
  return testPage(bundle, { dataset: importedDataset(preview, 'import-test', bundle) }).page;
}

describe('the data table', () => {
  it('lists every node, sorts by a column both ways, searches, and selects the chosen row', () => {
    const { table, atlas } = pageFor('typed-attributes.graphml');
    expect(table.rows).toHaveLength(6);
    table.sortBy('file:community');
    expect(table.rows.slice(0, 2)).toEqual(['n2', '__proto__']);
    table.sortBy('file:community');
    expect(table.rows[0]).toBe('n1');
    table.sortBy('file:community');
    expect(table.sort).toBeNull();
    table.search('has own');
    expect(table.rows).toEqual(['hasOwnProperty']);
    table.choose('hasOwnProperty');
    expect(atlas.selectedNode).toBe('hasOwnProperty');
    table.search('');
    table.show('edges');
    expect(table.rows).toHaveLength(6);
    table.choose('e3');
    expect(atlas.selectedEdge).toBe('e3');
  });
});

describe('appearance', () => {
  it('opens a file drawn elsewhere in its own colours and sizes, and colours by a column on request', () => {
    const { appearance } = pageFor('viz-attributes.gexf');
    expect([appearance.colourBy, appearance.sizeBy, appearance.widthBy]).toEqual(['file', 'file', 'file']);
    expect(appearance.styles.nodes.get('nmda')).toMatchObject({ colour: '#e69f00' });
    expect(appearance.styles.edges.get('a')).toMatchObject({ colour: '#0072b2' });
    appearance.colourNodesBy('file:ionotropic');
    expect(appearance.legend?.title).toBe('ionotropic');
    expect(appearance.styles.nodes.get('nmda')?.shape).toBeDefined();
    expect(appearance.colourChoices.map((choice) => choice.label)).toContain('Colours in the file');
    appearance.colourNodesBy('kind');
    expect(appearance.legend).toBeNull();
  });
});

describe('filters by attribute', () => {
  it('narrow the graph, count what they hide, undo, and round-trip through the address', () => {
    const { atlas } = pageFor('typed-attributes.graphml');
    atlas.filterByAttribute({ group: 'node', column: 'file:community', kind: 'range', min: 2 });
    expect([...atlas.visible.nodes].sort()).toEqual(['hasOwnProperty', 'n1', 'toString']);
    expect(atlas.visible.hidden.byAttribute).toBe(3);
    expect(atlas.narrowed).toBe(true);
    expect([...atlas.visible.edges]).toEqual(['e5']);
    atlas.filterByAttribute({ group: 'edge', column: 'file:kind', kind: 'values', values: ['friend'] });
    expect([...atlas.visible.edges]).toEqual([]);
    const query = serialiseViewUrl(atlas.view);
    expect(parseViewUrl(query, { hasNode: () => true, hasEdge: () => true }).view.attributes).toEqual(
      atlas.view.attributes,
    );
    expect(parseViewUrl('?filter=nonsense', { hasNode: () => true, hasEdge: () => true }).notices).toHaveLength(1);
    atlas.clearAttributeFilter('edge', 'file:kind');
    atlas.undo();
    expect(atlas.view.attributes).toHaveLength(2);
    atlas.resetFilters();
    expect(atlas.visible.nodes.size).toBe(6);
  });
});
