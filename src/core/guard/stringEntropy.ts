// Shannon entropy and character-class churn: random keys score high on both, while identifiers,
// words and paths score low on at least one. Plain loops over char codes: these run on every
// candidate the rules find, so they must cost next to nothing.

const counts = new Uint32Array(65536);

// p·log2(p) for p = c/n, every count c of a string of length n up to SHORT: the very products the
// loop below would compute, looked up instead (a logarithm per distinct character was most of
// the cost of judging a short key, and most keys and tokens are short).
const SHORT = 64;
const terms = new Float64Array((SHORT + 1) * (SHORT + 1));
for (let n = 1; n <= SHORT; n++) {
  for (let c = 1; c <= n; c++) {
    const p = c / n;
    terms[n * (SHORT + 1) + c] = p * Math.log2(p);
  }
}

/** Bits per character of the string's own character distribution. */
export function shannonEntropy(text: string): number {
  for (let i = 0; i < text.length; i++) counts[text.charCodeAt(i)]!++;
  return countedEntropy(text, 0, text.length);
}

/** The entropy of the characters from `from` to `to`, counted into `counts` (which it clears again), summed in the order of first appearance. */
function countedEntropy(text: string, from: number, to: number): number {
  const n = to - from;
  if (n === 0) return 0;
  let bits = 0;
  const row = n <= SHORT ? n * (SHORT + 1) : -1;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const c = counts[code]!;
    if (c === 0) continue;
    if (row !== -1) {
      bits -= terms[row + c]!;
    } else {
      const p = c / n;
      bits -= p * Math.log2(p);
    }
    counts[code] = 0;
  }
  return bits;
}

// A character's class: a-z 1, A-Z 2, 0-9 3, anything else 4 (beyond ASCII too), from a table, and 8 beside it
// for a character that is no hex digit; and per class pair (previous * 8 + class), 1 where the class switches.
// Random text switches class at random: a test of each range per character was a mispredicted branch, and
// the high-entropy rule measures every candidate (a file of `name: <random>` lines gives it one a line).
const NOT_HEX = 8;
const KINDS = Uint8Array.from({ length: 128 }, (_, c) => {
  const cls = c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 48 && c <= 57 ? 3 : 4;
  const hex = (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
  return cls | (hex ? 0 : NOT_HEX);
});
const SWITCHES = Uint8Array.from({ length: 64 }, (_, k) => ((k >> 3) !== (k & 7) ? 1 : 0));

function kindOf(code: number): number {
  return code < 128 ? KINDS[code]! : 4 | NOT_HEX;
}

/** Bits of `TokenMeasures.classes`: the classes a string's characters fall in. */
export const LOWER_CLASS = 1 << 1;
export const UPPER_CLASS = 1 << 2;
export const DIGIT_CLASS = 1 << 3;
export const OTHER_CLASS = 1 << 4;

/** What one reading of a string's characters measures. */
export interface TokenMeasures {
  /** Bits per character (`shannonEntropy`). */
  entropy: number;
  /** Share of adjacent pairs that switch between lower case, upper case, digits and anything else (`classSwitchRate`). */
  switchRate: number;
  /** Share of characters in lower-case runs of 3 or more (`wordiness`). */
  wordiness: number;
  /** The `*_CLASS` bits of the classes its characters fall in. */
  classes: number;
  /** Every character a hex digit (and one at least). */
  hex: boolean;
}

// One object, filled again by each call: nothing is made per candidate.
const measured: TokenMeasures = { entropy: 0, switchRate: 0, wordiness: 0, classes: 0, hex: false };

/**
 * The characters of `text` from `from` to `to` read once for every measure below (each the very number
 * its own function gives the substring): the high-entropy rule judges a candidate on the text, without a
 * string made of it or a pass per measure. The answer is overwritten by the next call.
 */
export function measureToken(text: string, from: number, to: number): Readonly<TokenMeasures> {
  const n = to - from;
  let classes = 0;
  let notHex = n === 0 ? NOT_HEX : 0;
  let switches = 0;
  let inWords = 0;
  let run = 0;
  let previous = n === 0 ? 0 : kindOf(text.charCodeAt(from)) & 7;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    counts[code]!++;
    const kind = kindOf(code);
    const cls = kind & 7;
    classes |= 1 << cls;
    notHex |= kind;
    switches += SWITCHES[previous * 8 + cls]!;
    previous = cls;
    // 1 for a-z alone: a run grows by it or ends (only a run of 3 or more, rare in random text, is a branch taken).
    const lower = cls === 1 ? 1 : 0;
    if (run >= 3 && lower === 0) inWords += run;
    run = (run + 1) * lower;
  }
  if (run >= 3) inWords += run;
  measured.entropy = countedEntropy(text, from, to);
  measured.switchRate = n < 2 ? 0 : switches / (n - 1);
  measured.wordiness = n === 0 ? 0 : inWords / n;
  measured.classes = classes;
  measured.hex = (notHex & NOT_HEX) === 0;
  return measured;
}

/** Share of adjacent pairs that switch between lower case, upper case and digits. */
export function classSwitchRate(text: string): number {
  return measureToken(text, 0, text.length).switchRate;
}

/** Share of characters that sit in lower-case runs of 3 or more (words, camelCase parts). */
export function wordiness(text: string): number {
  return measureToken(text, 0, text.length).wordiness;
}
