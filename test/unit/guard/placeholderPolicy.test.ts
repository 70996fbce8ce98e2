// The lead's placeholder policy for #11 (HELPERS.md), asked of every rule alike: only shapes that are no
// value are set apart (a mask, a slot in brackets, a reference, a constant's name, an empty value or a word
// saying there is none, the slot's own name alone); a literal in a secret's slot is that secret, however weak or wordy. A value one
// grammar's rule leaves and another's takes is a defect: each value is tried in each grammar below.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksPlaceholder } from '../../../src/core/guard/secretRule';
import { findSecrets, redactSecrets } from '../../../src/core/guard/secretRedactor';
import { readsOwnKey } from '../../../src/core/guard/rules/ownKeyWords';
import { assertFinds, assertLeaves, assertRedacts } from './redactionAsserts';

// (The last five say they are stand-ins, stand-in and slot words only: literals until the twenty-ninth round, the lead's
// policy since; standInWords.ts.)
const SHAPES = ['xxxxxxxx', '********', '<your-password>', '[password]', '{{ db_password }}', '${DB_PASSWORD}', '$DB_PASSWORD', '%DB_PASSWORD%', '$(vault read -field=pw db)', 'DB_PASSWORD', 'unset', 'not_a_real_token', 'REDACTED', '&lt;YOUR_PASSWORD&gt;', 'secret', 'password', 'changeme', 'example', 'YOURPASSWORD', 'mypass', 'myPassword', 'your-api-key-here'];
// Phrases, counting runs, example and fixture words with a digit or a word of their own, "your/my" words so too, a short word.
const LITERALS = ['letmein', 'open sesame', 'open_sesame', 'abcdefgh', 'a1b2c3d4', 'example1', 'test-key-1', 'testpass99', 'mypassword1', 'secretsauce', 'guest', 'abc'];

test('the shapes are placeholders; the literals are not', () => {
  for (const v of SHAPES) assert.ok(looksPlaceholder(v), v);
  for (const v of [...LITERALS, 'hunter2', 'Xk2pL9vQ7mZ4']) assert.ok(!looksPlaceholder(v), v);
});

// Grammars where every rule family meets a password: env, YAML, JSON, code, a connection string's field, a
// URL's userinfo, curl, netrc, .pgpass, a CLI's --password, PsExec, Gradle's credentials block, Helm's --set.
// `passwordPlace`: a place its tool documents as a password, where `secret` alone is a literal (placeholderValue.ts).
const GRAMMARS: readonly { readonly id: string; readonly text: (v: string) => string; readonly blanks?: boolean; readonly urlSafe?: boolean; readonly passwordPlace?: boolean }[] = [
  { id: 'env', text: (v) => `DB_PASSWORD=${v}\n` },
  { id: 'yaml', text: (v) => `db:\n  password: ${v}\n` },
  { id: 'json', text: (v) => `{"password": "${v}"}`, blanks: true },
  { id: 'code', text: (v) => `password = '${v}'\n`, blanks: true },
  { id: 'connection string', text: (v) => `Server=db;User ID=app;Password=${v};Database=shop` },
  { id: 'url', text: (v) => `postgresql://app:${v}@localhost/shop`, urlSafe: true },
  { id: 'curl', text: (v) => `curl -u app:${v} https://api.example.com` },
  { id: 'netrc', text: (v) => `machine api.example.com login app password ${v}\n` },
  { id: 'pgpass', text: (v) => `db.internal:5432:shop:app:${v}\n` },
  { id: 'cli', text: (v) => `mongo -u admin --password ${v} shop\n` },
  { id: 'psexec', text: (v) => `psexec \\\\host -u admin -p ${v} cmd\n`, passwordPlace: true },
  { id: 'gradle', text: (v) => `credentials {\n  username 'app'\n  password '${v}'\n}\n`, blanks: true },
  { id: 'helm', text: (v) => `helm install db bitnami/mysql --set auth.username=app,auth.password=${v}\n`, passwordPlace: true },
];

function fits(grammar: (typeof GRAMMARS)[number], v: string): boolean {
  return (grammar.blanks || !v.includes(' ')) && (!grammar.urlSafe || /^[\w.~-]+$/.test(v));
}

test('every grammar takes each literal whole', () => {
  for (const g of GRAMMARS) {
    for (const v of LITERALS) {
      if (!fits(g, v)) continue;
      const text = g.text(v);
      const at = g.text('\u0000').indexOf('\u0000');
      const covered = findSecrets(text).some((s) => s.start <= at && s.end >= at + v.length);
      assert.ok(covered, `${g.id}: ${JSON.stringify(v)} left in ${JSON.stringify(redactSecrets(text).text)}`);
    }
  }
});

test('every grammar leaves each placeholder shape', () => {
  for (const g of GRAMMARS) {
    for (const v of SHAPES) {
      if (!fits(g, v) || (g.id === 'netrc' && v.includes(' ')) || (g.id === 'connection string' && v.includes(';')) || (g.passwordPlace && v === 'secret')) continue;
      const text = g.text(v);
      assert.deepEqual(findSecrets(text), [], `${g.id}: ${JSON.stringify(v)} taken in ${JSON.stringify(redactSecrets(text).text)}`);
    }
  }
});

test('in a place documented as a password, another slot\'s name alone is a literal; the password\'s own name stays left', () => {
  for (const g of GRAMMARS.filter((grammar) => grammar.passwordPlace)) {
    const text = g.text('secret');
    assert.notDeepEqual(findSecrets(text), [], `${g.id}: "secret" left in ${JSON.stringify(text)}`);
  }
  assertRedacts([
    '$domain = New-Object DirectoryServices.DirectoryEntry("LDAP://10.10.10.1","domain\\user", "secret")',
    'var cred = new NetworkCredential("app", "token");',
    'curl_easy_setopt(curl, CURLOPT_PASSWORD, "secret");',
    'bindpw secret\n',
    'requirepass secret\n',
    // The same directive in a string and as redis-server's option: the same documented place.
    'RUN echo "requirepass secret" >> /etc/redis/redis.conf',
    'redis-server --requirepass secret\n',
    'command: ["redis-server", "--requirepass", "secret"]',
  ]);
  assertLeaves([
    'redis-server --requirepass password\n',
    'var entry = new DirectoryEntry("LDAP://dc01", "app", "password");',
    'psexec \\\\host -u admin -p password cmd\n',
    'curl_easy_setopt(curl, CURLOPT_USERPWD, "app:password");',
    'rootpw changeme\n',
    // Under a key named for a password outside a documented place, the word stays set apart (the tune split labels
    // `password=secret` in a libpq query string clean).
    'postgresql:///mydb?host=localhost&user=user&password=secret',
    'token = "secret"',
  ]);
});

test('what is no value by its grammar stays left, and the same words as a literal are taken', () => {
  // A name of words given to a key for what a machine issues, a lookup's namespaced name; a password's words.
  assertLeaves(['const ACCESS_TOKEN = "AccessToken";', 'session_key = "user_session"', 'LOGIN_DONE: "auth:loginCompleted"']);
  assertRedacts(["password = 'open_sesame'", 'token = "s3cret"', 'const PASSWORD = "tiger12"']);
  // The slot's own name alone is `<password>` without brackets.
  assertLeaves(['token = "secret"', 'password: password\n', 'PASSWORD=changeme\n']);
  // A message about the slot; a passphrase does not name its slot.
  assertLeaves(['setPassword("Enter your password")', 'if (password || "Password is required") x()', '"password": "Forgot password?"']);
  assertRedacts(["password = 'open sesame'", "session({ secret: 'keyboard cat' })"]);
  // A kebab-case name is an object's name (a Kubernetes Secret), but not after a password's key.
  assertLeaves(['existingSecret: db-creds\n']);
  assertRedacts(['password: open-sesame\n']);
  // A name in braces after a field is a format slot; inside a call's parentheses a name is a variable.
  assertLeaves(['conn = f"Server=db;Uid=app;Pwd={password};"', 'f(a=1,password=pw_var,b=2)']);
  assertRedacts(['Driver={ODBC Driver 18 for SQL Server};Server=db;Uid=app;Pwd={p;ss word};', 'helm install db x --set auth.username=app,auth.password=pw_var']);
  // A short `-p` of an unknown tool is a flag of its own; `--password` names the slot.
  assertLeaves(['rsync -u x -p foo bar']);
  assertRedacts(['mongo -u admin --password hunter app']);
});

test("code's names stay names: an enum's own word, an export, a comparison, a keyword argument, typeof's answer", () => {
  assertLeaves([
    'const CLIENT_SECRET = "client_secret";',
    'const PromptValue = { LOGIN: "login", X: 1 }',
    'exports.APIKeys = APIKeys;',
    'const q = { assetType: assetType, assetToken: assetToken };',
    '&& self.mac == other.mac && self.semi_token == other.semi_token }',
    '    x = HTTPAdapter(\n            username=username,\n            password=password,\n        )',
    'if (typeof clientCredentials === "string") {',
    '  TOKEN_EOF: "end of template",',
    'const FLOW_PASSWORD_REQUIRED_V2 = "FlowPasswordRequiredResultV2";',
    "const credential = '_callApiKey' in connectionClient",
    '  credentialScopes: string | string[]; credential: TokenCredential };',
  ]);
  // The same words where a literal stands: a config line, quotes in the key's own case, a .properties member.
  assertRedacts(['password: passw0rd\n', 'password = "letmein"', 'PASSWORD=hunter\n', 'db.password=whiteduke\n', 'DB_PASSWORD=tiger12\n']);
});

test("a value that spells its own key's first or last words, one a key word, is a name (SonarSource S2068, RFC 6749's grant types)", () => {
  assertLeaves([
    'const GrantType = {\n  CLIENT_CREDENTIALS_GRANT: "client_credentials",\n  X: 1,\n};',
    'readonly CLIENT_CREDENTIALS_GRANT: "client_credentials";',
    '    AttributeOID.CHALLENGE_PASSWORD: "challengePassword",\n',
    'const REFRESH_TOKEN_KEY = "refresh-token";',
    'const DB_PASSPHRASE = "passphrase";',
  ]);
  // A word the key does not hold, the key's words without its key word, or words from its middle: a secret.
  assertRedacts([
    'client_secret = "client_secret_9fK2xQ7mLp3Z"',
    'const ADMIN_PASSWORD = "admin";',
    'const DB_PASSWORD = "db_pass_2024";',
    'const MY_APP_DB_PASSWORD = "app_db";',
    'const PASSWORD = "tiger12"',
  ]);
  // On a config line too, since the thirty-second round (guardfp5; the lead's earlier reading took
  // `POSTGRES_PASSWORD=postgres_password` as a literal): a plain value spelling its key names the slot as its quoted
  // twin does. A word the key lacks, or the key's words without its key word, is still the literal.
  assertLeaves(['POSTGRES_PASSWORD=postgres_password\n', 'CLIENT_CREDENTIALS_GRANT: client_credentials\n']);
  assertRedacts(['POSTGRES_PASSWORD=postgres_password_2024\n', 'POSTGRES_PASSWORD=postgres\n']);
});

test("a value made of its own key's words in another order, one a key word, is a name (MSAL's SHA256_TOKEN_TO_REFRESH)", () => {
  assertLeaves(['  SHA256_TOKEN_TO_REFRESH: "token_sha256_to_refresh",\n', 'const DB_PASSWORD = "password_db";', 'const API_SECRET = "secret-api";']);
  // A word the key lacks or a word of the key dropped: a literal (on a config line as in code, since the thirty-second round).
  assertRedacts(['const API_SECRET = "secret_api_x";', 'const DB_PASSWORD = "password_db_2024";', 'const MY_DB_PASSWORD = "password_db";', 'MY_DB_PASSWORD=password_db\n']);
  assertLeaves(['DB_PASSWORD=password_db\n']);
});

test("AWS's documented example keys are left where a rule takes them with their quotes or their user; a reference's placeholder default too", () => {
  assertLeaves(['Server=db;User ID=app;Password="AKIAIOSFODNN7EXAMPLE";', 'curl_setopt($ch, CURLOPT_USERPWD, "app:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");', 'export API_TOKEN=${API_TOKEN:-<your-token>}']);
  // One character off is a key of that shape; a literal default is the secret.
  assertRedacts(['Server=db;User ID=app;Password="AKIAIOSFODNN7EXAMPLF";', 'export API_TOKEN=${API_TOKEN:-Xk2pL9vQ7mZ4tR8wB3nY}']);
});

test("a run of its key's middle words ending in a key word, or a dotted setting name holding its key's key word, is a name (xerces' symbols, the JDK's system properties)", () => {
  assertLeaves([
    '    public static final String fNMTOKENSymbol = "NMTOKEN".intern();',
    '    public static final String fNMTOKENSSymbol = "NMTOKENS".intern();',
    'const X_AUTH_TOKEN_HEADER = "auth-token";',
    '    private static final String LOGIN_CONFIG_PROP = "jmx.remote.x.login.config";',
    '    private static final String PASSWORD_FILE_PROP = "jmx.remote.x.password.file"; private static final String HASH_PASSWORDS = "jmx.remote.x.password.toHashes";',
    'String KEYSTORE_PASSWORD_PROPERTY = "javax.net.ssl.keyStorePassword";',
  ]);
  // Middle words with no key word at their end, a dotted name without the key's key word as one of its words: a literal.
  assertRedacts([
    'const MY_APP_DB_PASSWORD = "app_db";',
    'const DB_ADMIN_PASSWORD = "admin";',
    'const ADMIN_PASSWORD = "jmx.remote.x.login.config";',
    'const DB_PASSWORD = "my.db.passw0rd";',
  ]);
});

test('a dotted token is no setting name: its pieces are generated, not words', () => {
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0b2tlbiJ9.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk';
  const mapbox = 'sk.eyJ1IjoiZXhhbXBsZSIsImEiOiJjazBhYmNkZWYwMTIzNDU2Nzg5MGFiY2RlZiJ9.P4lD1eAbCdEfGhIjKlMnOp';
  for (const [v, key] of [[jwt, 'ACCESS_TOKEN'], [mapbox, 'MAPBOX_TOKEN'], ['tk.eyJ1Ijoi.token.Zq8fG2kLx', 'TOKEN'], ['pk.eyjhbgcioijub2tlbiisinr5cci6ikpxvcj9.token.abc', 'TOKEN']] as const) assert.ok(!readsOwnKey(v, key), v);
  assert.ok(readsOwnKey('jmx.remote.x.password.file', 'PASSWORD_FILE_PROP'));
  assert.ok(readsOwnKey('NMTOKEN', 'fNMTOKENSymbol'));
  assertFinds([`const ACCESS_TOKEN = "⟦${jwt}⟧";`]);
});
