// The bench's side of bench:completion --indexing that is not the product: the editor's
// workspace, the typist's rhythm, the host thread's clock, and the debounce timer's lateness.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock, type CompletionClock } from '../../src/core/completion/completionClock';
import type { ContextWorkspace } from '../../src/core/context/contextWorkspace';
import type { DocumentSnapshot } from '../../src/core/documentSnapshot';
import { seededRandom } from '../../src/core/seededRandom';

export /** The editor's side: the document being completed is the one open tab; files come from disk. */
class DiskWorkspace implements ContextWorkspace {
  current: DocumentSnapshot | undefined;
  constructor(private readonly root: string) {}
  openDocuments(): readonly DocumentSnapshot[] {
    return this.current ? [this.current] : [];
  }
  async readFile(path: string): Promise<string | undefined> {
    return readFile(join(this.root, path), 'utf8').catch(() => undefined);
  }
}

export /**
 * The host thread's own CPU time and its time runnable but waiting for a CPU (ms), from Linux's
 * per-thread schedstat: process.cpuUsage() would count the index worker's thread too.
 */
function hostThreadClock(): { cpu: number; wait: number } | undefined {
  try {
    const [cpu, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    return { cpu: cpu / 1e6, wait: wait / 1e6 };
  } catch {
    return undefined;
  }
}

export /** A typist's rhythm: mostly keystrokes 120-250 ms apart, and a pause of 1-3 s one time in four. */
function typingGaps(count: number): number[] {
  const random = seededRandom(0x7e57);
  return Array.from({ length: count }, () => (random() < 0.25 ? 1_000 + random() * 2_000 : 120 + random() * 130));
}

/**
 * The extension's clock, with how late each sleep (the debounce) woke: a host thread busy
 * elsewhere (a message, a collection) when the timer is due delays the request by that much,
 * which own time (total less the debounce's lap) does not count.
 */
export function timedClock(): CompletionClock & { lateMs: number } {
  const clock = {
    ...systemClock,
    lateMs: NaN,
    sleep: async (ms: number, signal: AbortSignal) => {
      const due = performance.now() + ms;
      await systemClock.sleep(ms, signal);
      clock.lateMs = performance.now() - due;
    },
  };
  return clock;
}
