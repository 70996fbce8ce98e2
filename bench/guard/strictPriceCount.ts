// The strict setting's price counted as a user meets it: per file that would go to a cloud model, whether the balanced
// and the strict redaction change it at all, how many spans each takes from it, and which spans only strict takes
// (strictPrice.ts prints the figures and a seeded sample of the strict-only spans to read by class).
import { seededRandom } from '../../src/core/seededRandom';

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
}

export interface PriceTally {
  files: number;
  balancedFiles: number;
  strictFiles: number;
  balancedSpans: number;
  strictSpans: number;
  /** Files strict changes and balanced leaves as written. */
  strictOnlyFiles: number;
  strictOnlySpans: number;
}

export function emptyTally(): PriceTally {
  return { files: 0, balancedFiles: 0, strictFiles: 0, balancedSpans: 0, strictSpans: 0, strictOnlyFiles: 0, strictOnlySpans: 0 };
}

const spanKey = (s: Span) => `${s.start}:${s.end}:${s.kind}`;

/** The strict spans balanced does not find with the same bounds and rule. */
export function strictOnly(balanced: readonly Span[], strict: readonly Span[]): Span[] {
  const before = new Set(balanced.map(spanKey));
  return strict.filter((s) => !before.has(spanKey(s)));
}

/** One file's two redactions added to `tally`; returns its strict-only spans. */
export function tallyFile(tally: PriceTally, balanced: readonly Span[], strict: readonly Span[]): Span[] {
  const only = strictOnly(balanced, strict);
  tally.files++;
  tally.balancedSpans += balanced.length;
  tally.strictSpans += strict.length;
  tally.strictOnlySpans += only.length;
  if (balanced.length > 0) tally.balancedFiles++;
  if (strict.length > 0) tally.strictFiles++;
  if (strict.length > 0 && balanced.length === 0) tally.strictOnlyFiles++;
  return only;
}

/** `n` items drawn without replacement, the same for the same seed and list (a partial Fisher–Yates shuffle). */
export function seededSample<T>(items: readonly T[], n: number, seed: number): T[] {
  const pool = [...items];
  const random = seededRandom(seed);
  const take = Math.min(n, pool.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, take);
}
