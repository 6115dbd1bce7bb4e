// Makes sure the end-to-end tests have a Chromium before they start: uses the one found, or gets one (Playwright's
// download where its servers can be reached, Debian's package as root), or says in one sentence how to get one.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { errorMessage } from '../src/lib/util/error-message.ts';
import { NO_CHROMIUM, nextInstallStep, resolveChromiumPath, type InstallStep } from './chromium-path.ts';

/** Playwright's servers may be unreachable (no outside network): give up on a connection after this long. */
const DOWNLOAD_CONNECTION_TIMEOUT_MS = 15_000;
/** A download that does connect may still take a while; past this it is stopped and the next way is tried. */
const STEP_TIMEOUT_MS = 10 * 60_000;

const lookup = { env: process.env, exists: existsSync, bundledPath: () => chromium.executablePath() };
const machine = { root: process.getuid?.() === 0, apt: existsSync('/usr/bin/apt-get') };

const WHAT: Record<InstallStep, string> = {
  'playwright-download': "downloading Playwright's Chromium",
  'playwright-libraries': 'installing the system libraries it needs (apt-get)',
  'debian-package': "installing Debian's chromium package (apt-get)",
};

function run(command: string, args: string[], options: SpawnSyncOptions = {}): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: STEP_TIMEOUT_MS, ...options });
  return result.status === 0;
}

function attempt(step: InstallStep): void {
  const apt = { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  if (step === 'playwright-download')
    run('npx', ['playwright', 'install', 'chromium'], {
      env: { ...process.env, PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: String(DOWNLOAD_CONNECTION_TIMEOUT_MS) },
    });
  else if (step === 'playwright-libraries') run('npx', ['playwright', 'install-deps', 'chromium'], apt);
  else if (run('apt-get', ['update', '-qq'], apt))
    run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core', 'fonts-liberation'], apt);
}

const tried: InstallStep[] = [];
for (let step = nextInstallStep(lookup, machine, tried); step; step = nextInstallStep(lookup, machine, tried)) {
  console.log(`No Chromium for the end-to-end tests yet: ${WHAT[step]}…`);
  attempt(step);
  tried.push(step);
}

try {
  const path = resolveChromiumPath(lookup);
  if (tried.length > 0) console.log(`The end-to-end tests will use ${path}.`);
} catch (error) {
  console.error(tried.length > 0 ? NO_CHROMIUM : errorMessage(error));
  process.exitCode = 1;
}
