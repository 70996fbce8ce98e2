// A session's start and stop, timed phase by phase: the per-suite cost the whole run pays once per
// file. Each session writes test-results/e2e/<name>-phases.json and one line on stderr.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class PhaseClock {
  private last = performance.now();
  /** Milliseconds per phase, in the order they ended. */
  readonly phases: Record<string, number> = {};

  mark(phase: string): void {
    const now = performance.now();
    this.phases[phase] = Math.round(now - this.last);
    this.last = now;
  }

  total(): number {
    return Object.values(this.phases).reduce((a, b) => a + b, 0);
  }
}

export function writePhases(dir: string, name: string, start: PhaseClock, stop: PhaseClock): void {
  const record = { name, startMs: start.total(), start: start.phases, stopMs: stop.total(), stop: stop.phases };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}-phases.json`), `${JSON.stringify(record, null, 2)}\n`);
  const line = (clock: PhaseClock) => Object.entries(clock.phases).map(([p, ms]) => `${p} ${ms}`).join(', ');
  process.stderr.write(`[e2e ${name}] start ${start.total()} ms (${line(start)}); stop ${stop.total()} ms (${line(stop)})\n`);
}
