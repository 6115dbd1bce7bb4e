// Which graph servers the Content-Security-Policy lets the page ask: the defaults, ATLAS_GRAPH_SERVERS read when a
// server starts, refused when it is not a server address, and the built page's own policy rewritten to match.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GRAPH_SERVERS,
  META_POLICY,
  PREVIEW_POLICY,
  graphServers,
  policiesFor,
  withGraphServers,
} from '../../scripts/vite-plugin-csp';

const connectSrc = (policy: string) => /connect-src ([^;]*)/.exec(policy)?.[1]?.split(' ');

describe('graph servers in the Content-Security-Policy', () => {
  it('allows https servers and this computer by default, in the header and the page alike', () => {
    expect(graphServers(undefined)).toBe(DEFAULT_GRAPH_SERVERS);
    expect(graphServers('  ')).toBe(DEFAULT_GRAPH_SERVERS);
    expect(connectSrc(PREVIEW_POLICY)).toEqual(["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*']);
    expect(connectSrc(META_POLICY)).toEqual(connectSrc(PREVIEW_POLICY));
  });

  it('reads a list of servers, separated by spaces or commas', () => {
    const servers = graphServers('https://query.wikidata.org, http://sparql.lan:8890 http://*.example.org:*');
    expect(servers).toEqual(['https://query.wikidata.org', 'http://sparql.lan:8890', 'http://*.example.org:*']);
    const { preview, dev, meta } = policiesFor(servers);
    expect(connectSrc(preview)).toEqual(["'self'", ...servers]);
    expect(connectSrc(meta)).toEqual(["'self'", ...servers]);
    expect(connectSrc(dev)).toEqual(["'self'", 'ws:', 'wss:', ...servers]);
  });

  it.each(['*', "'unsafe-inline'", 'https://a.org; script-src *', 'javascript:', 'data:', 'ftp://x.org'])(
    'refuses "%s", which is not a server address',
    (value) => {
      expect(() => graphServers(value)).toThrow(/ATLAS_GRAPH_SERVERS has/);
    },
  );

  it("rewrites the built page's meta policy to allow the same servers, leaving the rest as it was", () => {
    const html = `<head><meta charset="UTF-8" />\n<meta http-equiv="Content-Security-Policy" content="${META_POLICY}" /></head>`;
    const rewritten = withGraphServers(html, ['http://sparql.lan:8890']);
    const content = /content="([^"]*)"/.exec(rewritten.split('\n')[1] ?? '')?.[1] ?? '';
    expect(connectSrc(content)).toEqual(["'self'", 'http://sparql.lan:8890']);
    expect(content.replace(/connect-src [^;]*/, '')).toBe(META_POLICY.replace(/connect-src [^;]*/, ''));
  });
});
