// Which Chromium the end-to-end tests drive (an explicit path, Playwright's own download, or Debian's package), and
// what to try, in order, to get one when there is none. Pure: the disk, the environment and the user are passed in.

const CHROMIUM_PATH_VARIABLE = 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH';
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const HOW_TO =
  `install one with \`npx playwright install chromium\` or, on Debian/Ubuntu, \`sudo apt-get install chromium\`, ` +
  `or set ${CHROMIUM_PATH_VARIABLE} to the path of a Chromium or Chrome binary.`;
const HOW_TO_GET_ONE = `${HOW_TO.charAt(0).toUpperCase()}${HOW_TO.slice(1)}`;

/** The one sentence said when no Chromium was found and none could be installed. */
export const NO_CHROMIUM = `No Chromium for the end-to-end tests was found or could be installed: ${HOW_TO}`;

/** Where the resolver looks; passed in so it can be tested without a real disk or environment. */
export interface ChromiumLookup {
  /** Environment variables, usually `process.env`. */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether a file exists, usually `fs.existsSync`. */
  exists: (path: string) => boolean;
  /** Where Playwright's own Chromium would be installed, usually `chromium.executablePath()`; it may throw. */
  bundledPath: () => string;
}

/**
 * Returns the Chromium to launch, in this order: the path in PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
 * Playwright's bundled Chromium if it is on disk, then /usr/bin/chromium.
 * Throws an Error saying how to get one when none is there.
 */
export function resolveChromiumPath(lookup: ChromiumLookup): string {
  const explicit = explicitPath(lookup);
  if (explicit) {
    if (lookup.exists(explicit)) return explicit;
    throw new Error(`${CHROMIUM_PATH_VARIABLE} is "${explicit}", but there is no file there. ${HOW_TO_GET_ONE}`);
  }
  const candidates = candidatePaths(lookup);
  const found = candidates.find((path) => lookup.exists(path));
  if (found) return found;
  throw new Error(`No Chromium for the end-to-end tests: looked at ${candidates.join(' and ')}. ${HOW_TO_GET_ONE}`);
}

/**
 * A way to get a Chromium: Playwright's own build downloaded from its servers (which may be unreachable), the system
 * libraries that build needs, or Debian's `chromium` package. The last two need root and apt-get.
 */
export type InstallStep = 'playwright-download' | 'playwright-libraries' | 'debian-package';

export interface Machine {
  /** Running as root, so apt-get may install packages. */
  root: boolean;
  /** apt-get is there (Debian, Ubuntu). */
  apt: boolean;
}

/**
 * The next thing to try for a Chromium, given what was `tried`: Playwright's download first (and then, as root with
 * apt-get, the libraries it needs), else Debian's package as root. Nothing once one is found, once everything has
 * been tried, or when the reader named a path of their own (that one is missing, and installing another would hide
 * the mistake).
 */
export function nextInstallStep(
  lookup: ChromiumLookup,
  machine: Machine,
  tried: readonly InstallStep[],
): InstallStep | undefined {
  if (explicitPath(lookup)) return undefined;
  const apt = machine.root && machine.apt;
  const bundled = bundledPathOrUndefined(lookup.bundledPath);
  if (tried.includes('playwright-download') && bundled && lookup.exists(bundled))
    return apt && !tried.includes('playwright-libraries') ? 'playwright-libraries' : undefined;
  if (candidatePaths(lookup).some((path) => lookup.exists(path))) return undefined;
  if (!tried.includes('playwright-download')) return 'playwright-download';
  if (apt && !tried.includes('debian-package')) return 'debian-package';
  return undefined;
}

function explicitPath(lookup: ChromiumLookup): string | undefined {
  return lookup.env[CHROMIUM_PATH_VARIABLE]?.trim() || undefined;
}

function candidatePaths(lookup: ChromiumLookup): string[] {
  return [bundledPathOrUndefined(lookup.bundledPath), SYSTEM_CHROMIUM].filter((path) => path !== undefined);
}

/** Playwright throws when it has no build for this platform; that only means there is nothing bundled to use. */
function bundledPathOrUndefined(bundledPath: () => string): string | undefined {
  try {
    return bundledPath() || undefined;
  } catch {
    return undefined;
  }
}
