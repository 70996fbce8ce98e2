// What the text around a secret-named key's value says the value is, beyond the value itself:
// a quote that closes the string the key was written in, a string prefix (`f"…"`), a bare word with more code after it on
// a config line, a location (a path, a route, a CSS selector) rather than a credential.
import { looksRandomValue } from './randomValue';
import { commonPairShare } from '../letterPairs';
import { nameWords } from './nameWords';
import * as charCodes from './charCodes';
// Bound here once: run unbundled, every use of an imported binding calls the module's getter.
const { BACKSLASH, OPEN_BRACE } = charCodes;

/**
 * The last place of a character (or a string) before an offset, and the first from it, for offsets
 * asked in rising order: one pass over the text in all, where reading back from each key would read
 * a long line once per key on it.
 */
export class LastBefore {
  private last = -1;
  private next: number;

  constructor(private readonly text: string, private readonly char: string) {
    this.next = text.indexOf(char);
  }

  at(offset: number): number {
    while (this.next !== -1 && this.next < offset) {
      this.last = this.next;
      this.next = this.text.indexOf(this.char, this.next + 1);
    }
    return this.last;
  }

  /** The first place at or after `offset` (-1 if none), for offsets asked in rising order as `at`'s are. */
  firstFrom(offset: number): number {
    this.at(offset);
    return this.next;
  }
}

/**
 * Whether an offset sits inside a string literal of a given quote on its line (an odd number of
 * unescaped such quotes since the line began), for offsets asked in rising order: one pass over
 * the text in all, where counting back from each key would read a long line once per key on it.
 */
export class QuoteParity {
  private at = 0;
  /** Bit 0: inside a `"` string; bit 1: inside a `'` one. */
  private open = 0;

  constructor(private readonly text: string) {}

  /**
   * Inside a `"` (quote 34) or `'` (quote 39) string at `offset`. Given the start of `offset`'s line, the lines before it
   * are not read: a line break ends every string (the parity is 0 past it) unless a backslash escapes it, so only the
   * backslashes right before that break are counted, to know whether it is read as one.
   */
  inside(offset: number, quote: number, lineStart = 0): boolean {
    const text = this.text;
    // (In locals, stored once; a quote flips its bit by a table's value with no branch: on a line of keys and quoted
    // values every few characters is a quote or a blank, and a branch per kind was mispredicted there.)
    let at = this.at;
    let open = this.open;
    if (lineStart - 1 > at) {
      // (The run of backslashes before the break, from a place the scan reads: it reads the run's first, skips the
      // second, and so on, so an odd run escapes the break, and the scan reads on from `at` as before. Linear: an even
      // run's characters are counted once, `at` moving past them; an odd run's once more by the scan.)
      let escapes = lineStart - 2;
      while (escapes >= at && text.charCodeAt(escapes) === 92) escapes--;
      if ((lineStart - 2 - escapes) % 2 === 0) {
        at = lineStart;
        open = 0;
      }
    }
    for (; at < offset; at++) {
      const c = text.charCodeAt(at);
      // (Not below 128: no quote, and NaN past the text's end is none either.)
      if (!(c < 128)) continue;
      const kind = QUOTE_KIND[c]!;
      if (kind <= BOTH) open ^= kind;
      else if (kind === ESCAPE) at++;
      else open = 0;
    }
    this.at = at;
    this.open = open;
    return quote === 34 ? (open & DOUBLE) !== 0 : quote === 39 && (open & SINGLE) !== 0;
  }
}

const DOUBLE = 1;
const SINGLE = 2;
const BOTH = 3;
const ESCAPE = 4;
const LINE_BREAK = 8;
/** Per ASCII character, what it does to the parity: flips `"` (DOUBLE) or `'` (SINGLE), escapes the next (`\\`), ends the line (`\n`), or nothing (0). */
const QUOTE_KIND = new Uint8Array(128);
QUOTE_KIND[34] = DOUBLE;
QUOTE_KIND[39] = SINGLE;
QUOTE_KIND[92] = ESCAPE;
QUOTE_KIND[10] = LINE_BREAK;

/**
 * The key sits inside a string literal (its line has an odd number of `quote` before it, and its
 * own closing quote is not right after it), so the `quote` after the operator closes that string:
 * `"MasterUserPassword: " + get()`, `echo 'password = '.$p[…]`. What follows is code.
 */
export function quoteClosesKeyString(text: string, parity: QuoteParity, keyStart: number, keyEnd: number, quote: number, lineStart?: number): boolean {
  return text.charCodeAt(keyEnd) !== quote && parity.inside(keyStart, quote, lineStart);
}

/**
 * `cond ? "login" : "select_account"`: a quoted string right after a conditional's `?` and before its `:` (the
 * conditional operator of ECMAScript, C, Java, PHP) is the expression's first branch, and the `:` its else: no key
 * and no value. (Not YAML's `? ` key indicator, the first thing on its line; not `??`, `?.`.)
 */
export function conditionalBranch(text: string, keyStart: number, opStart: number): boolean {
  if (text.charCodeAt(opStart) !== 58 || keyStart === 0) return false;
  let i = keyStart - 1;
  const q = text.charCodeAt(i);
  if (q !== 34 && q !== 39) return false;
  if (text.charCodeAt(i - 1) === BACKSLASH) i--;
  i--;
  const blanksEnd = i;
  while (blanksEnd - i < MAX_BLANKS_BEFORE && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i === blanksEnd || text.charCodeAt(i) !== 63 || text.charCodeAt(i - 1) === 63) return false;
  // Something before the `?` on its line: a condition.
  for (let j = i - 1; j >= 0 && i - j <= MAX_BLANKS_BEFORE; j--) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13) return false;
    if (c !== 32 && c !== 9) return true;
  }
  return false;
}

const MAX_BLANKS_BEFORE = 8;

const NEXT_ASSIGNMENT = /[A-Za-z_][\w.-]{0,63}=/y;

/**
 * After a bare value on a config line: only blanks, `;` or `,`, a comment (`#`, `//`, INI's ` ; `), or the next `KEY=` of
 * the same line (`A=1 B=2`). Anything else is code: `Credentials = new NetworkCredential(…)`; so is a next line that goes
 * on with a member (`tokens = input⏎  .toLowerCase()`, a chain broken before its dot, as Prettier breaks a long one).
 */
export function endsItsLine(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return !chainGoesOn(text, c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1);
    // ` ; note`: an INI file's inline comment (configparser's, PHP's, Windows' profiles), a blank on each side.
    if (c === 59 && i > end && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) return true;
    if (c === 32 || c === 9 || c === 59 || c === 44) continue;
    if (c === 35 || (c === 47 && text.charCodeAt(i + 1) === 47)) return true; // # or //
    // (The expression's first class read by hand: most values off a config line go on with an operator or a bracket.)
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95)) return false;
    NEXT_ASSIGNMENT.lastIndex = i;
    return NEXT_ASSIGNMENT.test(text);
  }
  return true;
}

const MAX_INDENT = 40;

/**
 * The line at `at` opens, indented, with a method's call (`.name(`, `?.name(`): an expression's chain goes on. (Not a
 * key of YAML or INI that starts with a dot, GitLab CI's hidden `.job:`, a `.hidden=1` setting.)
 */
function chainGoesOn(text: string, at: number): boolean {
  let i = at;
  while (i - at < MAX_INDENT && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i === at) return false;
  if (text.charCodeAt(i) === 63) i++; // ?.
  if (text.charCodeAt(i) !== 46) return false;
  const nameStart = ++i;
  while (i - nameStart < MAX_METHOD && isMethodChar(text.charCodeAt(i))) i++;
  return i > nameStart && text.charCodeAt(i) === 40;
}

const MAX_METHOD = 64;

/** [A-Za-z0-9_$] */
function isMethodChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}

// /en/auth, cms/sites/passwords#edit, ../config/keys.yml: word segments between slashes.
const PATH = /^(?:\.{0,2}\/)?[\w.@~-]+(?:\/[\w.@~#:-]*)+$/;
// (`%252F`, `%25252F`: a slash encoded twice or three times, a URL put into a query that was encoded again.)
const ENCODED_SLASH = /%(?:25){0,2}2[Ff]/;
const PERCENT_ESCAPE = /%([0-9A-Fa-f]{2})/g;

/**
 * The value with its ASCII percent-escapes decoded, again where its `%` were encoded again (`%252F`, RFC 3986 §2.4's
 * doubly encoded string; `%25252F`, three times, as escapeCodes.ts reads at most); undefined if one stands for a byte
 * above ASCII or a `%` is bare.
 */
function percentDecoded(v: string): string | undefined {
  let bad = false;
  const decode = (s: string) =>
    s.replace(PERCENT_ESCAPE, (_, hex: string) => {
      const c = parseInt(hex, 16);
      if (c >= 128) bad = true;
      return String.fromCharCode(c);
    });
  let decoded = decode(v);
  for (let more = 0; more < 2 && !bad && v.includes('%25') && decoded.includes('%'); more++) decoded = decode(decoded);
  return bad || decoded.includes('%') ? undefined : decoded;
}

// #add-password, .password-field: an element id or class.
const SELECTOR = /^[#.][A-Za-z][\w-]*$/;
// A class name's word: a word (maybe numbered: `col6`), an acronym (`SVG`, `H2`).
const CLASS_WORD = /^(?:[A-Za-z][a-z]*\d{0,5}|[A-Z]{2,}\d{0,4}|[A-Z]\d{1,4})$/;
// Words' letter pairs are nearly all common, random letters' 37% (letterPairs.ts): valueNames.ts's share for a word.
const CLASS_PAIRS = 0.75;
// Shorter, too few letter pairs to tell words from chance (secretValue.ts's `MIN_SPELLED`).
const MIN_SPELLED = 12;

// @key.txt, @/run/secrets/token, @~/.config/app.key: the file a tool reads the value from (curl's
// `-d @file`, vault's and httpie's `key=@file`): a path with a folder or a file's extension.
const FILE_REFERENCE = /^@(?:~|\.{1,2})?\/?[\w.-]{1,100}(?:\/[\w.-]{1,100}){0,20}$/;
const FILE_EXTENSION = /[\w-]\.[a-z]{1,5}\d{0,2}$/;

/** Where looksLocation can answer yes: a URN, a file reference, a slash (maybe percent-encoded, once or twice), a selector's first character. */
export const LOCATION_SIGNS = /^urn:|^@|\/|%(?:25)?2[Ff]|^[#.]/;

/** A path, route, URN, selector or file reference: where or what something is, not a credential (a random value with slashes, base64, still is one). */
export function looksLocation(v: string): boolean {
  if (v.startsWith('urn:')) return true; // urn:ietf:params:oauth:grant-type:jwt-bearer names a kind of thing
  if (v.charCodeAt(0) === 64 && FILE_REFERENCE.test(v) && (v.includes('/') || FILE_EXTENSION.test(v)) && !looksRandomValue(v.slice(1))) return true;
  if (v.includes('/')) return PATH.test(v) && !looksRandomValue(v);
  // `?key=reports%2F2026%2Fq4.pdf`: a query's value is what its escapes stand for (RFC 3986 §2.1), a path's slashes
  // written `%2F` as a query must write them; judged decoded, a random value with slashes (base64) is still none.
  if (ENCODED_SLASH.test(v)) {
    const decoded = percentDecoded(v);
    return decoded !== undefined && PATH.test(decoded) && !looksRandomValue(decoded);
  }
  return (v.charCodeAt(0) === 35 || v.charCodeAt(0) === 46) && SELECTOR.test(v) && classNameWords(v.slice(1));
}

/**
 * A class's or an id's name is made of words (`password-field`, `loginForm`, `btn-lg`); a random password that
 * happens to start with `.` or `#` is not (`.Q_dA5Mi-rKa1w`): from 12 characters, where its letter pairs tell, a name
 * that looks random, holds a piece no word or acronym is, or whose letters pair as words' seldom do is no selector.
 */
function classNameWords(name: string): boolean {
  if (name.length < MIN_SPELLED) return true;
  if (looksRandomValue(name) || commonPairShare(name) < CLASS_PAIRS) return false;
  for (const word of nameWords(name)) if (!CLASS_WORD.test(word)) return false;
  return true;
}

/**
 * The string after a bare prefix of one or two letters (`f"…"`, `rb'…'`, `@"…"`, `$"…"`): its
 * content's span; null for an interpolated string (f or $) holding a `{`, a value built in code;
 * undefined when the bare value is no such prefix.
 */
export function prefixedString(text: string, start: number, end: number): { start: number; end: number } | null | undefined {
  const q = text.charCodeAt(end);
  if (end - start > 2 || (q !== 34 && q !== 39) || !isStringPrefix(text, start, end)) return undefined;
  // (The prefix and the content read by hand, without a slice or an expression: a dense file of
  // `token = f"` asks this at every key.)
  let brace = false;
  let close = end + 1;
  for (; close < text.length && close - end <= MAX_STRING; close++) {
    const c = text.charCodeAt(close);
    if (c === q || c === 10) break;
    if (c === OPEN_BRACE) brace = true;
  }
  if (text.charCodeAt(close) !== q || close === end + 1) return undefined;
  if (brace && interpolates(text, start, end)) return null;
  return { start: end + 1, end: close };
}

/** One or two of f b r u (either case), u8, L, @ or $: a string literal's prefix, [start, end) one or two characters long. */
function isStringPrefix(text: string, start: number, end: number): boolean {
  const a = text.charCodeAt(start);
  if (end - start === 1) return isPrefixLetter(a) || a === 76 || a === 64 || a === 36; // L @ $
  const b = text.charCodeAt(start + 1);
  return (isPrefixLetter(a) && isPrefixLetter(b)) || (a === 117 && b === 56); // u8
}

/** [fFbBrRuU] */
function isPrefixLetter(c: number): boolean {
  const lower = c | 0x20;
  return (c >= 65 && c <= 90 || c >= 97 && c <= 122) && (lower === 102 || lower === 98 || lower === 114 || lower === 117);
}

/** f, F or $ in the prefix: an interpolated string, whose `{` opens a slot. */
function interpolates(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 102 || c === 70 || c === 36) return true;
  }
  return false;
}

const MAX_STRING = 400;

const MAX_FIELD_NAME = 64;

/**
 * A string that opens with an HTTP field line's name, a colon and a blank (`'Accept: application/json'`, RFC 9110 §5.1: a
 * token of letters, digits and `-`, then `:`): a header written whole in one literal, which holds its own value. After a
 * comma it is the list's next header (`['x-api-key: $API_KEY', 'Accept: …']`), never the value of a key before it.
 */
export function opensHeaderLine(text: string, start: number, end: number): boolean {
  let i = start;
  const limit = Math.min(end, start + MAX_FIELD_NAME);
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45)) break;
  }
  const blank = text.charCodeAt(i + 1);
  return i > start && i + 1 < end && text.charCodeAt(i) === 58 && (blank === 32 || blank === 9);
}

/** A colon (after blanks) at `at`: the string before it was a key. */
export function colonFollows(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return text.charCodeAt(i) === 58;
}
