// Keyed forms the reading widened to in the twenty-eighth round (keyedFormProbe.ts): a directive's literal ended by `;`,
// a name's element and its value's (Hadoop, web.xml), a builder's snake-case setter, Tcl's `set`, a lookup's default
// given to a secret's key, a dotted setting's `….secret.key`, an assignment broken after its `=`; each with what must stay
// left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';
import { assertFinds, assertLeaves } from './redactionAsserts';

test("a directive's literal ended by a semicolon (BIND, dhcpd) is read, the span on the value alone", () => {
  assertFinds([
    'key "rndc-key" {\n  algorithm hmac-sha256;\n  secret "⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧";\n};\n',
    'password "⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧" ;\n',
    'storePassword "⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧"   \n',
    'db.password ⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧   \nx = 1\n',
  ]);
  // A word and `;`: C's, Java's or C#'s declaration of a name of a secret-named type.
  assertLeaves(['Password pw;\n', 'Token token;\n']);
});

test("a name's element followed by its value's element (Hadoop's configuration, web.xml's init-param)", () => {
  assertFinds([
    '<property>\n  <name>fs.s3a.secret.key</name>\n  <value>⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧</value>\n</property>\n',
    '<init-param>\n  <param-name>password</param-name>\n  <param-value>⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧</param-value>\n</init-param>\n',
  ]);
  assertLeaves([
    '<property>\n  <name>fs.defaultFS</name>\n  <value>hdfs://namenode.example.com:8020</value>\n</property>\n',
    '<property><name>dfs.replication</name><value>3</value></property>\n',
    '<property><name>fs.s3a.secret.key</name><value>${env.S3_SECRET}</value></property>\n',
  ]);
});

test("a builder's setter named for the secret in snake case", () => {
  assertFinds(['let client = Client::builder().client_secret("⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧").build()?;\n', 'cfg.api_key("⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧")\n']);
  assertLeaves(['let t = parser.token("ident");\n', 'client.api_key(API_KEY)\n']);
});

test("Tcl's set: a literal is the value; a bare word only as a value off a config line is", () => {
  assertFinds(['set password "⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧"\nexpect "password:"\n', 'set api_key ⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧\n', 'set smtp_pass = "⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧"\n']);
  assertLeaves(['set password expiry\n', 'set password "$env(PASSWORD)"\n']);
});

test("a lookup's default given to a secret's key, whatever the setting's name", () => {
  assertFinds(['password = os.getenv("MYSQL_ROOT", "⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧")\n', "'password' => env('MYSQL_ROOT', '⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧'),\n"]);
  assertLeaves(['host = os.getenv("DB_HOST", "Zq8Lm3Xv9Tb2Rk7Wp4Ns")\n', 'password = os.getenv("MYSQL_ROOT", "")\n', 'password = os.getenv("MYSQL_ROOT", "changeme")\n']);
});

test("a dotted setting's last member `key` is read with the word before it", () => {
  assertFinds(['aws.secret.key=⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧\n', 'jwt.secret.key: ⟦Harbor2024⟧\n']);
  assertLeaves(['sort.key=Harbor2024\n', 'event.key = "Harbor"\n']);
});

test("an assignment broken after its `=`, one literal opening the next line, is read", () => {
  assertFinds(['export const STRIPE_SECRET_KEY =\n  "⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧";\n', 'private static final String CLIENT_SECRET =\r\n      "⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧";\r\n']);
  // A comparison, an expression going on past the literal, a line of its own after an empty value.
  assertLeaves(['if (password ==\n  "Zq8Lm3Xv9Tb2Rk7Wp4Ns")\n', 'password =\n  "Zq8Lm3Xv9Tb2Rk7Wp4Ns" + suffix;\n', 'PASSWORD=\nUSER=Zq8Lm3Xv9Tb2Rk7Wp4Ns\n']);
});

test("YAML's scalar on the next, deeper line under a key with nothing after its colon, and JSON's after a member's colon", () => {
  assertFinds([
    'stringData:\n  password:\n    ⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧\n',
    'password:\r\n  ⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧\r\n',
    'env:\n  API_TOKEN:\n    "⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧"\n',
    "db:\n  password :\n    '⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧' # rotated\n",
    'users:\n  - password:\n      ⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧\n',
    'db:\n  password:\n    ⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧ # rotated\n  host: db\n',
    '{\n  "client_secret":\n    "⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧",\n  "region": "eu"\n}\n',
  ]);
  // The next line a key of its own (the false positive), a list item, a comment, a flow collection, an alias; a
  // line no deeper than the key's; a quoted string followed by `:` (the next key).
  assertLeaves([
    'password:\n  connectTimeout: 3000\n',
    'password:\n  valueFrom:\n    secretKeyRef: {name: db, key: pw}\n',
    'GITHUB_API_KEY=\nDYNATRACE_API_KEY=\n',
    'password:\n  - name\n',
    'password:\n  # Zq8Lm3Xv9Tb2Rk7Wp4Ns\n',
    'password:\n  {min: 12}\n',
    'password: \n  *default_password\n',
    'password:\nZq8Lm3Xv9Tb2Rk7Wp4Ns\n',
    '{\n  "password":\n    "Zq8Lm3Xv9Tb2Rk7Wp4Ns": 1\n}\n',
    'password:\n\n  Zq8Lm3Xv9Tb2Rk7Wp4Ns\n',
    // Code: a block under a condition, a label, a Makefile's recipe.
    'if not password:\n    password = getpass.getpass()\n',
    'for token in tokens:\n    number += 1\n',
    'case PromptValue.LOGIN:\n  this.logger.trace("0vdv8e", correlationId);\n',
    'secrets:\n\t./gen-secrets.sh Zq8Lm3Xv9Tb2Rk7Wp4Ns\n',
    // An object literal's member broken after its colon, an expression broken after an operator.
    'return {\n  continuationToken:\n    this.stateParameters.continuationToken ?? "",\n  code: code,\n};\n',
    'const t = {\n  httpVerToken:\n    responseHeaders[HeaderNames.X_MS_HTTP_VERSION] ||\n    "",\n};\n',
  ]);
});

test('a pre-shared key and a passcode are secrets by their names', () => {
  assertFinds(['network={\n    ssid="home"\n    psk = "⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧"\n}\n', 'wifi:\n  psk: ⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧\n', 'const passcode = "⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧";\n', 'SECURID_PASSCODE=⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧\n', 'url = "psk=⟦abc123def⟧&mode=x"\n']);
  assertLeaves(['psk_identity=client1\n', 'key_mgmt=WPA-PSK\n', 'passcode_length: 6\n']);
});

test("AppleScript's `set name to \"…\"`: the string literal is the value; any other expression is code", () => {
  assertFinds(['set password to "⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧"\n', 'tell application "Mail"\n  set api_key to "⟦Pl4nk-wood9⟧"\nend tell\n']);
  assertLeaves(['set password to text returned of (display dialog "Password:" default answer "")\n', 'set password to ""\n', 'set token to "token"\n', 'set password to my readKeychain("app")\n']);
});

test("a JSON member's value after a line break when its name follows `{` or `,` mid-line: a JSON string only", () => {
  assertFinds([
    '{"user": "app", "password":\n    "⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧"}\n',
    'post({"grant_type": "client_credentials", "client_secret":\n  "⟦Pl4nk-wood9⟧", "scope": "read"})\n',
  ]);
  assertLeaves([
    '{"user": "app", "password":\n    "${DB_PASSWORD}"}\n',
    '{"user": "app", "password":\n    getPassword()}\n',
    '{"user": "app", "token":\n    null}\n',
    'call(a, "password":\n    "x")\n',
    '{"user": "app", "password":\n    "Enter a password"}\n',
  ]);
});

test('a JWE whose ciphertext runs past 8,000 characters is taken whole (RFC 7516 §7.1 bounds no segment)', () => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const run = (n: number, seed: number): string => Array.from({ length: n }, (_, i) => alphabet[(i * 7919 + seed * 131 + (i >> 3) * 31) % 64]).join('');
  for (const length of [8001, 20000]) {
    const jwe = `eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.${run(342, 1)}.${run(16, 2)}.${run(length, 3)}.${run(22, 4)}`;
    assert.equal(redactSecrets(`see ${jwe} in the log\n`).text, 'see [REDACTED:jwt] in the log\n');
  }
});
