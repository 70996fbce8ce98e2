// The runs of a class of characters (a token's alphabet) at least some length long, found
// without reading every character: a run `min` long or longer covers one of every `min`-th
// offsets, so those are read first, and a run is read out to both its ends only around one that
// falls in it. Text of short words (a dense env file, `pw=abc⏎` on every line) is then read about
// a character in three instead of every one; a text of long runs is read once, as before.

/** Calls `visit(start, end)` for every maximal run of characters `inRun` takes, `min` (≥ 1) long or longer, in order. */
export function forEachLongRun(text: string, min: number, inRun: (c: number) => boolean, visit: (start: number, end: number) => void): void {
  const n = text.length;
  // Every offset before `from` has been read (or a run ending there was).
  let from = 0;
  for (let probe = min - 1; probe < n; probe += min) {
    if (!inRun(text.charCodeAt(probe))) continue;
    let start = probe;
    while (start > from && inRun(text.charCodeAt(start - 1))) start--;
    let end = probe + 1;
    while (end < n && inRun(text.charCodeAt(end))) end++;
    if (end - start >= min) visit(start, end);
    // The offset at `end` is no run's: a run after it that is long enough covers `end + min`.
    from = end;
    probe = end;
  }
}
