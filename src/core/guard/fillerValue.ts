// A value somebody typed to fill a slot rather than one a generator made: a run along the
// alphabet or the digits (`abcdefgh`, `12345678`, `0123456789abcdef…`), along a keyboard row
// (`qwerty`, `asdf`), two runs interleaved, up or down (`a1b2c3d4`, `1a2b3c4d`, `d4c3b2a1`: the
// counting sequences the lead's placeholder policy for #11 names), a short group repeated
// (`abcabc`, `1234512345`). Each character of such a
// value is foretold by the one before it or by the group's period; in a generated key almost
// none is. Asked of the value a secret-named key is given: a vendor's format vouches for its own
// bodies, and one character repeated is left to the masks (`xxxx`, `0000`), as detectors label
// a key's `aaaa…` a secret.

const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
// For a lower-case letter or digit, the next one along its keyboard row (0 where the row ends).
const KEYBOARD_NEXT = new Uint8Array(128);
for (const row of KEYBOARD_ROWS) for (let i = 0; i + 1 < row.length; i++) KEYBOARD_NEXT[row.charCodeAt(i)] = row.charCodeAt(i + 1);

const MAX_PERIOD = 8;
/** The share of characters foretold above which a value is filler. */
const FORETOLD = 0.8;

// The value's characters folded, and where a character is no step from the one before: read
// once per value (into arrays reused, no allocation per value); each period then looks only at
// those places, the only ones it can miss at.
let codes = new Int32Array(64);
let unstepped = new Int32Array(64);

/**
 * Whether most characters of `v` (4 or more, 3 of them different) follow from those before it: a
 * sequence, a keyboard run or a repeat. Of `v` from `start` to `end` when given (a span of a text, read in place).
 */
export function looksFiller(v: string, start = 0, end = v.length): boolean {
  const n = end - start;
  if (n < 4) return false;
  // Misses allowed: a generated value misses at almost every character, so each try ends within a few.
  const budget = Math.floor((1 - FORETOLD) * (n - 1) + 1e-9);
  if (codes.length < n) {
    codes = new Int32Array(2 * n);
    unstepped = new Int32Array(2 * n);
  }
  // First, cheaply: characters that nothing foretells (no step, none of the 8 before is the
  // same) are misses for every period; most values have too many within their first few.
  let unforetold = 0;
  let m = 0;
  codes[0] = fold(v.charCodeAt(start));
  for (let i = 1; i < n; i++) {
    const b = (codes[i] = fold(v.charCodeAt(start + i)));
    if (stepsTo(codes[i - 1]!, b) || (i >= 2 && interleaves(codes[i - 2]!, codes[i - 1]!, b))) continue;
    unstepped[m++] = i;
    let seen = false;
    for (let p = 1; p <= MAX_PERIOD && p <= i && !seen; p++) seen = codes[i - p] === b;
    if (!seen && ++unforetold > budget) return false;
  }
  if (fewerKindsThan(n, 3)) return false;
  // A run along the alphabet, the digits or a keyboard row: the character before foretells it.
  if (m <= budget) return true;
  // A group repeated: the character p back foretells what no step does. (It must come round at
  // least twice, `abcabc`: a longer period would foretell half a word.)
  for (let p = 1; p <= MAX_PERIOD && 2 * p <= n; p++) {
    let misses = 0;
    for (let k = 0; k < m && misses <= budget; k++) {
      const i = unstepped[k]!;
      if (p > i || codes[i - p] !== codes[i]) misses++;
    }
    if (misses <= budget) return true;
  }
  return false;
}

/** Along the alphabet or the digits (9 then a, as hex counts), or along a keyboard row. */
function stepsTo(a: number, b: number): boolean {
  return b === a + 1 || (a === 57 && b === 97) || (a < 128 && b !== 0 && KEYBOARD_NEXT[a] === b);
}

/**
 * A letter and a digit run interleaved, up or down (`a1b2`, `1a2b`, `d4c3`): `b` is one count on from
 * the character two back, and the one between is of the other kind. The digits wrap (`…9j0k1`) and
 * 9 is followed by a, as hex counts. Runs of one kind (`13579`) or along a keyboard row
 * (`q1w2e3r4`, a common chosen password) are not counts the policy names.
 */
function interleaves(a: number, between: number, b: number): boolean {
  const digit = isDigitCode(b);
  if (digit === isDigitCode(between) || !(digit || isLowerCode(b)) || !(isDigitCode(between) || isLowerCode(between))) return false;
  if (a === 57) return b === 56 || b === 48 || b === 97;
  if (b === 57) return a === 56 || a === 48 || a === 97;
  return (b === a + 1 || b === a - 1) && (digit ? isDigitCode(a) : isLowerCode(a));
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** a-z (codes are folded). */
function isLowerCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Fewer than `kinds` different characters among the first `n` codes, counted without a set: kinds is at most 3. */
function fewerKindsThan(n: number, kinds: number): boolean {
  let first = -1;
  let second = -1;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (first === -1 || c === first) first = c;
    else if (second === -1 || c === second) second = c;
    else return kinds > 3;
  }
  return true;
}

/** A-Z folded onto a-z. */
function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
