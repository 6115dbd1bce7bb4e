// Unit test of how the integration tests find Virtuoso and when `npm test` may install it, disk and environment stubbed.
import { describe, expect, it } from 'vitest';
import {
  isqlPathFor,
  NO_VIRTUOSO,
  resolveVirtuosoPath,
  shouldInstallVirtuoso,
  SYSTEM_VIRTUOSO,
} from '../../scripts/virtuoso-path';

const CUSTOM = '/opt/virtuoso/bin/virtuoso-t';
const lookup = (files: string[], env: Record<string, string | undefined> = {}) => ({
  env,
  exists: (path: string) => files.includes(path),
});
const ROOT = { root: true, apt: true };

describe('resolveVirtuosoPath', () => {
  it('uses VIRTUOSO_EXECUTABLE_PATH first, then Debian’s /usr/bin/virtuoso-t', () => {
    expect(resolveVirtuosoPath(lookup([CUSTOM, SYSTEM_VIRTUOSO], { VIRTUOSO_EXECUTABLE_PATH: CUSTOM }))).toBe(CUSTOM);
    expect(resolveVirtuosoPath(lookup([SYSTEM_VIRTUOSO], { VIRTUOSO_EXECUTABLE_PATH: ' ' }))).toBe(SYSTEM_VIRTUOSO);
  });

  it('says in one sentence how to get one', () => {
    expect(() => resolveVirtuosoPath(lookup([]))).toThrow(NO_VIRTUOSO);
    expect(() => resolveVirtuosoPath(lookup([SYSTEM_VIRTUOSO], { VIRTUOSO_EXECUTABLE_PATH: '/nope' }))).toThrow(
      /VIRTUOSO_EXECUTABLE_PATH is "\/nope", but there is no file there\. No Virtuoso/,
    );
  });

  it('finds isql next to the server, else Debian’s isql-vt', () => {
    expect(isqlPathFor(CUSTOM, lookup(['/opt/virtuoso/bin/isql']))).toBe('/opt/virtuoso/bin/isql');
    expect(isqlPathFor(SYSTEM_VIRTUOSO, lookup(['/usr/bin/isql-vt']))).toBe('/usr/bin/isql-vt');
    expect(isqlPathFor(CUSTOM, lookup([]))).toBeUndefined();
  });
});

describe('shouldInstallVirtuoso', () => {
  it('installs only when none is there, as root with apt-get, and no path of the reader’s own is named', () => {
    expect(shouldInstallVirtuoso(lookup([]), ROOT)).toBe(true);
    expect(shouldInstallVirtuoso(lookup([SYSTEM_VIRTUOSO]), ROOT)).toBe(false);
    expect(shouldInstallVirtuoso(lookup([]), { root: false, apt: true })).toBe(false);
    expect(shouldInstallVirtuoso(lookup([]), { root: true, apt: false })).toBe(false);
    expect(shouldInstallVirtuoso(lookup([], { VIRTUOSO_EXECUTABLE_PATH: '/nope' }), ROOT)).toBe(false);
  });
});
