// Makes sure the integration tests have a Virtuoso graph server before they start: uses the one found, or installs
// Debian's package as root (no questions asked), or says in one sentence how to get one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { errorMessage } from '../src/lib/util/error-message.ts';
import { NO_VIRTUOSO, resolveVirtuosoPath, shouldInstallVirtuoso } from './virtuoso-path.ts';

/** Past this the package manager is stopped and the tests are told there is no Virtuoso. */
const INSTALL_TIMEOUT_MS = 10 * 60_000;

const APT_GET = '/usr/bin/apt-get';
const lookup = { env: process.env, exists: existsSync };
const machine = { root: process.getuid?.() === 0, apt: existsSync(APT_GET) };

function apt(args: string[]): boolean {
  // The package asks for a DBA password; left blank it keeps its own system service disabled, which suits the tests
  // (they start their own server on free loopback ports with a throwaway database).
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', DEBCONF_NONINTERACTIVE_SEEN: 'true' };
  const result = spawnSync(APT_GET, args, { stdio: 'inherit', timeout: INSTALL_TIMEOUT_MS, env });
  return result.status === 0;
}

const installing = shouldInstallVirtuoso(lookup, machine);
if (installing) {
  console.log("No Virtuoso for the integration tests yet: installing Debian's virtuoso-opensource (apt-get)…");
  if (apt(['update', '-qq'])) apt(['install', '-y', '-qq', '--no-install-recommends', 'virtuoso-opensource']);
}

try {
  const path = resolveVirtuosoPath(lookup);
  if (installing) console.log(`The integration tests will use ${path}.`);
} catch (error) {
  // Outside CI the integration tests then skip, saying why; in CI they must run, so this fails the build.
  console.error(installing ? NO_VIRTUOSO : errorMessage(error));
  if (process.env.CI) process.exitCode = 1;
}
