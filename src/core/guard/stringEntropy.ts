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
  const n = text.length;
  if (n === 0) return 0;
  for (let i = 0; i < n; i++) counts[text.charCodeAt(i)]!++;
  let bits = 0;
  const row = n <= SHORT ? n * (SHORT + 1) : -1;
  for (let i = 0; i < n; i++) {
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

// A character's class: a-z 1, A-Z 2, 0-9 3, anything else 4 (beyond ASCII too), from a table; and per
// class pair (previous * 8 + class), 1 where the class switches. Random text switches class at random: a
// test of each range per character was a mispredicted branch, and the high-entropy rule asks both measures
// below of every candidate (a file of `name: <random>` lines gives it one a line).
const CLASSES = Uint8Array.from({ length: 128 }, (_, c) => (c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 48 && c <= 57 ? 3 : 4));
const SWITCHES = Uint8Array.from({ length: 64 }, (_, k) => ((k >> 3) !== (k & 7) ? 1 : 0));

function charClass(code: number): number {
  return code < 128 ? CLASSES[code]! : 4;
}

/** Share of adjacent pairs that switch between lower case, upper case and digits. */
export function classSwitchRate(text: string): number {
  if (text.length < 2) return 0;
  let switches = 0;
  let previous = charClass(text.charCodeAt(0));
  for (let i = 1; i < text.length; i++) {
    const cls = charClass(text.charCodeAt(i));
    switches += SWITCHES[previous * 8 + cls]!;
    previous = cls;
  }
  return switches / (text.length - 1);
}

/** Share of characters that sit in lower-case runs of 3 or more (words, camelCase parts). */
export function wordiness(text: string): number {
  if (text.length === 0) return 0;
  let inWords = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    // 1 for a-z alone: a run grows by it or ends (only a run of 3 or more, rare in random text, is a branch taken).
    const lower = charClass(text.charCodeAt(i)) === 1 ? 1 : 0;
    if (run >= 3 && lower === 0) inWords += run;
    run = (run + 1) * lower;
  }
  if (run >= 3) inWords += run;
  return inWords / text.length;
}
