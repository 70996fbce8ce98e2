// A known-answer test vector gives a cipher's or a MAC's key together with an input and the output
// the implementation must produce from them (RFC 8439 §2.4.2 and appendix A, NIST CAVP's `.rsp`
// files, Wycheproof's JSON, Go's and libsodium's vectors). Such a record exists only to test an
// implementation: a key in use is never written beside a plaintext and the output it yields. A
// key beside an IV or a nonce alone is configuration, and stays a secret.
import { isDigit } from './charCodes';

/** A key of 128 bits written in hex, at least. */
const MIN_KEY_DIGITS = 32;
/** Fields read after the key: every format above gives the input and the output within a few. */
const MAX_FIELDS = 8;

const INPUT_NAMES = new Set(['input', 'in', 'plaintext', 'pt', 'msg', 'message']);
const OUTPUT_NAMES = new Set(['output', 'out', 'ciphertext', 'ct', 'tag', 'mac', 'expected', 'digest']);

/**
 * text[start, end) is wholly hex, the whole value of a field named `key`, and the fields after it in
 * the same record (up to its closing bracket, a blank line or another `key`) name an input and an expected output,
 * each with a hex value or an empty one.
 */
export function isTestVectorKey(text: string, start: number, end: number): boolean {
  if (end - start < MIN_KEY_DIGITS) return false;
  for (let i = start; i < end; i++) if (!isHexDigit(text.charCodeAt(i))) return false;
  const quote = text.charCodeAt(start - 1);
  const quoted = quote === 34 || quote === 39;
  if (quoted ? text.charCodeAt(end) !== quote : isHexDigit(text.charCodeAt(end))) return false;
  if (!namedKey(text, quoted ? start - 1 : start)) return false;
  return namesInputAndOutput(text, quoted ? end + 1 : end);
}

/** The field whose value starts at `at` is named `key` (`key: `, `"key": `, `KEY = `, `key := `). */
function namedKey(text: string, at: number): boolean {
  let i = blanksBefore(text, at);
  const op = text.charCodeAt(i - 1);
  if (op !== 58 && op !== 61) return false;
  i--;
  if (op === 61 && text.charCodeAt(i - 1) === 58) i--; // :=
  i = blanksBefore(text, i);
  const q = text.charCodeAt(i - 1);
  if (q === 34 || q === 39) i--;
  if (i < 3 || text.slice(i - 3, i).toLowerCase() !== 'key') return false;
  return !isNameChar(text.charCodeAt(i - 4));
}

function namesInputAndOutput(text: string, from: number): boolean {
  let input = false;
  let output = false;
  let i = from;
  for (let fields = 0; fields < MAX_FIELDS && !(input && output); fields++) {
    i = separatorsAfter(text, i);
    if (i < 0) return false; // the record ended
    const nameQuote = text.charCodeAt(i);
    if (nameQuote === 34 || nameQuote === 39) i++;
    const nameStart = i;
    while (isNameChar(text.charCodeAt(i))) i++;
    if (i === nameStart) return false;
    const name = text.slice(nameStart, i).toLowerCase();
    // A record names each field once: another key begins another record (and a file of keys is read a field ahead, not eight).
    if (name === 'key') return false;
    if (text.charCodeAt(i) === nameQuote && (nameQuote === 34 || nameQuote === 39)) i++;
    i = blanksAfter(text, i);
    if (text.charCodeAt(i) === 58 && text.charCodeAt(i + 1) === 61) i++;
    if (text.charCodeAt(i) !== 58 && text.charCodeAt(i) !== 61) return false;
    const value = valueAfter(text, blanksAfter(text, i + 1));
    i = value.end;
    if (value.hex && INPUT_NAMES.has(name)) input = true;
    if (value.hex && OUTPUT_NAMES.has(name)) output = true;
  }
  return input && output;
}

/**
 * A quoted string, maybe joined to more with `+` (Go's and Python's long vectors), or a bare value up
 * to the end of its line or field; `hex` when every part is hex digits (or empty).
 */
function valueAfter(text: string, at: number): { end: number; hex: boolean } {
  let i = at;
  let hex = true;
  const q = text.charCodeAt(i);
  if (q !== 34 && q !== 39) {
    while (i < text.length && !endsBareValue(text.charCodeAt(i))) {
      hex &&= isHexDigit(text.charCodeAt(i));
      i++;
    }
    return { end: i, hex: hex && i > at };
  }
  for (;;) {
    const quote = text.charCodeAt(i);
    i++;
    while (i < text.length && text.charCodeAt(i) !== quote) {
      const c = text.charCodeAt(i);
      if (c === 92) i++; // an escape: no hex digit
      hex &&= isHexDigit(c);
      if (c === 10) return { end: i, hex: false }; // no string spans lines unclosed
      i++;
    }
    i++;
    const next = blanksAndNewlinesAfter(text, i);
    if (text.charCodeAt(next) !== 43) return { end: i, hex };
    const part = blanksAndNewlinesAfter(text, next + 1);
    const pq = text.charCodeAt(part);
    if (pq !== 34 && pq !== 39) return { end: i, hex: false };
    i = part;
  }
}

/** Past commas, semicolons, blanks, line breaks and comments to the next field; -1 where the record ends (a closing bracket, a blank line, the text's end). */
function separatorsAfter(text: string, at: number): number {
  let i = at;
  let breaks = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (++breaks > 1) return -1;
      i++;
    } else if (c === 32 || c === 9 || c === 13 || c === 44 || c === 59) {
      i++;
    } else if (c === 35 || (c === 47 && text.charCodeAt(i + 1) === 47)) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else if (c === 125 || c === 93 || c === 41) {
      return -1;
    } else {
      return i;
    }
  }
  return -1;
}

function blanksBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i;
}

function blanksAfter(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i;
}

function blanksAndNewlinesAfter(text: string, at: number): number {
  let i = at;
  for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++i));
  return i;
}

/** A bare value ends at a line's end, a field's comma, a comment or the record's close. */
function endsBareValue(c: number): boolean {
  return c === 10 || c === 13 || c === 44 || c === 32 || c === 9 || c === 125 || c === 35;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** [A-Za-z0-9_] */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95;
}
