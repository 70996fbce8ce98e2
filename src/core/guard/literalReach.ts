// A pattern each match of which holds one of a few literals within a bounded reach of its start (7-Zip's and zip's
// password option, `-p`/`-P`, at most 209 characters after the command's name): its matches are the ones `exec` from 0
// finds, sought only in the reach before each occurrence of a literal. On one long line the whole-text `exec` tried the
// pattern's bounded lazy run after every command name it met (`zip="zip 7z="7z …`, each name a run of 200 characters
// read for an option that never came); here a text without the literal costs one search for it.

/** Every match holds one of `literals` (as written) starting at most `reach` characters after the match's start. */
export interface LiteralReach {
  readonly literals: readonly string[];
  readonly reach: number;
}

/**
 * Calls `visit` with each match of `sticky` (the pattern with the 'y' flag) in `text`, as `exec` from 0 with the global
 * pattern finds them: the leftmost match at or after the last one's end, tried only at places within the reach before
 * a literal's occurrence. (A place tried and failed is no match's start; one farther than the reach before the next
 * occurrence holds none.)
 */
export function forEachMatchInReach(text: string, sticky: RegExp, needs: LiteralReach, visit: (m: RegExpExecArray) => void): void {
  const { literals, reach } = needs;
  // (Each literal's next occurrence, sought again only once passed: one pass over the text a literal.)
  const next = literals.map(() => -2);
  let from = 0;
  for (;;) {
    let at = -1;
    for (let i = 0; i < literals.length; i++) {
      if (next[i]! !== -1 && next[i]! < from) next[i] = text.indexOf(literals[i]!, from);
      if (next[i]! !== -1 && (at === -1 || next[i]! < at)) at = next[i]!;
    }
    if (at === -1) return;
    let end = at + 1;
    for (let s = Math.max(from, at - reach); s <= at; s++) {
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (m && m[0] !== '') {
        end = s + m[0].length;
        visit(m);
        break;
      }
    }
    from = end;
  }
}
