// `npx tsx bench/guard/pairedSpeed.ts --base DIR [--runs N] [--keep K]`: this tree's redactor
// against another checkout's (DIR, e.g. `git worktree add --detach /tmp/base main`), both bundled
// as shipped, timed in one process on the same inputs with their runs alternated, so that a
// loaded machine slows both alike. Inputs: every adversarial family and the K slowest members of
// the generated family (default 12, screened on this tree). Prints CPU ms per MB, median of N
// runs (default 7) for base and this, per input and the slowest of each.
import { adversarialFamilies } from './adversarialInputs';
import { adversarialUnits } from './adversarialFamily';
import { bundleRedactor, bundled } from './bundledRedactor';
import { fill } from './linearity';
import { spread, timeRedaction } from './redactionTiming';
import { loadavg } from 'node:os';

const args = process.argv.slice(2);
const option = (name: string, fallback?: string) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const baseDir = option('--base');
const runs = Number(option('--runs', '7'));
const keep = Number(option('--keep', '12'));
if (!baseDir || !(runs >= 1) || !(keep >= 0)) {
  console.error('usage: pairedSpeed.ts --base DIR [--runs N] [--keep K]');
  process.exit(2);
}
const base = bundleRedactor(baseDir);

function cpuMsPerMb(redact: (t: string) => { text: string }, text: string): number {
  const c0 = process.cpuUsage();
  const { text: out } = redact(text);
  if (out.length > 0) out.charCodeAt(out.length >> 1);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / (text.length / 1_000_000);
}

// Warm both up on every input's shape first, so neither's first runs time its compiler.
const units = adversarialUnits();
const warmUp = [...units.map((u) => u.unit), ...Object.values(adversarialFamilies).map((t) => t.slice(0, 2000))].join(' ');
for (let i = 0; i < 3; i++) {
  base.redactSecrets(warmUp);
  bundled.redactSecrets(warmUp);
}
const screened = units
  .map((u) => ({ name: u.name, unit: u.unit, cpu: timeRedaction(fill(u.unit, 32_000), 1).cpu.min }))
  .sort((a, b) => b.cpu - a.cpu)
  .slice(0, keep);
const inputs = [
  ...Object.entries(adversarialFamilies).map(([name, text]) => ({ name, text })),
  ...screened.map((u) => ({ name: `generated ${u.name}`, text: fill(u.unit, 1_000_000) })),
];
console.log(`load average ${loadavg()[0]!.toFixed(1)}; ${inputs.length} inputs, ${runs} runs each, alternated; cpu ms per MB, median: base / this`);
let worstBase = { name: '', ms: 0 };
let worstThis = { name: '', ms: 0 };
for (const { name, text } of inputs) {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always runs on a warmer cache.
    if (i % 2 === 0) {
      a.push(cpuMsPerMb(base.redactSecrets, text));
      b.push(cpuMsPerMb(bundled.redactSecrets, text));
    } else {
      b.push(cpuMsPerMb(bundled.redactSecrets, text));
      a.push(cpuMsPerMb(base.redactSecrets, text));
    }
  }
  const ma = spread(a).median;
  const mb = spread(b).median;
  if (ma > worstBase.ms) worstBase = { name, ms: ma };
  if (mb > worstThis.ms) worstThis = { name, ms: mb };
  console.log(`  ${name}: ${ma.toFixed(1)} / ${mb.toFixed(1)}`);
}
console.log(`slowest: base ${worstBase.ms.toFixed(1)} (${worstBase.name}); this ${worstThis.ms.toFixed(1)} (${worstThis.name}); load average ${loadavg()[0]!.toFixed(1)}`);
