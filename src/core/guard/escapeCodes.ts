// What an escape stands for: a string escape (JSON's RFC 8259 §7, a shell's or Python's `\'`) or a
// percent escape (RFC 3986 §2.1). Read by escapedRegions.ts to find where escapes change a reading,
// and by unescapedView.ts to write the text as it was before it was escaped.

export const BACKSLASH = 92;
export const PERCENT = 37;
export const QUOTE = 34;
export const APOSTROPHE = 39;
export const LF = 10;
export const CR = 13;

// A line break, a tab, the string's quote, the backslash itself, `/`.
const SIMPLE = new Int32Array(128).fill(-1);
SIMPLE[110] = LF; // \n
SIMPLE[114] = CR; // \r
SIMPLE[116] = 9; // \t
SIMPLE[34] = QUOTE; // \"
SIMPLE[39] = APOSTROPHE; // \'
SIMPLE[92] = BACKSLASH; // \\
SIMPLE[47] = 47; // \/

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
export function stringEscapeAt(text: string, i: number): number {
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
 * The byte the percent escape at `text[i]` stands for, if an encoder writes it so: printable ASCII,
 * a tab or a line break, not an unreserved character (§2.3: never encoded). So batch's
 * `%DB_PASSWORD%` and `%ADMIN_PW%` (0xDB, 0xAD) stay references. -1 otherwise.
 */
export function percentEscapeAt(text: string, i: number): number {
  const high = hexValue(text.charCodeAt(i + 1));
  const low = high === -1 ? -1 : hexValue(text.charCodeAt(i + 2));
  if (low === -1) return -1;
  const b = high * 16 + low;
  if (b === 9 || b === LF || b === CR) return b;
  if (b < 32 || b > 126) return -1;
  const unreserved = (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 45 || b === 46 || b === 95 || b === 126;
  return unreserved ? -1 : b;
}

/**
 * The percent escape at `text[i]` as it is read, packed as its byte times 8 plus its length: `%3D` (3), `%253D` (5), an
 * escape whose own `%` was encoded again — a URL put into another URL's query and that one into a third, a log that
 * encoded a query it was handed (RFC 3986 §2.4 says a string is not to be encoded twice; writers do) —, or `%25253D` (7),
 * encoded three times (that URL put into one more query), read as the byte it stood for before them all. -1 for none
 * (`percentEscapeAt`'s bytes only). (Three at most: the length's three bits hold 7.)
 */
export function percentEscapeRead(text: string, i: number): number {
  let b = percentEscapeAt(text, i);
  if (b === -1) return -1;
  let length = 3;
  // (`%25` then two hex digits: percentEscapeAt at the `5` reads the two after it.)
  for (let inner = b === PERCENT ? percentEscapeAt(text, i + 2) : -1; inner !== -1 && length < 7; inner = inner === PERCENT ? percentEscapeAt(text, i + length - 1) : -1) {
    b = inner;
    length += 2;
  }
  return b * 8 + length;
}

// What encodeURIComponent leaves as it is (RFC 3986's unreserved characters and `!*'()`) and `%`, as a
// table: an encoded text is read through it character by character.
const COMPONENT = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const unreserved = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46 || c === 95 || c === 126;
  COMPONENT[c] = unreserved || c === 33 || c === 42 || c === 39 || c === 40 || c === 41 || c === PERCENT ? 1 : 0;
}

export function isComponentChar(c: number): boolean {
  return c < 128 && COMPONENT[c] === 1;
}

/** Whether the character at `i` follows an odd run of backslashes (is escaped). */
export function isEscaped(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && text.charCodeAt(k) === BACKSLASH) k--;
  return ((i - 1 - k) & 1) === 1;
}
