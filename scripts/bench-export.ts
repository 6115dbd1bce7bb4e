// `npm run bench`, export section: data-format writers in Node (curated graph and the 16k-node Hetionet extract) and
// image exports through the real Export dialog in headless Chromium (curated graph, and Hetionet as the app draws it).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { readGraphData } from '../src/lib/data/read-graph-data-dir.ts';
import { buildGraph } from '../src/lib/graph/build-graph.ts';
import { serveBuiltApp } from './bench-browser.ts';

const PORT = 4179;
const HETIONET = join('..', 'shared', 'data', 'hetionet', 'depression-16k.json.gz');
/** One image export may take this long before it is reported as not finished. */
const IMAGE_TIMEOUT_MS = 90_000;
/**
 * The whole 16k extract (230,883 edges) takes minutes to draw and export in software-rendered Chromium, so the
 * Cytoscape export is measured on its first nodes in file order (the anchor and its neighbourhood) and says so.
 */
const HETIONET_DRAWN_NODES = 2000;

const ms = (value: number) => `${value.toFixed(0)} ms`;
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timed<T>(run: () => T, runs: number): { ms: number; result: T } {
  const times: number[] = [];
  let result: T | undefined;
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    result = run();
    times.push(performance.now() - started);
  }
  return { ms: median(times), result: result as T };
}

/** The GEXF and GraphML modules read with the browser's DOMParser; in Node, xmldom stands in (writing needs none). */
async function loadWriters() {
  const globals = globalThis as Record<string, unknown>;
  globals.DOMParser ??= DOMParser;
  globals.Document ??= new DOMParser().parseFromString('<x/>', 'text/xml').constructor;
  return import('../src/lib/data/formats/exports.ts');
}

async function dataFormatTimes(root: string): Promise<Record<string, string>> {
  const writers = await loadWriters();
  const bundle = readGraphData(join(root, 'graph-data'), root);
  const curated = buildGraph(bundle.nodes, bundle.edges) as unknown as AbstractGraph;
  const rows: Record<string, string> = {};
  const graphs: [string, AbstractGraph, number][] = [
    [`curated (${curated.order} nodes, ${curated.size} edges)`, curated, 5],
  ];
  const hetionetPath = join(root, HETIONET);
  if (existsSync(hetionetPath)) {
    const started = performance.now();
    const hetionet = Graph.from(JSON.parse(gunzipSync(readFileSync(hetionetPath)).toString('utf8')));
    rows['Hetionet 16k: read and build the graph'] = ms(performance.now() - started);
    graphs.push([`Hetionet 16k (${hetionet.order} nodes, ${hetionet.size} edges)`, hetionet, 1]);
  } else rows['Hetionet 16k'] = `not found at ${hetionetPath}`;
  for (const [name, graph, runs] of graphs) {
    const formats: [string, () => string][] = [
      ['graphology JSON', () => writers.toGraphologyJson(graph)],
      ['GEXF', () => writers.toGexf(graph)],
      ['GraphML', () => writers.toGraphml(graph)],
      ['CSV nodes + edges', () => writers.toCsvNodes(graph) + writers.toCsvEdges(graph)],
      ['Cytoscape JSON', () => writers.toCytoscapeJson(graph)],
    ];
    for (const [format, write] of formats) {
      const { ms: time, result } = timed(write, runs);
      rows[`${name}: ${format}`] = `${ms(time)} (${MB(Buffer.byteLength(result))})`;
    }
  }
  return rows;
}

async function openDialog(page: Page): Promise<Locator> {
  const started = performance.now();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('img', { name: 'Preview of the export' }).waitFor({ timeout: IMAGE_TIMEOUT_MS });
  await dialog.locator('figure[aria-busy="false"]').waitFor({ timeout: IMAGE_TIMEOUT_MS });
  Object.assign(dialog, { openedMs: performance.now() - started });
  return dialog;
}

/** Time from pressing Download to the file saved, as the user waits for it. */
async function timeDownload(page: Page, dialog: Locator, format: string, timeout = IMAGE_TIMEOUT_MS): Promise<string> {
  await dialog.getByRole('radio', { name: format }).check();
  await dialog.locator('figure[aria-busy="false"]').waitFor({ timeout: IMAGE_TIMEOUT_MS });
  const started = performance.now();
  try {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout }),
      dialog.getByRole('button', { name: `Download ${format}` }).click(),
    ]);
    await download.path();
    const time = performance.now() - started;
    const status = (await dialog.getByRole('status').textContent()) ?? '';
    const size = /\((\d+ × \d+ \w+)\)/.exec(status)?.[1] ?? '';
    return `${ms(time)}${size ? ` (${size}${/made \d+ × \d+/.test(status) ? ', capped' : ''})` : ''}`;
  } catch {
    return `did not finish in ${timeout / 1000} s`;
  }
}

interface HetionetData {
  nodes: { key: string; attributes: { label?: string } }[];
  edges: { key: string; source: string; target: string }[];
}

/** The first `limit` nodes and the edges among them, as Cytoscape elements on a grid (the layout is not measured). */
function hetionetElements(root: string, limit: number) {
  const data = JSON.parse(gunzipSync(readFileSync(join(root, HETIONET))).toString('utf8')) as HetionetData;
  const nodes = data.nodes.slice(0, limit);
  const kept = new Set(nodes.map((node) => node.key));
  const edges = data.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target));
  const side = Math.ceil(Math.sqrt(nodes.length));
  return {
    nodes: nodes.length,
    edges: edges.length,
    elements: [
      ...nodes.map((node, index) => ({
        group: 'nodes' as const,
        data: { id: node.key, label: node.attributes.label ?? node.key },
        position: { x: (index % side) * 60, y: Math.floor(index / side) * 60 },
      })),
      ...edges.map((edge) => ({
        group: 'edges' as const,
        data: { id: edge.key, source: edge.source, target: edge.target },
      })),
    ],
  };
}

async function imageTimes(root: string, appDir: string): Promise<Record<string, string>> {
  const served = await serveBuiltApp({ appDir, port: PORT });
  const { browser } = served;
  const rows: Record<string, string> = {};
  try {
    for (const [name, dataset] of [
      ['curated', 'curated'],
      ['Hetionet 16k as drawn', 'hetionet-wide'],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
      await page.goto(`http://127.0.0.1:${PORT}/${dataset === 'curated' ? '' : `?dataset=${dataset}`}`);
      await page.waitForFunction(
        (id) => (window as unknown as { atlas?: { dataset?: string } }).atlas?.dataset === id,
        dataset,
        { timeout: IMAGE_TIMEOUT_MS },
      );
      await page.waitForSelector('[data-ready="true"]', { timeout: IMAGE_TIMEOUT_MS });
      const drawn = await page.evaluate(() => {
        const cy = (window as unknown as { atlas: { cy: import('cytoscape').Core } }).atlas.cy;
        const shown = cy.elements().not('.hidden');
        return `${shown.nodes().length} nodes, ${shown.edges().length} edges drawn`;
      });
      const dialog = await openDialog(page);
      rows[`${name} (${drawn}): open dialog → first preview`] = ms(
        (dialog as unknown as { openedMs: number }).openedMs,
      );
      await dialog.getByRole('radio', { name: 'The whole graph' }).check();
      await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('2');
      for (const format of ['PNG', 'SVG', 'PDF'])
        rows[`${name}: ${format}${format === 'PNG' ? ' 2×' : ''}, whole graph`] = await timeDownload(
          page,
          dialog,
          format,
        );
      await page.close();
    }
    if (existsSync(join(root, HETIONET))) {
      const subset = hetionetElements(root, HETIONET_DRAWN_NODES);
      const name = `Hetionet 16k, first ${subset.nodes} nodes and their ${subset.edges} edges (capped subset)`;
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
      await page.goto(`http://127.0.0.1:${PORT}/`);
      await page.waitForSelector('[data-ready="true"]', { timeout: IMAGE_TIMEOUT_MS });
      let started = performance.now();
      await page.evaluate((elements) => {
        const cy = (window as unknown as { atlas: { cy: import('cytoscape').Core } }).atlas.cy;
        cy.batch(() => {
          cy.elements().remove();
          cy.add(elements);
        });
        cy.fit();
      }, subset.elements);
      rows[`${name}: add to the live instance and draw`] = ms(performance.now() - started);
      started = performance.now();
      const dialog = await openDialog(page);
      rows[`${name}: open dialog → first preview`] = ms(performance.now() - started);
      // A format still running when its time is up would hold up the next, so these get longer.
      for (const format of ['PNG', 'SVG'])
        rows[`${name}: ${format} 2×`] = await timeDownload(page, dialog, format, 3 * IMAGE_TIMEOUT_MS);
      await page.close();
    }
  } finally {
    await served.close();
  }
  return rows;
}

/** Prints the export timings; `appDir` is the production build the rest of the benchmark made. */
export async function runExportBench(options: { root: string; appDir: string }): Promise<void> {
  console.log('\nExport (data formats: median of 5 runs on the curated graph, 1 on Hetionet; images: one run each)');
  console.table({ ...(await dataFormatTimes(options.root)), ...(await imageTimes(options.root, options.appDir)) });
}
