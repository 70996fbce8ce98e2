// The redactor as the user runs it: src/core/guard/secretRedactor.ts bundled by esbuild the way
// `npm run vscode:prepublish` bundles the extension (one module, minified, es2022), loaded from a
// temporary file. Run unbundled (tsx), every use of an imported binding is a getter call, a cost
// the shipped extension never pays; the speed figures time this bundle.
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Redactor from '../../src/core/guard/secretRedactor';

/** The redactor of the repository at `root` (this one by default), bundled and loaded. */
export function bundleRedactor(root = join(__dirname, '..', '..')): typeof Redactor {
  const dir = mkdtempSync(join(tmpdir(), 'flywheel-guard-bench-'));
  const outfile = join(dir, 'secretRedactor.js');
  try {
    writeBundle(root, outfile);
    return require(outfile) as typeof Redactor;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The bundle of the redactor of the repository at `root`, written to `outfile` (to load in other processes). */
export function writeBundle(root: string, outfile: string): void {
  buildSync({
    entryPoints: [join(root, 'src', 'core', 'guard', 'secretRedactor.ts')],
    outfile, bundle: true, minify: true, target: 'es2022', platform: 'node', format: 'cjs', logLevel: 'error',
  });
}

let own: typeof Redactor | undefined;

/** This repository's redactor, bundled on first use (a timing child of another tree never bundles this one). */
export function bundled(): typeof Redactor {
  return (own ??= bundleRedactor());
}
