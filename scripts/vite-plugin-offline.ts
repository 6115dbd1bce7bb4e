// Makes the built app work offline after its first visit: a service worker (vite-plugin-pwa, Workbox) precaches the
// app shell and every asset, and keeps each dataset file it has fetched; plus a web app manifest.
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export function offlinePlugin(): PluginOption {
  return VitePWA({
    // Registered by the app itself once its first graph is drawn (src/lib/util/offline-worker.ts), not on the page's
    // load event, so the first install's downloads do not compete with starting up; production builds only.
    injectRegister: false,
    registerType: 'autoUpdate',
    includeAssets: ['favicon.svg'],
    manifest: {
      name: 'Synapse Atlas',
      short_name: 'Synapse Atlas',
      description: 'How glutamate, serotonin and norepinephrine fit into depression, with every link cited.',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b5394',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      // With the curated graph, which the page fetches as it starts (assets/curated-graph-<hash>.json).
      globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}', 'assets/*.json'],
      // The PDF and export chunks are large but must work offline too.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // Take charge of the page on the first visit, so a dataset opened then is kept for offline use too.
      clientsClaim: true,
      skipWaiting: true,
      runtimeCaching: [
        {
          // Dataset files are fetched on demand: keep each one once opened, refresh it when online.
          urlPattern: ({ url }) => url.pathname.includes('/data/'),
          handler: 'StaleWhileRevalidate',
          options: { cacheName: 'synapse-atlas-datasets', expiration: { maxEntries: 20 } },
        },
      ],
    },
  });
}
