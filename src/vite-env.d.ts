// Types for modules that only exist inside the Vite build.
declare module 'virtual:graph-bundle' {
  /** Where the curated graph (its validated bundle and precomputed positions) is published, as JSON. */
  const address: string;
  export default address;
}

/** The app's version from package.json, set by Vite's `define`. */
declare const __APP_VERSION__: string;
