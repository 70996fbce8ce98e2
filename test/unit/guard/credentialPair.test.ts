// Secrets found but not covered (bench/guard/README.md, eighteenth round, guardpair): a credential
// pair the tool writes as one token is redacted whole; a value runs to the end its grammar gives it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairSpanKind, pairUserStart, passwordStart } from '../../../src/core/guard/credentialPair';
import { findSecrets, redactSecrets } from '../../../src/core/guard/secretRedactor';
import { spanKind } from '../../../src/core/guard/spanList';
import { unmark } from './markedExamples';
import { assertLeaves } from './redactionAsserts';

/** Each example's marked spans are exactly the spans found (no more, no less, none cut short). */
function assertSpans(examples: readonly string[]): void {
  for (const example of examples) {
    const { text, spans } = unmark(example);
    const found = findSecrets(text).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(found, spans.map((s) => text.slice(s.start, s.end)), `${JSON.stringify(text)} → ${redactSecrets(text).text}`);
  }
}

test('a user and its password written as one token (userinfo, -u, Bundler, Samba, lftp, Oracle, a Go DSN) are redacted whole', () => {
  assertSpans([
    // RFC 3986 §3.2.1's userinfo, whatever the scheme; the host after the last `@` before the first `/`.
    'git clone https://⟦alice:Xk9pQ2mLr7⟧@github.com/o/r.git',
    'DATABASE_URL=postgres://⟦app:Xk2pL9vQ⟧@db.internal:5432/app',
    'mongodb+srv://⟦hpapp:bria@pass135!⟧@cluster0.example.mongodb.net/test',
    'HTTPS_PROXY=http://⟦proxy-user:Gr4nite!7x⟧@proxy.example.com:3128',
    // curl(1)'s `-u <user:password>`, every spelling; quoted, to the closing quote.
    'curl -u ⟦admin:s3cretPw!⟧ https://api.example.com',
    'curl --proxy-user ⟦ops:Gr4nite!7⟧ -x proxy:8080 https://x',
    `curl --user "⟦deploy:Gr4n ite'7⟧" https://x`,
    // HTTPie's `-a user:password`.
    'http -a ⟦alice:Xk9pQ2mLr7⟧ https://api.example.com',
    // Bundler: env, .bundle/config, `bundle config`; a token as the user (`<token>:x-oauth-basic`, Bundler's own example).
    'BUNDLE_GEMS__CONTRIBSYS__COM="⟦deploy:Xk9pQ2mLr7⟧"',
    'BUNDLE_GEMS__CONTRIBSYS__COM: "⟦deploy:Xk9pQ2mLr7⟧"',
    'export BUNDLE_GITHUB__COM=⟦aB3dE6gH9jK2mN5pQ8rS1tU4vW7xY0zA1b2C3d4:x-oauth-basic⟧',
    'bundle config set --global gems.contribsys.com ⟦deploy:Xk9pQ2mLr7⟧',
    // Samba's `-U user%password`, lftp's `-u user,password`, Oracle's `user/password@`, go-sql-driver's `user:password@tcp(…)`.
    'smbclient //srv/share -U ⟦alice%Xk9pQ2mLr7⟧',
    'lftp -u ⟦alice,Xk9pQ2mLr7⟧ ftp.example.com',
    'sqlplus ⟦scott/Xk9pQ2mLr7⟧@orcl',
    'db, err := sql.Open("mysql", "⟦app:Xk9pQ2mLr7⟧@tcp(db:3306)/shop")',
  ]);
});

test('a user in a field of its own stays: only the password field is the secret', () => {
  assertSpans([
    'machine example.com login alice password ⟦Xk9pQ2mLr7⟧',
    'wget --user=alice --password=⟦Xk9pQ2mLr7⟧ https://x',
    'localhost:5432:mydb:app:⟦Xk2pL9vQ7mZ4t⟧',
    '[client]\nuser=app\npassword=⟦Qm7zR2pLx9⟧',
  ]);
});

test('a pair is judged by its password: a placeholder, the slot\'s name or the user repeated leaves the user too', () => {
  assertLeaves([
    'redis://:${REDIS_PASSWORD}@cache:6379',
    'https://user:password@example.com/',
    'amqp://guest:guest@localhost:5672/',
    'curl -u user:password https://x',
    'curl -u "$USER:$PASS" x',
    'BUNDLE_GEMS__CONTRIBSYS__COM=deploy:${TOKEN}',
    'smbclient //srv/share -U alice%$PASS',
  ]);
});

test('the password of a pair is sought again elsewhere; the user alone is a name', () => {
  const text = 'curl -u deployer:Gr4niteXk9p https://x\n# sent Gr4niteXk9p as deployer';
  const redacted = redactSecrets(text).text;
  assert.equal(redacted, 'curl -u [REDACTED:curl-user] https://x\n# sent [REDACTED:curl-user] as deployer');
});

test('curl: a generated key as the user with an empty password (`-u sk_…:`) is the credential; a name so is not', () => {
  assertSpans([
    'curl https://api.example.com/v1/charges -u ⟦aB3dE6gH9jK2mN5pQ8rS1tU4⟧:',
    'curl -u "⟦aB3dE6gH9jK2mN5pQ8rS1tU4⟧:" https://api.example.com',
  ]);
  assertLeaves(['curl -u admin: https://localhost', 'curl -u administrator_account: https://x', 'curl -u $API_KEY: https://x']);
});

test("a URL's authority ends at its first `/` (RFC 3986 §3.2): an `@` past it is the path's", () => {
  assertLeaves([
    'http://localhost:8080/path/file@2x.png',
    'http://localhost:port/users/john@example.com',
    'git+ssh://git@github.com:org/repo.git@v1.0',
    'see http://host:1234/a/b@c for details',
  ]);
});

test('a random run opening a quoted literal runs to its closing quote over `.` and `~` (JWT-like segments, Azure client secrets)', () => {
  // high-entropy's spans, so under a key word on the line above (the rule needs one since the twenty-first
  // round, guardentropy), where the assignment rule reads no key and takes no span of its own.
  const underKeyWord = (examples: readonly string[]) => examples.map((e) => `// the signing key:\n${e}`);
  assertSpans(underKeyWord([
    "x = '⟦aB3dE6gH9jK2mN5pQ8rS1tU4.vW7xY0zA1b2C3d4E5f6G7h8⟧'",
    '"value": "⟦aB3dE6gH9jK2mN5pQ8rS1tU4vW7xY0zA1b2C3d4E5f6G7h8.aB3dE6gH9jK2mN5pQ⟧"',
    'const s = `⟦Zs8aB3dE6gH9jK2mN5pQ8rS1t~U4vW7xY0zA1b2C3.d4E5f⟧`;',
  ]));
  // Not quoted, or the literal holds more than a token's characters: the run alone, as before.
  assertSpans(underKeyWord([
    'x = ⟦aB3dE6gH9jK2mN5pQ8rS1tU4⟧.vW7xY0zA1b2C3d4E5f6G7h8',
    "x = '⟦aB3dE6gH9jK2mN5pQ8rS1tU4⟧.vW7xY0 zA1b2C3d4E5f6G7h8'",
    "x = '⟦aB3dE6gH9jK2mN5pQ8rS1tU4⟧.vW7xY0zA1b2C3d4E5f6G7h8",
  ]));
  // What was no candidate stays none: a dotted name, a file name after words.
  const names = ["import x from 'com.example.service.AccountRepository.impl'", "img = 'icons/logo-main-header.2x.png'"];
  assertLeaves([...names, ...underKeyWord(names)]);
});

test("YAML's plain scalar holding `=` runs to its line's end: a random run before the `=` is no type annotation", () => {
  assertSpans([
    'password: ⟦Xk9pQ2mL=r7aB3dE6gHj2K9⟧',
    'stringData:\n  api_token: ⟦aB3dE6gH9jK2mN5pQ8rS1tU4vW7x=Y0zA1b2C3d4E5f6G7h8⟧',
    'X-API-Key: ⟦Xk9pQ2mL=r7aB3dE6gH⟧',
    // An annotation stays one: spaced, or glued to a literal.
    'password: str="⟦Xk9pQ2mLr7⟧"',
    'password: string = "⟦Xk9pQ2mLr7⟧"',
  ]);
  assertLeaves(['let token: string=process.env.TOKEN', 'const password: Secret=loadSecret()']);
});

test("a connection string's value runs to the next `;`, its inner blanks its own (ADO.NET, ODBC)", () => {
  assertSpans([
    'Server=db;Database=shop;User Id=sa;Password=⟦Xk9p Q2mL r7⟧;TrustServerCertificate=True',
    'var cs = "Server=db;User Id=sa;Password=⟦Xk9p Q2m⟧";',
    // A blank before the next `k=v` separates fields (libpq's conninfo): the value is the word.
    'host=h; password=⟦Xk9pQ2mL⟧ user=bob',
  ]);
  // Unquoted on a command line, the connection string ends at its blank: a mask stays a mask.
  assertLeaves(['az appconfig kv list --connection-string Endpoint=https://contoso.azconfig.io;Id=xxx;Secret=xxx --key color']);
});

test('a pair span: its user read back from the separator to what opens the token, its password after the first separator', () => {
  const text = 'x="deploy:Xk9p:Q2m" https://a:b@c =u%p';
  assert.equal(pairUserStart(text, text.indexOf(':')), text.indexOf('deploy'));
  assert.equal(pairUserStart(text, text.indexOf('a:b') + 1), text.indexOf('a:b'), 'back to the `//`');
  assert.equal(pairUserStart(text, text.indexOf('%')), text.indexOf('u%'), 'back to the `=`');
  assert.equal(pairUserStart('"":x', 2), 3, 'no user: the password alone');
  const kind = pairSpanKind('test-pair', ':');
  const start = text.indexOf('deploy');
  assert.equal(text.slice(passwordStart(text, kind, start, start + 15)), 'Xk9p:Q2m" https://a:b@c =u%p', 'after the first separator only');
  assert.equal(passwordStart(text, spanKind('test-not-a-pair'), start, start + 15), start);
});
