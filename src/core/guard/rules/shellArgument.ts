// One argument of a command line, read into the groups `q` (its quote) and `secret`. Quoted, it holds
// any character but its quote and a line end: POSIX sh, cmd.exe and PowerShell all take `;`, `#`,
// `|`, `&`, `<`, `>` and blanks inside quotes literally, so `psexec … -p "Xk9#mQ2;pL"` is one
// password. Bare, it runs up to a blank or an operator, as each rule's own character class says.
// Each branch is one bounded class: linear. (The quoted branches know their quote by the character
// before them; a bare value never follows a quote.)

/**
 * The pattern source of an argument of `min` to `max` characters: quoted, any but its quote and a
 * line end; bare, one character of `first` then characters of `rest`.
 */
export function shellArgument(first: string, rest: string, min: number, max: number): string {
  return (
    `(?<q>["']?)(?<secret>(?<=")[^"\\r\\n]{${min},${max}}(?=")|(?<=')[^'\\r\\n]{${min},${max}}(?=')` +
    `|(?<!["'])${first}${rest}{${min - 1},${max - 1}})\\k<q>`
  );
}
