// A literal compared with a secret-named name, the literal first: `if "hunter2" == password:`,
// `if ("s3cret" !== apiToken)`, `"{}".format("x") != PASSWORD` (the other order, `api_key ==
// "…"`, is the assignment rule's). The literal is judged as the assignment rule judges quoted
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
  keywords: ['==', '!='],
  find(text, found) {
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
