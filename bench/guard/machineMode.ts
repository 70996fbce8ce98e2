// Tells the machine's slow mode from the redactor's. On this 2-vCPU virtual machine some fresh
// processes (and some stretches of one) read every 1 MB input ~1.6–1.8× slower, with no compile,
// deopt or GC in them: a string scan that never loads the redactor (a hash of every code unit of
// the same text) slows by as much, in the same readings, while a loop that touches no memory does
// not. Each reading here times the redactor on one adversarial family and then that scan, in one
// fresh process after another, so a slow redaction can be read beside the scan's state.
//
//   npx tsx bench/guard/machineMode.ts --only REGEX [--processes P (10)] [--runs N (7)] [--base DIR]
//
// A reading is in the machine's slow mode when its scan takes ≥ 1.25× the fastest scan of the run
// (all processes pooled). `--base DIR` times that tree's redactor in the same processes, alternated.
import { spawnSync } from 'node:child_process';
import { adversarialFamilies } from './adversarialInputs';
import { bundleRedactor } from './bundledRedactor';
import { THIS_TREE } from './freshProcess';
import { SLOW_SCAN as SLOW, scan } from './machineScan';

interface Reading {
  /** CPU ms per MB of each tree's redaction (this tree first, then the base's if any). */
  readonly redact: number[];
  /** CPU ms of the scan, read right after the redactions. */
  readonly scan: number;
}

function cpuMs(work: () => unknown): number {
  const c0 = process.cpuUsage();
  work();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

function child(roots: string[], name: string, runs: number): Reading[] {
  // Flat, as the bench's timing child reads it (JSON-parsed): the family as built is a rope, and a
  // scan of a flattened rope goes through its indirection (44 ms against 28 in one process).
  const text = JSON.parse(JSON.stringify(adversarialFamilies[name]!)) as string;
  const mb = Buffer.byteLength(text, 'utf8') / 1_000_000;
  const redacts = roots.map((root) => bundleRedactor(root).redactSecrets);
  // Two untimed rounds, as freshProcess.ts: the compiler and the heap's growth are not timed.
  for (let i = 0; i < 2; i++) for (const redact of redacts) cpuMs(() => redact(text)), cpuMs(() => scan(text));
  return Array.from({ length: runs }, () => ({ redact: redacts.map((redact) => cpuMs(() => redact(text)) / mb), scan: cpuMs(() => scan(text)) }));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback?: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
  const runs = Number(option('--runs', '7'));
  const roots = [THIS_TREE, ...(option('--base') ? [option('--base')!] : [])];
  if (args.includes('--child')) {
    process.stdout.write(JSON.stringify(child(roots, option('--child')!, runs)));
  } else {
    const pattern = new RegExp(option('--only', '^$')!);
    const names = Object.keys(adversarialFamilies).filter((n) => pattern.test(n));
    if (names.length !== 1) throw new Error(`--only must name one family (matched ${names.length})`);
    const processes = Array.from({ length: Number(option('--processes', '10')) }, () => {
      const out = spawnSync(process.execPath, [...process.execArgv, __filename, ...args, '--child', names[0]!], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (out.status !== 0) throw new Error(`a timing process failed: ${out.stderr}`);
      return JSON.parse(out.stdout) as Reading[];
    });
    const fastestScan = Math.min(...processes.flat().map((r) => r.scan));
    const sides = roots.map((_, side) => (side === 0 ? 'this' : 'base'));
    console.log(`${names[0]}: ${processes.length} fresh processes × ${runs} readings; scan fastest ${fastestScan.toFixed(0)} ms, slow mode ≥ ${(SLOW * fastestScan).toFixed(0)}`);
    console.log(`per process: ${sides.map((s) => `${s} median`).join(', ')} CPU ms/MB; readings in the slow mode`);
    processes.forEach((readings, p) => {
      const slow = readings.filter((r) => r.scan >= SLOW * fastestScan).length;
      console.log(`  ${p + 1}: ${sides.map((_, s) => median(readings.map((r) => r.redact[s]!)).toFixed(0)).join(' | ')}; slow ${slow}/${readings.length}`);
    });
    for (const [s, side] of sides.entries()) {
      const by = (slow: boolean) => processes.flat().filter((r) => r.scan >= SLOW * fastestScan === slow).map((r) => r.redact[s]!);
      const fast = by(false);
      const slow = by(true);
      console.log(`${side}: median of readings in the fast mode ${median(fast).toFixed(1)} (${fast.length}), in the slow mode ${median(slow).toFixed(1)} (${slow.length})`);
    }
  }
}
