// Which index worker a bench starts: the shipped bundle (dist/indexWorker.js, what the .vsix
// runs: no tsx compiling sources inside the measured process) unless `--worker-source` asks
// for the .ts sources through tsx. A bundle older than the sources is refused, not measured.
// Where it runs: in a process of its own (dist/indexProcess.js, as the extension starts it),
// or with `--index-thread` as a worker thread of the bench's process (as before 2026-12-03).
// `--index-flags "--a --b"`: Node/V8 flags for the index's process or thread after the
// shipped ones (indexProcessFlags), to compare flags A/B on one build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../../src/core/logger';
import { IndexClient } from '../../src/core/index/indexClient';
import type { IndexConnection } from '../../src/core/index/indexProtocol';
import { IndexProcessClient } from '../../src/core/index/indexProcessClient';
import { flag, option } from '../commandLine';

export interface BenchWorker {
  readonly workerPath: string;
  readonly execArgv?: readonly string[];
  readonly label: 'bundle' | 'source';
  /** The index's own process's script (dist/indexProcess.js, or the source), unless `--index-thread`. */
  readonly processScript?: string;
}

/** The index as the bench drives it, and the id of its process when it has one of its own. */
export type BenchIndexConnection = IndexConnection & { readonly pid?: number };

export function benchIndexConnection(worker: BenchWorker, logger: Logger, onProgress: (done: number, total: number) => void): BenchIndexConnection {
  if (worker.processScript) return new IndexProcessClient({ script: worker.processScript, execArgv: worker.execArgv, logger, onProgress });
  return new IndexClient({ workerPath: worker.workerPath, execArgv: worker.execArgv, logger, onProgress });
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
  const extraFlags = option('--index-flags')?.split(/\s+/).filter(Boolean) ?? [];
  if (flag('--worker-source')) {
    const processScript = flag('--index-thread') ? undefined : join(ROOT, 'src', 'core', 'index', 'indexProcess.ts');
    return { workerPath: join(ROOT, 'src', 'core', 'index', 'indexWorker.ts'), execArgv: ['--require', 'tsx/cjs', ...extraFlags], label: 'source', processScript };
  }
  const bundle = join(ROOT, 'dist', 'indexWorker.js');
  if (!existsSync(bundle)) throw new Error('dist/indexWorker.js not found: run `npm run build` first (or pass --worker-source)');
  if (statSync(bundle).mtimeMs < newestSource(join(ROOT, 'src', 'core'))) {
    throw new Error('dist/indexWorker.js is older than src/core: run `npm run build` first (or pass --worker-source)');
  }
  return { workerPath: bundle, execArgv: extraFlags, label: 'bundle', processScript: flag('--index-thread') ? undefined : join(ROOT, 'dist', 'indexProcess.js') };
}
