// Vite plugin: validates graph-data/ at build time and serves it as the module `virtual:graph-bundle`; a build also
// publishes the curated graph as RDF (data/synapse-atlas-<version>.ttl and .nt) beside the other dataset files.
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

/** ATLAS_GRAPH_DATA builds the app from another graph-data folder (for example a draft under review). */
export function graphDataPlugin(directory = process.env.ATLAS_GRAPH_DATA ?? 'graph-data'): Plugin {
  const absoluteDirectory = resolve(directory);
  /** The bundle the build read last, so publishing its RDF does not read and check graph-data again. */
  let lastBundle: GraphBundle | undefined;
  return {
    name: 'synapse-atlas:graph-data',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of [...graphDataFiles(absoluteDirectory), ...tourFiles(absoluteDirectory)])
        this.addWatchFile(file);
      // A DataValidationError names file:line and field for every problem and fails the build.
      const bundle = readGraphData(absoluteDirectory);
      lastBundle = bundle;
      // Lay the curated graph out once here, so the page opens without running the force layout.
      const positions = Object.fromEntries(forceLayout(buildGraph(bundle.nodes, bundle.edges)));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify({ ...bundle, positions }))});`;
    },
    generateBundle() {
      const bundle = lastBundle ?? readGraphData(absoluteDirectory);
      const { dataset, options } = curatedRelease(bundle);
      const name = `data/synapse-atlas-${bundle.dataset.version}`;
      this.emitFile({ type: 'asset', fileName: `${name}.ttl`, source: datasetTurtle(dataset, options).join('') });
      this.emitFile({ type: 'asset', fileName: `${name}.nt`, source: datasetNTriples(dataset, options).join('') });
    },
    configureServer(server) {
      server.watcher.add(absoluteDirectory);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(absoluteDirectory)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
