// How long redaction takes per MB, measured so that a loaded machine says so: each input is
// redacted several times, and each run gives its wall time and the process's CPU time (what the
// redactor itself cost, whatever else ran). The fastest run is the least disturbed one; the
// median and slowest say how disturbed the rest were. What is timed is the redactor bundled as
// the extension ships it (bundledRedactor.ts), not the unbundled modules tsx runs.
import { bundled } from './bundledRedactor';
import { scan } from './machineScan';

export type Redact = (text: string) => { text: string };

export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export interface RedactionTime {
  /** Wall-clock ms per MB over the runs. */
  readonly wall: Spread;
  /** CPU ms per MB (user + system of this process) over the runs. */
  readonly cpu: Spread;
}

/** Small inputs count as 10 KB, so timer resolution is not reported as a cost per MB. */
const MIN_MB = 0.01;

/** Every run's wall and CPU ms per MB, in run order (for pooling runs from several processes). */
export interface RunTimes {
  readonly wall: number[];
  readonly cpu: number[];
  /** With `scan` (passes): each run's machine scan (machineScan.ts) of the same copy right after it, CPU ms per million code units. */
  readonly scan?: number[];
}

export function timeRedaction(text: string, runs: number): RedactionTime {
  const { wall, cpu } = timeRuns(bundled().redactSecrets, text, runs);
  return { wall: spread(wall), cpu: spread(cpu) };
}

export function timeRuns(redact: Redact, text: string, runs: number, options: { scan?: number } = {}): RunTimes {
  const mb = Math.max(Buffer.byteLength(text, 'utf8') / 1_000_000, MIN_MB);
  const wall: number[] = [];
  const cpu: number[] = [];
  const scans: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Each run redacts a new string equal to the input, made before the clock starts, as each prompt is a new string
    // (the same document read again): a memo that compared a new text with the last one whole at every call ran an
    // equal copy 30-65x slower than the same string object, and timing one object never met it (twenty-ninth round).
    const input = equalCopy(text);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const { text: redacted } = redact(input);
    // The redacted text is a rope until read: read it, so its flattening is paid here.
    if (redacted.length > 0) redacted.charCodeAt(redacted.length >> 1);
    wall.push((performance.now() - t0) / mb);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000 / mb);
    if (options.scan) {
      const s0 = process.cpuUsage();
      scan(input, options.scan);
      const s = process.cpuUsage(s0);
      scans.push((s.user + s.system) / 1000 / Math.max(input.length / 1_000_000, MIN_MB));
    }
  }
  return options.scan ? { wall, cpu, scan: scans } : { wall, cpu };
}

/** A new flat string equal to `text` (lone surrogates kept: JSON escapes and restores them). */
function equalCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0] ?? 0, median: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}

export function formatSpread(s: Spread): string {
  return `${s.min.toFixed(1)} / ${s.median.toFixed(1)} / ${s.max.toFixed(1)}`;
}
