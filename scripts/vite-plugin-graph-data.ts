// Vite plugin: validates graph-data/ at build time and publishes the curated graph (with its precomputed layout) as a
// content-hashed JSON file the page fetches as it starts; the module `virtual:graph-bundle` says where that file is.
// The graph is data, not code: kept out of the JavaScript, it downloads beside the scripts (a preload in index.html),
// is parsed as JSON rather than scanned as script, and a new release of either never invalidates the other's cache.
// A build also publishes the curated graph as RDF (data/synapse-atlas-<version>.ttl and .nt).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildGraph } from '../src/lib/graph/build-graph.ts';
import { forceLayout } from '../src/lib/graph/layout-force.ts';
import { graphDataFiles, readGraphData, tourFiles } from '../src/lib/data/read-graph-data-dir.ts';
import type { GraphBundle } from '../src/lib/data/validate-dataset.ts';
import { curatedRelease } from '../src/lib/data/rdf/curated-release.ts';
import { datasetNTriples, datasetTurtle } from '../src/lib/data/rdf/write-rdf.ts';

const MODULE_ID = 'virtual:graph-bundle';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** The curated graph as the page reads it, and the file it is published as (under the build's base). */
interface CuratedFile {
  bundle: GraphBundle;
  fileName: string;
  text: string;
}

/** ATLAS_GRAPH_DATA builds the app from another graph-data folder (for example a draft under review). */
export function graphDataPlugin(directory = process.env.ATLAS_GRAPH_DATA ?? 'graph-data'): Plugin {
  const absoluteDirectory = resolve(directory);
  let base = '/';
  /** Read, checked and laid out once per build (or per change of graph-data while serving). */
  let curated: CuratedFile | undefined;
  const curatedFile = (): CuratedFile => {
    if (curated) return curated;
    // A DataValidationError names file:line and field for every problem and fails the build.
    const bundle = readGraphData(absoluteDirectory);
    // Lay the curated graph out once here, so the page opens without running the force layout.
    const positions = Object.fromEntries(forceLayout(buildGraph(bundle.nodes, bundle.edges)));
    const text = JSON.stringify({ ...bundle, positions });
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
    curated = { bundle, text, fileName: `assets/curated-graph-${hash}.json` };
    return curated;
  };
  return {
    name: 'synapse-atlas:graph-data',
    configResolved(config) {
      base = config.base;
    },
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of [...graphDataFiles(absoluteDirectory), ...tourFiles(absoluteDirectory)])
        this.addWatchFile(file);
      return `export default ${JSON.stringify(base + curatedFile().fileName)};`;
    },
    transformIndexHtml() {
      // Fetched as the page starts: the download begins with the HTML, beside the scripts.
      const href = base + curatedFile().fileName;
      return [{ tag: 'link', attrs: { rel: 'preload', href, as: 'fetch', crossorigin: '' }, injectTo: 'head' }];
    },
    generateBundle() {
      const { bundle, fileName, text } = curatedFile();
      this.emitFile({ type: 'asset', fileName, source: text });
      const { dataset, options } = curatedRelease(bundle);
      const name = `data/synapse-atlas-${bundle.dataset.version}`;
      this.emitFile({ type: 'asset', fileName: `${name}.ttl`, source: datasetTurtle(dataset, options).join('') });
      this.emitFile({ type: 'asset', fileName: `${name}.nt`, source: datasetNTriples(dataset, options).join('') });
    },
    configureServer(server) {
      server.watcher.add(absoluteDirectory);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(absoluteDirectory)) return;
        curated = undefined;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((request, response, next) => {
        if (!request.url?.startsWith(`${base}assets/curated-graph-`)) return next();
        const { fileName, text } = curatedFile();
        if (request.url.split('?')[0] !== base + fileName) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(text);
      });
    },
  };
}
