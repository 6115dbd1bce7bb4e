// Which Virtuoso server the integration tests start (an explicit path or Debian's package), and whether this machine
// may install it. Pure: the disk, the environment and the user are passed in.

const VIRTUOSO_PATH_VARIABLE = 'VIRTUOSO_EXECUTABLE_PATH';
export const SYSTEM_VIRTUOSO = '/usr/bin/virtuoso-t';

/** The one sentence said when no Virtuoso was found and none could be installed. */
export const NO_VIRTUOSO =
  'No Virtuoso for the integration tests was found or could be installed: on Debian/Ubuntu run ' +
  '`sudo apt-get install virtuoso-opensource`, or set VIRTUOSO_EXECUTABLE_PATH to the path of a virtuoso-t binary.';

/** Where the resolver looks; passed in so it can be tested without a real disk or environment. */
export interface VirtuosoLookup {
  /** Environment variables, usually `process.env`. */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether a file exists, usually `fs.existsSync`. */
  exists: (path: string) => boolean;
}

/**
 * Returns the virtuoso-t to start: the path in VIRTUOSO_EXECUTABLE_PATH, else Debian's /usr/bin/virtuoso-t.
 * Throws an Error saying how to get one when there is none.
 */
export function resolveVirtuosoPath(lookup: VirtuosoLookup): string {
  const explicit = explicitPath(lookup);
  if (explicit) {
    if (lookup.exists(explicit)) return explicit;
    throw new Error(`${VIRTUOSO_PATH_VARIABLE} is "${explicit}", but there is no file there. ${NO_VIRTUOSO}`);
  }
  if (lookup.exists(SYSTEM_VIRTUOSO)) return SYSTEM_VIRTUOSO;
  throw new Error(NO_VIRTUOSO);
}

/**
 * The interactive SQL client shipped next to the server (Debian names it isql-vt), used to load Turtle files.
 * Found in the server's folder first, then as /usr/bin/isql-vt.
 */
export function isqlPathFor(serverPath: string, lookup: VirtuosoLookup): string | undefined {
  const folder = serverPath.slice(0, serverPath.lastIndexOf('/') + 1);
  return [`${folder}isql-vt`, `${folder}isql`, '/usr/bin/isql-vt'].find((path) => lookup.exists(path));
}

/**
 * Whether to install Debian's package now: only when nothing is found, the reader named no path of their own (that
 * one is missing, and installing another would hide the mistake), and apt-get can run as root.
 */
export function shouldInstallVirtuoso(lookup: VirtuosoLookup, machine: { root: boolean; apt: boolean }): boolean {
  if (explicitPath(lookup) || lookup.exists(SYSTEM_VIRTUOSO)) return false;
  return machine.root && machine.apt;
}

function explicitPath(lookup: VirtuosoLookup): string | undefined {
  return lookup.env[VIRTUOSO_PATH_VARIABLE]?.trim() || undefined;
}
