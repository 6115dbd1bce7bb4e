// The read-only handle the app puts on `window` for power users and tests.
import type { Core } from 'cytoscape';
import type Sigma from 'sigma';
import type { AtlasGraph } from '../../src/lib/graph/build-graph';

declare global {
  interface Window {
    atlas: {
      readonly graph: AtlasGraph;
      readonly cy: Core;
      readonly version: string;
      readonly dataset?: string;
      readonly renderer?: { chosen: string };
      /** The overview renderer, while a large graph is shown whole. */
      readonly sigma?: Sigma;
    };
  }
}
