// Picks the Chromium binary the end-to-end tests drive: an explicit path, Playwright's own download, or Debian's package.

const CHROMIUM_PATH_VARIABLE = 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH';
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const HOW_TO_GET_ONE =
  `Install one with \`apt-get install chromium\` (Debian/Ubuntu, as root), ` +
  `or set ${CHROMIUM_PATH_VARIABLE} to the path of a Chromium or Chrome binary.`;

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
export function resolveChromiumPath({ env, exists, bundledPath }: ChromiumLookup): string {
  const explicit = env[CHROMIUM_PATH_VARIABLE]?.trim();
  if (explicit) {
    if (exists(explicit)) return explicit;
    throw new Error(`${CHROMIUM_PATH_VARIABLE} is "${explicit}", but there is no file there. ${HOW_TO_GET_ONE}`);
  }

  const candidates = [bundledPathOrUndefined(bundledPath), SYSTEM_CHROMIUM].filter((path) => path !== undefined);
  const found = candidates.find((path) => exists(path));
  if (found) return found;
  throw new Error(`No Chromium for the end-to-end tests: looked at ${candidates.join(' and ')}. ${HOW_TO_GET_ONE}`);
}

/** Playwright throws when it has no build for this platform; that only means there is nothing bundled to use. */
function bundledPathOrUndefined(bundledPath: () => string): string | undefined {
  try {
    return bundledPath() || undefined;
  } catch {
    return undefined;
  }
}
