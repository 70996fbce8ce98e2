// Which index worker a bench starts: the shipped bundle (dist/indexWorker.js, what the .vsix
// runs: no tsx compiling sources inside the measured process) unless `--worker-source` asks
// for the .ts sources through tsx. A bundle older than the sources is refused, not measured.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { flag } from '../commandLine';

export interface BenchWorker {
  readonly workerPath: string;
  readonly execArgv?: readonly string[];
  readonly label: 'bundle' | 'source';
}

const ROOT = join(import.meta.dirname, '..', '..');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function benchWorker(): BenchWorker {
  if (flag('--worker-source')) {
    return { workerPath: join(ROOT, 'src', 'core', 'index', 'indexWorker.ts'), execArgv: ['--require', 'tsx/cjs'], label: 'source' };
  }
  const bundle = join(ROOT, 'dist', 'indexWorker.js');
  if (!existsSync(bundle)) throw new Error('dist/indexWorker.js not found: run `npm run build` first (or pass --worker-source)');
  if (statSync(bundle).mtimeMs < newestSource(join(ROOT, 'src', 'core'))) {
    throw new Error('dist/indexWorker.js is older than src/core: run `npm run build` first (or pass --worker-source)');
  }
  return { workerPath: bundle, label: 'bundle' };
}
