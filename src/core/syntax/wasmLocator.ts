// Where the tree-sitter runtime and grammar .wasm files live. The bundle has them copied to
// dist/wasm by esbuild.mjs; tests, the bench and tsx runs find them in node_modules.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Maps a wasm file name (`web-tree-sitter.wasm`, `tree-sitter-go.wasm`) to an absolute path. */
export type WasmLocator = (fileName: string) => string;

/** All wasm files in one folder, as esbuild.mjs lays them out in `dist/wasm`. */
export function wasmDirLocator(dir: string): WasmLocator {
  return (fileName) => join(dir, fileName);
}

/** The wasm files inside the npm packages that ship them (for tests, the bench, tsx). */
export function nodeModulesWasmLocator(): WasmLocator {
  // A require of our own so esbuild does not try to bundle these resolutions.
  const resolve = createRequire(__filename).resolve;
  return (fileName) => {
    if (fileName === 'web-tree-sitter.wasm') return resolve('web-tree-sitter/web-tree-sitter.wasm');
    if (fileName === 'tree-sitter-c.wasm') return join(dirname(resolve('tree-sitter-c/package.json')), fileName);
    return join(dirname(resolve('@vscode/tree-sitter-wasm/package.json')), 'wasm', fileName);
  };
}

/** `dist/wasm` beside the running bundle when it exists, else node_modules. */
export function defaultWasmLocator(): WasmLocator {
  const bundled = join(__dirname, 'wasm');
  return existsSync(join(bundled, 'web-tree-sitter.wasm')) ? wasmDirLocator(bundled) : nodeModulesWasmLocator();
}
