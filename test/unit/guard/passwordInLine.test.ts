// A password given inside a line of text (rules/passwordInLine.ts): a login's pair on one line as manuals, READMEs,
// tickets and chat write it, and a password's line going on with a remark. Prose about a password and code writing the
// same pair in an object or a call are left (bench/guard/README.md, thirty-ninth round, guardpairs1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';
import { readsAsWord } from '../../../src/core/guard/readsAsWord';
import { assertLeaves, assertRedacts } from './redactionAsserts';

test('a user\'s label and value, a pair separator, then the password on the same line', () => {
  assertRedacts([
    'user: admin, password: Abc!2345',
    'Username: admin, Password: Hunter2#x\n',
    'User: admin; Password: Abc!2345',
    'ID: admin PW: Abc!2345',
    'ID:admin PW:Abc!2345',
    'ID : admin  PW : Abc!2345',
    'Username: root  Password: Xk9mQ2vL',
    'login: admin / password: Abc!2345',
    'user: admin | password: tG7#pL2q',
    'username: admin and password: Abc!2345',
    'user=admin, password=Abc!2345',
    'email: admin@example.com, password: Abc!2345',
    'User ID: admin, Password: Abc!2345',
    'helm install db bitnami/mysql --set auth.username=app,auth.password=Abc!2345',
    'account: admin, pass: Abc!2345',
    'login: admin; pwd: admin1234',
    'Default login user: admin, password: Abc!2345',
    '- ID: admin / PW: Abc!2345',
    'Sign in (user: admin, password: Abc!2345) and change it.',
    'Use `user: admin, password: Abc!2345` on the first start.',
    'Log in with username: admin, password: Abc!2345 and change it at once.',
  ]);
});

test('a password\'s line going on with a remark in parentheses', () => {
  assertRedacts(['Password: Abc!2345 (change it after the first login)', 'password: Hunter2#x (default)', 'ID: admin PW: Abc!2345 (factory default)']);
});

test('only the password is taken, the user stays', () => {
  assert.equal(redactSecrets('user: admin, password: Abc!2345').text, 'user: admin, password: [REDACTED:secret-assignment]');
  assert.equal(redactSecrets('ID:admin PW:Abc!2345').text, 'ID:admin PW:[REDACTED:secret-assignment]');
});

test('prose about a password, masks, placeholders, references and words in its place are left', () => {
  assertLeaves([
    'the password: must be 8 characters',
    'Password: required',
    'password: see the vault',
    'Password: ******',
    'password: <your password>',
    'user: admin, password: none',
    'user: admin, password: (empty)',
    'user: admin, password: ******',
    'user: admin, password: ${DB_PASSWORD}',
    'user: admin, password: $PASSWORD',
    'user: admin, password: process.env.DB_PASSWORD',
    'ID: admin PW: the one you chose',
    'Invalid user: admin, password: incorrect',
    'login: admin / password: unchanged',
    'user: %s, password: %s',
    'user: {}, password: {}',
    'helm install db bitnami/mysql --set auth.username=app,auth.password=&lt;YOUR_PASSWORD&gt;',
  ]);
});

test('code writing the pair in an object, a call, a type or under a variable\'s name is left', () => {
  assertLeaves([
    'const db = connect({ user: dbUser, password: dbPass1 });',
    'client.login(user: name, password: pass1)',
    '    user: name, password: pass1)',
    '    user=u, password=p4ss1,',
    'await login(user: u, password: p4ss)',
    '  password: string | undefined;',
    '  password: Buffer (optional)',
    'password: str (optional) the password to use',
    'password: Optional[str] = None',
    'user=root, password=dbPassword',
  ]);
});

test('before a remark, a range, a platform\'s name or joined words under a `password:` heading are prose', () => {
  assertLeaves(['password: 8-64 characters long', 'password: x86_64 only', 'password: on-demand (see below)', 'Password: N/A (not set)']);
});

test('a word is a value that reads as one', () => {
  assert.ok(readsAsWord('required'));
  assert.ok(readsAsWord('Unchanged'));
  assert.ok(!readsAsWord('Abc!2345'));
  assert.ok(!readsAsWord('Xk9mQ2vL'));
});
