// A long random-looking string that no other rule named (detect-secrets' high-entropy plugins):
// only inside quotes or right after an assignment, after a key word on its line or the one above
// (as gitleaks' generic-api-key asks: randomness alone names no secret), never a bare word of code or prose, and
// never what is public by design (hex digests, UUIDs, integrity hashes, data URIs, paths), a name
// made of words (also as Texinfo's HTML ids escape them), a C++ symbol as the linker names it, a
// Bitcoin address, or base64 of plain text.
import type { SecretRule } from '../secretRule';
import { looksPlaceholder } from '../secretRule';
import { isBitcoinAddress } from '../bitcoinAddress';
import { looksMangledName } from '../mangledName';
import { texinfoDecoded } from '../texinfoName';
import { CharPrefilter, type CharNeeds } from '../charPrefilter';
import { spanKind } from '../spanList';
import { DIGIT_CLASS, LOWER_CLASS, measureToken, OTHER_CLASS, UPPER_CLASS } from '../stringEntropy';
import { encodesPlainText } from '../encodedText';
import { readsAsIdentifier } from '../identifierWords';
import { hasPublicPrefix } from '../publicKeyPrefix';
import { namedKeyHash } from './keyHashName';
import { breaksIssuedFormat } from './issuedTokenFormats';
import { asciiClass, forEachLongRun } from '../longRuns';
import { keyWordBefore } from './keyWordBefore';
import { keyWords } from './keyWordScan';

const MIN_TOKEN = 24;
const MAX_TOKEN = 1000;
const KIND = spanKind('high-entropy');

export const highEntropyRule: SecretRule = {
  id: 'high-entropy',
  // (Its gate needs a key word: a text without one has nothing for it. Their starts, recorded by the
  // prefilter's pass, spare the gate a scan of its own.)
  keywords: keyWords,
  keywordStarts: true,
  afterOthers: true,
  find(text, found, near) {
    // `found` holds the other rules' spans, sorted and apart: a candidate inside one is already named.
    const known = found.length;
    let k = 0;
    // How far a quoted literal has been read past a candidate: each character at most once.
    let readTo = 0;
    forEachCandidate(text, (start, end) => {
      while (k < known && found.end(k) < end) k++;
      // Inside another rule's span, or ending with one (`"DB_PASSWORD=aB3dE6gH9jK2"`: the
      // assignment rule read the key and took its value): already named, and the key is no secret.
      if (k < known && (found.start(k) <= start || found.end(k) === end)) return;
      // (The key word first: a few lines' reading, where looksRandom measures the whole value.)
      if (!keyWordBefore(text, start, near) || !looksRandom(text, start, end)) return;
      let close = end;
      if (end >= readTo) {
        close = quotedLiteralEnd(text, start, end);
        readTo = Math.max(end, close);
      }
      found.push(KIND, start, close);
    });
  }
};

/**
 * A random run that opens a quoted literal and stops at a `.` or `~` inside it (a JWT's or
 * SendGrid's segments, Google's `ya29.`, an Azure client secret's `~`: RFC 3986's unreserved
 * characters and base64url's) is cut short of its value: the value is the literal, to its closing
 * quote, when nothing but those characters stands before it. Else the run's own end.
 */
function quotedLiteralEnd(text: string, start: number, end: number): number {
  const quote = text.charCodeAt(start - 1);
  if (quote !== 34 && quote !== 39 && quote !== 96) return end;
  const limit = Math.min(text.length, start + MAX_TOKEN);
  let i = end;
  while (i < limit && (isTokenChar(text.charCodeAt(i)) || text.charCodeAt(i) === 46 || text.charCodeAt(i) === 126)) i++;
  return i > end && text.charCodeAt(i) === quote ? i : end;
}

function isTokenChar(c: number): boolean {
  // A-Z a-z 0-9 + / _ = -
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 95 || c === 61 || c === 45;
}
const TOKEN_CHAR_CLASS = asciiClass(isTokenChar);

/**
 * The end of a run of base64/base64url characters, 24 to 1000 long, that starts right after a
 * quote, `=` or `: ` (from the first such place in the run). One pass over the text: a run is
 * read once, so no run, however long, is read again from each of its characters; runs shorter
 * than a token are passed over mostly unread (`forEachLongRun`).
 */
function forEachCandidate(text: string, candidate: (start: number, end: number) => void): void {
  forEachLongRun(text, MIN_TOKEN, TOKEN_CHAR_CLASS, (runStart, runEnd) => {
    for (let start = Math.max(runStart, runEnd - MAX_TOKEN); start <= runEnd - MIN_TOKEN; start++) {
      if (valueStartsAt(text, start)) {
        candidate(start, runEnd);
        break;
      }
    }
  });
}

/**
 * Right after a quote or backtick, or after `=` or `:` and at most one blank. Not after `::`: a
 * path in a namespace (C++'s `Intrinsic::hexagon_V6_vcvt_hf_h_128B`, Rust's `Ordering::SeqCst`) names a thing.
 */
function valueStartsAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (c === 34 || c === 39 || c === 96 || c === 61) return true;
  if (c === 58) return text.charCodeAt(at - 2) !== 58;
  if (c !== 32 && c !== 9) return false;
  const b = text.charCodeAt(at - 2);
  return b === 61 || (b === 58 && text.charCodeAt(at - 3) !== 58);
}

// (Each expression below reads the text before a token: `mayStandBefore` says which could match at all.)
// (A quote may be escaped, `\"`: a string held in a string, as Apache's `Header set Public-Key-Pins "pin-sha256=\"…\""` or
// JSON holding JSON writes one; the expressions read it as the quote it is.)
const DATA_OR_INTEGRITY_BEFORE = /(?:base64,|integrity\\?["']?\s*[:=]\s*\\?["']?)$/i;
// sha256-…, sha256:…, and a digest given to its algorithm's name: pip's RECORD `sha256=…`, `"md5": "…"`, an HPKP pin's
// `pin-sha256="…"` (RFC 7469 §2.1.1: the base64 of a public key's SHA-256, public as the key is).
const DIGEST_NAME_BEFORE = /(?:^|[^A-Za-z0-9])(?:sha\d*|sha3|md5|blake2b?|h1)\\?["']?[ \t]*[-:=][ \t]*\\?["']?$/i;
const DIGEST_PREFIX = /^(?:sha\d*|sha3|md5|blake2b?)-/i;
const UUID_START = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-/;
const TWO_SLASHES = /\/.*\//;
// X509_STORE_CTX_get1_chain, cipher_TLS_DHE_RSA_WITH_AES_256_CCM, ISO-8859-2-Windows-Latin-2: three
// or more segments, each a word (maybe numbered) or a number, is a name; a generated key's
// segments mix digits into their letters.
const WORD_SEGMENTS = /^(?:[A-Za-z]+\d*|\d+)(?:[-_](?:[A-Za-z]+\d*|\d+)){2,}$/;
const BASE64_PAD_OR_PLUS = /[+=]/;
const LOWER = /[a-z]/;
const UPPER = /[A-Z]/;
const DIGIT = /[0-9]/;

/**
 * Each expression looksRandom asks, and characters it cannot match without (for the first
 * three and the last, the characters it looks for): a token holds none of most of them.
 */
export const tokenExpressions: readonly CharNeeds[] = [
  { pattern: LOWER, needs: 'abcdefghijklmnopqrstuvwxyz' },
  { pattern: UPPER, needs: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' },
  { pattern: DIGIT, needs: '0123456789' },
  { pattern: DIGEST_PREFIX, needs: '-' },
  { pattern: UUID_START, needs: '-' },
  { pattern: TWO_SLASHES, needs: '/' },
  { pattern: BASE64_PAD_OR_PLUS, needs: '+=' },
  { pattern: WORD_SEGMENTS, needs: '-_' },
];
const TOKEN_CHARS = new CharPrefilter(tokenExpressions);
// Bit i for expression i above.
const HAS_LOWER = 1;
const HAS_UPPER = 2;
const HAS_DIGIT = 4;
const MAY_DASH = 8;
const MAY_UUID = 16;
const MAY_PATH = 32;
const HAS_PAD_OR_PLUS = 64;
const MAY_SEPARATOR = 128;
const MIXED = HAS_LOWER | HAS_UPPER | HAS_DIGIT;
const MIXED_CLASSES = LOWER_CLASS | UPPER_CLASS | DIGIT_CLASS;

/** The token at [start, end) of `text` reads like a random key, not like a word, path, hash or id, and is this rule's to take. */
function looksRandom(text: string, start: number, end: number): boolean {
  // The core, without leading and trailing - _ = (a loop: a `[-_=]+$` search is quadratic on a
  // long inner run of them), read on the text: a candidate turned away is made no string.
  let from = start;
  let to = end;
  while (from < to && pad(text.charCodeAt(from))) from++;
  while (to > from && pad(text.charCodeAt(to - 1))) to--;
  const length = to - from;
  if (length < MIN_TOKEN) return false;
  // Every measure in one reading of the core; the cheap tests that turn most candidates away first.
  const measures = measureToken(text, from, to);
  // Mixed case and digits: all-letter runs are too often names.
  if ((measures.classes & MIXED_CLASSES) !== MIXED_CLASSES) return false;
  if (measures.wordiness >= 0.4) return false;
  if (measures.entropy < 0.8 * Math.log2(Math.min(length, 64)) || measures.switchRate < 0.3) return false;
  if (measures.hex) return false; // commit ids, checksums, hex digests
  const wordy = measures.wordiness > 0.3;
  // Beside letters and digits, a core holds only + / _ = -, which the tests for digests, UUIDs,
  // names and paths need: most hold none.
  const may = (measures.classes & OTHER_CLASS) !== 0 ? TOKEN_CHARS.mayMatch(text, from, to) : MIXED;
  if ((may & MAY_DASH) !== 0 || to !== end) {
    const token = text.slice(start, end); // (asked of the token, edges and all)
    if (token.includes('-') && DIGEST_PREFIX.test(token)) return false;
  }
  if (text.charCodeAt(start) === UNDERSCORE && looksMangledName(text.slice(start, end))) return false;
  // (What names the value is read before a highlighter's tag around it, when one is there.)
  const at = beforeMarkup(text, start);
  const before = mayStandBefore(text, at);
  if ((before & DATA_BEFORE) !== 0 && DATA_OR_INTEGRITY_BEFORE.test(text.slice(Math.max(0, at - BEFORE), at))) return false;
  if ((before & DIGEST_BEFORE) !== 0 && DIGEST_NAME_BEFORE.test(text.slice(Math.max(0, at - BEFORE), at))) return false;
  if ((before & JWK_BEFORE) !== 0 && publicJwkMember(text, start, end)) return false;
  if ((before & PUBLIC_BEFORE) !== 0 && publicNameBefore(text, at)) return false;
  const core = text.slice(from, to);
  if (looksPlaceholder(core)) return false;
  if ((may & MAY_UUID) !== 0 && UUID_START.test(core)) return false;
  if ((may & MAY_SEPARATOR) !== 0 && (WORD_SEGMENTS.test(core) || readsAsTexinfoName(core))) return false;
  if ((may & MAY_PATH) !== 0 && TWO_SLASHES.test(core) && (may & HAS_PAD_OR_PLUS) === 0 && wordy) return false; // a path
  // A vendor's prefix on a body its format does not allow: that vendor's negative, not a key.
  return !readsAsIdentifier(core) && !namedKeyHash(text, start) && !hasPublicPrefix(core) && !encodesPlainText(core) && !isBitcoinAddress(core) && !breaksIssuedFormat(core);
}

const UNDERSCORE = 95;
const MAX_TAG = 64;

/**
 * `const pubkey256 = <span class="hljs-string">'…'</span>`: a syntax highlighter (highlight.js, Prism, Pygments) wraps each
 * token of the code it shows in an inline element, whose start tag stands between the operator and the literal. Where a
 * start tag (`<` and a letter, no `>` inside, at most 64 characters) ends right before the value or its quote, the
 * code's text ends at the tag's `<`; else at the value.
 */
function beforeMarkup(text: string, start: number): number {
  let p = start;
  const q = text.charCodeAt(p - 1);
  if (q === 34 || q === 39) p--;
  if (text.charCodeAt(p - 1) !== 62) return start;
  for (let i = p - 2; i >= 0 && p - i <= MAX_TAG; i--) {
    const c = text.charCodeAt(i);
    if (c === 62) return start;
    if (c === 60) return isAsciiLetter(text.charCodeAt(i + 1)) ? i : start;
  }
  return start;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
const BEFORE = 24;
const PUBLIC_BEFORE_CHARS = 48;
const JWK_BEFORE_CHARS = 16;

// Which of the expressions read before a token could match there (bits of `mayStandBefore`).
const DATA_BEFORE = 1;
const DIGEST_BEFORE = 2;
const PUBLIC_BEFORE = 4;
const JWK_BEFORE = 8;

/**
 * Which expressions that end where a value starts could match before `start`, read back from it:
 * each ends in a separator (`,` `:` `=` `-` `=>`) and then quotes and blanks, or in a quote (a
 * JWK member's). Past the separator's quotes and blanks: a digest's name ends in a, b or a digit,
 * `integrity` in y, and a name that says public holds `pub` or `key` in the run of name characters
 * there. Quotes, controls, blanks and every character past U+009F are skipped alike, every blank
 * `\s` matches among them, and a backslash (a quote's escape). A file of `name: <random>` lines is then
 * read two or three characters a value, not 24 and 48, and asks no expression.
 */
export function mayStandBefore(text: string, start: number): number {
  const lo = Math.max(0, start - PUBLIC_BEFORE_CHARS);
  let bits = 0;
  const last = text.charCodeAt(start - 1);
  if (start > 0 && (last === 34 || last === 39)) bits |= JWK_BEFORE;
  let p = start;
  while (p > lo && skipped(text.charCodeAt(p - 1))) p--;
  if (p === lo) return bits;
  const separator = text.charCodeAt(p - 1);
  if (separator === 44) return bits | DATA_BEFORE; // base64,
  let q = p - 1;
  if (separator === 62 && q > lo && text.charCodeAt(q - 1) === 61) q--; // =>
  else if (separator !== 58 && separator !== 61 && separator !== 45) return bits;
  while (q > lo && skipped(text.charCodeAt(q - 1))) q--;
  if (q === lo) return bits;
  const c = text.charCodeAt(q - 1) | 32;
  const assigns = separator === 58 || separator === 61;
  if (assigns && c === 121) bits |= DATA_BEFORE; // integrity
  if (separator !== 62 && (c === 97 || c === 98 || (c >= 48 && c <= 57))) bits |= DIGEST_BEFORE; // sha, blake2b, a digit
  if ((assigns || separator === 62) && namesPublic(text, lo, q)) bits |= PUBLIC_BEFORE;
  return bits;
}

function skipped(c: number): boolean {
  return c <= 32 || c === 34 || c === 39 || c === 92 || c >= 0xa0;
}

/** The run of name characters ([\w.-]) ending at `to` holds `pub` or `key`, any case. */
function namesPublic(text: string, lo: number, to: number): boolean {
  let i = to;
  while (i > lo && nameChar(text.charCodeAt(i - 1))) i--;
  for (let k = i; k + 3 <= to; k++) {
    const a = text.charCodeAt(k) | 32;
    const b = text.charCodeAt(k + 1) | 32;
    const c = text.charCodeAt(k + 2) | 32;
    if ((a === 112 && b === 117 && c === 98) || (a === 107 && b === 101 && c === 121)) return true;
  }
  return false;
}

function nameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

/** `toc-PBKDF2_002dHMAC_002dSHA1`: a Texinfo id, its escapes decoded, is a name of words. */
function readsAsTexinfoName(core: string): boolean {
  const decoded = texinfoDecoded(core);
  return decoded !== undefined && (WORD_SEGMENTS.test(decoded) || readsAsIdentifier(decoded));
}

// public_key = "MIIBIjAN…", publishableKey: 'pk_live_…', "pubkey": "…", site_key: …: public by design.
// (A CAPTCHA's site key and a Supabase anon key too: shipped to browsers by design.)
const PUBLIC_NAME_BEFORE = /(?:public|publishable|pub|site[_-]?key|anon[_-]?key)[\w.-]{0,30}\\?["']?[ \t]*(?:[:=]|=>)[ \t]*\\?["']?$/i;

/** The value is named public (its prefix saying so is asked apart). */
function publicNameBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - PUBLIC_BEFORE_CHARS), start);
  return /pub|key/i.test(before) && PUBLIC_NAME_BEFORE.test(before);
}

// A JSON Web Key's public members: an EC or OKP key's point (`x`, `y`), an RSA key's modulus and
// exponent (`n`, `e`), its certificates and their thumbprints (`x5c`, `x5t`), RFC 7517 and 7518.
// Public by design, in a private key too (its `d` is the private-key rule's). Quoted as JSON has
// them or bare as a JavaScript object does; the key's type (`kty`) near says it is a JWK.
const JWK_PUBLIC_MEMBER_BEFORE = /(?:^|[^\w$])["']?(?:n|e|x|y|x5c|x5t(?:#S256)?)["']?[ \t]*:[ \t]*\[?[ \t]*["']$/;
const JWK_NEAR = 1500;

function publicJwkMember(text: string, start: number, end: number): boolean {
  if (!JWK_PUBLIC_MEMBER_BEFORE.test(text.slice(Math.max(0, start - JWK_BEFORE_CHARS), start))) return false;
  return text.slice(Math.max(0, start - JWK_NEAR), end + JWK_NEAR).includes('kty');
}

function pad(c: number): boolean {
  return c === 45 || c === 95 || c === 61;
}

/** Each expression read before a token, the characters it reads (those before `start`, at most), and its bit of `mayStandBefore`. */
export const beforeExpressions: readonly { pattern: RegExp; chars: number; bit: number }[] = [
  { pattern: DATA_OR_INTEGRITY_BEFORE, chars: BEFORE, bit: DATA_BEFORE },
  { pattern: DIGEST_NAME_BEFORE, chars: BEFORE, bit: DIGEST_BEFORE },
  { pattern: PUBLIC_NAME_BEFORE, chars: PUBLIC_BEFORE_CHARS, bit: PUBLIC_BEFORE },
  { pattern: JWK_PUBLIC_MEMBER_BEFORE, chars: JWK_BEFORE_CHARS, bit: JWK_BEFORE },
];
