// The value a key's reading found, as the rule judges it: its span and text, and past an
// authorization scheme (`Bearer abc…`) the credential that follows it; what one of the rule's
// sticky expressions (flag, XML, header) reads at a place.
import { isBasicCredential } from './credentialRules';
import type { FoundValue } from './secretValue';
import { isBlank } from '../charCodes';
import type { ReaderExpression } from './readerExpression';

export const AUTH_SCHEME = /^(?:Bearer|Basic|Token|Digest|Bot|ApiKey|SSWS)[ \t]+/i;
const SCHEME_ALONE = /^(?:Bearer|Basic|Token)$/i;
export const SCHEME_INITIALS = new Set([...'BTDAS', ...'btdas'].map((c) => c.charCodeAt(0)));
const CREDENTIAL_AFTER_SCHEME = /^[ \t]+([A-Za-z0-9._~+/=-]{8,400})/;

/**
 * The scheme an authorization header's credential follows (`Bearer letmein`: `Bearer`), when it names a
 * credential a machine issues, or undefined. RFC 6750 §2.1 (`credentials = "Bearer" 1*SP b64token`) and
 * RFC 9110 §11.4 make what follows the scheme the credential itself: there the literal is the token
 * (the placeholder policy), whatever the weak name (`Authorization`) the header is given under.
 */
export function issuedSchemeBefore(text: string, start: number): string | undefined {
  let end = start;
  while (end > 0 && end > start - 4 && isBlank(text.charCodeAt(end - 1))) end--;
  if (end === start) return undefined;
  let from = end;
  while (from > 0 && end - from < 7 && isLetter(text.charCodeAt(from - 1))) from--;
  // (Five or six letters, `Token`, `Bearer`, `ApiKey`, and nothing glued before them: else no slice is cut.)
  if (end - from < 5 || end - from > 6 || (from > 0 && isLetter(text.charCodeAt(from - 1)))) return undefined;
  const scheme = text.slice(from, end);
  return ISSUED_SCHEME.test(scheme) ? scheme : undefined;
}

// The schemes that carry an issued token (RFC 6750's Bearer, GitHub's and Django REST framework's `token`, an `ApiKey`):
// not Basic (base64 of `user:password`, judged as isBasicCredential reads it), Digest's parameters, nor a bot's scheme.
const ISSUED_SCHEME = /^(?:Bearer|Token|ApiKey)$/i;

function isLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/**
 * The first two letters of one of AUTH_SCHEME's names, in either case (`Be`arer, `Ba`sic, `Bo`t, `To`ken, `Di`gest, `Ap`iKey,
 * `SS`WS): AUTH_SCHEME cannot match without. (Asked of every value found: a value's first letter alone, `s` or `t`, lets
 * many through to the expression.) `| 0x20` folds A-Z onto a-z and maps no other character onto a lower-case letter.
 */
function opensLikeScheme(v: string): boolean {
  const second = v.charCodeAt(1) | 0x20;
  switch (v.charCodeAt(0) | 0x20) {
    case 0x62: // b
      return second === 0x65 || second === 0x61 || second === 0x6f;
    case 0x74: // t
      return second === 0x6f;
    case 0x64: // d
      return second === 0x69;
    case 0x61: // a
      return second === 0x70;
    case 0x73: // s
      return second === 0x73;
  }
  return false;
}

/** A blank where one follows a scheme's name (3 to 6 letters): AUTH_SCHEME cannot match without. */
function blankAfterScheme(v: string): boolean {
  for (let i = 3; i <= 6; i++) if (isBlank(v.charCodeAt(i))) return true;
  return false;
}

/** What one of the rule's expressions (flag, XML, header) reads at `at`. */
export function matchAt(expression: ReaderExpression, text: string, at: number): FoundValue | undefined {
  const re = expression.re;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return undefined;
  const quoted = expression.quoted === 0 ? undefined : m[expression.quoted];
  const bare = expression.bare === 0 ? undefined : m[expression.bare];
  const cdata = expression.cdata === 0 ? undefined : m[expression.cdata];
  const raw = quoted ?? bare ?? cdata;
  if (raw === undefined) return undefined;
  // Every pattern ends right after its value, but for a closing quote, `</` or `]]></`.
  const end = m.index + m[0].length - (cdata !== undefined ? 5 : quoted === undefined ? 0 : expression.closing !== -1 ? expression.closing : m[expression.q]!.length);
  return valueFound(text, end - raw.length, end, bare === undefined, false);
}

/** The value in [start, end); after an authorization scheme (`Bearer abc…`), the credential that follows it. */
export function valueFound(text: string, start: number, end: number, quoted: boolean, afterComma: boolean): FoundValue | undefined {
  let valueText = text.slice(start, end);
  // (Each expression only where its first letter or its length allows a match: most values are neither.)
  // (A scheme, its blank and a credential take five characters at least.)
  const scheme = valueText.length > 4 && opensLikeScheme(valueText) && blankAfterScheme(valueText) ? AUTH_SCHEME.exec(valueText) : null;
  if (scheme && valueText.length > scheme[0].length) {
    start += scheme[0].length;
    valueText = valueText.slice(scheme[0].length);
    // `Basic dXNlcm5hbWU6cGFzc3dvcmQ=` (username:password) shows the header's shape, not a credential.
    if ((valueText.length & 3) === 0 && /^basic/i.test(scheme[0]) && !isBasicCredential(valueText)) return undefined;
  } else if (!quoted && (valueText.length === 5 || valueText.length === 6) && SCHEME_ALONE.test(valueText)) {
    const next = CREDENTIAL_AFTER_SCHEME.exec(text.slice(end, end + 410));
    if (next && /^basic/i.test(valueText) && (next[1]!.length & 3) === 0 && !isBasicCredential(next[1]!)) return undefined;
    if (next) return { start: end + next[0].length - next[1]!.length, end: end + next[0].length, value: next[1]!, quoted: false, configLine: true, afterComma, listed: false, field: false, afterColon: false };
  }
  // (Every value one shape, all its fields set: the rule's reads of them stay monomorphic.)
  return { start, end, value: valueText, quoted, configLine: false, afterComma, listed: false, field: false, afterColon: false };
}
