// The first redaction a user meets: the extension host loads the bundled redactor and the first chat or completion
// request to a non-local endpoint redacts one small prompt, synchronously. Every other timed figure of the bench is warm
// (two untimed runs first), so none holds this. Each reading is a fresh `node` (no tsx: the extension host runs plain
// JavaScript) that loads the bundle and redacts a few KB of code, wall-clock from `require` to the first answer:
// - `whole` processes: the module's load, the first redaction, then a second of the same text (warm code, built tables);
// - `ctor` processes: the module's load, then the keyword prefilter built alone, with `prefilterOf`'s arguments
//   (`secretRedactor.ts`), as the first redaction builds it.
// The first redaction less the prefilter's build less the second redaction is the rest of the set-up a first use pays
// (expressions compiled on first use, code run once). Medians of `--processes` (10) a kind, with the 2nd and 9th of 10 as
// the median's interval (an order-statistics interval, 97.9% for 10); CPU ms beside (less moved by a loaded host). With `--base ROOT`, that tree's bundle too, the
// processes of both alternated.
//   npx tsx bench/guard/coldStart.ts [--base /tmp/main32] [--processes 10]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { median } from './judgeStats';

const THIS_TREE = join(__dirname, '..', '..');

/** The prompt: code as a user sends it (a few KB of this repository's own source), and a settings line with a key. */
function prompt(): string {
  const code = readFileSync(join(THIS_TREE, 'src', 'vscode', 'models', 'registerModels.ts'), 'utf8').slice(0, 4000);
  return `${code}\n// .env\nOPENAI_API_KEY=sk-proj-4fJq9XvR2mT7wLz8NcB1aKd3HsYe6UpG0iQo\n`;
}

/**
 * The redactor of `root` bundled as the extension bundles it (`bundledRedactor.ts`'s options), exporting beside
 * `redactSecrets` the prefilter's class and the rules, for the `ctor` processes. (The redactor's code is the same.)
 */
function bundle(root: string, dir: string, name: string): string {
  const entry = join(dir, `${name}.ts`);
  const guard = resolve(root, 'src', 'core', 'guard');
  writeFileSync(entry, `export { redactSecrets, secretRules } from ${JSON.stringify(join(guard, 'secretRedactor'))};\nexport { KeywordPrefilter } from ${JSON.stringify(join(guard, 'keywordPrefilter'))};\n`);
  const outfile = join(dir, `${name}.js`);
  buildSync({ entryPoints: [entry], outfile, bundle: true, minify: true, target: 'es2022', platform: 'node', format: 'cjs', logLevel: 'error' });
  return outfile;
}

/** The child: prints its phases' wall ms as JSON. (`prefilterOf`'s arguments, as secretRedactor.ts builds its prefilter.) */
const CHILD = `
const [bundle, promptFile, kind] = process.argv.slice(1);
const text = require('node:fs').readFileSync(promptFile, 'utf8');
const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;
const cpu = (c) => { const u = process.cpuUsage(c); return (u.user + u.system) / 1000; };
let t = process.hrtime.bigint();
const r = require(bundle);
const load = ms(t);
if (kind === 'ctor') {
  const rules = r.secretRules;
  t = process.hrtime.bigint();
  const c = process.cpuUsage();
  new r.KeywordPrefilter(rules.map((x) => x.keywords), rules.map((x) => (x.keywordStarts === true ? 'starts' : x.keywordHits === true ? 'hits' : x.nearKeywords === true)), true);
  console.log(JSON.stringify({ ctorLoad: load, ctor: ms(t), ctorCpu: cpu(c) }));
} else {
  t = process.hrtime.bigint();
  const c = process.cpuUsage();
  const first = r.redactSecrets(text);
  const firstMs = ms(t);
  const firstCpu = cpu(c);
  t = process.hrtime.bigint();
  const second = r.redactSecrets(text);
  console.log(JSON.stringify({ load, first: firstMs, firstCpu, second: ms(t), answer: first.text === second.text ? first.text.length + ':' + first.redactions.length : 'differs' }));
}
`;

interface Side {
  readonly name: string;
  readonly bundle: string;
  readonly readings: Record<string, number[]>;
  answers: Set<string>;
}

function run(side: Side, promptFile: string, kind: 'whole' | 'ctor'): void {
  const out = spawnSync(process.execPath, ['-e', CHILD, side.bundle, promptFile, kind], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  const reading = JSON.parse(out.stdout) as Record<string, number | string>;
  for (const [phase, value] of Object.entries(reading)) {
    if (typeof value === 'number') (side.readings[phase] ??= []).push(value);
    else side.answers.add(value);
  }
}

/** Median and the 2nd and 9th of 10 (in general the order statistics nearest a 95%+ interval of the median). */
function summary(xs: readonly number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const k = Math.max(0, Math.floor(s.length / 2 - 0.98 * Math.sqrt(s.length)));
  return `${median(s).toFixed(1)} [${s[k]!.toFixed(1)}, ${s[s.length - 1 - k]!.toFixed(1)}]`;
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => { const i = args.indexOf(name); return i === -1 ? undefined : args[i + 1]; };
  const processes = Number(option('--processes') ?? 10);
  const base = option('--base');
  const dir = mkdtempSync(join(tmpdir(), 'flywheel-cold-'));
  try {
    const promptFile = join(dir, 'prompt.txt');
    writeFileSync(promptFile, prompt());
    const sides: Side[] = [{ name: 'this', bundle: bundle(THIS_TREE, dir, 'this'), readings: {}, answers: new Set() }];
    if (base) sides.push({ name: 'base', bundle: bundle(base, dir, 'base'), readings: {}, answers: new Set() });
    for (let p = 0; p < processes; p++) {
      for (const kind of ['whole', 'ctor'] as const) {
        for (const side of p % 2 === 0 ? sides : [...sides].reverse()) run(side, promptFile, kind);
      }
    }
    for (const side of sides) {
      const r = side.readings;
      const toFirst = r.load!.map((l, i) => l + r.first![i]!);
      console.log(`${side.name}: ${processes} fresh processes a kind, wall ms, median [interval]`);
      console.log(`  require → first answer   ${summary(toFirst)}`);
      console.log(`    module load            ${summary(r.load!)}`);
      console.log(`    first redaction        ${summary(r.first!)}`);
      console.log(`      prefilter built alone (ctor processes)  ${summary(r.ctor!)}`);
      console.log(`      second redaction (warm)                 ${summary(r.second!)}`);
      console.log(`      rest (first − prefilter − second)       ${(median(r.first!) - median(r.ctor!) - median(r.second!)).toFixed(1)}`);
      console.log(`  CPU ms (the process's threads, GC's among them): first redaction ${summary(r.firstCpu!)}, prefilter built alone ${summary(r.ctorCpu!)}`);
      console.log(`  answer (length:redactions) ${[...side.answers].join(' ')}`);
    }
    if (base) {
      const [a, b] = sides as [Side, Side];
      const first = (s: Side) => median(s.readings.load!.map((l, i) => l + s.readings.first![i]!));
      console.log(`this / base, require → first answer: ${(first(a) / first(b)).toFixed(3)}; first redaction: ${(median(a.readings.first!) / median(b.readings.first!)).toFixed(3)} (CPU ${(median(a.readings.firstCpu!) / median(b.readings.firstCpu!)).toFixed(3)}); prefilter built: ${(median(a.readings.ctor!) / median(b.readings.ctor!)).toFixed(3)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
