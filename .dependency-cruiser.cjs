// Import rules for src/: the layers util ← graph ← data ← state ← components ← App, render only behind the canvas.
// Run by `npm run lint` as `depcruise src --config .dependency-cruiser.cjs`; a wrong arrow fails it.

/** Type declaration files (ambient module shims) may be used from any layer. */
const DECLARATIONS = '\\.d\\.ts$';

/** A rule saying that modules under `layer` may import from src/lib only the layers in `allowed` (and themselves). */
function layer(name, from, allowed, comment) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: `^src/lib/${from}/` },
    to: { path: '^src/lib/', pathNot: [`^src/lib/(${[from, ...allowed].join('|')})/`, DECLARATIONS] },
  };
}

module.exports = {
  forbidden: [
    layer('util-is-a-leaf', 'util', [], 'src/lib/util holds tiny pure helpers: it imports nothing from the project.'),
    layer(
      'graph-uses-only-util',
      'graph',
      ['util'],
      'src/lib/graph is the pure model: it may import only src/lib/util.',
    ),
    layer(
      'data-uses-graph-and-util',
      'data',
      ['graph', 'util'],
      'src/lib/data (validation, loading, formats) may import only src/lib/graph and src/lib/util.',
    ),
    layer(
      'state-uses-data-graph-util',
      'state',
      ['data', 'graph', 'util'],
      'src/lib/state may import only src/lib/data, src/lib/graph and src/lib/util; it never touches Cytoscape code.',
    ),
    layer(
      'render-uses-graph-and-util',
      'render',
      ['graph', 'util'],
      'src/lib/render is Cytoscape only: it may import src/lib/graph, src/lib/util and npm packages.',
    ),
    {
      name: 'lib-not-to-app',
      comment: 'Nothing in src/lib imports components, App.svelte or main.ts: the UI depends on the library, not back.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/', pathNot: ['^src/lib/', DECLARATIONS] },
    },
    {
      name: 'components-use-lib-layers',
      comment:
        'src/components may import other components and src/lib/{state,data,graph,util,render}, never App.svelte or main.ts.',
      severity: 'error',
      from: { path: '^src/components/' },
      to: { path: '^src/', pathNot: ['^src/components/', '^src/lib/(state|data|graph|util|render)/', DECLARATIONS] },
    },
    {
      name: 'render-only-from-canvas',
      comment: 'Only src/components/canvas (which owns the one Cytoscape instance) may import src/lib/render.',
      severity: 'error',
      from: { pathNot: ['^src/components/canvas/', '^src/lib/render/'] },
      to: { path: '^src/lib/render/' },
    },
    {
      name: 'no-circular',
      comment: 'Circular imports make load order fragile and blur which module owns what.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports and that imports nothing is dead code, or is missing its import.',
      severity: 'error',
      from: { orphan: true, pathNot: [DECLARATIONS, '(^|/)[.][^/]+[.](?:js|cjs|mjs|ts|cts|mts|json)$'] },
      to: {},
    },
    {
      name: 'not-to-unresolvable',
      comment:
        'Imports must resolve to a file or package; `virtual:` modules are provided by Vite plugins at build time.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
    {
      name: 'no-non-package-json',
      comment: 'An npm package imported from src/ must be listed in package.json, not just present in node_modules.',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'not-to-dev-dep',
      comment: 'Code in src/ is shipped: runtime imports must come from "dependencies", not "devDependencies".',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'], pathNot: ['node_modules/@types/'] },
    },
    {
      name: 'not-to-tests',
      comment: 'Application code never imports from tests/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-deprecated-core',
      comment: 'Deprecated Node core modules will disappear.',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['core'], path: '^(punycode|domain|constants|sys|_linklist|_stream_wrap)$' },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    // Type-only imports count too, so a layer cannot reach upwards even for a type.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types', 'svelte'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.js', '.svelte', '.d.ts', '.json'],
    },
    skipAnalysisNotInRules: true,
  },
};
