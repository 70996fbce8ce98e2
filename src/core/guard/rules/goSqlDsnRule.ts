// The password in a Go SQL driver's DSN, which has no scheme, so no URL's userinfo
// (go-sql-driver/mysql's `[user[:password]@][net[(addr)]]/dbname`: `app:pw@tcp(db:3306)/shop`,
// `@unix(/tmp/mysql.sock)`, `@tcp6([::1]:3306)`; the ClickHouse and TiDB drivers take the same): a
// user, `:`, the password, then `@` and a network's name opening its address. Judged as a literal
// given to a password. Linear: each match starts at its user and reads a bounded stretch.
import { patternRule } from '../secretRule';
import { acceptsQuotedLiteral } from './secretValue';

export const goSqlDsnRule = patternRule({
  id: 'go-sql-dsn-password', keywords: ['@tcp(', '@tcp6(', '@unix(', '@udp('],
  pattern: /(?<![^\s"'`=(,])[A-Za-z0-9_.$-]{1,64}:(?<secret>[^\s"'`@/]{3,200})@(?:tcp6?|udp|unix)\(/,
  pair: ':',
  allow: (secret, text, start) => !acceptsQuotedLiteral(text, start, start + secret.length, 'password'),
});
