// A reference's fallback literal: `apiKey: process.env.API_KEY || "…"`, `ENV['T'] ?? '…'`,
// `os.getenv('T') or "…"`, Ruby's `ENV.fetch("TOKEN") { "…" }`, CUE's `string | *"…"`; and the
// cheap test of whether either expression can match at a place before it runs.
import * as charCodes from './charCodes';
// Bound here once: run unbundled, every use of an imported binding calls the module's getter.
const { CLOSE_BRACKET, CLOSE_PAREN, OPEN_BRACKET, OPEN_PAREN, PIPE, QUESTION, SPACE, TAB } = charCodes;

/**
 * What FALLBACK and BLOCK_DEFAULT can start with, checked by hand at every key and bare value before
 * they run: a bracket closed within their reach, or after blanks `|`, `?` or `or`'s `o` (a value followed by a blank and the
 * next key, the common case, is spared both). (Past a long run of blanks the expressions decide.)
 */
export function mayFallBack(text: string, at: number): boolean {
  let c = text.charCodeAt(at);
  if (c === OPEN_PAREN) return closesWithin(text, at, OPEN_PAREN, CLOSE_PAREN);
  if (c === OPEN_BRACKET) return closesWithin(text, at, OPEN_BRACKET, CLOSE_BRACKET);
  let p = at;
  while ((c === SPACE || c === TAB) && p - at < MAX_FALLBACK_BLANKS) c = text.charCodeAt(++p);
  return c === PIPE || c === QUESTION || (c === LOWER_O && p > at) || c === SPACE || c === TAB;
}

/**
 * Whether the bracket at `at` closes as both expressions read a bracket there (`\([^()\r\n]{0,200}\)`,
 * `\[[^[\]\r\n]{0,200}\]`): after one they need it closed, and without it neither can match at a bracket.
 * (`password = K9(w}e$[tR#2>pQ`: a bracket never closed, whose line both would read to its end, twice.)
 */
export function closesWithin(text: string, at: number, open: number, close: number): boolean {
  // (The text's end, where the expressions find no bracket either, ends the look.)
  const last = Math.min(at + 1 + MAX_BRACKETED, text.length - 1);
  for (let i = at + 1; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === close) return true;
    if (c === open || c === 10 || c === 13) return false;
  }
  return false;
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
