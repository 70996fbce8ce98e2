// A value somebody typed to fill a slot rather than one a generator made: a run along the
// alphabet or the digits (`abcdefgh`, `12345678`, `0123456789abcdef…`), along a keyboard row
// (`qwerty`, `asdf`), a short group repeated (`abcabc`, `1234512345`). Each character of such a
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

/** Whether most characters of `v` (4 or more, 3 of them different) follow from those before it: a sequence, a keyboard run or a repeat. */
export function looksFiller(v: string): boolean {
  const n = v.length;
  if (n < 4) return false;
  // Misses allowed: a generated value misses at almost every character, so each try ends within a few.
  const budget = Math.floor((1 - FORETOLD) * (n - 1) + 1e-9);
  // First, cheaply: characters that nothing foretells (no step, none of the 8 before is the
  // same) are misses for every period; most values have too many within their first few.
  let unforetold = 0;
  for (let i = 1; i < n && unforetold <= budget; i++) {
    const b = fold(v.charCodeAt(i));
    if (stepsTo(fold(v.charCodeAt(i - 1)), b)) continue;
    let seen = false;
    for (let p = 1; p <= MAX_PERIOD && p <= i && !seen; p++) seen = fold(v.charCodeAt(i - p)) === b;
    if (!seen) unforetold++;
  }
  if (unforetold > budget || fewerKindsThan(v, 3)) return false;
  // p = 0: foretold by the character before alone; p > 0: by it or by the character p back.
  // (A period must come round at least twice, `abcabc`: a longer one would foretell half a word.)
  for (let p = 0; p <= MAX_PERIOD && 2 * p <= n; p++) {
    let misses = 0;
    for (let i = 1; i < n && misses <= budget; i++) {
      const b = fold(v.charCodeAt(i));
      if (!stepsTo(fold(v.charCodeAt(i - 1)), b) && !(p > 0 && p <= i && fold(v.charCodeAt(i - p)) === b)) misses++;
    }
    if (misses <= budget) return true;
  }
  return false;
}

/** Along the alphabet or the digits (9 then a, as hex counts), or along a keyboard row. */
function stepsTo(a: number, b: number): boolean {
  return b === a + 1 || (a === 57 && b === 97) || (a < 128 && b !== 0 && KEYBOARD_NEXT[a] === b);
}

/** Fewer than `kinds` different characters (case folded), counted without a set: kinds is at most 3. */
function fewerKindsThan(v: string, kinds: number): boolean {
  let first = -1;
  let second = -1;
  for (let i = 0; i < v.length; i++) {
    const c = fold(v.charCodeAt(i));
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
