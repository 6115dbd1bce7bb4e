// Unit test of the Chromium lookup behind playwright.config.ts, with the disk and environment stubbed.
import { describe, expect, it } from 'vitest';
import { resolveChromiumPath, SYSTEM_CHROMIUM } from '../e2e/chromium-path';

const BUNDLED = '/home/someone/.cache/ms-playwright/chromium-1234/chrome-linux64/chrome';
const CUSTOM = '/opt/chrome/chrome';

function lookup(files: string[], env: Record<string, string | undefined> = {}, bundledPath = () => BUNDLED) {
  return { env, exists: (path: string) => files.includes(path), bundledPath };
}

describe('resolveChromiumPath', () => {
  it('uses PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH first, even when other browsers exist', () => {
    const env = { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: CUSTOM };
    expect(resolveChromiumPath(lookup([CUSTOM, BUNDLED, SYSTEM_CHROMIUM], env))).toBe(CUSTOM);
  });

  it('says so when PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH points at nothing', () => {
    const env = { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/nonexistent/chromium' };
    expect(() => resolveChromiumPath(lookup([SYSTEM_CHROMIUM], env))).toThrow(
      /PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH is "\/nonexistent\/chromium", but there is no file there/,
    );
  });

  it("prefers Playwright's own Chromium when it is on disk", () => {
    expect(resolveChromiumPath(lookup([BUNDLED, SYSTEM_CHROMIUM]))).toBe(BUNDLED);
  });

  it('falls back to /usr/bin/chromium when Playwright has not downloaded a browser', () => {
    expect(resolveChromiumPath(lookup([SYSTEM_CHROMIUM], { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '' }))).toBe(
      SYSTEM_CHROMIUM,
    );
  });

  it('falls back to /usr/bin/chromium when Playwright has no build for this platform', () => {
    const unsupported = () => {
      throw new Error('unsupported platform');
    };
    expect(resolveChromiumPath(lookup([SYSTEM_CHROMIUM], {}, unsupported))).toBe(SYSTEM_CHROMIUM);
  });

  it('throws an error that says how to get a Chromium when there is none', () => {
    const resolve = () => resolveChromiumPath(lookup([]));
    expect(resolve).toThrow(`looked at ${BUNDLED} and ${SYSTEM_CHROMIUM}`);
    expect(resolve).toThrow('apt-get install chromium');
    expect(resolve).toThrow('PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH');
  });
});
