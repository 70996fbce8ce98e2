// Last line of defence: whatever the test did, processes started by the harness die with
// the test process (normal exit, uncaught error, Ctrl+C, the runner's SIGTERM), and their
// temp dirs go with them.
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

const leftovers = new Map<number, string | undefined>();
let installed = false;

function cleanUpAll(): void {
  for (const [pid, dir] of leftovers) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  leftovers.clear();
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', cleanUpAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      cleanUpAll();
      process.kill(process.pid, signal);
    });
  }
}

/**
 * Kills the (detached) child's process group and removes `tempDir` when this process exits;
 * returns a function to forget them once stopped normally.
 */
export function killOnExit(child: ChildProcess, tempDir?: string): () => void {
  install();
  if (child.pid === undefined) return () => {};
  const pid = child.pid;
  leftovers.set(pid, tempDir);
  return () => leftovers.delete(pid);
}
