// Pathological repeats for every rule and every documented token format, each redacted at two
// sizes (1x and 4x): a pattern that backtracks over the text grows faster than its input, so
// the ratio of the two times tells a linear rule from a super-linear one without any timed
// assert. Inputs are built from the rules' keywords and from real-shaped tokens, not from the
// rules' expressions: a vendor prefix repeated without its body, a token cut short and repeated
// back to back, tokens glued by the separators their alphabets almost allow.
import { secretRules } from '../../src/core/guard/secretRedactor';
import { vendorFormatTokens } from './corpus/vendorFormats';
import { timeRedaction } from './redactionTiming';

export interface RepeatFamily {
  readonly name: string;
  /** The repeated unit. */
  readonly unit: string;
}

const SEPARATORS = ['.', '-', '=', ':', '_'];

export function repeatFamilies(): RepeatFamily[] {
  const families: RepeatFamily[] = [];
  for (const rule of secretRules) {
    if (rule.keywords.length === 0) continue;
    families.push({ name: `${rule.id}: keywords glued`, unit: rule.keywords.join('') });
    families.push({ name: `${rule.id}: keywords with a value opener`, unit: rule.keywords.map((k) => `${k}="${k}`).join(' ') });
  }
  vendorFormatTokens().forEach(({ name, token }, i) => {
    families.push({ name: `${name}: cut short, back to back`, unit: token.slice(0, -1) });
    families.push({ name: `${name}: glued by '${SEPARATORS[i % SEPARATORS.length]}'`, unit: token + SEPARATORS[i % SEPARATORS.length] });
  });
  return families;
}

export function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

export interface Growth {
  readonly name: string;
  /** CPU ms per MB at 4x (about 1 MB). */
  readonly msPerMb: number;
  /** CPU time at 4x the input over CPU time at 1x: 4 is linear. */
  readonly ratio: number;
}

/** Fastest of `runs` CPU times at 256 KB and at 1 MB (the least disturbed by other load). */
export function measureGrowth(family: { name: string; text?: string; unit?: string }, runs: number): Growth {
  const big = family.text ?? fill(family.unit!, 1_000_000);
  const small = big.slice(0, big.length >> 2);
  // Per MB at each size: a linear redactor costs the same per MB at both.
  const smallMs = timeRedaction(small, runs).cpu.min * (small.length / 1_000_000);
  const bigMs = timeRedaction(big, runs).cpu.min * (big.length / 1_000_000);
  // Below the CPU clock's resolution a ratio says nothing: floor both at 1 ms.
  return { name: family.name, msPerMb: bigMs / (big.length / 1_000_000), ratio: Math.max(bigMs, 1) / Math.max(smallMs, 1) };
}
