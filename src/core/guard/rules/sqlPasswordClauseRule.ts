// The clauses by which SQL dialects give a login its password: `IDENTIFIED BY pw` (Oracle: an
// identifier or a quoted one; MySQL, MariaDB: a quoted string), `IDENTIFIED WITH plugin BY 'pw'`
// (MySQL, ClickHouse); `[WITH|ENCRYPTED|UNENCRYPTED] PASSWORD [=] 'pw'` (PostgreSQL's roles and user
// mappings' `OPTIONS (… password 'pw')`, Redshift, SQL Server's `WITH PASSWORD = N'pw'`; a bare
// `PASSWORD = '…'`, Snowflake's, is an assignment, the assignment rule's: code's `password = "…"` on
// every line is not read back for a statement);
// MySQL's `SET PASSWORD [FOR u] = [PASSWORD(]'pw'`; Db2's `CONNECT TO db USER u USING pw`. Each but SET
// PASSWORD only in a statement that creates, alters or grants to a user, role or login, or connects
// (earlier in the same statement, which may run over lines; for the `password` clause, the verb too): in prose `identified by` is a phrase
// (`a sequence identified by "lvariant"`). SQL may be written in lower case: the words say it, not
// their case. The value is judged as a literal given to `password` (a placeholder, a reference, the
// slot's own word left). Linear: each match starts at its clause's word and reads a bounded stretch;
// the statement is read back at most 400 characters.
import { ledPattern, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { acceptsLiteralForKey } from './literalForKey';

const KIND = spanKind('sql-password-clause');
// An Oracle identifier, a Db2 password: bare to a blank, `;`, a quote or a parenthesis; not a host
// variable or a parameter (`:pw`, `@pw`, `?`).
const VALUE = String.raw`(?:N?(?<q>['"])(?<quoted>(?:(?!\k<q>)[^\r\n]){1,400})\k<q>|(?<bare>[^\s;'"(),:@?][^\s;'"(),]{0,399}))`;
// Between `BY` (`USING`) and the value: blanks, or one line break among blanks, as a statement laid out a clause a line
// puts it (MySQL's CREATE USER, Oracle's CREATE USER: SQL's tokens are separated by any whitespace, line breaks too).
const BREAK_OR_BLANKS = String.raw`(?:[ \t]+|[ \t]*\r?\n[ \t]*)`;
const CLAUSE = new RegExp(
  String.raw`(?<![\w$.-])(?:(?<identified>identified(?:[ \t]+with[ \t]+\w{1,40})?[ \t]+by|user[ \t]+[^\s;]{1,128}[ \t]+using)${BREAK_OR_BLANKS}${VALUE}` +
    String.raw`|(?:(?<set>set[ \t]+password(?:[ \t]+for[ \t]+[^=;\r\n]{1,120}?)?[ \t]*=[ \t]*(?:password[ \t]*\([ \t]*)?)|(?:with|encrypted|unencrypted)[ \t]+password(?:[ \t]*=)?[ \t]*|password[ \t]+)N?(?<q2>['"])(?<quoted2>(?:(?!\k<q2>)[^\r\n]){1,400})\k<q2>)`,
  'gi',
);
const SQL_GRANTEE = /\b(?:user|role|login|grant|connect[ \t]+to|database[ \t]+link)\b/i;
// A bare value or a bare `password` clause needs the statement's verb too: code's `user, password = "…"`
// names a user, prose's `the End-User identified by the ID Token` one too.
const SQL_LOGIN_STATEMENT = /\b(?:(?:create|alter)[ \t]+(?:user|role|login|database[ \t]+link)|grant|connect[ \t]+to)\b/i;
const STATEMENT_BEFORE = 400;
const KEYWORDS = ['identified', 'password', 'using'];
// (Every clause holds its word on the line it starts on: read on those lines only, not over a text that names one anywhere.)
const CLAUSES = ledPattern(CLAUSE, KEYWORDS);

export const sqlPasswordClauseRule: SecretRule = {
  id: 'sql-password-clause',
  keywords: KEYWORDS,
  ...(CLAUSES.near ? { nearKeywords: true } : {}),
  find(text, found, near) {
    CLAUSES.forEach(text, near, (m) => {
      const g = m.groups!;
      const quoted = g.quoted ?? g.quoted2;
      const value = quoted ?? g.bare!;
      const end = m.index + m[0].length - (quoted !== undefined ? 1 : 0);
      // (A bare value, or the `password` clause, needs the statement's verb: prose says `identified by its id`.)
      if (g.set === undefined && !inLoginStatement(text, m.index, g.quoted2 !== undefined || g.bare !== undefined ? SQL_LOGIN_STATEMENT : SQL_GRANTEE)) return;
      if (acceptsLiteralForKey(text, end - value.length, end, 'password')) found.push(KIND, end - value.length, end);
    });
  },
};

/** A user, role, login, grant or connection earlier in the statement that holds `clauseStart` (back to its `;`). */
function inLoginStatement(text: string, clauseStart: number, words: RegExp): boolean {
  const statement = text.slice(Math.max(0, clauseStart - STATEMENT_BEFORE), clauseStart);
  return words.test(statement.slice(statement.lastIndexOf(';') + 1));
}
