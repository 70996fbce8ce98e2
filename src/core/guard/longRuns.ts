// The runs of a class of ASCII characters (a token's alphabet) at least some length long, found
// without reading every character: a run `min` long or longer covers one of every `min`-th
// offsets, so those are read first, and a run is read out to both its ends only around one that
// falls in it. Text of short words (a dense env file, `pw=abc⏎` on every line) is then read a
// character in a few; a text of long runs is read once, as before.

/**
 * A class of ASCII characters: 1 at the code of each, 0 at every other UTF-16 code unit. (A table of all
 * 65,536 units, 64 KB, so that reading it at any `charCodeAt` needs no test of the code first: on a text of
 * long runs that test was a fifth of the reading.)
 */
export type AsciiClass = Uint8Array;

const CODE_UNITS = 0x10000;

/** The ASCII characters `holds` takes (it is asked of 0–127 only). */
export function asciiClass(holds: (c: number) => boolean): AsciiClass {
  const chars = new Uint8Array(CODE_UNITS);
  for (let c = 0; c < 128; c++) chars[c] = holds(c) ? 1 : 0;
  return chars;
}

/**
 * Calls `visit(start, end)` for every maximal run of characters of `chars`, `min` (≥ 1) long or
 * longer, in order. (The class is a table, not a function: shared by two rules, a function called
 * per character was no longer inlined, and a MB of one long run took twice as long.)
 */
export function forEachLongRun(text: string, min: number, chars: AsciiClass, visit: (start: number, end: number) => void): void {
  const n = text.length;
  // Every offset before `from` has been read (or a run ending there was).
  let from = 0;
  for (let probe = min - 1; probe < n; probe += min) {
    if (!inClass(chars, text.charCodeAt(probe))) continue;
    let start = probe;
    while (start > from && inClass(chars, text.charCodeAt(start - 1))) start--;
    let end = probe + 1;
    while (end < n && inClass(chars, text.charCodeAt(end))) end++;
    if (end - start >= min) visit(start, end);
    // The offset at `end` is no run's: a run after it that is long enough covers `end + min`.
    from = end;
    probe = end;
  }
}

function inClass(chars: AsciiClass, c: number): boolean {
  return chars[c] === 1;
}
