// Whether a found value is a name the text itself declares. An identifier in a value's place is a
// reference to what it names (the Go spec's "Declarations and scope": every identifier is declared, and
// `CertSigAlgoRSAv01 = CertAlgoRSAv01` in a `const ( … )` block gives one constant another's value; JLS §6.1,
// C#'s and Rust's alike). Where the same text declares that name, a line that starts with it (after blanks, or
// Go's `const`/`var`) and goes on with a spaced `=` or `:=` (`\tCertAlgoRSAv01 = "ssh-rsa-cert-v01@openssh.com"`),
// the value is that name, not a literal. A generated secret is never a name given a value; the operator spaced on
// both sides keeps a value followed by base64's padding (`aGVsbG8=`) out.
import { isBlank } from './charCodes';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
const DECLARING_WORDS = ['const', 'var'];

/** A name of code: the only kind of value a text can declare. */
export function isIdentifier(value: string): boolean {
  return IDENTIFIER.test(value);
}

/** Whether the identifier at `at`..`end` is declared there: first on its line (maybe after `const`/`var`), then ` = ` or ` := `. */
export function declaredAt(text: string, at: number, end: number): boolean {
  let i = end;
  if (!isBlank(text.charCodeAt(i))) return false;
  while (isBlank(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 58) i++;
  if (text.charCodeAt(i) !== 61 || !isBlank(text.charCodeAt(i + 1))) return false;
  return startsLine(text, at);
}

/** Only blanks, maybe after a declaring word and a blank, from the line's start to `at`. */
function startsLine(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  if (i === 0 || isLineEnd(text.charCodeAt(i - 1))) return true;
  if (i === at) return false;
  for (const word of DECLARING_WORDS) {
    const from = i - word.length;
    if (from >= 0 && text.startsWith(word, from)) {
      let j = from;
      while (j > 0 && isBlank(text.charCodeAt(j - 1))) j--;
      if (j === 0 || isLineEnd(text.charCodeAt(j - 1))) return true;
    }
  }
  return false;
}

function isLineEnd(c: number): boolean {
  return c === 10 || c === 13;
}
