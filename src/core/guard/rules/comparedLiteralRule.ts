// A literal compared with a secret-named name, the literal first: `if "hunter2" == password:`,
// `if ("s3cret" !== apiToken)`, `"{}".format("x") != PASSWORD` (the other order, `api_key ==
// "…"`, is the assignment rule's); and Java's comparison by call, either way round:
// `password.equals("…")`, `"…".equalsIgnoreCase(apiKey)`, .NET's `password.Equals("…")`. The literal is judged as the assignment rule judges quoted
// values. Linear: from each quote the expression reads to the next quote only, then a bounded
// operator and name.
import type { SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { acceptsQuotedLiteral } from './secretValue';

const KIND = spanKind('compared-literal');
// The literal, an optional `)` closing a call around it, the operator, then the name: a member
// chain's last name (`self.password`, `cfg.api.token`).
const COMPARED = /(["'])([^"'\r\n\\]{3,200})\1\)?[ \t]{0,4}(?:===?|!==?)[ \t]{0,4}(?:[A-Za-z_$][\w$]{0,40}\.){0,4}([A-Za-z_$][\w$]{0,63})(?![\w$(.[])/g;

export const comparedLiteralRule: SecretRule = {
  id: 'compared-literal',
  keywords: ['==', '!=', '.equals'],
  find(text, found) {
    equalsCalls(text, found);
    COMPARED.lastIndex = 0;
    for (let m = COMPARED.exec(text); m; m = COMPARED.exec(text)) {
      // (Numbered groups and no match indices: this runs at every quote before an == or !=.)
      const start = m.index + 1;
      const end = start + m[2]!.length;
      if (acceptsQuotedLiteral(text, start, end, m[3]!)) found.push(KIND, start, end);
      // The closing quote may open the next literal: go on from it.
      COMPARED.lastIndex = end;
    }
  },
};

// `.equals("…")` (.NET's `.Equals("…")`; the name before it) or `.equals(name)` (the literal before it).
const EQUALS_CALL = /\.[Ee]quals(?:IgnoreCase)?\([ \t]{0,4}(?:"([^"\r\n\\]{3,200})"[ \t]{0,4}\)|(?:[A-Za-z_$][\w$]{0,40}\.){0,4}([A-Za-z_$][\w$]{0,63})[ \t]{0,4}\))/g;

function equalsCalls(text: string, found: Parameters<SecretRule['find']>[1]): void {
  EQUALS_CALL.lastIndex = 0;
  for (let m = EQUALS_CALL.exec(text); m; m = EQUALS_CALL.exec(text)) {
    if (m[1] !== undefined) {
      let nameStart = m.index;
      while (nameStart > 0 && m.index - nameStart < 64 && isNameChar(text.charCodeAt(nameStart - 1))) nameStart--;
      const start = text.indexOf('"', m.index) + 1;
      if (nameStart < m.index && acceptsQuotedLiteral(text, start, start + m[1].length, text.slice(nameStart, m.index))) found.push(KIND, start, start + m[1].length);
    } else if (text.charCodeAt(m.index - 1) === 34) {
      const end = m.index - 1;
      let start = end;
      while (start > 0 && end - start < 200 && text.charCodeAt(start - 1) !== 34 && text.charCodeAt(start - 1) !== 10) start--;
      if (text.charCodeAt(start - 1) === 34 && end - start >= 3 && acceptsQuotedLiteral(text, start, end, m[2]!)) found.push(KIND, start, end);
    }
  }
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}
