// The Content-Security-Policy strings: scripts only from our origin, never inline or eval'd, in every variant.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CYTOSCAPE_CONTAINER_STYLE,
  DEV_POLICY,
  META_POLICY,
  PREVIEW_POLICY,
  cspPlugin,
} from '../../scripts/vite-plugin-csp';

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name)
    ?.slice(1);

describe('Content-Security-Policy', () => {
  it.each([
    ['preview', PREVIEW_POLICY],
    ['meta', META_POLICY],
    ['dev', DEV_POLICY],
  ])('the %s policy allows scripts only from our own origin', (_name, policy) => {
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'base-uri')).toEqual(["'self'"]);
    expect(policy).not.toContain('unsafe-eval');
  });

  it("the built page allows inline style attributes, and no inline <style> element but Cytoscape's own", () => {
    expect(directive(PREVIEW_POLICY, 'style-src-elem')).toEqual([
      "'self'",
      "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='",
    ]);
    expect(directive(PREVIEW_POLICY, 'style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('the allowed stylesheet is still the one Cytoscape writes (an upgrade that changes it fails here)', () => {
    const source = readFileSync(
      new URL('../../node_modules/cytoscape/dist/cytoscape.esm.mjs', import.meta.url),
      'utf8',
    );
    const [selector, rule] = CYTOSCAPE_CONTAINER_STYLE.split(' { ');
    expect(source).toContain(`var className = '${selector?.slice(1)}';`);
    expect(source).toContain(`stylesheet.textContent = '.' + className + ' { ${rule}';`);
  });

  it('frame-ancestors is sent as a header but left out of the meta tag, where browsers ignore it', () => {
    // Course pages (https) and pages on this computer may embed a view; a plain-http site elsewhere may not.
    expect(directive(PREVIEW_POLICY, 'frame-ancestors')).toEqual([
      "'self'",
      'https:',
      'http://localhost:*',
      'http://127.0.0.1:*',
    ]);
    expect(directive(PREVIEW_POLICY, 'frame-ancestors')).not.toContain('*');
    expect(directive(PREVIEW_POLICY, 'frame-ancestors')).not.toContain('http:');
    expect(directive(META_POLICY, 'frame-ancestors')).toBeUndefined();
  });

  it('puts the meta policy right after the charset and refuses a page with an inline script', () => {
    const plugin = cspPlugin();
    const transform = plugin.transformIndexHtml as {
      handler: (html: string, context: { server?: unknown }) => string;
    };
    const page = '<html><head><meta charset="UTF-8" /><title>x</title><script src="/a.js"></script></head></html>';
    expect(transform.handler(page, {})).toMatch(
      /<meta charset="UTF-8" \/>\n\s*<meta http-equiv="Content-Security-Policy" content="default-src 'self';/,
    );
    expect(transform.handler(page, { server: {} })).toBe(page);
    expect(() => transform.handler('<head><script>alert(1)</script></head>', {})).toThrow(/inline <script>/);
  });
});
