// A password in MySQL's URI-like connection string without its scheme (the MySQL manual, "Connecting Using URI-Like
// Connection Strings": `[scheme://][user[:[password]]@]host[:port][/schema][?attribute=value&…]`, "the scheme is
// optional"), where MySQL Shell and the X DevAPI take one: `mysqlsh app:pw@host:3306/db` (also after `--uri`),
// MySQL Shell's `\connect app:pw@host` (`\c`, with `--mysqlx`/`--mysql`/`--mx`/`--mc`), `mysqlx.getSession('app:pw@host')`.
// With a scheme the URL rule reads it. The password runs to the last `@` a host follows (the manual percent-encodes
// `@` in it, users do not), not past a blank or a quote. Linear: each match starts at its command's word and reads a
// bounded stretch.
import { patternRule } from '../secretRule';
import { acceptsQuotedLiteral } from './secretValue';

export const mysqlUriLikeRule = patternRule({
  id: 'mysql-uri-like-password', keywords: ['mysqlsh', '\\connect', '\\c ', 'getsession('],
  pattern: /(?:\bmysqlsh(?:[ \t]+--?[A-Za-z][\w-]{0,30}){0,8}[ \t]+(?:--uri[ =])?|\\c(?:onnect)?(?:[ \t]+--(?:mysqlx?|mx|mc))?[ \t]+|\bgetSession\([ \t]*["'])(?:mysqlx?(?:\+srv)?:\/\/)?[^\s:@/"'`]{1,64}:(?<secret>[^\s"'`]{1,200})@(?=[A-Za-z0-9[])/,
  pair: ':',
  allow: (secret, text, start) => !acceptsQuotedLiteral(text, start, start + secret.length, 'password'),
});
