// Where a token keyed by its issuer's prefix may start. Not after a letter, digit or `_` (`xghp_…`
// is a longer word), but after an escape that ends right before it: JSON's and most languages'
// string escapes (`\n`, `\t`, `\"`, `\u0022`, RFC 8259 §7) and a URL's percent-encoding (`%3D`,
// `%22`, RFC 3986 §2.1), whose last character is a letter or digit only by the way it is written.
// A token in a JSON log line after `\n`, or in an encoded query after `%3D`, is still that token.

/**
 * The lookbehind a prefixed token's expression starts with: not after a letter, digit or `_` unless it
 * ends an escape. One negative lookbehind, as `(?<![A-Za-z0-9_])` is: an alternation of lookbehinds
 * before the prefix kept V8 from scanning for the prefix (10 times slower on text full of prefixes).
 */
export const TOKEN_START = String.raw`(?<![A-Za-z0-9_](?<!\\[nrtbfv0])(?<!%[0-9A-Fa-f]{2})(?<!\\u[0-9A-Fa-f]{4})(?<!\\x[0-9A-Fa-f]{2}))`;

/** A letter, digit or `_` before `at` that is the end of an escape: the token stands apart there. */
export function afterEscape(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (text.charCodeAt(at - 2) === 92) return c === 110 || c === 114 || c === 116 || c === 98 || c === 102 || c === 118 || c === 48;
  if (at >= 3 && text.charCodeAt(at - 3) === 37) return isHex(text.charCodeAt(at - 2)) && isHex(c);
  if (at >= 4 && text.charCodeAt(at - 4) === 92 && text.charCodeAt(at - 3) === 120) return isHex(text.charCodeAt(at - 2)) && isHex(c);
  if (at >= 6 && text.charCodeAt(at - 6) === 92 && text.charCodeAt(at - 5) === 117) {
    for (let i = at - 4; i < at; i++) if (!isHex(text.charCodeAt(i))) return false;
    return true;
  }
  return false;
}

/**
 * How many characters at the start of a run of letters and digits at `start` belong to an escape that
 * opens before it (`\n` → 1, `%3D` → 2, `\u0022` → 5, `\x22` → 3), or 0: read from the run's start, a
 * token after an escape begins that many characters in.
 */
export function escapeLength(text: string, start: number): number {
  const before = text.charCodeAt(start - 1);
  for (const length of before === 92 ? [1, 5, 3] : before === 37 ? [2] : []) {
    if (start + length <= text.length && afterEscape(text, start + length)) return length;
  }
  return 0;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
