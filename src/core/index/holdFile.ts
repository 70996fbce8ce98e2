// The holds the extension host keeps (typing, a completion in flight), in a small file that the
// index's own process reads: each thread of that process that does the index's work reads it
// itself, between the steps of a file and inside a parse, so a hold stops the work without
// waiting for a message to be heard. A message is heard only by the thread whose event loop
// turns, after the work queued before it; every thread of the index's process is in the idle
// scheduling class, and the thread that relayed the holds as messages waited for a CPU (idle
// machine, 240 requests: 460 ms in all) while the index went on working inside the requests.
// A write is one pwrite on the host's thread, a read one pread: no waiting on either side.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import type { HoldState } from './indexHold';

/** until, inFlight, begun, and a check of the three. */
const VALUES = 4;
const BYTES = VALUES * 8;
/** A read that saw a write halfway fails the check and is taken again, at most this often. */
const TRIES = 3;

const check = (v: Float64Array) => v[0] * 3 + v[1] * 5 + v[2] * 7 + 1;

export class HoldFile {
  private readonly values = new Float64Array(VALUES);
  private readonly bytes = new Uint8Array(this.values.buffer);

  private constructor(readonly fd: number) {}

  /** The host's side: a new record, no hold. */
  static create(path: string): HoldFile {
    const file = new HoldFile(openSync(path, 'w'));
    file.write({ until: 0, inFlight: 0, begun: 0 });
    return file;
  }

  /** The index's side: opened once by its process, read by each of its threads through the same descriptor (`reading`). */
  static open(path: string): HoldFile {
    return new HoldFile(openSync(path, 'r'));
  }

  /** A thread's reader of a file its process opened (reads are positional: threads do not share a file offset). */
  static reading(fd: number): HoldFile {
    return new HoldFile(fd);
  }

  write(state: HoldState): void {
    const v = this.values;
    v[0] = state.until;
    v[1] = state.inFlight;
    v[2] = state.begun;
    v[3] = check(v);
    writeSync(this.fd, this.bytes, 0, BYTES, 0);
  }

  /** The host's holds as last written; undefined when the file cannot be read whole and checked. */
  read(): HoldState | undefined {
    const v = this.values;
    for (let i = 0; i < TRIES; i++) {
      try {
        if (readSync(this.fd, this.bytes, 0, BYTES, 0) !== BYTES) return undefined;
      } catch {
        return undefined;
      }
      if (v[3] === check(v)) return { until: v[0], inFlight: v[1], begun: v[2] };
    }
    return undefined;
  }

  close(): void {
    closeSync(this.fd);
  }
}
