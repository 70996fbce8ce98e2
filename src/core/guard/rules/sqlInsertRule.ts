// SQL's INSERT gives its values by position: `INSERT INTO t (name, api_key) VALUES ('ci', '…')` puts
// the i-th value in the i-th column (ISO/IEC 9075, every dialect). A string literal under a column
// that names a secret is judged as a literal given to that key (a strong name's only not a
// placeholder, a weak one's, `key`, random too). Literals are SQL's: `'…'` with `''` inside.
// Linear: one bounded expression finds the statement's two lists; each is read once.
import type { SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { acceptsLiteralForKey } from './literalForKey';

const KIND = spanKind('sql-insert-value');
const INSERT = /\bINSERT[ \t]+INTO[ \t]+[\w."`[\]]{1,128}[ \t]*\((?<columns>[^()\r\n]{1,400})\)[ \t\r\n]{0,40}VALUES[ \t\r\n]{0,40}\(/gi;
// One value of the list: a string literal (its content the group), or anything else up to a comma or the list's end.
const VALUE = /[ \t\r\n]{0,40}(?:'(?<literal>(?:[^'\r\n]|''){0,400})'|[^,'()\r\n]{0,400})[ \t\r\n]{0,40}(?<end>[,)])/y;

export const sqlInsertRule: SecretRule = {
  id: 'sql-insert-value',
  keywords: ['insert'],
  find(text, found) {
    INSERT.lastIndex = 0;
    for (let m = INSERT.exec(text); m; m = INSERT.exec(text)) {
      const columns = m.groups!.columns!.split(',').map((c) => c.trim().replace(/^["`[]|["`\]]$/g, ''));
      VALUE.lastIndex = INSERT.lastIndex;
      for (const column of columns) {
        const v = VALUE.exec(text);
        if (!v) break;
        const literal = v.groups!.literal;
        if (literal !== undefined && literal.length >= 3) {
          const start = v.index + v[0].indexOf("'") + 1;
          if (acceptsLiteralForKey(text, start, start + literal.length, column)) found.push(KIND, start, start + literal.length);
        }
        if (v.groups!.end === ')') break;
      }
      INSERT.lastIndex = Math.max(INSERT.lastIndex, VALUE.lastIndex);
    }
  },
};
