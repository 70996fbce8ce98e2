// Which layouts that put a name and its value on different lines the reading takes: each format's documented way of going
// on to the next line (YAML's block and multi-line scalars, JSON and JS members broken after `:`, shell, Makefile,
// `.properties` and Dockerfile continuations, Python's parenthesised literals, TOML's multi-line strings, here-documents
// writing a credential file or read into a variable), §N§ the name and §V§ the value, under credential names and neutral
// ones (`description`, `script`, `command`), with five value shapes. A credential name's strong and short literal values
// should be read; its placeholder, reference and stand-in values left; a neutral name's values all left.
//
//   npx tsx bench/guard/nextLineProbe.ts [--show] [--layout REGEX] [--name REGEX]
import { probeArgs } from './probeArgs';
import { fillPlace, valueRedacted } from './probePlaces';

const { show, filter } = probeArgs();
const layoutFilter = filter('--layout');
const nameFilter = filter('--name');

interface Layout {
  readonly id: string;
  readonly template: string;
  /** How the format writes a reference in the value's place. */
  readonly reference: string;
  /** The name as the format spells it: `snake` (default), `upper` (an environment variable), `flag` (`--§N§`, kebab). */
  readonly spelling?: 'upper' | 'flag';
}

const layouts: readonly Layout[] = [
  // YAML 1.2 §8.1 block scalars, §7.3.3 plain and §7.3.1 double-quoted multi-line scalars, §8.2.2 a value on a later line.
  { id: 'yaml literal', template: 'db:\n  §N§: |\n    §V§\n  port: 5432\n', reference: '${DB_SECRET}' },
  { id: 'yaml folded strip', template: 'db:\n  §N§: >-\n    §V§\n', reference: '${DB_SECRET}' },
  { id: 'yaml literal blank first', template: '§N§: |\n\n  §V§\n', reference: '${DB_SECRET}' },
  { id: 'yaml plain next', template: 'db:\n  §N§:\n    §V§\n  port: 5432\n', reference: '${DB_SECRET}' },
  { id: 'yaml plain next, two lines', template: '§N§:\n  §V§\n  more\n', reference: '${DB_SECRET}' },
  { id: 'yaml double-quoted broken', template: '§N§: "\n  §V§"\n', reference: '${DB_SECRET}' },
  { id: 'yaml double-quoted, escaped break', template: 'db:\n  §N§: "§V§\\\n    §V§"\n', reference: '${DB_SECRET}' },
  { id: 'yaml list item block', template: 'steps:\n  - §N§: |-\n      §V§\n', reference: '${{ secrets.DB }}' },
  { id: 'k8s stringData block', template: 'apiVersion: v1\nkind: Secret\nstringData:\n  §N§: |\n    §V§\n', reference: '${DB_SECRET}' },
  // RFC 8259 §2: whitespace (line breaks too) after the name separator; Prettier's break of a long member.
  { id: 'json member broken', template: '{\n  "§N§":\n    "§V§"\n}\n', reference: '${DB_SECRET}' },
  { id: 'js member broken', template: 'const c = {\n  §N§:\n    "§V§",\n};\n', reference: 'process.env.DB_SECRET' },
  // POSIX XCU §2.2.1: backslash-newline removed before the words are split.
  { id: 'shell flag continued', template: 'mycli deploy --§N§ \\\n  §V§ \\\n  --region eu\n', reference: '"$DB_SECRET"', spelling: 'flag' },
  { id: 'shell flag quoted continued', template: 'mycli login --§N§ \\\n    "§V§"\n', reference: '"$DB_SECRET"', spelling: 'flag' },
  { id: 'shell flag= continued', template: 'mycli login --§N§=\\\n§V§\n', reference: '"$DB_SECRET"', spelling: 'flag' },
  { id: 'shell export continued', template: 'export §N§=\\\n§V§\n', reference: '"$DB_SECRET"', spelling: 'upper' },
  // GNU make manual §3.1.1 "Splitting Long Lines"; java.util.Properties.load (a line ending in `\` goes on).
  { id: 'makefile continued', template: '§N§ := \\\n\t§V§\n', reference: '$(DB_SECRET)', spelling: 'upper' },
  { id: 'properties continued', template: 'app.§N§ = \\\n    §V§\n', reference: '${DB_SECRET}' },
  // GNU make manual §6.8, multi-line variables; C11 §5.1.1.2 phase 2 (a macro continued); PowerShell's about_Parsing.
  { id: 'makefile define', template: 'define §N§ =\n§V§\nendef\n', reference: '$(shell cat /run/secrets/db)', spelling: 'upper' },
  { id: 'C define continued', template: '#define §N§ \\\n    "§V§"\n', reference: 'getenv("DB_SECRET")', spelling: 'upper' },
  { id: 'powershell parameter continued', template: 'New-Thing -Name x `\n  -§N§ `\n  "§V§"\n', reference: '$env:DB_SECRET', spelling: 'flag' },
  // Dockerfile reference: `ENV <key> <value>` and the escape character.
  { id: 'dockerfile ENV key value continued', template: 'FROM alpine\nENV §N§ \\\n    §V§\n', reference: '$DB_SECRET', spelling: 'upper' },
  { id: 'dockerfile ENV key=value continued', template: 'FROM alpine\nENV APP_USER=app \\\n    §N§=§V§\n', reference: '$DB_SECRET', spelling: 'upper' },
  // Python reference §2.4.3 (string literal concatenation), §2.1.5 (explicit line joining).
  { id: 'python parenthesised, one piece', template: '§N§ = (\n    "§V§"\n)\n', reference: 'os.environ["DB_SECRET"]', spelling: 'upper' },
  { id: 'python parenthesised, two pieces', template: '§N§ = (\n    "§V§"\n    "§V§"\n)\n', reference: 'os.environ["DB_SECRET"]', spelling: 'upper' },
  { id: 'python backslash', template: '§N§ = \\\n    "§V§"\n', reference: 'os.environ["DB_SECRET"]', spelling: 'upper' },
  // JLS §15.18.1, ECMA-262's `+` on strings, C# §12.10.5: a constant written a piece a line.
  { id: 'java concatenation', template: 'private static final String §N§ = "§V§" +\n        "§V§";\n', reference: 'System.getenv("DB_SECRET")', spelling: 'upper' },
  { id: 'js concatenation after a break', template: 'const §N§ =\n  "§V§" +\n  "§V§";\n', reference: 'process.env.DB_SECRET' },
  { id: 'js member concatenation', template: 'const c = {\n  §N§: "§V§" +\n    "§V§",\n};\n', reference: 'process.env.DB_SECRET' },
  // TOML 1.0: multi-line basic and literal strings (a newline right after the opening delimiter is trimmed).
  { id: 'toml multi-line basic', template: '[db]\n§N§ = """\n§V§"""\n', reference: '${DB_SECRET}' },
  { id: 'toml multi-line literal', template: "[db]\n§N§ = '''\n§V§\n'''\n", reference: '${DB_SECRET}' },
  // Bash manual §3.6.6 (here-documents), §3.5.4 (command substitution), the `read` builtin.
  { id: 'heredoc into a variable', template: "§N§=$(cat <<'EOF'\n§V§\nEOF\n)\n", reference: '$DB_SECRET', spelling: 'upper' },
  { id: 'heredoc read', template: "read -r -d '' §N§ <<'EOF'\n§V§\nEOF\n", reference: '$DB_SECRET', spelling: 'upper' },
  { id: 'heredoc writing an env file', template: 'cat <<EOF > .env\n§N§=§V§\nEOF\n', reference: '${DB_SECRET}', spelling: 'upper' },
  { id: 'heredoc writing a properties file', template: "cat > app.properties <<'EOF'\napp.§N§ = §V§\nEOF\n", reference: '${DB_SECRET}' },
];
// Credential-file formats whose own grammar names the slot (the name is theirs): tried once per value shape, as a credential.
const ownLayouts: readonly Omit<Layout, 'spelling'>[] = [
  { id: 'heredoc ~/.netrc', template: 'cat <<EOF > ~/.netrc\nmachine github.com\nlogin me\npassword §V§\nEOF\n', reference: '$DB_SECRET' },
  { id: 'heredoc ~/.pgpass', template: 'cat <<EOF > ~/.pgpass\ndb.example.com:5432:app:app:§V§\nEOF\n', reference: '$DB_SECRET' },
  { id: 'heredoc ~/.npmrc', template: 'cat <<EOF > ~/.npmrc\n//registry.npmjs.org/:_authToken=§V§\nEOF\n', reference: '${NPM_TOKEN}' },
  { id: 'heredoc ~/.git-credentials', template: 'cat <<EOF > ~/.git-credentials\nhttps://me:§V§@github.com\nEOF\n', reference: '${GIT_TOKEN}' },
  // Thirty-fourth round (guardnextline2). MySQL's and Oracle's CREATE/ALTER USER laid out a clause a line (SQL separates
  // tokens by any whitespace): the value alone on the line after BY.
  { id: 'sql IDENTIFIED BY, value next line', template: "CREATE USER 'app'@'%' IDENTIFIED BY\n  '§V§';\n", reference: ':new_password' },
  { id: 'sql IDENTIFIED WITH … BY, value next line', template: "ALTER USER 'app'@'%'\n  IDENTIFIED WITH caching_sha2_password BY\n  '§V§';\n", reference: ':new_password' },
  { id: 'oracle IDENTIFIED BY, bare value next line', template: 'CREATE USER app\r\n  IDENTIFIED BY\r\n    §V§\r\n  DEFAULT TABLESPACE users;\r\n', reference: ':new_password' },
  // A call laid out an argument a line (Prettier's, Black's layout): the documented password position on its own line.
  { id: 'call argument a line (JDBC)', template: 'Connection c = DriverManager.getConnection(\n    "jdbc:mysql://db/app",\n    "app",\n    "§V§");\n', reference: 'System.getenv("DB_PASSWORD")' },
  { id: 'call argument a line (cx_Oracle)', template: 'conn = cx_Oracle.connect(\n    "scott",\n    "§V§",\n    "db/orcl",\n)\n', reference: 'os.environ["ORACLE_PASSWORD"]' },
  { id: 'call argument a line (smtplib)', template: 'server.login(\n    "me@example.com",\n    "§V§",\n)\n', reference: 'os.environ["SMTP_PASSWORD"]' },
  // A command continued over lines (POSIX XCU §2.2.1), each tool's manual saying its option takes the next argument:
  // sshpass(1) `-p password`, PsExec `-p`, `docker login -p`, redis-cli `-a`, sqlcmd `-P`, ldapsearch(1) `-w`.
  { id: 'sshpass -p continued', template: 'sshpass -p \\\n  §V§ ssh ci@10.0.0.4\n', reference: '"$SSHPASS"' },
  { id: 'docker login over lines', template: 'docker login \\\n  -u bot \\\n  -p §V§ \\\n  registry.example.net\n', reference: '"$REGISTRY_TOKEN"' },
  { id: 'docker login -p continued', template: 'docker login -u bot -p \\\n  §V§ registry.example.net\n', reference: '"$REGISTRY_TOKEN"' },
  { id: 'redis-cli over lines', template: 'redis-cli \\\n  -h cache.internal \\\n  -a §V§ ping\n', reference: '"$REDIS_PASSWORD"' },
  { id: 'sqlcmd over lines', template: 'sqlcmd -S db01 -U sa \\\r\n  -P §V§ -Q "select 1"\r\n', reference: '"$SA_PASSWORD"' },
  { id: 'ldapsearch over lines', template: 'ldapsearch -x -H ldap://dc1 \\\n  -D "cn=admin,dc=example,dc=org" \\\n  -w §V§ \\\n  -b dc=example,dc=org\n', reference: '"$LDAP_PASSWORD"' },
  { id: 'psexec over lines', template: 'psexec \\\\host01 -u admin \\\n  -p §V§ cmd\n', reference: '%ADMIN_PW%' },
  { id: 'mysql over lines, -p glued', template: 'mysql -h db \\\n  -u root \\\n  -p§V§ shop\n', reference: '"$MYSQL_PWD"' },
];
// The same places' look-alikes, to leave whatever the value: mysql's spaced `-p` (the MySQL manual: the password must be
// glued; the next word is the database), prose's `identified by`, the SQL statement's value two clauses away, a neutral
// option continued, a positional call whose slot is not the password.
const ownLookalikes: readonly { readonly id: string; readonly template: string }[] = [
  { id: 'mysql -p continued (the next word is the database)', template: 'mysql -h db -u root -p \\\n  §V§\n' },
  { id: 'prose identified by, next line', template: 'Each sequence is identified by\n  §V§ in the table.\n' },
  { id: 'sql IDENTIFIED BY, a host variable next line', template: 'ALTER USER app IDENTIFIED BY\n  :§V§;\n' },
  { id: 'docker run over lines, -p a port', template: 'docker run \\\n  -p 8080:80 \\\n  -e NAME=§V§ nginx\n' },
  { id: 'redis-cli over lines, -h the host', template: 'redis-cli \\\n  -h §V§ \\\n  ping\n' },
  { id: 'call argument a line, the user slot', template: 'DriverManager.getConnection(\n    url,\n    "§V§",\n    password);\n' },
  { id: 'C++ stream output, read', template: 'std::cout << "read " << n\n<< "§V§" << std::endl;\n' },
];

const CREDENTIAL_NAMES = ['password', 'api_key', 'token', 'client_secret', 'db_password'];
const NEUTRAL_NAMES = ['description', 'script', 'command', 'region', 'message'];

type Shape = 'strong' | 'short' | 'placeholder' | 'reference' | 'stand-in';
const SHAPES: ReadonlyArray<readonly [Shape, (layout: Omit<Layout, 'spelling'>) => string]> = [
  ['strong', () => 'Zq8Lm3Xv9Tb2Rk7Wp4Ns'],
  ['short', () => 'tigerlily'],
  ['placeholder', () => 'xxxxxxxxxxxx'],
  ['reference', (layout) => layout.reference],
  ['stand-in', () => 'your_password_here'],
];
const READ_SHAPES = new Set<Shape>(['strong', 'short']);

function spelled(name: string, spelling: Layout['spelling']): string {
  if (spelling === 'upper') return name.toUpperCase();
  if (spelling === 'flag') return name.replace(/_/g, '-');
  return name;
}

let credentialRead = 0;
let credentialTried = 0;
let wronglyRead = 0;
let leaveTried = 0;
const lines: string[] = [];

function tryCell(layoutId: string, template: string, name: string, credential: boolean, shape: Shape, value: string): void {
  const text = fillPlace(template, name, value);
  const read = valueRedacted(text, value);
  const shouldRead = credential && READ_SHAPES.has(shape);
  if (shouldRead) {
    credentialTried++;
    if (read) credentialRead++;
  } else {
    leaveTried++;
    if (read) wronglyRead++;
  }
  if (read !== shouldRead) lines.push(`${read ? 'taken' : 'left '}  ${layoutId} | ${name} | ${shape}${show ? `  ${JSON.stringify(text)}` : ''}`);
}

for (const layout of layouts) {
  if (layoutFilter && !layoutFilter.test(layout.id)) continue;
  for (const [names, credential] of [[CREDENTIAL_NAMES, true], [NEUTRAL_NAMES, false]] as const) {
    for (const name of names) {
      if (nameFilter && !nameFilter.test(name)) continue;
      for (const [shape, valueOf] of SHAPES) tryCell(layout.id, layout.template, spelled(name, layout.spelling), credential, shape, valueOf(layout));
    }
  }
}
for (const layout of ownLayouts) {
  if (layoutFilter && !layoutFilter.test(layout.id)) continue;
  for (const [shape, valueOf] of SHAPES) tryCell(layout.id, layout.template, '', true, shape, valueOf(layout));
}

for (const layout of ownLookalikes) {
  if (layoutFilter && !layoutFilter.test(layout.id)) continue;
  for (const [shape, valueOf] of SHAPES) tryCell(layout.id, layout.template, '', false, shape, valueOf({ ...layout, reference: '$X' }));
}

for (const line of lines) console.log(line);
console.log(`credential cells read ${credentialRead}/${credentialTried}; cells to leave taken ${wronglyRead}/${leaveTried}`);
