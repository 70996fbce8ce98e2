// Anonymous FTP's public login (RFC 1635: the user `anonymous`, by convention the password `guest` or an e-mail address)
// is left by every rule that reads a user and its password; any other password under `anonymous` is taken.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anonymousLogin } from '../../../src/core/guard/rules/anonymousLogin';
import { assertFinds, assertLeaves } from './redactionAsserts';

test('anonymousLogin: `anonymous` with `guest` or an e-mail address (or its local part and `@`), nothing else', () => {
  for (const [user, password] of [['anonymous', 'guest'], ['Anonymous', 'GUEST'], ['anonymous', 'joe@example.com'], ['anonymous', 'joe%40example.com'], ['anonymous', 'anonymous@'], ['anonymous', '-wget@']]) {
    assert.equal(anonymousLogin(user!, password!), true, `${user}:${password}`);
  }
  for (const [user, password] of [['anonymous', 'Xk9pQ2mZr7Lw'], ['anonymous', 'P@ssw0rd'], ['anonymous', 'gue5t'], ['deploy', 'guest'], ['deploy', 'joe@example.com'], ['anonymous', '@']]) {
    assert.equal(anonymousLogin(user!, password!), false, `${user}:${password}`);
  }
});

test('the public login is left in a URL, curl -u, a login call and a connection call; another password there is taken', () => {
  assertLeaves([
    'ftp://anonymous:guest@ftp.example.com/pub',
    'ftp://anonymous:joe@example.com@ftp.example.com/pub',
    'ftp://anonymous:joe%40example.com@ftp.example.com/pub',
    'curl -u anonymous:guest ftp://ftp.example.com/pub/',
    'curl --user anonymous:joe@example.com ftp://ftp.example.com/',
    "ftp.login('anonymous', 'guest')",
    "ftp.login('anonymous', 'anonymous@')",
    'ftp.login("anonymous", "joe@example.com")',
    "ftp = FTP('ftp.example.com', 'anonymous', 'guest')",
    '$ok = ftp_login($conn, "anonymous", "joe@example.com");',
  ]);
  assertFinds([
    'ftp://anonymous:⟦Xk9pQ2mZr7Lw⟧@ftp.example.com/pub',
    'ftp://deploy:⟦guest⟧@ftp.example.com/pub',
    'curl -u ⟦anonymous:Xk9pQ2mZr7Lw⟧ ftp://ftp.example.com/pub/',
    "ftp.login('anonymous', '⟦Xk9pQ2mZr7Lw⟧')",
    "ftp = FTP('ftp.example.com', 'anonymous', '⟦P@ssw0rd!x⟧')",
    'ftp.login("deploy", "⟦m4ple!Syrup⟧")',
  ]);
});

test("a password's key given the anonymous account's address, or the whole anonymous login with the public password or a reference, is left", () => {
  assertLeaves([
    "$ftp->login(\"anonymous\",'-anonymous@') or die;",
    "$pass = '-anonymous@' if (!defined $pass && $user eq 'anonymous');",
    'passwd = "anonymous@"',
    'password = "anonymous@example.com"',
    'my $cmd = [ $lynx, \'-source\', "-auth=anonymous:$FROM_EMAIL", ];',
    'ftp_auth = "anonymous:guest"',
  ]);
  assertFinds(["$pass = '⟦Xk9pQ2mZr7Lw⟧';", 'passwd = "⟦anonymous:Xk9pQ2mZr7Lw⟧"', 'password = "⟦anonymous1@⟧"', "-auth=⟦deploy:Xk9pQ2mZr7Lw⟧"]);
});
