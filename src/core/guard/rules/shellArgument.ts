// One argument of a command line, read into the groups `q` (its quote) and `secret`. Quoted, it holds
// any character but its quote and a blank: POSIX sh, cmd.exe and PowerShell all take `;`, `#`, `|`,
// `&`, `<` and `>` inside quotes literally, so `psexec … -p "Xk9#mQ2;pL"` is one password. (A quoted
// argument holding blanks is left to the rules that judge phrases: `-p "your password here"` is prose
// more often than a password, and judging every long quoted argument of a MB-long line cost 85-98
// CPU ms/MB.) Bare, it runs up to a blank or an operator, as each rule's own character class says.
// Each branch is one bounded class: linear. (The quoted branches know their quote by the character
// before them; a bare value never follows a quote.)

/**
 * The pattern source of an argument of `min` to `max` characters: quoted, any but its quote and a
 * blank; bare, one character of `first` then characters of `rest`.
 */
export function shellArgument(first: string, rest: string, min: number, max: number): string {
  return (
    `(?<q>["']?)(?<secret>(?<=")[^"\\s]{${min},${max}}(?=")|(?<=')[^'\\s]{${min},${max}}(?=')` +
    `|(?<!["'])${first}${rest}{${min - 1},${max - 1}})\\k<q>`
  );
}

// A command continued over lines is one line: POSIX XCU §2.2.1 removes a backslash and the newline after it before the
// words are split (`docker login \⏎  -u me \⏎  -p SECRET`, `sshpass -p \⏎  SECRET`). A line's stretch as before, then at
// most four continued lines' (each entered only at a `\⏎`, so one way to split: linear; an alternation a character cost
// `quoted tool options never closed` 9% in the judge).
/** A lazy stretch of at most `most` characters of a command's line, and of each of up to four lines continuing it. */
export function commandStretch(most: number): string {
  return `[^\\n]{0,${most}}?(?:\\\\\\r?\\n[^\\n]{0,${most}}?){0,4}`;
}
/** One blank between an option and its value, or a continuation (at most `most` of them). */
export function optionGap(least: 0 | 1, most = 40): string {
  return `(?:[ \\t]|\\\\\\r?\\n){${least},${most}}`;
}
