// A reference's fallback literal: `apiKey: process.env.API_KEY || "…"`, `ENV['T'] ?? '…'`,
// `os.getenv('T') or "…"`, Ruby's `ENV.fetch("TOKEN") { "…" }`, CUE's `string | *"…"`; and the
// cheap test of whether either expression can match at a place before it runs.
import * as charCodes from './charCodes';
// Bound here once: run unbundled, every use of an imported binding calls the module's getter.
const { CLOSE_BRACKET, CLOSE_PAREN, OPEN_BRACE, OPEN_BRACKET, OPEN_PAREN, PIPE, QUESTION, SPACE, TAB } = charCodes;

/**
 * What FALLBACK and BLOCK_DEFAULT can start with, checked by hand at every key and bare value before
 * they run: a bracket closed within their reach and then what may follow it, or after blanks `|`, `?` or `or`'s `o` (a value
 * followed by a blank and the next key, the common case, is spared both). (Past a long run of blanks the expressions decide.)
 */
export function mayFallBack(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  // (At a bracket both need it closed, and their operator or block after it: a lookup's call
  // with nothing after it, `pw = os.getenv("DB_PASSWORD", "…")`, is read here once, not again by each expression.)
  if (c === OPEN_PAREN) {
    const close = closerWithin(text, at, OPEN_PAREN, CLOSE_PAREN);
    return close !== -1 && operatorMayFollow(text, close + 1, true);
  }
  if (c === OPEN_BRACKET) {
    const close = closerWithin(text, at, OPEN_BRACKET, CLOSE_BRACKET);
    return close !== -1 && operatorMayFollow(text, close + 1, false);
  }
  return operatorMayFollow(text, at, false);
}

/**
 * What FALLBACK's operators (`[ \t]*(?:\|\||\?\?)`, `[ \t]+or`, `[ \t]*\|[ \t]*\*`) and, after a call's bracket
 * (`block`), BLOCK_DEFAULT's `[ \t]*\{` start with at `at`: after blanks `|`, `?`, `o` past a blank, or `{`.
 */
function operatorMayFollow(text: string, at: number, block: boolean): boolean {
  let c = text.charCodeAt(at);
  let p = at;
  while ((c === SPACE || c === TAB) && p - at < MAX_FALLBACK_BLANKS) c = text.charCodeAt(++p);
  return c === PIPE || c === QUESTION || (c === LOWER_O && p > at) || (block && c === OPEN_BRACE) || c === SPACE || c === TAB;
}

/**
 * Where the bracket at `at` closes as both expressions read a bracket there (`\([^()\r\n]{0,200}\)`,
 * `\[[^[\]\r\n]{0,200}\]`: at its first closer, no opener nor line break before it), or -1: after one they need
 * it closed, and without it neither can match at a bracket.
 * (`password = K9(w}e$[tR#2>pQ`: a bracket never closed, whose line both would read to its end, twice.)
 */
export function closerWithin(text: string, at: number, open: number, close: number): number {
  // (The text's end, where the expressions find no bracket either, ends the look.)
  const last = Math.min(at + 1 + MAX_BRACKETED, text.length - 1);
  for (let i = at + 1; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === close) return i;
    if (c === open || c === 10 || c === 13) return -1;
  }
  return -1;
}

const MAX_BRACKETED = 200;
const MAX_FALLBACK_BLANKS = 40;
const LOWER_O = 111;
// After a bare reference (and its call's or subscript's one bracket): `|| "…"`, `?? "…"`, ` or "…"`. An
// expression may break its line after `||` or `??` (Prettier's style for a long one): the literal opens the next.
// CUE's default, `token: string | *"…"` (cuelang.org, "Default values"), is such a literal too.
export const FALLBACK = /(?:\([^()\r\n]{0,200}\)|\[[^[\]\r\n]{0,200}\])?(?:[ \t]*(?:\|\||\?\?)(?:[ \t]*\r?\n)?|[ \t]+or|[ \t]*\|[ \t]*\*)[ \t]*(["'])([^"'\r\n]{1,400})\1/y;
// A call's block that gives its default, the block one literal: Ruby's `ENV.fetch("TOKEN") { "…" }` (`Hash#fetch`,
// `ENV.fetch`: the block's value when the key is missing), a parameter's bars allowed.
export const BLOCK_DEFAULT = /\([^()\r\n]{0,200}\)[ \t]*\{[ \t]*(?:\|[\w, ]{0,40}\|[ \t]*)?(["'])([^"'\r\n]{1,400})\1(?=[ \t]*\})/y;
