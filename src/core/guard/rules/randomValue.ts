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
  // (Without a branch on a character's class: random values switch class at random, and tests of
  // its ranges and of runs and pairs were mispredicted branches. A table gives each character's
  // class, letter and hex digit; a class pair's table, whether it switches and whether it is a letter pair.)
  let hex = n >= 16 ? HEX : 0;
  // wordiness: characters in lower-case runs of 3 or more.
  let inWords = 0;
  let run = 0;
  // classSwitchRate: adjacent characters of different classes (a-z, A-Z, 0-9, other).
  let switches = 0;
  let previousClass = 0;
  // commonPairShare: letter pairs, case folded, not across a step from lower to upper case.
  let pairs = 0;
  let hits = 0;
  let previousLetter = 0;
  // Characters met again, of an ASCII value: few enough, and the entropy is certain without counting
  // (FEWEST_DISTINCT), as a generated value's nearly always is.
  let repeats = 0;
  let ascii = true;
  const stamp = nextStamp();
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    let info: number;
    if (c < 128) {
      info = CHARS[c]!;
      if (seen[c] === stamp) repeats++;
      else seen[c] = stamp;
    } else {
      info = isWhitespace(c) ? BLANK : OTHER;
      ascii = false;
    }
    if (info === BLANK) return false;
    const cls = info & CLASS;
    const lower = info & 1 & ~(info >> 1); // 1 for a-z (class 1) alone
    hex &= info;
    if (run >= 3 && lower === 0) inWords += run;
    run = (run + 1) * lower;
    const pair = CLASS_PAIRS[previousClass * 8 + cls]!;
    switches += pair & SWITCH;
    const letter = info >> 4;
    const letterPair = (pair >> 1) & 1;
    pairs += letterPair;
    hits += letterPair & COMMON_PAIRS[previousLetter * 26 + letter]!;
    previousClass = cls;
    previousLetter = letter;
  }
  if (run >= 3) inWords += run;
  const distinct = ascii ? n - repeats : 0;
  if (hex !== 0) return (n < FEWEST_DISTINCT_HEX.length && distinct >= FEWEST_DISTINCT_HEX[n]!) || shannonEntropy(v) >= 3;
  // Lower-case runs are words only when their letters pair as words' do: a base36 token
  // (`3kx19qpx748…`) is all lower-case runs, but few of its pairs are a word's.
  const wordy = inWords / n >= 0.5 && (pairs === 0 ? 1 : hits / pairs) >= WORD_PAIRS;
  // (The first character's class counted no switch.)
  if (wordy || (switches - 1) / (n - 1) < 0.2) return false;
  return (n < FEWEST_DISTINCT.length && distinct >= FEWEST_DISTINCT[n]!) || shannonEntropy(v) >= (n < FLOORS.length ? FLOORS[n]! : entropyFloorOf(n));
}

// Per length n, the fewest distinct characters that make a value's entropy reach its floor whatever
// their counts: of all counts of k distinct characters summing to n, one character n-k+1 times and
// the others once has the least entropy (entropy is Schur-concave, and that split majorizes every
// other), so k at least this many is the floor reached, with a margin far above the sum's rounding.
// (n + 1 where no k reaches it: counted.)
const FEWEST_DISTINCT = fewestDistinct((n) => (n < FLOORS.length ? FLOORS[n]! : entropyFloorOf(n)));
const FEWEST_DISTINCT_HEX = fewestDistinct(() => 3);

function fewestDistinct(floor: (n: number) => number): Int32Array {
  return Int32Array.from({ length: 65 }, (_, n) => {
    for (let k = 1; k <= n; k++) if (leastEntropy(n, k) >= floor(n) + 1e-9) return k;
    return n + 1;
  });
}

/** The entropy of n characters, k distinct: one n-k+1 times, the others once. */
export function leastEntropy(n: number, k: number): number {
  const most = (n - k + 1) / n;
  return -most * Math.log2(most) + ((k - 1) / n) * Math.log2(n);
}

// The value each character was last seen in: a stamp per call, so nothing is cleared between values.
const seen = new Uint32Array(128);
let stamp = 0;

function nextStamp(): number {
  // (Kept a small integer.)
  if (stamp === 0x3fffffff) {
    seen.fill(0);
    stamp = 0;
  }
  return ++stamp;
}

// A character's entry: its class (bits 0-2: a-z 1, A-Z 2, 0-9 3, other 4), whether it is a hex digit
// (bit 3), its letter a = 0 … z = 25 (bits 4-8, 0 for none).
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const OTHER = 4;
const CLASS = 7;
const HEX = 8;
const BLANK = 0x1000;
const CHARS = Uint16Array.from({ length: 128 }, (_, c) => {
  if (isWhitespace(c)) return BLANK;
  if (c >= 97 && c <= 122) return LOWER | (c <= 102 ? HEX : 0) | ((c - 97) << 4);
  if (c >= 65 && c <= 90) return UPPER | (c <= 70 ? HEX : 0) | ((c - 65) << 4);
  if (c >= 48 && c <= 57) return DIGIT | HEX;
  return OTHER;
});
// Per previous class (0 before the first character) and class: bit 0, a switch; bit 1, a letter pair
// (lower or upper after lower or upper, but not upper after lower: a camelCase step).
const SWITCH = 1;
const CLASS_PAIRS = Uint8Array.from({ length: 8 * 8 }, (_, k) => {
  const previous = k >> 3;
  const cls = k & 7;
  const letters = (previous === LOWER || previous === UPPER) && (cls === LOWER || cls === UPPER) && !(previous === LOWER && cls === UPPER);
  return (previous !== cls ? SWITCH : 0) | (letters ? 2 : 0);
});

/** JavaScript's `\s`. */
function isWhitespace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
