// The index database's lock. SQLite in WebAssembly locks with a `<db>.lock` folder, which a
// killed process leaves behind and which would keep the index shut for good: the `<db>.owner`
// file says whose lock it is, and a lock whose owner is gone (or is this process: a worker
// thread that died) is removed before the database is opened. A live owner keeps it.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

export function lockFiles(path: string): string[] {
  return [`${path}.lock`, `${path}.owner`];
}

export function removeStaleLock(path: string): void {
  if (!existsSync(`${path}.lock`)) return;
  let owner = Number.NaN;
  try {
    owner = Number(readFileSync(`${path}.owner`, 'utf8'));
  } catch {
    // no owner file: the lock outlived its writer
  }
  if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
    throw new Error(`the index is in use by another process (${owner}): ${path}`);
  }
  rmSync(`${path}.lock`, { recursive: true, force: true });
}

/** Records this process as the lock's owner (after the database is open). */
export function claimLock(path: string): void {
  writeFileSync(`${path}.owner`, String(process.pid));
}

export function releaseLock(path: string): void {
  rmSync(`${path}.owner`, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
