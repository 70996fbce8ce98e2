// SQL's INSERT gives its values by position: `INSERT INTO t (name, api_key) VALUES ('ci', '…')` puts
// the i-th value in the i-th column (ISO/IEC 9075, every dialect). A string literal under a column
// that names a secret is judged as a literal given to that key (a strong name's only not a
// placeholder, a weak one's, `key`, random too). Literals are SQL's: `'…'` with `''` inside.
// A statement of many rows (`VALUES (…), (…)`, PostgreSQL's INSERT and every dialect's) gives each row's values the same way.
// Linear: one bounded expression finds the statement's lists; each is read once.
import type { SecretRule } from '../secretRule';
import { spanKind, type SpanList } from '../spanList';
import { acceptsLiteralForKey } from './literalForKey';

const KIND = spanKind('sql-insert-value');
const INSERT = /\bINSERT[ \t]+INTO[ \t]+[\w."`[\]]{1,128}[ \t]*\((?<columns>[^()\r\n]{1,400})\)[ \t\r\n]{0,40}VALUES[ \t\r\n]{0,40}\(/gi;
// One value of the list: a string literal (its content the group), or anything else up to a comma or the list's end.
// The next row of a VALUES list: `, (`.
const NEXT_ROW = /[ \t\r\n]{0,40},[ \t\r\n]{0,40}\(/y;
const VALUE = /[ \t\r\n]{0,40}(?:'(?<literal>(?:[^'\r\n]|''){0,400})'|[^,'()\r\n]{0,400})[ \t\r\n]{0,40}(?<end>[,)])/y;

export const sqlInsertRule: SecretRule = {
  id: 'sql-insert-value',
  keywords: ['insert'],
  find(text, found) {
    INSERT.lastIndex = 0;
    for (let m = INSERT.exec(text); m; m = INSERT.exec(text)) {
      const columns = m.groups!.columns!.split(',').map((c) => c.trim().replace(/^["`[]|["`\]]$/g, ''));
      let rowStart = INSERT.lastIndex;
      for (;;) {
        VALUE.lastIndex = rowStart;
        if (!readRow(text, columns, found)) break;
        NEXT_ROW.lastIndex = VALUE.lastIndex;
        if (!NEXT_ROW.test(text)) break;
        rowStart = NEXT_ROW.lastIndex;
      }
      INSERT.lastIndex = Math.max(INSERT.lastIndex, VALUE.lastIndex);
    }
  },
};

/** Reads one row's values from VALUE.lastIndex, judging each literal under its column; true when the row's `)` closed it. */
function readRow(text: string, columns: readonly string[], found: SpanList): boolean {
  for (const column of columns) {
    const v = VALUE.exec(text);
    if (!v) return false;
    const literal = v.groups!.literal;
    if (literal !== undefined && literal.length >= 3) {
      const start = v.index + v[0].indexOf("'") + 1;
      if (acceptsLiteralForKey(text, start, start + literal.length, column)) found.push(KIND, start, start + literal.length);
    }
    if (v.groups!.end === ')') return true;
  }
  return false;
}
