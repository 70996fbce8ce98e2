// A literal compared with a secret-named name, the literal first: `if "hunter2" == password:`,
// `if ("s3cret" !== apiToken)`, `"{}".format("x") != PASSWORD` (the other order, `api_key ==
// "…"`, is the assignment rule's); and Java's comparison by call, either way round:
// `password.equals("…")`, `"…".equalsIgnoreCase(apiKey)`, .NET's `password.Equals("…")`. The literal is judged as the assignment rule judges quoted
// values, but an option's name or a lexeme compared with a token is a grammar's word (comparedGrammarWord.ts). Linear: from each quote the expression reads to the next quote only, then a bounded
// operator and name.
import type { SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { acceptsQuotedLiteral } from './secretValue';
import { comparedGrammarWord } from './comparedGrammarWord';

const KIND = spanKind('compared-literal');
// The literal, an optional `)` closing a call around it, the operator, then the name: a member
// chain's last name (`self.password`, `cfg.api.token`).
const COMPARED = /(["'])([^"'\r\n\\]{3,200})\1\)?[ \t]{0,4}(?:===?|!==?)[ \t]{0,4}(?:[A-Za-z_$][\w$]{0,40}\.){0,4}([A-Za-z_$][\w$]{0,63})(?![\w$(.[])/y;

export const comparedLiteralRule: SecretRule = {
  id: 'compared-literal',
  keywords: ['==', '!=', '.equals'],
  find(text, found) {
    equalsCalls(text, found);
    // Where the expression matches, its literal's closing quote stands right before an operator (past a `)` and blanks),
    // and its opening quote is the quote before that: the literal holds none. So the operators are sought, and the
    // expression read only at the quote each one names, where reading from every quote of the text read each literal
    // (a minified file's or a config's quotes, most before no operator) to its end. The places come rising, each at or
    // past the last match's closing quote (which may open the next literal), as the global expression finds them.
    let equals = text.indexOf('==');
    let differs = text.indexOf('!=');
    while (equals !== -1 || differs !== -1) {
      let op: number;
      if (differs === -1 || (equals !== -1 && equals < differs)) {
        op = equals;
        equals = text.indexOf('==', equals + 1);
      } else {
        op = differs;
        differs = text.indexOf('!=', differs + 1);
      }
      const open = literalBefore(text, op);
      if (open === -1) continue;
      COMPARED.lastIndex = open;
      const m = COMPARED.exec(text);
      // (Numbered groups and no match indices: this runs before every == or != of the text.)
      if (!m) continue;
      const start = open + 1;
      const end = start + m[2]!.length;
      if (acceptsQuotedLiteral(text, start, end, m[3]!) && !comparedGrammarWord(m[2]!, m[3]!)) found.push(KIND, start, end);
    }
  },
};

/**
 * The opening quote of the literal COMPARED would match before the operator at `op`, or -1: past at most four blanks and
 * one `)` back, a quote; before it, 3 to 200 characters with no quote, backslash or line break, then the same quote.
 */
function literalBefore(text: string, op: number): number {
  let close = op - 1;
  while (op - 1 - close < 5 && (text.charCodeAt(close) === 32 || text.charCodeAt(close) === 9)) close--;
  if (op - 1 - close > 4) return -1;
  if (text.charCodeAt(close) === 41) close--;
  const q = text.charCodeAt(close);
  if (q !== 34 && q !== 39) return -1;
  let open = close - 1;
  for (; open >= 0 && close - open <= 201; open--) {
    const c = text.charCodeAt(open);
    if (c === 34 || c === 39 || c === 92 || c === 10 || c === 13) break;
  }
  return open >= 0 && text.charCodeAt(open) === q && close - open - 1 >= 3 && close - open - 1 <= 200 ? open : -1;
}

// `.equals("…")` (.NET's `.Equals("…")`; the name before it) or `.equals(name)` (the literal before it).
const EQUALS_CALL = /\.[Ee]quals(?:IgnoreCase)?\([ \t]{0,4}(?:"([^"\r\n\\]{3,200})"[ \t]{0,4}\)|(?:[A-Za-z_$][\w$]{0,40}\.){0,4}([A-Za-z_$][\w$]{0,63})[ \t]{0,4}\))/g;

function equalsCalls(text: string, found: Parameters<SecretRule['find']>[1]): void {
  EQUALS_CALL.lastIndex = 0;
  for (let m = EQUALS_CALL.exec(text); m; m = EQUALS_CALL.exec(text)) {
    if (m[1] !== undefined) {
      let nameStart = m.index;
      while (nameStart > 0 && m.index - nameStart < 64 && isNameChar(text.charCodeAt(nameStart - 1))) nameStart--;
      const start = text.indexOf('"', m.index) + 1;
      const name = text.slice(nameStart, m.index);
      if (nameStart < m.index && acceptsQuotedLiteral(text, start, start + m[1].length, name) && !comparedGrammarWord(m[1], name)) found.push(KIND, start, start + m[1].length);
    } else if (text.charCodeAt(m.index - 1) === 34) {
      const end = m.index - 1;
      let start = end;
      while (start > 0 && end - start < 200 && text.charCodeAt(start - 1) !== 34 && text.charCodeAt(start - 1) !== 10) start--;
      if (text.charCodeAt(start - 1) === 34 && end - start >= 3 && acceptsQuotedLiteral(text, start, end, m[2]!) && !comparedGrammarWord(text.slice(start, end), m[2]!)) found.push(KIND, start, end);
    }
  }
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}
