// Places real code writes beside a key word that are no secret's slot by another grammar (bench/guard/README.md,
// thirty-second round, guardfp3): a name's address (secretValue.ts); a keyword argument or an auth-param after a comma
// (secretValue.ts); curl's `-u` where the colon is a package path's, a parameter expansion's or the `-` a subtraction
// (curlUserRule.ts); curl's config `user` given a call (toolConfigCredentialRules.ts). Each beside the secrets of the same
// places.
import { test } from 'node:test';
import { assertFinds, assertLeaves } from './redactionAsserts';

test("a name's address is code; a literal after & is not", () => {
  assertLeaves(['\te.PrimaryKey = &e.PrivateKey.PublicKey', '\tuserAuthGSSAPIMICReq := &userAuthGSSAPIMIC{}', 'token := &tokenHolderValue{}']);
  assertFinds(['password = ⟦&Xk9pQ2mZr7Lw⟧', 'secret = ⟦&aB3dE6gH9jK2mN⟧', 'PASSWORD="⟦&Xk9pQ2.mZr7Lw⟧"']);
});

test('after a comma, a name and = open the next pair', () => {
  assertLeaves([
    'LS32_PAT = "(?:{hex}:{hex}|{ipv4})".format(hex=HEX_PAT, ipv4=IPV4_PAT)',
    'WWW-Authenticate: Digest realm="x", qop="auth", algorithm=MD5, nonce="abc"',
  ]);
  // A connection string's or an option list's password field is still read as one; quoted, `x=…` is a literal.
  assertFinds(['mount -o user=a,password=⟦Xk9pQ2mZr7Lw⟧', 'host:6379,password=⟦Xk9pQ2mZr7Lw⟧,ssl=True', '{password, "⟦x=Xk9pQ2mZr7Lw⟧"}']);
});

test("curl -u: a package path's ::, a parameter expansion's ${:, subtraction after a bracket are no user:password", () => {
  assertLeaves([
    'perldoc -u Some::Modulename',
    'perldoc -u Net::FTP::Simple',
    "$value = ' --user=\"${:LARAVEL_LOAD_USER}\" --password=\"${:LARAVEL_LOAD_PASSWORD}\"';",
    'var c=Un()-u;r>c?e=setTimeout(f,r-c):(e=null,t||(o=n.apply(a,i)),e||(i=a=null))},c=j(1)',
    'x = a[i]-u:b.c',
  ]);
  assertFinds([
    'curl -u ⟦admin:Xk9pQ2mZr7⟧ https://api.example.org',
    'curl -u ⟦admin::Xk9pQ2mZr7⟧ https://api.example.org',
    'curl -u ⟦Some::Xk9pQ2mZr7⟧ https://api.example.org',
    'curl -u "⟦${USER}:Xk9pQ2mZr7⟧" https://api.example.org',
    'run(x) -u ⟦admin:Xk9pQ2mZr7⟧',
  ]);
});

test("curl's config file: a user given a call is Ruby, not name:password", () => {
  assertLeaves(['      user = warden.instance_variable_get(:@users).delete(scope)']);
  assertFinds(['user = "admin:⟦Xk9pQ2mZr7Lw⟧"', 'proxy-user = deploy:⟦Xk9pQ2mZr7Lw⟧']);
});
