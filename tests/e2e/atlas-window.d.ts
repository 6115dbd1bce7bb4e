// The read-only handle the app puts on `window` for power users and tests.
import type { Core } from 'cytoscape';
import type { AtlasGraph } from '../../src/lib/graph/build-graph';

declare global {
  interface Window {
    atlas: { readonly graph: AtlasGraph; readonly cy: Core; readonly version: string };
  }
}
