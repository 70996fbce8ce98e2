// A UUID's shape filled by one short unit repeated shows where a UUID goes, as `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`
// does: `deadbeef-dead-beef-dead-beefdeadbeef`, `cafebabe-cafe-babe-cafe-babecafebabe`, `a1b2c3d4-a1b2-c3d4-a1b2-c3d4a1b2c3d4`,
// `98765432-9876-5432-9876-543298765432`. trufflehog drops such values from every detector's findings
// (pkg/detectors/falsepositives.go, its `fp_uuids.txt`); RFC 9562 §5.9–5.10 names two of the kind, the Nil UUID (all
// zeros) and the Max UUID (all `f`), as values that identify nothing. A UUID a machine issues (RFC 9562 §5.4: 122 random
// bits) repeats a unit of eight digits or fewer by a chance under 2^-90.
// (Not read so: a UUID whose groups each count, `12345678-1234-1234-1234-123456789abc`, also on trufflehog's list: a
// detector's split labels one a secret; bench/guard/README.md, fortieth round, guardfake1.)

/** The hyphens' places in RFC 9562's `8-4-4-4-12` text form. */
const HYPHENS = [8, 13, 18, 23];
const UUID_LENGTH = 36;
const DIGITS = 32;
/** The longest unit repeated: a hexspeak word (`deadbeef`, `cafebabe`) or a count of eight (`a1b2c3d4`, `98765432`). */
const LONGEST_UNIT = 8;

/** text[start, end) is a UUID in RFC 9562's text form whose 32 digits repeat one unit of eight or fewer (the last repeat may be cut). */
export function showsUuidShape(text: string, start: number, end: number): boolean {
  if (end - start !== UUID_LENGTH) return false;
  for (const h of HYPHENS) if (text.charCodeAt(start + h) !== 45) return false;
  const digits: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) continue;
    const d = hexValue(c);
    if (d < 0) return false;
    digits.push(d);
  }
  return digits.length === DIGITS && repeatsUnit(digits);
}

/** The digits are one unit of LONGEST_UNIT or fewer, repeated. */
function repeatsUnit(digits: readonly number[]): boolean {
  for (let unit = 1; unit <= LONGEST_UNIT; unit++) {
    let repeats = true;
    for (let i = unit; i < digits.length && repeats; i++) repeats = digits[i] === digits[i - unit];
    if (repeats) return true;
  }
  return false;
}

/** A hex digit's value, either case, or -1. */
function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}
