// Last line of defence: whatever the test did, processes started by the harness die with
// the test process (normal exit, uncaught error, Ctrl+C, the runner's SIGTERM).
import type { ChildProcess } from 'node:child_process';

const groups = new Set<number>();
let installed = false;

function killAll(): void {
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  groups.clear();
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killAll();
      process.kill(process.pid, signal);
    });
  }
}

/** Kills the child's process group when this process exits; returns a function to forget it. */
export function killOnExit(child: ChildProcess): () => void {
  install();
  if (child.pid === undefined) return () => {};
  const pid = child.pid;
  groups.add(pid);
  return () => groups.delete(pid);
}
