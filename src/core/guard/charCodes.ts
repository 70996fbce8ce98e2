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

/** A blank inside a line: space or tab (not `\r`, `\n`, U+00A0 or other Unicode spaces). */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
