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

/** A blank inside a line: space or tab (not `\r`, `\n`, U+00A0 or other Unicode spaces). */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
