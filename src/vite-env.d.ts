// Types for modules that only exist inside the Vite build.
declare module 'virtual:graph-bundle' {
  import type { GraphBundle } from './lib/data/validate-dataset';
  const bundle: GraphBundle;
  export default bundle;
}

/** The app's version from package.json, set by Vite's `define`. */
declare const __APP_VERSION__: string;
