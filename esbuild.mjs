// Bundles the extension host code (CommonJS, `vscode` external), the chat webview, the CLI, the
// statistics worker, and copies the tree-sitter runtime and grammar .wasm files beside the bundle.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  target: 'es2022',
  // jsonc-parser's `main` is a UMD build whose factory requires './impl/…' at run time, which a bundle cannot resolve
  // (the bundle crashed on load: "Cannot find module './impl/format'"): its ES module build is bundled instead.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // The workspace index's own process (its main thread is the index thread; every thread at the lowest priority).
  { ...common, entryPoints: ['src/core/index/indexProcess.ts'], outfile: 'dist/indexProcess.js', platform: 'node', format: 'cjs' },
  // The workspace index's worker thread (its own bundle: a Worker starts from a file).
  { ...common, entryPoints: ['src/core/index/indexWorker.ts'], outfile: 'dist/indexWorker.js', platform: 'node', format: 'cjs' },
  // Its helper thread, which computes rows during a full pass (no SQLite in it).
  { ...common, entryPoints: ['src/core/index/rowsWorker.ts'], outfile: 'dist/indexRowsWorker.js', platform: 'node', format: 'cjs' },
  { ...common, entryPoints: ['src/cli/flywheelCli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  // The thread that reads a big feedback log for the statistics, off the extension host's loop.
  { ...common, entryPoints: ['src/core/feedback/statisticsWorker.ts'], outfile: 'dist/statisticsWorker.js', platform: 'node', format: 'cjs' },
  // The chat webview; its CSS imports (chat.css, codicons) land in dist/webview.css, the
  // codicon font beside it as dist/codicon.ttf.
  { ...common, entryPoints: ['media/chat/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife', loader: { '.ttf': 'file' }, assetNames: '[name]' },
].filter((b) => existsSync(b.entryPoints[0]));

function copyWasm() {
  rmSync('dist/wasm', { recursive: true, force: true });
  mkdirSync('dist/wasm', { recursive: true });
  cpSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm'), 'dist/wasm/web-tree-sitter.wasm');
  const grammars = join(dirname(require.resolve('@vscode/tree-sitter-wasm/package.json')), 'wasm');
  // Only the grammars src/core/syntax/languages.ts names: the package has more than we use.
  const used = new Set([...readFileSync('src/core/syntax/languages.ts', 'utf8').matchAll(/grammarFile: '([^']+)'/g)].map((m) => m[1]));
  for (const name of readdirSync(grammars).filter((n) => used.has(n))) {
    cpSync(join(grammars, name), join('dist/wasm', name));
  }
  // C is missing from @vscode/tree-sitter-wasm; the official package ships its wasm.
  cpSync(join(dirname(require.resolve('tree-sitter-c/package.json')), 'tree-sitter-c.wasm'), 'dist/wasm/tree-sitter-c.wasm');
  // SQLite compiled to WebAssembly, loaded by node-sqlite3-wasm from beside the bundle that requires it.
  cpSync(join(dirname(require.resolve('node-sqlite3-wasm/package.json')), 'dist/node-sqlite3-wasm.wasm'), 'dist/node-sqlite3-wasm.wasm');
  // Tree-sitter queries, read at run time from dist/queries/<lang>/*.scm (src/core/syntax/queries in tsx).
  rmSync('dist/queries', { recursive: true, force: true });
  if (existsSync('src/core/syntax/queries')) cpSync('src/core/syntax/queries', 'dist/queries', { recursive: true });
}

copyWasm();
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
