// Text reaches the redactor escaped as often as plain: a notebook's JSON, a log line's message, a
// config written inside a string literal, a query's percent-encoded value. Every grammar's reader
// (a value's end at a line break or its quote, a key's quotes) is written for plain text, so where
// an escape changes where a value or a key ends, that part of the text is read again as it was
// before it was escaped. Only that part: one string around an escaped line break or quote, or one
// percent-encoded value that decodes a separator. A text with no such escape is not read again, and
// the second reading costs what its regions are long, not the whole text (last round's whole view
// read an Azure SAS query twice: 71.8 -> 118.6 CPU ms/MB).

/** The regions an escape changes, unescaped and joined by line breaks, mapped back to the text. */
export interface EscapedRegions {
  readonly text: string;
  /** For each character of `text` (and its end), where it starts in the original text. */
  readonly at: Int32Array;
  /** Where each region ends in `text` (rising): a span is kept within the region it starts in. */
  readonly ends: readonly number[];
  /**
   * The text is one string's contents cut out of its quotes (a log's message, an escaped config):
   * every backslash starts a string escape, nothing percent-decoded, no quote left unescaped. Its own
   * reading adds nothing the view's misses, so the view (then the whole text) is read alone.
   */
  readonly whole: boolean;
}

const BACKSLASH = 92;
const PERCENT = 37;
const QUOTE = 34;
const LF = 10;
const CR = 13;

// What a string escape stands for (JSON's RFC 8259 §7, and a shell's or Python's `\'`): a line
// break, a tab, the string's quote, the backslash itself, `/`.
const SIMPLE = new Int32Array(128).fill(-1);
SIMPLE[110] = LF; // \n
SIMPLE[114] = CR; // \r
SIMPLE[116] = 9; // \t
SIMPLE[34] = QUOTE; // \"
SIMPLE[39] = 39; // \'
SIMPLE[92] = BACKSLASH; // \\
SIMPLE[47] = 47; // \/

/** A line break or a quote: where a value or a quoted key ends. */
function isStructural(c: number): boolean {
  return c === LF || c === CR || c === QUOTE || c === 39;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/**
 * The string escape at `text[i]` (a backslash), packed as its character times 8 plus its length, or
 * -1 (packed: a dense text has an escape every few characters, each read twice).
 */
function stringEscapeAt(text: string, i: number): number {
  const next = text.charCodeAt(i + 1);
  if (next < 128 && SIMPLE[next]! !== -1) return SIMPLE[next]! * 8 + 2;
  if (next !== 117) return -1;
  // \uXXXX
  let code = 0;
  for (let k = 2; k < 6; k++) {
    const h = hexValue(text.charCodeAt(i + k));
    if (h === -1) return -1;
    code = code * 16 + h;
  }
  return code * 8 + 6;
}

/**
 * The byte the percent escape at `text[i]` stands for (RFC 3986 §2.1), if an encoder writes it so:
 * printable ASCII, a tab or a line break, not an unreserved character (§2.3: never encoded). So
 * batch's `%DB_PASSWORD%` and `%ADMIN_PW%` (0xDB, 0xAD) stay references.
 */
function percentEscapeAt(text: string, i: number): number {
  const high = hexValue(text.charCodeAt(i + 1));
  const low = high === -1 ? -1 : hexValue(text.charCodeAt(i + 2));
  if (low === -1) return -1;
  const b = high * 16 + low;
  if (b === 9 || b === LF || b === CR) return b;
  if (b < 32 || b > 126) return -1;
  const unreserved = (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 45 || b === 46 || b === 95 || b === 126;
  return unreserved ? -1 : b;
}

// What encodeURIComponent leaves as it is (RFC 3986's unreserved characters and `!*'()`) and `%`, as a
// table: an encoded text is read through it character by character.
const COMPONENT = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const unreserved = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46 || c === 95 || c === 126;
  COMPONENT[c] = unreserved || c === 33 || c === 42 || c === 39 || c === 40 || c === 41 || c === PERCENT ? 1 : 0;
}

function isComponentChar(c: number): boolean {
  return c < 128 && COMPONENT[c] === 1;
}

/**
 * The run of encoded characters around `text[i]` (a `%`), and whether to read it decoded: a value
 * encoded whole (after `=`, `?`, `&`, a blank, a quote or a line's start; two escapes or more), not a
 * URI's own part encoded in place (MongoDB's `user:D1fficultP%40ssw0rd@host`, whose `%40` is the
 * password's `@`: RFC 3986 §3.2.1); and one that decodes a character a grammar reads as an end or a
 * separator. Base64's own `+` and `/` and its closing `=` padding are a value's characters: a SAS
 * signature `sig=…%2B…%3D` reads the same decoded.
 */
function encodedRun(text: string, i: number): [start: number, end: number, decode: boolean] {
  let start = i;
  while (start > 0 && isComponentChar(text.charCodeAt(start - 1))) start--;
  let end = start;
  let escapes = 0;
  let separator = false;
  let padding = false; // an `=` seen, separator only if anything follows it but more `=`
  while (end < text.length && isComponentChar(text.charCodeAt(end))) {
    const b = text.charCodeAt(end) === PERCENT ? percentEscapeAt(text, end) : -1;
    if (b === -1) {
      if (padding) separator = true;
      end++;
      continue;
    }
    escapes++;
    if (b === 61) padding = true;
    else if (padding || (b !== 43 && b !== 47)) separator = true;
    end += 3;
  }
  const before = start === 0 ? LF : text.charCodeAt(start - 1);
  const value = before === 61 || before === 63 || before === 38 || before === LF || before === CR || before === 32 || before === QUOTE;
  return [start, end, value && escapes >= 2 && separator];
}

/** Whether the character at `i` is preceded by an odd run of backslashes (escaped). */
function isEscaped(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && text.charCodeAt(k) === BACKSLASH) k--;
  return ((i - 1 - k) & 1) === 1;
}

/** Whether `c` bounds a string or a line: a raw line break, or a quote no backslash escapes. */
function boundsAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === LF || c === CR || (c === QUOTE && !isEscaped(text, i));
}

/** The region's kind: a string read with its string escapes undone, or a value percent-decoded. */
const STRING = 0;
const ENCODED = 1;

/** The regions escapes change in `text`, read unescaped, or undefined when there are none. */
export function escapedRegions(text: string): EscapedRegions | undefined {
  let backslash = text.indexOf('\\');
  let percent = text.indexOf('%');
  if (backslash === -1 && percent === -1) return undefined;
  // Regions as [kind, start, end] triples; a string region and an encoded one may overlap.
  const regions: number[] = [];
  let stringEnd = 0;
  let encodedEnd = 0;
  let stray = false;
  const nextBound = boundSeeker(text);
  while (backslash !== -1 || percent !== -1) {
    if (backslash !== -1 && (percent === -1 || backslash < percent)) {
      const escape = stringEscapeAt(text, backslash);
      if (escape === -1) stray = true;
      else if (backslash >= stringEnd && isStructural(escape >> 3)) {
        // The string this escape stands in: from the bound before it (not before the last region's
        // end: regions that touch are one) to the bound after it.
        let start = backslash;
        while (start > stringEnd && !boundsAt(text, start - 1)) start--;
        const end = nextBound(backslash);
        const last = regions.length - 3;
        if (last >= 0 && regions[last] === STRING && regions[last + 2] === start) regions[last + 2] = end;
        else regions.push(STRING, start, end);
        stringEnd = end;
      }
      backslash = text.indexOf('\\', backslash + (escape === -1 ? 1 : escape & 7));
    } else {
      if (percent >= encodedEnd && percentEscapeAt(text, percent) !== -1) {
        const [start, end, decode] = encodedRun(text, percent);
        if (decode) regions.push(ENCODED, start, end);
        encodedEnd = end;
      }
      percent = text.indexOf('%', Math.max(percent + 1, encodedEnd));
    }
  }
  if (regions.length === 0) return undefined;
  const whole = regions.length === 3 && regions[0] === STRING && regions[1] === 0 && regions[2] === text.length && !stray && !hasUnescapedQuote(text);
  return { ...unescaped(text, regions), whole };
}

/**
 * The first bound at or after `from` (asked with `from` rising), or the text's end: each of a line
 * break, a carriage return and a quote is sought again only once passed, so a MB-long string is
 * searched once, not once per region.
 */
function boundSeeker(text: string): (from: number) => number {
  let lf = -2;
  let cr = -2;
  let quote = -2;
  const next = (c: string, at: number, from: number) => (at !== -1 && at < from ? text.indexOf(c, from) : at);
  return (from) => {
    lf = next('\n', lf, from);
    cr = next('\r', cr, from);
    quote = next('"', quote, from);
    while (quote !== -1 && isEscaped(text, quote)) quote = text.indexOf('"', quote + 1);
    let end = text.length;
    if (lf !== -1) end = lf;
    if (cr !== -1 && cr < end) end = cr;
    if (quote !== -1 && quote < end) end = quote;
    return end;
  };
}

function hasUnescapedQuote(text: string): boolean {
  for (let q = text.indexOf('"'); q !== -1; q = text.indexOf('"', q + 1)) if (!isEscaped(text, q)) return true;
  for (let q = text.indexOf("'"); q !== -1; q = text.indexOf("'", q + 1)) if (!isEscaped(text, q)) return true;
  return false;
}

/** The regions' texts unescaped, one after another with a line break between. */
function unescaped(text: string, regions: readonly number[]): Omit<EscapedRegions, 'whole'> {
  let length = 0;
  for (let r = 0; r < regions.length; r += 3) length += regions[r + 2]! - regions[r + 1]! + 1;
  // Character codes and their places written into typed arrays and decoded once: a string built
  // piece by piece at every escape cost more than reading the regions did.
  const out = new Uint16Array(length);
  const at = new Int32Array(length + 1);
  const ends: number[] = [];
  let n = 0;
  for (let r = 0; r < regions.length; r += 3) {
    const kind = regions[r]!;
    const end = regions[r + 2]!;
    for (let i = regions[r + 1]!; i < end; ) {
      const c = text.charCodeAt(i);
      at[n] = i;
      if (kind === STRING && c === BACKSLASH) {
        const escape = stringEscapeAt(text, i);
        if (escape !== -1) {
          out[n++] = escape >> 3;
          i += escape & 7;
          continue;
        }
      } else if (kind === ENCODED && c === PERCENT) {
        const b = percentEscapeAt(text, i);
        if (b !== -1) {
          out[n++] = b;
          i += 3;
          continue;
        }
      }
      out[n++] = c;
      i++;
    }
    ends.push(n);
    at[n] = end;
    out[n++] = LF;
  }
  at[n] = regions[regions.length - 1]!;
  return { text: utf16.decode(out.subarray(0, n)), at: at.subarray(0, n + 1), ends };
}

// Code units in, the same code units out (a lone surrogate becomes U+FFFD, one unit for one: places hold).
const utf16 = new TextDecoder('utf-16le');
