// A header given on a command line: `curl -H "X-Api-Key: …"`, `wget --header='Password: …'`. The
// quoted argument holds one header, its name, `:` and its value to the closing quote: nothing
// but the value stands there (no code, no type), so a secret-named header's value is a field's
// literal, as a connection string's `Password=…;` is, whatever its length or look.
import type { FoundValue } from './secretValue';
import * as charCodes from './charCodes';
// Bound here once: run unbundled, every use of an imported binding calls the module's getter.
const { COLON, DOUBLE_QUOTE, SINGLE_QUOTE } = charCodes;

// The flag, its blank or `=`, the opening quote, right before the header's name.
const HEADER_FLAG = /(?:^|[ \t])(?:-H|--header)(?:[ \t]{1,4}|=)(["'])$/;
const REACH = 16;

/** The bare value `m` after `name:` is the whole value of a `-H "name: value"` argument. */
export function isHeaderArgument(text: string, from: number, keyStart: number, keyEnd: number, m: FoundValue): boolean {
  if (text.charCodeAt(keyEnd) !== COLON || m.quoted) return false;
  const quote = text.charCodeAt(m.end);
  if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) return false;
  const flag = HEADER_FLAG.exec(text.slice(Math.max(from, keyStart - REACH), keyStart));
  return flag !== null && flag[1]!.charCodeAt(0) === quote;
}
