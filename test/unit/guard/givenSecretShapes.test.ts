// Ways code and config hand a secret over that are not `key = value`: a setter or builder call,
// a reference's fallback, a query's field at a line's start, a YAML block scalar, a header in a
// template literal, keytool's glued flags, a token as a URL's user. Each principle with values it
// must take (marked ⟦like this⟧) and look-alikes it must leave; examples written for the shapes.
import { test } from 'node:test';
import { assertFinds, assertLeaves, assertRedacts } from './redactionAsserts';

test('a literal given to a setter or builder named for a secret; not one read, tested or named by it', () => {
  assertFinds([
    'dataSource.setPassword("⟦Tq7-lorn-88⟧");',
    'new Builder().password(\'⟦m4ple!Syrup⟧\').build()',
    'client.withApiKey("⟦Gh3kLq9ZpX2vT7wN⟧")',
    'conf.setClientSecret( "⟦vX9q2LmZ8rT4⟧" )',
  ]);
  assertLeaves([
    'user.setPassword(password);',
    'form.getPassword("label")',
    'validatePassword("abc")',
    'parser.token("identifier")',
    'setPassword("Enter your password")',
    'b.password(cfg.get("db.password"))',
    'setToken("token", value)',
  ]);
});

test('a reference or variable with no operator: the literal it falls back to is the value', () => {
  assertFinds(['const t = process.env.API_TOKEN ?? "⟦Zq9Lm2Xp8Rt4Vw6Y⟧";', 'auth(token || \'⟦k8Fq2-Lime-31⟧\')']);
  assertLeaves(['return token || "";', 'if (password || "Password is required") x()', 'const t = process.env.API_TOKEN ?? undefined;']);
});

test('a query string at a line\'s start: the value ends where the next field begins', () => {
  assertFinds(['access_token=⟦Yq8ZpL3xT7mW2vK9⟧&token_type=bearer&expires_in=3600']);
  assertLeaves(['grant_type=password&username=u', 'response_type=token&client_id=abc', 'token=&next=/home']);
});

test('a YAML block scalar: the first line below the key, indented deeper, is its value', () => {
  assertFinds(['secret_key: |\n  ⟦Wz7qL2mX9pR4tV8k⟧\nname: app', 'auth:\n  password: >-\n    ⟦c0rk-Tuba-71⟧\n']);
  assertLeaves(['description: |\n  Set the password in the vault first.\n', 'password: |\nnext: 1', 'token: >\n  ${{ secrets.TOKEN }}\n']);
});

test('an Authorization header written in a template literal: the scheme\'s blank is not a command\'s', () => {
  assertFinds(['fetch(u, { headers: { Authorization: `Bearer ⟦Wq8ZpL3xT7mK2vN9⟧` } })']);
  assertLeaves(['headers: { Authorization: `Bearer ${token}` }', 'const who = `whoami`;']);
});

test('keytool and jarsigner flags glue the word pass to whose password it is', () => {
  assertFinds(['keytool -importkeystore -srcstorepass ⟦Rv9-hale-27⟧ -deststorepass ⟦Rv9-hale-28⟧', 'jarsigner -keystore k.jks -storepass ⟦qu1ll-Mast⟧ app.jar']);
  assertLeaves(['keytool -list -storepass:env STORE_PASS -keystore k.jks', 'keytool -storepass $STORE_PASS -list']);
});

test('a token as the whole user part of a URL; a name there is not a secret, nor a password repeating the user or naming its field', () => {
  assertFinds(['git clone https://⟦Xk2pL9vQ7mZ4tR8wB3nY⟧@git.example.com/team/repo.git']);
  // (The user's name stays: only the password's place is redacted.)
  assertRedacts(['amqp://guest:Tq7-lorn-88@localhost:5672/', 'postgres://postgres:hunter@db:5432/app']);
  assertLeaves(['https://deploy-bot@git.example.com/team/repo.git', 'ssh://git@github.com/org/repo', 'amqp://guest:guest@localhost:5672/', 'postgres://user:password@db:5432/app']);
});

test('a blank-separated list of KEY=VALUE settings (libpq conninfo, `A=1 B=2 cmd`): a bare value after a pair is a setting', () => {
  assertFinds(['pg_dump "host=db user=app password=⟦Tq7-lorn-88⟧ dbname=app"', 'dbname=app user=app password=⟦Tq7-lorn-88⟧ host=db']);
  assertLeaves(['foo(a=1, password=pw)', 'if x == 1 and password == y', 'kwargs = dict(host=h password=pw)']);
});

test('a shell prompt before a line of settings, as documentation shows commands', () => {
  assertFinds(['$ export API_TOKEN=⟦Xk2pL9vQ7mZ4tR8w⟧', '> set PASSWORD=⟦Tq7-lorn-88⟧']);
  assertLeaves(['$ export API_TOKEN=$(vault read -field=token x)', '$ echo $API_TOKEN']);
});

test('shells that set a variable with a blank: csh `setenv`, fish `set -gx`', () => {
  assertFinds(['setenv DB_PASSWORD ⟦Tq7-lorn-88⟧', 'set -gx GITHUB_TOKEN ⟦Xk2pL9vQ7mZ4tR8w⟧']);
  assertLeaves(['setenv DB_PASSWORD $VAULT_PW', 'set -gx GITHUB_TOKEN (cat ~/.token)']);
});

test('a flag\'s value as the next item of an argument list; a .NET setting\'s <value> element', () => {
  assertFinds(['args: ["--token", "⟦Xk2pL9vQ7mZ4tR8w⟧"]', "subprocess.run(['app', '--password', '⟦Tq7-lorn-88⟧'])", '<Setting name="ApiSecret" serializeAs="String"><value>⟦Xk2pL9vQ7mZ4tR8w⟧</value></Setting>']);
  assertLeaves(['args: ["--token", "$(TOKEN)"]', "subprocess.run(['app', '--password', pw])", '<Setting name="ApiSecretName" serializeAs="String"><value>prod</value></Setting>']);
});

test('a .properties line whose separator is blanks: a setting\'s name alone at its line\'s start, one word after it', () => {
  assertFinds(['db.password ⟦Kq8-vane-42⟧', 'spring.datasource.password\t⟦Zr7Lm2Qx9T⟧', '  mail.smtp.password   ⟦hunter2pass⟧\nmail.smtp.host smtp.example.com']);
  assertLeaves([
    'db.password ${DB_PASSWORD}',
    'user.password required',
    'Password reset link sent',
    'the db.password setting holds it',
    'db.password.length 12',
  ]);
});

test('a YAML scalar with an explicit !!str or !!binary tag: the value follows the tag', () => {
  assertFinds(['password: !!str ⟦Xy7pQr2Lm9⟧', 'db:\n  api_key: !!str "⟦aB3dE6gH9jK2mN5p⟧"', 'secret_key: !!binary ⟦c2VjcmV0LWtleS05OTI⟧']);
  assertLeaves(['name: !!str hello', 'password: !secret db_password', 'password: !!str ${DB_PASSWORD}', 'retries: !!int 3']);
});

test('a literal after a secret-named key and blanks alone, the whole rest of its line: a call without parentheses (Gradle, Groovy, Ruby)', () => {
  assertFinds(['signingConfigs {\n  release {\n    storePassword "⟦andr0id-Kiwi⟧"\n    keyPassword \'⟦Pl4nk-wood⟧\'\n  }\n}', "  password '⟦Tq8vine31x⟧'"]);
  assertLeaves(['    storePassword System.getenv("STORE_PASSWORD")', '    keyPassword keystoreProperties["keyPassword"]', 'Password "is required" when signing in', '  password "${DB_PASSWORD}"']);
});
