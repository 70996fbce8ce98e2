// A connection string's field whose value is braced, as ODBC's grammar quotes a value holding `;`,
// `=` or blanks (`Pwd={p;a=ss};`, a `}` doubled inside): SQL Server's ODBC driver, the Snowflake,
// Databricks and Access drivers, and every ADO.NET provider built over ODBC take `Key={value}`.
// Braced, the value reads as a placeholder to the assignment rule (`{name}` is a format slot in
// code); after a field's `=` it is the value itself. Judged as a literal given to the field's key
// (a strong key: `Pwd`, `Password`, `SharedAccessKey`); a name naming the slot in braces (`{PASSWORD}`,
// `{db_password}`, an f-string's `{password}`) or `{0}` is a slot in brackets, as the placeholder policy reads it.
// Linear: each match starts at a field's start and reads a bounded stretch.
import { ledPattern, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { keyStrength } from './keyStrength';
import { acceptsQuotedLiteral } from './secretValue';
import { namesASecret } from './valueNames';
import { compositeFormatItem } from './notTheValue';
import { spanBeforeTail, withoutIndices } from '../secretPlace';

// A field of a string: after a `;` (a field before it), or first (a line's or a quote's start) and
// followed by `;`. JSX's `password={pw}` is an attribute given an expression, never followed by `;`.
// `=` glued on both sides, as a connection string writes it: code's `token = { value: '' };` spaces it.
// An object literal's first member (`token={type:a,depth:0};`, minified) is code too.
// (The closing brace ends the match: the value's place is read without match indices, secretPlace.ts.)
const { pattern: BRACED_FIELD, tail: BRACED_TAIL } = withoutIndices(/(?:(?<sep>;)|^|["'])[ \t]{0,8}(?<key>[A-Za-z][A-Za-z0-9_]{0,39}(?: [A-Za-z0-9_]{1,20}){0,2})=\{(?<secret>(?:[^{}\r\n]|\}\}){1,400})\}(?=[ \t]*(?:;|["'\r\n]|$))/dgm);

const KIND = spanKind('braced-field');
const SEMICOLON = 59;
const OBJECT_MEMBER = /^[ \t]*[A-Za-z_$][\w$]{0,63}[ \t]*:/;

// (Every match holds `={`, glued as the expression writes it, on its first line: `nearKeywords`. `= {` led no
// match and only made the rule read texts where none can be, a line of `pw = {id|x` keys.)
const KEYWORDS = ['={'];
const FIELDS = ledPattern(BRACED_FIELD, KEYWORDS);

export const bracedFieldRule: SecretRule = {
  id: 'braced-field',
  keywords: KEYWORDS,
  ...(FIELDS.near ? { nearKeywords: true } : {}),
  find(text, found, near) {
    FIELDS.forEach(text, near, (m) => {
      const key = m.groups!.key!;
      if (m.groups!.sep === undefined && text.charCodeAt(m.index + m[0].length) !== SEMICOLON) return;
      if (keyStrength(key) !== 'strong') return;
      const [start, end] = BRACED_TAIL ? spanBeforeTail(m, BRACED_TAIL) : m.indices!.groups!.secret!;
      if (OBJECT_MEMBER.test(text.slice(start, Math.min(end, start + 66)))) return;
      if (!namesASecret(text.slice(start, end)) && acceptsQuotedLiteral(text, start, end, key) && !compositeFormatItem(text.slice(start, end))) found.push(KIND, start, end);
    });
  },
};
