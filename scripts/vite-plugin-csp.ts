// Sets the Content-Security-Policy: an HTTP header from the dev and preview servers, a <meta> tag in the built page.
// The graph servers the page may ask (connect-src) are read from ATLAS_GRAPH_SERVERS when a server starts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';

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
 * The SPARQL endpoints the live dataset may ask unless ATLAS_GRAPH_SERVERS names others: any https server (public
 * endpoints such as Wikidata's or UniProt's) and servers on this computer.
 */
export const DEFAULT_GRAPH_SERVERS: readonly string[] = ['https:', 'http://localhost:*', 'http://127.0.0.1:*'];
const GRAPH_SERVERS_VARIABLE = 'ATLAS_GRAPH_SERVERS';

/** A CSP source for a server: a scheme (`https:`) or an origin with an optional port or path, `*` allowed in both. */
const SERVER_SOURCE = /^(?:https?:|https?:\/\/(?:\*\.)?[a-z0-9.-]+(?::(?:\d{1,5}|\*))?(?:\/[\w./~%-]*)?)$/i;

/**
 * The graph servers ATLAS_GRAPH_SERVERS names (separated by spaces or commas), or the defaults when it is unset or
 * empty; throws, naming the bad entry, when one is not a server address (so a typo cannot loosen the policy).
 */
export function graphServers(value: string | undefined): readonly string[] {
  const entries = (value ?? '').split(/[\s,]+/).filter(Boolean);
  if (entries.length === 0) return DEFAULT_GRAPH_SERVERS;
  const bad = entries.find((entry) => !SERVER_SOURCE.test(entry));
  if (bad !== undefined)
    throw new Error(
      `${GRAPH_SERVERS_VARIABLE} has "${bad}", which is not a server address like https://example.org or http://sparql.lan:8890.`,
    );
  return entries;
}

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
  'connect-src': ["'self'", ...DEFAULT_GRAPH_SERVERS],
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
  'connect-src': ["'self'", 'ws:', 'wss:', ...DEFAULT_GRAPH_SERVERS],
};

const withServers = (directives: Directives, servers: readonly string[], extra: readonly string[] = []) => ({
  ...directives,
  'connect-src': ["'self'", ...extra, ...servers],
});

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

/** The policies for a server started with these graph servers allowed. */
export function policiesFor(servers: readonly string[]): { preview: string; dev: string; meta: string } {
  return {
    preview: serialise(withServers(BUILD_DIRECTIVES, servers)),
    dev: serialise(withServers(DEV_DIRECTIVES, servers, ['ws:', 'wss:'])),
    meta: serialise(withServers(BUILD_DIRECTIVES, servers), HEADER_ONLY),
  };
}

/**
 * The built page with its meta policy's connect-src naming `servers`: a page carries both policies and the browser
 * applies both, so the meta must allow what the header allows.
 */
export function withGraphServers(html: string, servers: readonly string[]): string {
  return html.replace(
    /(<meta http-equiv="Content-Security-Policy" content="[^"]*?connect-src )([^;"]*)/,
    (_whole, start: string) => `${start}'self' ${servers.join(' ')}`,
  );
}

/** Whether a request asks for the page itself (the app's routes all serve index.html). */
function asksForPage(request: Connect.IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  return path.endsWith('/') || path.endsWith('/index.html');
}

export function cspPlugin(): Plugin {
  return {
    name: 'synapse-atlas:csp',
    configureServer(server) {
      const { dev } = policiesFor(graphServers(process.env[GRAPH_SERVERS_VARIABLE]));
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', dev);
        next();
      });
    },
    configurePreviewServer(server) {
      // Read when the server starts, so the built files need not be built again for another graph server.
      const servers = graphServers(process.env[GRAPH_SERVERS_VARIABLE]);
      const { preview } = policiesFor(servers);
      const page = resolve(server.config.root, server.config.build.outDir, 'index.html');
      server.middlewares.use((request, response, next) => {
        response.setHeader('Content-Security-Policy', preview);
        response.setHeader('X-Content-Type-Options', 'nosniff');
        response.setHeader('Referrer-Policy', 'no-referrer');
        if (servers === DEFAULT_GRAPH_SERVERS || !asksForPage(request)) return next();
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(withGraphServers(readFileSync(page, 'utf8'), servers));
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
