// Whether a value behind a secret-named key reads like a generated key rather than a word, an
// identifier or a path: the test a weak key word (`key`, `auth`, `pat`) needs its value to pass.
import { shannonEntropy } from '../stringEntropy';
import { COMMON_PAIRS } from '../letterPairs';

// Words' pairs are nearly all common (97% of names' pairs), random letters' 37%: the boundary between.
const WORD_PAIRS = 0.6;
// The entropy a value of n characters needs, min(3.5, 0.8·log2 n), for the lengths most values
// have (the same expression, evaluated once per length instead of once per value).
const FLOORS = Float64Array.from({ length: 65 }, (_, n) => entropyFloorOf(n));

function entropyFloorOf(n: number): number {
  return Math.min(3.5, Math.log2(n) * 0.8);
}

/**
 * A value that reads like a generated key rather than a word or an identifier: no blank, then
 * either hex (16 or more digits, then its entropy alone) or few lower-case runs of a word's letter
 * pairs, classes that change often, and entropy. The value's characters are read once for all of
 * it but the entropy: `\s`, `^[0-9a-f]{16,}$`/i, `wordiness` and `classSwitchRate` (stringEntropy.ts),
 * `commonPairShare` (letterPairs.ts), whose answers it gives (randomValue.test.ts): a file where every
 * line gives a weak key a value asks it of each.
 */
export function looksRandomValue(v: string): boolean {
  const n = v.length;
  if (n < 12) return false;
  let hex = n >= 16;
  // wordiness: characters in lower-case runs of 3 or more.
  let inWords = 0;
  let run = 0;
  // classSwitchRate: adjacent characters of different classes (a-z, A-Z, 0-9, other).
  let switches = 0;
  let previousClass = 0;
  // commonPairShare: letter pairs, case folded, not across a step from lower to upper case.
  let pairs = 0;
  let hits = 0;
  let previousLetter = -1;
  let previousLower = false;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    const lower = c >= 97 && c <= 122;
    const upper = c >= 65 && c <= 90;
    const digit = c >= 48 && c <= 57;
    const cls = lower ? 1 : upper ? 2 : digit ? 3 : 4;
    if (cls === 4 && isWhitespace(c)) return false;
    if (hex && !(digit || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) hex = false;
    if (lower) run++;
    else {
      if (run >= 3) inWords += run;
      run = 0;
    }
    if (i > 0 && cls !== previousClass) switches++;
    previousClass = cls;
    const letter = lower ? c - 97 : upper ? c - 65 : -1;
    if (letter !== -1 && previousLetter !== -1 && !(previousLower && !lower)) {
      pairs++;
      hits += COMMON_PAIRS[previousLetter * 26 + letter]!;
    }
    previousLetter = letter;
    previousLower = lower;
  }
  if (run >= 3) inWords += run;
  if (hex) return shannonEntropy(v) >= 3;
  // Lower-case runs are words only when their letters pair as words' do: a base36 token
  // (`3kx19qpx748…`) is all lower-case runs, but few of its pairs are a word's.
  const wordy = inWords / n >= 0.5 && (pairs === 0 ? 1 : hits / pairs) >= WORD_PAIRS;
  return !wordy && switches / (n - 1) >= 0.2 && shannonEntropy(v) >= (n < FLOORS.length ? FLOORS[n]! : entropyFloorOf(n));
}

/** JavaScript's `\s`. */
function isWhitespace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
