import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameWords, startsWord } from '../../../src/core/guard/rules/nameWords';

test('a name splits at every joint: snake, kebab, members, $, namespaces, blanks', () => {
  assert.deepEqual(nameWords('DB_PASSWORD_PROD'), ['DB', 'PASSWORD', 'PROD']);
  assert.deepEqual(nameWords('x-api-key'), ['x', 'api', 'key']);
  assert.deepEqual(nameWords('db.user_password'), ['db', 'user', 'password']);
  assert.deepEqual(nameWords('$dbPassword'), ['db', 'Password']);
  assert.deepEqual(nameWords('msal:loginSuccess'), ['msal', 'login', 'Success']);
  assert.deepEqual(nameWords('!!user?.password'), ['user', 'password']);
  assert.deepEqual(nameWords('id_token refresh_token'), ['id', 'token', 'refresh', 'token']);
  assert.deepEqual(nameWords('__a__'), ['a']);
  assert.deepEqual(nameWords(''), []);
});

test('camelCase starts a word at a capital after a lower-case letter or a digit', () => {
  assert.deepEqual(nameWords('accessToken'), ['access', 'Token']);
  assert.deepEqual(nameWords('x509Cert'), ['x509', 'Cert']);
});

test("an acronym ends at its last capital when a lower-case word follows, whatever came before it", () => {
  assert.deepEqual(nameWords('AdminAPIKeys'), ['Admin', 'API', 'Keys']);
  assert.deepEqual(nameWords('HTTPServer'), ['HTTP', 'Server']);
  assert.deepEqual(nameWords('OAuthToken'), ['O', 'Auth', 'Token']);
  assert.deepEqual(nameWords('isAToken'), ['is', 'A', 'Token']);
  assert.deepEqual(nameWords('PGPASSWORD'), ['PGPASSWORD']);
  assert.deepEqual(nameWords('KeyAlgoECDSA521'), ['Key', 'Algo', 'ECDSA521']);
});

test('a digit starts no word: a number belongs to the word it is written in', () => {
  assert.deepEqual(nameWords('password2'), ['password2']);
  assert.deepEqual(nameWords('v2beta'), ['v2beta']);
  assert.deepEqual(nameWords('Ed25519PrivateKey'), ['Ed25519', 'Private', 'Key']);
  assert.deepEqual(nameWords('s3cr3tPass'), ['s3cr3t', 'Pass']);
});

test('letters beyond ASCII are letters of a word, as identifiers allow', () => {
  assert.deepEqual(nameWords('contraseña_lösenord'), ['contraseña', 'lösenord']);
  assert.deepEqual(nameWords('contraseñaToken'), ['contraseña', 'Token']);
  assert.deepEqual(nameWords('contrasen\u0303a'), ['contrasen\u0303a']);
  assert.deepEqual(nameWords('mot de passe'), ['mot', 'de', 'passe']);
});

test('startsWord agrees with nameWords, place by place', () => {
  for (const name of ['AdminAPIKeys', 'isAToken', 'db.user_password2', '$x-API_Key', 'OIDName']) {
    const starts: number[] = [];
    for (let i = 0; i < name.length; i++) if (startsWord(name, i)) starts.push(i);
    let at = 0;
    const expected = nameWords(name).map((word) => {
      const start = name.indexOf(word, at);
      at = start + word.length;
      return start;
    });
    assert.deepEqual(starts, expected, name);
  }
});
