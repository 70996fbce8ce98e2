// The command a key may follow on its line, its blank the operator: a Dockerfile's `ENV KEY value`, csh's and
// launchctl's `setenv KEY value`, fish's `set -gx KEY value`, Windows' `setx KEY value`, C's `#define KEY "value"`.

// ENV DRONE_TOKEN value (Dockerfile), `setenv KEY value` (csh, launchctl), `set -gx KEY value` (fish), `setx KEY value`
// (Windows), and what follows the key there.
export const DOCKER_ENV = /^[ \t]*(?:ENV|(?:launchctl[ \t]+)?setenv|setx|set[ \t]+-[gxUlu]{1,4})[ \t]+$/;
// C's and C++'s `#define KEY "value"`: a macro's string literal (a bare token there is code); Objective-C's `@"value"`.
export const C_DEFINE = /^[ \t]*#[ \t]*define[ \t]+$/;
// Tcl's `set varName value` (Tcl's set(n); every expect script's `set password "…"`) and fish's `set NAME value` without
// a scope flag: the command alone, whose value valueAfterKey reads as a literal given off a config line.
export const PLAIN_SET = /^[ \t]*set[ \t]+$/;

const E = 69;
const L = 108;
const S = 115;
const HASH = 35;

/**
 * Which command the text from `from` to the key is: `env` (DOCKER_ENV), `set` (PLAIN_SET), `define` (C_DEFINE) or none.
 * Past their leading blanks the two start with words of their own: `ENV`, `launchctl` or `set` (setenv, setx, set), `#`
 * (#define). At any other neither can match, and the text before the key is neither cut nor read again: on a line of
 * many keys, each key read it up to 160 characters back. (The word, not its first letter: on one long line of `pass`
 * keys the bound fell on an `s` at every other key.)
 */
export function commandBeforeKey(text: string, from: number, keyStart: number): 'env' | 'set' | 'define' | undefined {
  let i = from;
  while (i < keyStart && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i === keyStart) return undefined;
  const first = text.charCodeAt(i);
  const set = first === S && text.startsWith('set', i);
  if (set || (first === E && text.startsWith('ENV', i)) || (first === L && text.startsWith('launchctl', i))) {
    const command = text.slice(from, keyStart);
    return DOCKER_ENV.test(command) ? 'env' : set && PLAIN_SET.test(command) ? 'set' : undefined;
  }
  return first === HASH && C_DEFINE.test(text.slice(from, keyStart)) ? 'define' : undefined;
}
