// Where a bare value read after its key ends inside a URL: at the query's next field, or at the `@` before the host when
// the key stands in the URL's userinfo. valueAfterKey asks these of a value that runs on past one of those marks.
import { COLON, SLASH } from './charCodes';
import { valueFound } from './foundValue';
import type { FoundValue } from './secretValue';

// (In HTML an attribute's `&` is written `&amp;`, HTML's character reference: `href="…?access_token=…&amp;state=xyz"`.)
const NEXT_QUERY_FIELD = /&(?:amp;)?[A-Za-z_][\w.-]{0,40}=/g;
/** Longest user part read back from a key to the `://` before it. */
const MAX_USERINFO = 64;

/** `access_token=…&token_type=bearer` (`&amp;token_type=` in HTML): a bare value ends where a query's next field begins (its first `&` at `amp`, past its start). */
export function beforeNextQueryField(text: string, m: FoundValue, amp: number): FoundValue | undefined {
  NEXT_QUERY_FIELD.lastIndex = m.start + amp;
  const next = NEXT_QUERY_FIELD.exec(text);
  return next && next.index === m.start + amp ? urlField(text, m.start, m.start + amp) : undefined;
}

/**
 * `https://x-access-token:TOKEN@github.com/…`: a key in a URL's userinfo (RFC 3986 §3.2.1, `user:password@host`) holds its
 * value up to the `@` before the host, not the host and path after it (the key read back over user characters to `://`).
 */
export function beforeUserinfoHost(text: string, keyStart: number, m: FoundValue): FoundValue | undefined {
  const at = m.value.indexOf('@');
  if (at <= 0) return undefined;
  const slash = m.value.indexOf('/');
  if (slash !== -1 && slash < at) return undefined;
  let i = keyStart;
  while (i > 0 && keyStart - i < MAX_USERINFO && isUserinfoChar(text.charCodeAt(i - 1))) i--;
  if (text.charCodeAt(i - 1) !== SLASH || text.charCodeAt(i - 2) !== SLASH || text.charCodeAt(i - 3) !== COLON) return undefined;
  return urlField(text, m.start, m.start + at);
}

/** The value cut at a URL's mark: a field of a structured line, judged as one. */
function urlField(text: string, start: number, end: number): FoundValue {
  const field = valueFound(text, start, end, false, false)!;
  field.configLine = true;
  field.field = true;
  return field;
}

/** RFC 3986's unreserved characters and `%`: what a user name before its `:` holds. */
function isUserinfoChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 95 || c === 126 || c === 37;
}
