// Sets the Content-Security-Policy: an HTTP header from the dev and preview servers, a <meta> tag in the built page.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

type Directives = Record<string, readonly string[]>;

/** The one inline stylesheet Cytoscape adds to the page (see its renderer's init); allowed by its hash alone. */
export const CYTOSCAPE_CONTAINER_STYLE = '.__________cytoscape_container { position: relative; }';
const styleHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Who may show the app in a frame: course pages embed views (`?embed=1`), so any https page may, and pages served from
 * this computer while a teacher tries it out; never a plain-http page elsewhere. A host serving the built files sets
 * its own header, naming only its course site (README, "Embedding a view").
 */
const FRAME_ANCESTORS = ["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*'];

/**
 * The policy for the built app. Scripts come only from our own origin (no inline script, no eval); styles too,
 * except inline `style` attributes, which Svelte (`style:` directives) and Cytoscape (its canvas layers) set,
 * and Cytoscape's one-line container stylesheet, allowed by its hash.
 */
const BUILD_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'style-src-elem': ["'self'", styleHash(CYTOSCAPE_CONTAINER_STYLE)],
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
  'frame-ancestors': FRAME_ANCESTORS,
};

/** The dev server injects CSS as <style> elements and talks to the page over a WebSocket for hot reload. */
const DEV_DIRECTIVES: Directives = {
  ...BUILD_DIRECTIVES,
  'style-src': ["'self'", "'unsafe-inline'"],
  'style-src-elem': ["'self'", "'unsafe-inline'"],
  'connect-src': ["'self'", 'ws:', 'wss:'],
};

/** Directives a <meta> policy may not carry (browsers ignore them there, with a console warning). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function serialise(directives: Directives, skip: ReadonlySet<string> = new Set()): string {
  return Object.entries(directives)
    .filter(([name]) => !skip.has(name))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy sent as a header by `vite preview` (and so `npm start` and the e2e tests). */
export const PREVIEW_POLICY = serialise(BUILD_DIRECTIVES);
/** The policy sent as a header by `vite` (the dev server). */
export const DEV_POLICY = serialise(DEV_DIRECTIVES);
/** The policy written into the built index.html, for hosts that serve the files without our header. */
export const META_POLICY = serialise(BUILD_DIRECTIVES, HEADER_ONLY);

export function cspPlugin(): Plugin {
  return {
    name: 'synapse-atlas:csp',
    configureServer(server) {
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', DEV_POLICY);
        next();
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', PREVIEW_POLICY);
        response.setHeader('X-Content-Type-Options', 'nosniff');
        response.setHeader('Referrer-Policy', 'no-referrer');
        next();
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        // Only the built page carries the meta policy: the dev server's own header is looser, for hot reload.
        if (context.server) return html;
        if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html))
          throw new Error('The built index.html has an inline <script>, which the Content-Security-Policy forbids.');
        // Right after <meta charset>, so the policy covers every element that follows, and the charset stays first.
        const meta = `<meta http-equiv="Content-Security-Policy" content="${META_POLICY}" />`;
        const charset = /<meta charset=[^>]*>/i.exec(html);
        if (!charset) return html.replace(/<head>/i, `<head>\n    ${meta}`);
        const end = charset.index + charset[0].length;
        return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
      },
    },
  };
}
