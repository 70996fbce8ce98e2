// A password in a URL's or a DSN's userinfo, written with the characters its documents allow (RFC 3986 §3.2.1's
// unreserved, sub-delims `!$&'()*+,;=` and percent-encoded bytes) and with those real users write unencoded (`@`, `#`,
// `/`), after a user and `:` with no key word near; the DSNs without a scheme (MySQL's URI-like strings, the Go MySQL
// driver's, Oracle's `user/password@`); and the keyword/value strings' quoted and brace-escaped values (libpq, ODBC,
// ADO.NET, SQL Server's JDBC). §V§ the password; a cell is read when it is gone, over-read when the host, port, path or
// a key word the form keeps public went with it. Look-alikes (a user alone, `host:port`, scp and git's `user@host:path`,
// e-mail addresses, IPv6 literals, image digests, package specs, a time before `@`) must be left whole.
//
//   npx tsx bench/guard/dsnProbe.ts [--show] [--form REGEX] [--by-form]
import { seededRandom } from '../../src/core/seededRandom';
import { DIGITS, LOWER, UPPER, drawWith } from './matrixAlphabets';
import { runKeptPartsProbe, type KeptPartsCell } from './keptPartsTally';

/** A value from `random`; `seed` (1–3) picks which of an alphabet's marked characters it must hold, so each is tried. */
type Draw = (random: () => number, seed: number) => string;
const ALNUM = UPPER + LOWER + DIGITS;
const SUB_DELIMS = "!$&'()*+,;=";

/** The value alphabets, by the characters each form's document lets it hold. */
const ALPHABETS: Readonly<Record<string, Draw>> = {
  // RFC 3986 §2.3's unreserved characters: a userinfo holds them as they are.
  unreserved: (r) => drawWith(r, ALNUM + '-._~', 14, [UPPER, LOWER, DIGITS, '-._~']),
  // §3.2.1: sub-delims are allowed in userinfo unencoded.
  subDelims: (r, seed) => drawWith(r, ALNUM + SUB_DELIMS, 14, [UPPER, LOWER, DIGITS, ["'", ',', '&='][seed - 1]!]),
  // The same without `'` (a form inside single quotes) and without `,` `;` (a form whose fields they separate).
  subDelimsUnquoted: (r) => drawWith(r, ALNUM + "!$&()*+=", 14, [UPPER, LOWER, DIGITS, '!$&()*+=']),
  // §2.1: a password a manager drew, its gen-delims and `%` percent-encoded as the PostgreSQL, MongoDB and MySQL manuals say.
  percentEncoded: (r) => encodeURIComponent(drawWith(r, ALNUM + '@:/?#[]%', 14, [UPPER, LOWER, DIGITS, '@:/?#[]%'])),
  // What users write anyway: an `@`, `#` or `/` left unencoded (a base64 password's `/`, a chosen `P@ss`).
  unencoded: (r, seed) => {
    const base = drawWith(r, ALNUM + '!*-_', 13, [UPPER, LOWER, DIGITS]);
    const at = 1 + Math.floor(r() * 11);
    return base.slice(0, at) + '@#/'[seed - 1] + base.slice(at);
  },
  // A keyword/value string's quoted value: blanks, `;`, `=` and the other quote inside.
  quotedValue: (r) => drawWith(r, ALNUM + ' ;=!@#$%', 14, [UPPER, LOWER, DIGITS, ' ;=']),
};

interface Form {
  readonly id: string;
  /** §V§ the password as the text writes it; `write` turns a drawn password into that (escaping it). */
  readonly template: string;
  readonly alphabets: readonly string[];
  /** Parts the form says are public: each must survive. */
  readonly keep: readonly string[];
  readonly write?: (password: string) => string;
}

const URL_ALPHABETS = ['unreserved', 'subDelims', 'percentEncoded', 'unencoded'];
const SINGLE_QUOTED = ['unreserved', 'subDelimsUnquoted', 'percentEncoded', 'unencoded'];

const forms: readonly Form[] = [
  // PostgreSQL manual, "Connection URIs": `postgresql://[userspec@][hostspec][/dbname][?paramspec]`, userspec `user[:password]`.
  { id: 'postgresql uri', template: 'DATABASE_URL=postgresql://app:§V§@db.example.com:5432/shop?sslmode=require\n', alphabets: URL_ALPHABETS, keep: ['@db.example.com:5432/shop?sslmode=require'] },
  { id: 'postgres uri, double-quoted', template: 'psql "postgres://app:§V§@localhost/shop"\n', alphabets: URL_ALPHABETS, keep: ['@localhost/shop'] },
  { id: 'sqlalchemy url, single-quoted', template: "engine = create_engine('postgresql+psycopg2://app:§V§@db.example.com/shop')\n", alphabets: SINGLE_QUOTED, keep: ['@db.example.com/shop'] },
  // MySQL manual, "Connecting Using URI-Like Connection Strings": `[scheme://][user[:[password]]@]host[:port][/schema][?attribute1=value1&…]`.
  { id: 'mysql uri', template: 'mysql://root:§V§@127.0.0.1:3306/inventory\n', alphabets: URL_ALPHABETS, keep: ['@127.0.0.1:3306/inventory'] },
  { id: 'mysqlx uri in yaml', template: '  url: mysqlx://app:§V§@db.example.com:33060/shop\n', alphabets: URL_ALPHABETS, keep: ['@db.example.com:33060/shop'] },
  // MongoDB manual, "Connection Strings": `mongodb://[username:password@]host1[:port1][,…hostN[:portN]]/[defaultauthdb][?options]`.
  { id: 'mongodb uri, replica set', template: 'MONGO_URL=mongodb://admin:§V§@mongo1.example.com:27017,mongo2.example.com:27017/?replicaSet=rs0\n', alphabets: URL_ALPHABETS, keep: ['@mongo1.example.com:27017,mongo2.example.com:27017/?replicaSet=rs0'] },
  { id: 'mongodb+srv uri', template: 'client = MongoClient("mongodb+srv://admin:§V§@cluster0.ab1cd.mongodb.net/test?retryWrites=true")\n', alphabets: URL_ALPHABETS, keep: ['@cluster0.ab1cd.mongodb.net/test?retryWrites=true'] },
  // Redis (IANA's `redis` scheme, redis-cli `-u`): `redis://[[user]:password@]host[:port][/db]`; a password alone as `:password@`.
  { id: 'redis uri, password alone', template: 'redis-cli -u redis://:§V§@redis.example.com:6379/0 ping\n', alphabets: URL_ALPHABETS, keep: ['@redis.example.com:6379/0 ping'] },
  { id: 'rediss uri, default user', template: "REDIS_URL='rediss://default:§V§@cache.example.com:6380'\n", alphabets: SINGLE_QUOTED, keep: ['@cache.example.com:6380'] },
  // RabbitMQ's AMQP URI spec: `amqp://user:pass@host:10000/vhost`, each part percent-encoded.
  { id: 'amqp uri', template: 'CELERY_BROKER_URL=amqp://app:§V§@rabbit.example.com:5672/%2F\n', alphabets: URL_ALPHABETS, keep: ['@rabbit.example.com:5672/%2F'] },
  // MySQL's URI-like strings without their optional scheme (MySQL Shell's command line, `\connect`; X DevAPI's getSession).
  { id: 'mysqlsh, no scheme', template: 'mysqlsh app:§V§@db.example.com:3306/shop\n', alphabets: ['unreserved', 'subDelimsUnquoted', 'percentEncoded'], keep: ['@db.example.com:3306/shop'] },
  { id: 'mysqlsh \\connect, no scheme', template: '\\connect app:§V§@db.example.com:3306\n', alphabets: ['unreserved', 'subDelimsUnquoted', 'percentEncoded'], keep: ['@db.example.com:3306'] },
  { id: 'x devapi getSession, no scheme', template: "var session = mysqlx.getSession('app:§V§@localhost:33060')\n", alphabets: SINGLE_QUOTED, keep: ['@localhost:33060'] },
  // The Go MySQL driver's README: `[username[:password]@][protocol[(address)]]/dbname[?param1=value1&…]`, "Passwords can
  // consist of any character. Escaping is not necessary."
  { id: 'go mysql dsn tcp', template: 'dsn := "app:§V§@tcp(db.example.com:3306)/shop?parseTime=true"\n', alphabets: ['unreserved', 'subDelims', 'unencoded'], keep: ['@tcp(db.example.com:3306)/shop?parseTime=true'] },
  { id: 'go mysql dsn unix', template: 'MYSQL_DSN=app:§V§@unix(/var/run/mysqld/mysqld.sock)/shop\n', alphabets: ['unreserved', 'subDelimsUnquoted', 'unencoded'], keep: ['@unix(/var/run/mysqld/mysqld.sock)/shop'] },
  { id: 'go mysql dsn, default address', template: 'dsn := "app:§V§@/shop?charset=utf8mb4"\n', alphabets: ['unreserved', 'subDelims', 'unencoded'], keep: ['@/shop?charset=utf8mb4'] },
  { id: 'go mysql dsn, tcp without address', template: 'dsn := "app:§V§@tcp/shop"\n', alphabets: ['unreserved', 'subDelims', 'unencoded'], keep: ['@tcp/shop'] },
  // Oracle: SQL*Plus `username[/password][@connect_identifier]`, EZConnect's `host[:port][/service]`; the thin JDBC URL
  // `jdbc:oracle:thin:user/password@host:port/service`. A password with special characters goes in double quotes.
  { id: 'sqlplus ezconnect', template: 'sqlplus scott/§V§@//db.example.com:1521/ORCLPDB1\n', alphabets: ['unreserved', 'subDelimsUnquoted'], keep: ['@//db.example.com:1521/ORCLPDB1'] },
  { id: 'sqlplus, password quoted', template: 'sqlplus scott/"§V§"@db.example.com:1521/ORCLPDB1\n', alphabets: ['subDelimsUnquoted', 'unencoded'], keep: ['@db.example.com:1521/ORCLPDB1'] },
  { id: 'oracle thin jdbc', template: 'spring.datasource.url=jdbc:oracle:thin:scott/§V§@db.example.com:1521/ORCLPDB1\n', alphabets: ['unreserved', 'subDelimsUnquoted'], keep: ['@db.example.com:1521/ORCLPDB1'] },
  // libpq's keyword/value strings: "single quotes and backslashes within the value must be escaped with a backslash".
  { id: 'libpq keyword/value, quoted', template: 'conn = psycopg2.connect("host=db.example.com dbname=shop user=app password=§V§")\n', alphabets: ['quotedValue'], keep: ['host=db.example.com dbname=shop user=app'], write: (p) => `'${p.replace(/[\\']/g, (c) => '\\' + c)}'` },
  // ADO.NET: a value holding `;` is quoted, `"` or `'`. ODBC and SQL Server's JDBC: braces, `}` doubled inside.
  { id: 'ado.net password, quoted', template: 'Server=db.example.com;Database=shop;User Id=app;Password=§V§;Encrypt=True;\n', alphabets: ['quotedValue'], keep: ['Server=db.example.com;Database=shop;User Id=app;', 'Encrypt=True;'], write: (p) => `"${p}"` },
  { id: 'odbc pwd, braced', template: 'Driver={ODBC Driver 18 for SQL Server};Server=db.example.com;UID=app;PWD=§V§;\n', alphabets: ['quotedValue'], keep: ['Server=db.example.com;UID=app;'], write: (p) => `{${p}}` },
  { id: 'sql server jdbc, braced', template: 'jdbc:sqlserver://db.example.com:1433;databaseName=shop;user=app;password=§V§;encrypt=true\n', alphabets: ['quotedValue'], keep: ['db.example.com:1433;databaseName=shop;user=app;', 'encrypt=true'], write: (p) => `{${p}}` },
];

/** Look-alikes: users, hosts, ports and paths in the same shapes, no password anywhere. */
const lookalikes: readonly (readonly [string, string])[] = [
  ['user alone in a uri', 'DATABASE_URL=postgresql://app@db.example.com:5432/shop\n'],
  ['host and port', 'redis://cache.example.com:6379/0\n'],
  ['mongodb hosts', 'mongodb://mongo1.example.com:27017,mongo2.example.com:27017/shop?replicaSet=rs0\n'],
  ['password referenced', 'DATABASE_URL=postgresql://app:${DB_PASSWORD}@db.example.com:5432/shop\n'],
  ['ssh url', 'git clone ssh://git@github.com/acme/widgets.git\n'],
  ['ssh url with port', 'git clone ssh://git@gitlab.example.com:2222/acme/widgets.git\n'],
  ['scp-like git remote', 'git remote add origin git@github.com:acme/widgets.git\n'],
  ['scp path', 'scp build.tar.gz deploy@web1.example.com:/srv/releases/\n'],
  ['rsync path', 'rsync -az ./dist/ deploy@web1.example.com:/var/www/site/\n'],
  ['email', 'Contact: jane.doe@example.com\n'],
  ['mailto', '<a href="mailto:jane.doe@example.com">Jane</a>\n'],
  ['ipv6 literal', 'curl http://[2001:db8::1]:8080/health\n'],
  ['ipv6 with user', 'ssh admin@[2001:db8::1]\n'],
  ['time before @', 'standup 12:30@room-4\n'],
  ['image digest', 'image: nginx:1.25.3@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac\n'],
  ['image digest in FROM', 'FROM python:3.12-slim@sha256:2be8daddbb82756f7d1f2c7ece706aadcb284bf6ab6d769ea695cc3ed6016743\n'],
  ['npm scope after port', 'npm view http://localhost:4873/@acme/widgets\n'],
  ['registry path with @', 'https://registry.npmjs.org:443/@babel%2fcore\n'],
  ['go module version', 'go install golang.org/x/tools/gopls@v0.16.1\n'],
  ['pip direct reference', 'widgets @ git+https://github.com/acme/widgets.git@v1.2.0\n'],
  ['vue alias', "import Button from '@/components/Button.vue'\n"],
  ['mysqlsh user alone', 'mysqlsh app@db.example.com:3306/shop\n'],
  ['go dsn user alone', 'dsn := "app@tcp(db.example.com:3306)/shop"\n'],
  ['go dsn password referenced', 'dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, name)\n'],
  ['sqlplus user alone', 'sqlplus scott@//db.example.com:1521/ORCLPDB1\n'],
  ['sqlplus os auth', 'sqlplus / as sysdba\n'],
  ['sql server integrated', 'Server=db.example.com;Database=shop;Trusted_Connection=True;\n'],
  ['web archive url', 'https://web.archive.org/web/2020/https://example.com/docs\n'],
  ['port then a path with @', 'http://localhost:8080/users/@me/settings\n'],
  ['a path with : and @', 'https://example.com/a:b/c@d\n'],
  ['ssh config host', 'Host bastion\n  HostName 10.0.0.5\n  User ec2-user\n'],
  ['medium handle', 'https://medium.com/@jane/why-urls-4f2c\n'],
];

const SEEDS = 3;
runKeptPartsProbe(forms, lookalikes, cellsOf, 'password cells');

function* cellsOf(form: Form): Iterable<KeptPartsCell> {
  for (const alphabet of form.alphabets) {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const value = (form.write ?? ((p: string) => p))(ALPHABETS[alphabet]!(seededRandom(0x05e1 * seed + alphabet.length), seed));
      yield { alphabet, value, text: form.template.replace('§V§', () => value) };
    }
  }
}
