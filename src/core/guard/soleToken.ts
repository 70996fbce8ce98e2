// A text that is nothing but one token: the form in which secrets are delivered as files. Docker
// mounts each secret as a file of its own under /run/secrets/NAME holding the value only (docs.docker.com,
// "Manage sensitive data with Docker secrets"; its examples `openssl rand -base64 20 | docker secret
// create …`, `printf "…" | docker secret create my_secret -`); a Kubernetes Secret volume projects each key as
// "a file whose name is the key and content is the value" (the API's SecretProjection; every pod's service account
// token alone in /var/run/secrets/kubernetes.io/serviceaccount/token); systemd's `LoadCredential=`
// puts each credential in a file of its own under `$CREDENTIALS_DIRECTORY` (systemd.io, "Credentials");
// Vault's CLI keeps its token alone in ~/.vault-token; `*_FILE` variables of official images name such a file.
// Such a file in a prompt (its index chunk sent to the embedding model, a completion's prefix or suffix in it) is a
// text of one line of one token. What else is a text of one token: a digest file (`.git/refs/…`, 40 hex), a
// SRI or `sha256:` digest, a version, a UUID (RFC 9562) or ULID, a word or a name, a path, a URL, a number or
// a date, base64 of plain text, a line of code. Those are told by their documented shapes and the repository's
// randomness and word tests; what is left is a generated value, which a file holding nothing else holds
// only to hand to a program: a credential. (One of the URL-safe alphabet alone is left: see readsAsGeneratedToken.)
import { DIGIT_CLASS, LOWER_CLASS, measureToken, OTHER_CLASS, UPPER_CLASS } from './stringEntropy';
import { commonPairShare } from './letterPairs';
import { encodesPlainText } from './encodedText';
import { isBitcoinAddress } from './bitcoinAddress';
import { hasPublicPrefix } from './publicKeyPrefix';
import { hasOwnPrefix } from './rules/issuedTokenFormats';
import { looksPlaceholder } from './placeholderValue';

const MIN_TOKEN = 12;
const MAX_TOKEN = 1000;
/** Blanks around a file's one line (its final newline, an editor's indentation) that may stand with the token. */
const MAX_AROUND = 64;
/** The longest text that may be one token: the only length test a long text is asked. */
export const MAX_SOLE_TEXT = MAX_TOKEN + MAX_AROUND;

/** The token's place, when the whole of `text` is one token of printable ASCII (blanks around it aside); else -1 in `start`. */
export interface TokenPlace {
  start: number;
  end: number;
}
const place: TokenPlace = { start: -1, end: -1 };

/** Where the text's one token lies, or `start` -1: not one line of one token (the answer is overwritten by the next call). */
export function soleTokenPlace(text: string): Readonly<TokenPlace> {
  place.start = -1;
  if (text.length > MAX_SOLE_TEXT || text.length < MIN_TOKEN) return place;
  let from = 0;
  let to = text.length;
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
  if (to - from < MIN_TOKEN || to - from > MAX_TOKEN) return place;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c >= 127) return place;
  }
  place.start = from;
  place.end = to;
  return place;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff;
}

// A UUID (RFC 9562 §4: 8-4-4-4-12 hex digits), braced or as a URN.
const UUID = /^(?:urn:uuid:|\{)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;
// A digest given with its algorithm: SRI's `sha512-…` (W3C Subresource Integrity), OCI's `sha256:…`, go.sum's `h1:`, `md5=`,
// at the start or as a field (a wheel's RECORD row `pkg/mod.py,sha256=…,1432`).
const NAMED_DIGEST = /(?:^|[^A-Za-z0-9])(?:sha\d*|sha3-\d+|md5|blake2[bs]?(?:-\d+)?|h1|xxh\d*|crc32c?)[-:=]/i;
// A setting written whole, maybe commented out (`TOKEN=…`, `db.user:…`, `client_secret='…'`): a name in one case, then `=` or `:` and a
// value (base64's padding `=` closes a token and is no separator; a generated password's `aB3:` is in no one case).
// A secret file holds the value alone; the setting is the reading rules'.
const SETTING = /^#?(?:[a-z][a-z0-9_.-]+|[A-Z][A-Z0-9_.-]+)[:=](?!=*$)/;
// A URL or a path: a scheme, a home, a relative start or a drive (a generated value opens with none of them), or a
// root with none of base64's `+` and `=` (base64 opens with `/` one time in 64: a JKS keystore's `/u3+7Q`).
const LOCATION = /^(?:[a-z][a-z0-9+.-]*:\/\/|~\/|\.\.?\/|[A-Za-z]:\\|\/[^+=]*$)/i;

// A document of one line: JSON's object or array, a markup element.
const DOCUMENT = /^(?:\{.*\}|\[.*\]|<.*>)$/;
// BIP-0032's serialized public keys (version bytes read `xpub`, `tpub`; SLIP-0132's `ypub` `zpub` `upub` `vpub`): 111 base58.
const EXTENDED_PUBLIC_KEY = /^[xyztuv]pub[1-9A-HJ-NP-Za-km-z]{107}$/;
// An escape of source text: `\u{1F6EB}`, `\x12`, `&#60;`.
const ESCAPE = /\\[ux]|&#/;
// A path's last segment: a file's extension, a glob, a folder.
const PATH_END = /(?:\.[a-z0-9]{1,4}|\/\*?)$/;
const BASE64_ONLY = /[+=]/;
// Characters in names (runs of letters, digits and `_` whose letters pair as words') past which a token is code:
// `hljs.QUOTE_STRING_MODE,`, `.join(CACHE_KEY_SEPARATOR)`, `Node.TEXT_NODE,`. Generated runs are named by chance.
const NAMED_SHARE = 0.4;
const MIN_NAME = 4;
// Letters pair as words' at this share or more: a word or words run together, not generated letters (letterPairs.ts).
const WORD_PAIRS = 0.75;

/**
 * The token from `start` to `end` of `text` reads as a generated value, not as one of the public
 * one-token texts above: a character outside the alphabet of names and of URL-safe identifiers
 * (`A-Z a-z 0-9 _ . - ~`, RFC 3986's unreserved characters, which RFC 4648 §5's base64url keeps to so that a
 * value may stand in a URL or a file name: resource ids, slugs, a `nanoid`), that is base64's own `+` `/` and
 * its `=` padding (RFC 4648 §4: bytes encoded, as `openssl rand -base64` writes them) or a password's symbols;
 * three classes of upper case, lower case, digits and symbols at least; the entropy and class switching the
 * high-entropy rule asks (0.8 of the most the length allows); and none of the documented public shapes,
 * words or names. A vendor's own prefix is its rules' to judge: left here unfound, it broke the format
 * they know (a detector's "invalid format" negative).
 */
export function readsAsGeneratedToken(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (!holdsEncodingSymbol(text, start, end)) return false;
  const measures = measureToken(text, start, end);
  if (classCount(measures.classes) < 3) return false;
  if (measures.wordiness >= 0.4 || measures.switchRate < 0.3) return false;
  if (measures.entropy < 0.8 * Math.log2(Math.min(length, 64))) return false;
  const token = text.slice(start, end);
  if (SETTING.test(token) || UUID.test(token) || NAMED_DIGEST.test(token) || LOCATION.test(token) || DOCUMENT.test(token)) return false;
  if (commonPairShare(token) >= WORD_PAIRS && measures.wordiness > 0.2) return false;
  if (readsAsCode(token) || namedShare(token) >= NAMED_SHARE) return false;
  if (looksPlaceholder(token) || encodesPublicDer(token) || EXTENDED_PUBLIC_KEY.test(token)) return false;
  return !encodesPlainText(token) && !isBitcoinAddress(token) && !hasPublicPrefix(token) && !hasOwnPrefix(token);
}

/**
 * A piece of code or of a document's markup, by its shape: a quoted literal with its punctuation (`"SSLv23_METHOD",`,
 * `'Drmhze6EPcv0fN_81Bj-nA'`: a file's value is not quoted), a call (`IPv4Network('192.0.2.0/24'),`), a regular
 * expression's literal (`/[A-Za-z_]+/`), an escape, a relative path (`m4/zz40-xc-ovr.m4`, `cpan/IPC-Cmd/*`).
 */
function readsAsCode(token: string): boolean {
  let end = token.length;
  while (end > 1 && CLOSER[token.charCodeAt(end - 1)] === 1) end--;
  const last = token.charCodeAt(end - 1);
  let first = 0;
  while (first < end && (NAME_CHAR[token.charCodeAt(first)] === 1 || token.charCodeAt(first) === 46)) first++;
  const opens = token.charCodeAt(first);
  // (A quote opens it, after a call's name and `(` or a string prefix's letter, and one closes it before the punctuation.)
  const quoteAt = opens === 40 ? first + 1 : first <= 1 ? first : -1;
  if (quoteAt !== -1 && QUOTE[token.charCodeAt(quoteAt)] === 1 && QUOTE[last] === 1 && end - 1 > quoteAt) return true;
  // (A call, `name(…)`, or a group, `(…)`, closed by its `)` before a list's `,` or a statement's `;`.)
  if (opens === 40 && token.charCodeAt(lastBefore(token, STATEMENT_END)) === 41) return true;
  if (token.charCodeAt(0) === 47 && last === 47) return true;
  if (ESCAPE.test(token)) return true;
  return token.includes('/') && !BASE64_ONLY.test(token) && PATH_END.test(token.slice(0, end));
}

/** The place of the last character not in `set`. */
function lastBefore(token: string, set: Uint8Array): number {
  let i = token.length - 1;
  while (i > 0 && set[token.charCodeAt(i)] === 1) i--;
  return i;
}
const STATEMENT_END = Uint8Array.from({ length: 128 }, (_, c) => (c === 44 || c === 59 || c === 63 ? 1 : 0));
const QUOTE = Uint8Array.from({ length: 128 }, (_, c) => (c === 34 || c === 39 || c === 96 ? 1 : 0));
// Punctuation that closes a line of code, a sentence or a list's item: `,` `;` `:` `.` `?` `)` `]` `}`.
const CLOSER = Uint8Array.from({ length: 128 }, (_, c) => (c === 44 || c === 59 || c === 58 || c === 46 || c === 63 || c === 41 || c === 93 || c === 125 ? 1 : 0));

/** The share of the token's characters in runs of `A-Z a-z 0-9 _` of MIN_NAME or more whose letters pair as words' do. */
function namedShare(token: string): number {
  let named = 0;
  let from = 0;
  for (let i = 0; i <= token.length; i++) {
    if (i < token.length && NAME_CHAR[token.charCodeAt(i)] === 1) continue;
    if (i - from >= MIN_NAME) {
      const run = token.slice(from, i);
      if (LETTERS.test(run) && commonPairShare(run) >= WORD_PAIRS) named += run.length;
    }
    from = i + 1;
  }
  return named / token.length;
}
const NAME_CHAR = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0));
// Three letters in a row at least: a run of digits and single letters is no name.
const LETTERS = /[A-Za-z]{3}/;

/**
 * A printable character other than `A-Z a-z 0-9 _ . - ~`, and the token no mix of the two base64 alphabets alone:
 * base64's `+ /` beside base64url's `_ -` with no other symbol is neither encoding (RFC 4648 §4 and §5), but pieces
 * joined (`…WVo+ab_Gnsw…`); a password drawn from the symbols holds others too.
 */
function holdsEncodingSymbol(text: string, start: number, end: number): boolean {
  let standard = false;
  let urlSafe = false;
  let other = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (URL_SAFE[c] === 1) {
      urlSafe ||= c === 95 || c === 45;
      continue;
    }
    if (c === 43 || c === 47 || c === 61) standard = true;
    else other = true;
  }
  return other || (standard && !urlSafe);
}
const URL_SAFE = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45 || c === 126 ? 1 : 0));

/**
 * Base64 of one DER value whole (ITU-T X.690: a SEQUENCE, 0x30, whose length field gives the rest): not a
 * private key's container (those the encoded-private-key rule takes by their version INTEGER), so a public
 * key (RFC 5280's SubjectPublicKeyInfo), a certificate, a request or a CMS message.
 */
function encodesPublicDer(token: string): boolean {
  if (token.charCodeAt(0) !== 77 /* M */) return false;
  const head = Buffer.from(token.slice(0, 8), 'base64');
  const padding = token.endsWith('==') ? 2 : token.endsWith('=') ? 1 : 0;
  const decoded = Math.floor((token.length * 3) / 4) - padding;
  const form = head[1]!;
  const total = form < 0x80 ? form + 2 : form === 0x81 ? head[2]! + 3 : form === 0x82 ? ((head[2]! << 8) | head[3]!) + 4 : -1;
  return head[0] === 0x30 && total === decoded;
}

function classCount(classes: number): number {
  return ((classes & LOWER_CLASS) !== 0 ? 1 : 0) + ((classes & UPPER_CLASS) !== 0 ? 1 : 0) + ((classes & DIGIT_CLASS) !== 0 ? 1 : 0) + ((classes & OTHER_CLASS) !== 0 ? 1 : 0);
}
