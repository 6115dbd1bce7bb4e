// ATLAS_GRAPH_SERVERS really reaches the browser without a rebuild: a preview server started with it sends it in the
// Content-Security-Policy header and serves the built page with its meta policy rewritten to the same servers.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { META_POLICY, cspPlugin } from '../../scripts/vite-plugin-csp';

const connectSrc = (policy: string | null | undefined) => /connect-src ([^;"]*)/.exec(policy ?? '')?.[1];
const page = `<!doctype html><html><head><meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${META_POLICY}" /></head><body></body></html>`;

let server: PreviewServer | undefined;
let root: string | undefined;

async function start(servers: string | undefined): Promise<string> {
  root = mkdtempSync(join(tmpdir(), 'atlas-csp-'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), page);
  writeFileSync(join(root, 'dist', 'app.js'), 'export {};');
  const before = process.env.ATLAS_GRAPH_SERVERS;
  if (servers === undefined) delete process.env.ATLAS_GRAPH_SERVERS;
  else process.env.ATLAS_GRAPH_SERVERS = servers;
  try {
    server = await preview({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [cspPlugin()],
      preview: { host: '127.0.0.1', port: 0 },
    });
  } finally {
    if (before === undefined) delete process.env.ATLAS_GRAPH_SERVERS;
    else process.env.ATLAS_GRAPH_SERVERS = before;
  }
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port');
  return `http://127.0.0.1:${address.port}`;
}

afterEach(async () => {
  await server?.close();
  server = undefined;
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the preview server and ATLAS_GRAPH_SERVERS', () => {
  it('allows the default graph servers when it is not set', async () => {
    const base = await start(undefined);
    const response = await fetch(`${base}/?dataset=live`);
    expect(connectSrc(response.headers.get('content-security-policy'))).toBe(
      "'self' https: http://localhost:* http://127.0.0.1:*",
    );
    expect(connectSrc(await response.text())).toBe("'self' https: http://localhost:* http://127.0.0.1:*");
  });

  it('sends the servers it names in the header and in the page, and leaves other files alone', async () => {
    const base = await start('http://sparql.lan:8890, https://query.wikidata.org');
    const response = await fetch(`${base}/?dataset=live`);
    const allowed = "'self' http://sparql.lan:8890 https://query.wikidata.org";
    expect(connectSrc(response.headers.get('content-security-policy'))).toBe(allowed);
    expect(connectSrc(await response.text())).toBe(allowed);
    const script = await fetch(`${base}/app.js`);
    expect(await script.text()).toBe('export {};');
    expect(connectSrc(script.headers.get('content-security-policy'))).toBe(allowed);
  });

  it('refuses to start on a value that is not a server address', async () => {
    await expect(start("https://x.org; script-src 'unsafe-inline'")).rejects.toThrow(/ATLAS_GRAPH_SERVERS has/);
  });
});
