// Unit test of the Chromium lookup behind playwright.config.ts and of how `npm test` gets one, disk and environment stubbed.
import { describe, expect, it } from 'vitest';
import {
  nextInstallStep,
  NO_CHROMIUM,
  resolveChromiumPath,
  SYSTEM_CHROMIUM,
  type InstallStep,
} from '../../scripts/chromium-path';

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

describe('nextInstallStep', () => {
  const root = { root: true, apt: true };
  const user = { root: false, apt: true };

  /** Runs the plan on a machine where `works` steps put a browser on disk, returning what was tried. */
  function plan(machine: typeof root, works: Partial<Record<InstallStep, string>> = {}) {
    const files: string[] = [];
    const tried: InstallStep[] = [];
    for (
      let step = nextInstallStep(lookup(files), machine, tried);
      step;
      step = nextInstallStep(lookup(files), machine, tried)
    ) {
      tried.push(step);
      const installed = works[step];
      if (installed) files.push(installed);
    }
    return { tried, found: () => resolveChromiumPath(lookup(files)) };
  }

  it('tries nothing when a Chromium is already there', () => {
    expect(nextInstallStep(lookup([SYSTEM_CHROMIUM]), root, [])).toBeUndefined();
    expect(nextInstallStep(lookup([BUNDLED]), user, [])).toBeUndefined();
  });

  it("tries Playwright's download first, then as root the libraries it needs", () => {
    const { tried, found } = plan(root, { 'playwright-download': BUNDLED });
    expect(tried).toEqual(['playwright-download', 'playwright-libraries']);
    expect(found()).toBe(BUNDLED);
  });

  it("falls through to Debian's package as root when Playwright's servers cannot be reached", () => {
    const { tried, found } = plan(root, { 'debian-package': SYSTEM_CHROMIUM });
    expect(tried).toEqual(['playwright-download', 'debian-package']);
    expect(found()).toBe(SYSTEM_CHROMIUM);
  });

  it('gives up with the one sentence on how to get one when nothing works, or without root', () => {
    expect(plan(root).tried).toEqual(['playwright-download', 'debian-package']);
    expect(plan(user).tried).toEqual(['playwright-download']);
    expect(plan({ root: true, apt: false }).tried).toEqual(['playwright-download']);
    expect(NO_CHROMIUM).toMatch(/^No Chromium for the end-to-end tests was found or could be installed: install one /);
    expect(NO_CHROMIUM.match(/\. /g)).toBeNull();
  });

  it('installs nothing in place of a path the reader named', () => {
    const env = { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/nonexistent/chromium' };
    expect(nextInstallStep(lookup([], env), root, [])).toBeUndefined();
  });
});
