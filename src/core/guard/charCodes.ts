// ASCII character classes by code unit: the guard's scanners read char codes, not strings, on their hot paths.

export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The code at `i`, or -1 outside the text (where `charCodeAt` gives NaN): for equality tests and the classes here, none
 * of which holds -1 (nor NaN). A scanner reads one or two past a key at the text's start or end once a text; there V8's
 * `charCodeAt`, compiled for reads inside the string, gives up its optimised code ("out of bounds"), and the function that
 * inlined it is compiled again in a later reading: 20–85 CPU ms in the second to fifth 1 MB reading of a process.
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** JavaScript's `\s` above ASCII (U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF). */
export function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A blank inside a line: space or tab (not `\r`, `\n`, U+00A0 or other Unicode spaces). */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
