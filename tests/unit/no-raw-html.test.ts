// Guards on the source itself: no code path turns text into markup or code, and every new-tab link drops the opener.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(process.cwd(), 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(svelte|ts)$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({ name: relative(SRC, path), text: readFileSync(path, 'utf8') }));
/** Comments may name what they avoid; only code counts. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->|(^|[^:])\/\/.*$/gm, '$1');

describe('the source', () => {
  it('never renders a string as HTML or runs a string as code', () => {
    const raw = /\{@html|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|new Function|\beval\(/;
    expect(files.filter((file) => raw.test(code(file.text))).map((file) => file.name)).toEqual([]);
  });

  it('opens every new-tab link with rel="noopener noreferrer"', () => {
    const offenders = files.flatMap((file) =>
      [...file.text.matchAll(/<a\b[^>]*target="_blank"[^>]*>/g)]
        .filter((match) => !/rel="noopener noreferrer"/.test(match[0]))
        .map((match) => `${file.name}: ${match[0]}`),
    );
    expect(offenders).toEqual([]);
    expect(files.length).toBeGreaterThan(50);
  });
});
