// The family of inputs built to make a rule slow, generated from what each rule looks for rather
// than picked by hand: every keyword of every rule, every key word of the assignment rule and
// every vendor token's prefix, each repeated back to back with the ways a match can almost happen
// after it (an operator with or without quotes, the keyword again as its own value, a value too
// short or too random, a long run of the value's alphabet, a quote that never closes). A
// held-out input of the same kind is one of these shapes with other words, so the slowest
// member of the family bounds it.
import { assignmentKeyWords } from '../../src/core/guard/rules/keyStrength';
import { secretRules } from '../../src/core/guard/secretRedactor';
import { vendorFormatTokens } from './corpus/vendorFormats';
import { fill } from './linearity';
import { THIS_TREE, timeInFreshProcess } from './freshProcess';
import { SCREEN_SCAN_PASSES } from './machineScan';
import { spread, timeRedaction } from './redactionTiming';
import type { ScreenedTime } from './slowestScreen';

export interface AdversarialUnit {
  readonly name: string;
  /** Repeated to the input's size. */
  readonly unit: string;
}

/** What may follow a keyword: nothing, blanks, every assignment operator, quotes, separators. */
const OPENERS = ['', ' ', '\n', '=', '="', "='", ' = "', ':', ': "', '=="', '=>', ':=', '?=', ',', '>', '<', '-', '_', '.', '/', '~'];
const VALUE_OPENERS = ['', '=', '="', ': ', ' '];
/**
 * What may follow the opener: value shapes that make a rule judge a candidate and turn it down
 * (too short, a word, random but cut, a long run of a value alphabet), and how they end.
 */
const VALUES = [
  ['x', '"'], ['abc', '\n'], ['aB3dE6gH9jK2', ''], ['aB3dE6gH9jK2', '"\n'], ['aB3dE6gH9jK2mN5pQ8sT1vW4', ';'],
  ['a'.repeat(120), ''], ['aB3/+'.repeat(30), '"'], ['0123456789abcdef'.repeat(4), ' '],
] as const;

function spellings(word: string): string[] {
  const capitalized = word.charAt(0).toUpperCase() + word.slice(1);
  return [...new Set([word, word.toUpperCase(), capitalized])];
}

/** Vendor prefixes as the vendors spell them: each documented token up to its first separator run's end, and its first few characters. */
function vendorPrefixes(): string[] {
  const out = new Set<string>();
  for (const { token } of vendorFormatTokens()) {
    const sep = token.search(/[-_.:~]/);
    if (sep > 0) out.add(token.slice(0, sep + 1));
    out.add(token.slice(0, 4));
  }
  return [...out];
}

export function adversarialUnits(): AdversarialUnit[] {
  const words = new Map<string, string>();
  for (const rule of secretRules) for (const k of rule.keywords) words.set(k, rule.id);
  for (const k of assignmentKeyWords) if (!words.has(k)) words.set(k, 'secret-assignment key');
  for (const p of vendorPrefixes()) if (!words.has(p.toLowerCase())) words.set(p, 'vendor prefix');
  const units = new Map<string, string>();
  const add = (name: string, unit: string) => {
    if (unit.length > 0 && !units.has(unit)) units.set(unit, name);
  };
  for (const [word, from] of words) {
    // Case matters to the case-sensitive patterns: every spelling repeated, and as its own value.
    for (const s of spellings(word)) {
      add(`${from}: '${s}' repeated`, s);
      add(`${from}: '${s}' cut short, repeated`, s.slice(0, -1));
      add(`${from}: '${s}="${s}'`, `${s}="${s}`);
    }
    // Every opener between two keywords; every value shape after the openers that start a value.
    for (const opener of OPENERS) add(`${from}: '${word}${opener}${word}'`, `${word}${opener}${word}`);
    for (const opener of VALUE_OPENERS) {
      for (const [value, closer] of VALUES) add(`${from}: '${word}${opener}${short(value)}${closer}'`, `${word}${opener}${value}${closer}`);
    }
  }
  return [...units].map(([unit, name]) => ({ name: name.replace(/\n/g, '⏎').replace(/\t/g, '⇥'), unit }));
}

function short(value: string): string {
  return value.length > 24 ? `${value.slice(0, 5)}…×${value.length}` : value;
}

export interface FamilyResult {
  readonly units: number;
  /** The slowest members, measured again at full size: slowest first. */
  readonly worst: readonly ScreenedTime[];
}

/**
 * Every member (those `only` names, if given) redacted once at `screenBytes` in this process,
 * after a warm-up that runs every rule, so the screen times compiled code rather than first runs:
 * the `keep` slowest, slowest first. The screen only ranks.
 */
export function screenFamily(options: { screenBytes: number; keep: number; only?: (name: string) => boolean }): AdversarialUnit[] {
  const units = adversarialUnits();
  const warmUp = units.map((u) => u.unit).join(' ');
  for (let i = 0; i < 3; i++) timeRedaction(warmUp, 1);
  return units
    .filter((u) => !options.only || options.only(u.name))
    .map((u) => ({ ...u, cpu: timeRedaction(fill(u.unit, options.screenBytes), 1).cpu.min }))
    .sort((a, b) => b.cpu - a.cpu)
    .slice(0, options.keep)
    .map(({ name, unit }) => ({ name, unit }));
}

/**
 * The `keep` slowest members by the screen, each measured again at `bytes` over `runs` runs in a
 * process of its own: the figures do not depend on what this process ran before.
 */
export function measureFamily(options: { screenBytes: number; bytes: number; keep: number; runs: number }): FamilyResult {
  const worst = screenFamily(options).map(({ name, unit }) => {
    const times = timeInFreshProcess(THIS_TREE, [{ name, text: fill(unit, options.bytes) }], options.runs, { scan: SCREEN_SCAN_PASSES })[name]!;
    return { name, unit, time: { wall: spread(times.wall), cpu: spread(times.cpu) }, cpuRuns: times.cpu, scanRuns: times.scan! };
  });
  worst.sort((a, b) => b.time.cpu.median - a.time.cpu.median);
  return { units: adversarialUnits().length, worst };
}
