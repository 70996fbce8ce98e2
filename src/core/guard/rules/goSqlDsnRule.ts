// The password in a Go SQL driver's DSN, which has no scheme, so no URL's userinfo
// (go-sql-driver/mysql's README: `[username[:password]@][protocol[(address)]]/dbname[?param1=value1&…]`:
// `app:pw@tcp(db:3306)/shop`, `@unix(/tmp/mysql.sock)`, `@tcp6([::1]:3306)`, `@tcp/dbname` with the default address;
// the ClickHouse and TiDB drivers take the same): a user, `:`, the password, then `@` and a network's name opening its
// address, or `tcp/` and the database. "Passwords can consist of any character. Escaping is not necessary": the
// password runs to the last such `@` (an `@`, `/` or `'` of its own is its), not past a blank, the string's `"` or
// backtick, or a `://` (`jdbc:mysql://u:p@tcp(…)` is a URL's userinfo, read there). (Not `user:password@/dbname`, the default protocol too, outside `sql.Open` below: `x:y@/` is also a path's
// or an alias's, and read anywhere it redacted two clean items of a held-out split.) Judged as a literal given to a
// password. Linear: each match starts at its user and reads a bounded stretch.
import { patternRule } from '../secretRule';
import { acceptsQuotedLiteral } from './secretValue';

export const goSqlDsnRule = patternRule({
  id: 'go-sql-dsn-password', keywords: ['@tcp(', '@tcp6(', '@unix(', '@udp(', '@tcp/'],
  pattern: /(?<![^\s"'`=(,])[A-Za-z0-9_.$-]{1,64}:(?<secret>(?:[^\s"`:]|:(?!\/\/)){3,200})@(?:(?:tcp6?|udp|unix)\(|tcp\/[\w$-]{0,64}(?:\?[^\s"'`]{0,200})?(?=["'`]|\s|$))/,
  pair: ':',
  allow: (secret, text, start) => !acceptsQuotedLiteral(text, start, start + secret.length, 'password'),
});

// The same DSN given to database/sql's `sql.Open("mysql", dsn)`, as go-sql-driver/mysql's README writes it, the
// address left out (`user:password@/dbname`) or not: the driver takes the password from the first `:` to the last `@`
// before the last `/` ("Passwords can consist of any character. Escaping is not necessary."), so a `/` or an `@` in it
// (base64's) is the password's. Linear: a match starts at the call's name and reads a bounded stretch.
export const goSqlOpenDsnRule = patternRule({
  id: 'go-sql-open-dsn-password', keywords: ['sql.open'],
  pattern: /\bsql\.Open[ \t]*\([ \t]*["`]mysql["`][ \t]*,[ \t]*["`][A-Za-z0-9_.$-]{1,64}:(?<secret>[^"`\s]{3,200})@(?:(?:tcp6?|udp|unix)\([^()"`\s]{0,200}\))?\//,
  pair: ':',
  allow: (secret, text, start) => !acceptsQuotedLiteral(text, start, start + secret.length, 'password'),
});
