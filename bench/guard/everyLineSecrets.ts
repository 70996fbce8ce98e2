// Text where every line is a secret the redactor finds: the class the fifteenth round found slowest
// (`auth_password: aB3dE6gH9jK2⏎` to 1 MB: 129–142 CPU ms/MB, paired) and the generated family's 32 KB
// screen reached only by chance. Here it is timed directly and deterministically: one member per way
// of writing a secret the rules know, each line holding the same 12-character mixed value:
//   - every grammar of the grammar matrix (grammarCells.ts: documented ways, 439 on 8136da0);
//   - every assignment key word, and every rule keyword that is itself a key holding one
//     (`auth_password`, `bindpw`, `requirepass`), as a YAML, an env and a code assignment a line, and
//     as YAML and env assignments glued without a line end (the generated family's
//     `auth_password: aB3dE6gH9jK2` repeated: one 1 MB line, the form the fifteenth round's 129–142
//     came from; with a line end it read 58).
// Members whose single line the redactor leaves are not of the class and are dropped. All are
// screened at 64 KB in one fresh process (freshProcess.ts: each twice untimed, then thrice timed)
// after every member at 4 KB (a fresh process's first 64 KB inputs read 3–5 times their 1 MB cost
// while it compiles: the first grammars screened came out slowest); the slowest are timed again
// at 1 MB, each in a fresh process of its own (the 64 KB ranking is not the 1 MB one: two screens
// shared 12 of their top 20, so 30 are timed at 1 MB; the thirty-third round's 1 MB reference found the 1 MB
// slowest at the screen's rank 118: screenAgreement.ts, bench/guard/README.md guardbench4).
//
//   npx tsx bench/guard/everyLineSecrets.ts [--keep K (30)] [--runs N (5)] [--screen-kb S (64)] [--only REGEX]
import { loadavg } from 'node:os';
import { assignmentKeyWords } from '../../src/core/guard/rules/keyStrength';
import { secretRules } from '../../src/core/guard/secretRedactor';
import { bundled } from './bundledRedactor';
import { grammarCells } from './grammarCells';
import { formatSpread } from './redactionTiming';
import { screenOptions, screenSlowest, timeEach, type ScreenedTime } from './slowestScreen';

/** The round's value: upper, lower and digits, 12 characters (long enough for every value test, random to each). */
export const VALUE = 'aB3dE6gH9jK2';

export interface EveryLineUnit {
  readonly name: string;
  /** One line (or a grammar's few lines), repeated to the input's size. */
  readonly unit: string;
  /** What must not survive in it. */
  readonly secret: string;
}

const ASSIGNMENTS: readonly [string, (key: string, value: string) => string][] = [
  ['yaml', (k, v) => `${k}: ${v}\n`],
  ['env', (k, v) => `${k}=${v}\n`],
  ['code', (k, v) => `${k} = "${v}"\n`],
  ['yaml glued', (k, v) => `${k}: ${v}`],
  ['env glued', (k, v) => `${k}=${v}`],
];

/** Rule keywords that are a key name holding an assignment key word (`ssh2_auth_password`, `bindpw`): two kinds of rule read such a line. */
function keysAmongKeywords(): string[] {
  const keys = new Set<string>();
  for (const rule of secretRules) {
    for (const k of rule.keywords) {
      if (/^[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)*$/.test(k) && assignmentKeyWords.some((w) => w.length >= 3 && k.includes(w))) keys.add(k);
    }
  }
  return [...keys];
}

/** Every member, found or not. */
export function everyLineCandidates(): EveryLineUnit[] {
  const units = new Map<string, EveryLineUnit>();
  for (const cell of grammarCells) {
    const secret = cell.template.includes('§B§') ? Buffer.from(`app:${VALUE}`).toString('base64') : cell.template.includes('§E§') ? Buffer.from(VALUE).toString('base64') : VALUE;
    const unit = `${cell.template.replace(/§[VBE]§/g, secret)}\n`;
    if (!units.has(unit)) units.set(unit, { name: `grammar ${cell.group}/${cell.id}`, unit, secret });
  }
  for (const key of new Set([...assignmentKeyWords, ...keysAmongKeywords()])) {
    for (const [style, write] of ASSIGNMENTS) {
      const unit = write(key, VALUE);
      if (!units.has(unit)) units.set(unit, { name: `key ${style} '${unit.replace(/\n/g, '⏎')}'`, unit, secret: VALUE });
    }
  }
  return [...units.values()];
}

/** The members whose one line the redactor (this tree's, bundled) redacts: every line a found secret. */
export function everyLineUnits(only?: RegExp): EveryLineUnit[] {
  const { redactSecrets } = bundled();
  return everyLineCandidates().filter((u) => (!only || only.test(`every line ${u.name}`)) && !redactSecrets(u.unit).text.includes(u.secret));
}

/** The `keep` slowest members at `screenBytes` (slowestScreen.ts): slowest first. */
export function screenEveryLine(options: { screenBytes: number; keep: number; only?: RegExp }): EveryLineUnit[] {
  return screenSlowest(everyLineUnits(options.only), options.screenBytes, options.keep);
}

export interface EveryLineResult {
  readonly members: number;
  /** The slowest by the screen, each timed again at `bytes` in a process of its own: slowest first. */
  readonly worst: readonly ScreenedTime[];
}

export function measureEveryLine(options: { screenBytes: number; bytes: number; keep: number; runs: number; only?: RegExp }): EveryLineResult {
  return { members: everyLineUnits(options.only).length, worst: timeEach(screenEveryLine(options), options.bytes, options.runs) };
}

if (require.main === module) {
  const { keep, runs, screenKb, only } = screenOptions(process.argv.slice(2), 30);
  const load = loadavg()[0]!;
  const result = measureEveryLine({ screenBytes: screenKb * 1000, bytes: 1_000_000, keep, runs, only });
  console.log(`every line a found secret: ${result.members} members (of ${everyLineCandidates().length}) screened at ${screenKb} KB in a fresh process; the ${keep} slowest at 1 MB, each in a fresh process, ${runs} runs, the 10 slowest of those below; load average ${load.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`);
  console.log('cpu ms per MB fastest / median / slowest run (wall beside):');
  for (const w of result.worst.slice(0, 10)) console.log(`  ${w.name}: cpu ${formatSpread(w.time.cpu)}; wall ${formatSpread(w.time.wall)}`);
}
