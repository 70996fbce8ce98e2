// A bare value read as a field of a connection string or a URL query (`Server=h;Password=…;`,
// `?user=u&pass=…`): where such a field's value ends, by its grammar. `valueAfterKey.ts` asks it
// of a bare value after a secret-named key.
import * as charCodes from './charCodes';
import * as configLine from './configLine';
import * as guardCharCodes from '../charCodes';
import type { FoundValue } from './secretValue';

// Bound once, as in valueAfterKey.ts: unbundled, every use of an imported binding is a getter call.
const { AMPERSAND, DOUBLE_QUOTE, EQUALS: EQUALS_SIGN, QUESTION, SEMICOLON, SINGLE_QUOTE, SPACE, TAB } = charCodes;
const { separatorBefore } = configLine;
const { isBlank } = guardCharCodes;

/** What may follow a field's value: the next field, the end of the string, of the line or of the text. */
function endsField(c: number): boolean {
  return c !== c || c === SEMICOLON || c === AMPERSAND || c === SINGLE_QUOTE || c === DOUBLE_QUOTE || c <= SPACE;
}

// `;Initial Catalog=`, `; User ID =`: the next field of a connection string, whose keys hold blanks.
const NEXT_FIELD = /;[ \t]{0,4}[A-Za-z][A-Za-z0-9 _]{0,30}=/y;

/**
 * Where a bare value ends as a field of a connection string or a URL query (`Server=h;Password=…;`,
 * `?user=u&pass=…`): the key follows a `;`, `?` or `&`, or the value is followed by the next
 * `;Key=`. The value runs to the next separator, and nothing but a literal stands there: no
 * type annotation, no code (see `acceptValue`). Both grammars give a field with `=`: a `key: Value`
 * after a `;` or a `?`, or `==` after `&&`, is code (`string[]; credential: TokenCredential`,
 * `a ? b : props.apiKey`, `&& self.semi_token == other.semi_token`).
 */
export function fieldEnd(text: string, from: number, keyStart: number, keyEnd: number, m: FoundValue): number | undefined {
  let op = keyEnd;
  while (text.charCodeAt(op) === SPACE || text.charCodeAt(op) === TAB) op++;
  if (text.charCodeAt(op) !== EQUALS_SIGN || text.charCodeAt(op + 1) === EQUALS_SIGN) return undefined;
  const before = separatorBefore(text, from, keyStart);
  let end = m.end;
  if (before === 0) {
    // (Most bare values are not followed by `;`: one comparison spares them the expression.)
    if (text.charCodeAt(end) !== SEMICOLON) return undefined;
    NEXT_FIELD.lastIndex = end;
    if (!NEXT_FIELD.test(text)) return undefined;
  } else {
    if (before === QUESTION || before === AMPERSAND) {
      const amp = text.indexOf('&', m.start);
      if (amp !== -1 && amp < end) end = amp;
    }
    if (!endsField(text.charCodeAt(end))) return undefined;
    if (before === SEMICOLON) end = fieldValueEnd(text, m.start, end);
  }
  return end;
}

/**
 * A connection string's value (ADO.NET, ODBC) runs to the next `;`, its inner blanks its own (only
 * those at its ends are dropped): `;Password=Xk9p Q2m;` is `Xk9p Q2m`. Past the blanks at `end`,
 * to a `;` or a quote closing the string; not to the line's end (an unquoted connection string on a
 * command line ends at its blank: `--connection-string …;Secret=xxx --feature x`), nor where an `=`
 * or `&` says the blank separated the next field (libpq's `k=v k=v`, a query).
 */
function fieldValueEnd(text: string, start: number, end: number): number {
  if (!isBlank(text.charCodeAt(end))) return end;
  let last = end;
  for (let i = end; i - start < 400; i++) {
    const c = text.charCodeAt(i);
    if (c === SEMICOLON || c === DOUBLE_QUOTE || c === SINGLE_QUOTE) return last;
    if (c !== c || c === 13 || c === 10 || c === EQUALS_SIGN || c === AMPERSAND) return end;
    if (!isBlank(c)) last = i + 1;
  }
  return end;
}
