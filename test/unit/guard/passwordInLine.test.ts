// A password given inside a line of text (rules/passwordInLine.ts): a login's pair on one line as manuals, READMEs,
// tickets and chat write it, and a password's line going on with a remark. Prose about a password and code writing the
// same pair in an object or a call are left (bench/guard/README.md, thirty-ninth round, guardpairs1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';
import { readsAsWord } from '../../../src/core/guard/readsAsWord';
import { assertLeaves, assertRedacts } from './redactionAsserts';
import { FORMS, PROSE } from '../../../bench/guard/passwordInLineForms';

test('a user\'s label and value, a pair separator, then the password on the same line (the probe\'s forms)', () => {
  assertRedacts(FORMS.filter(([id]) => id !== 'remark in words').map(([, template]) => template.replace('§V§', 'Abc!2345')));
  assertRedacts(['helm install db bitnami/mysql --set auth.username=app,auth.password=Abc!2345']);
});

test('a password\'s line going on with a remark in parentheses', () => {
  assertRedacts(['password: Hunter2#x (default)', '  Password: tG7#pL2q (factory setting)']);
});

test('only the password is taken, the user stays', () => {
  assert.equal(redactSecrets('user: admin, password: Abc!2345').text, 'user: admin, password: [REDACTED:secret-assignment]');
  assert.equal(redactSecrets('ID:admin PW:Abc!2345').text, 'ID:admin PW:[REDACTED:secret-assignment]');
});

test('prose about a password, masks, placeholders, references, words, ranges and code in its place are left (the probe\'s look-alikes)', () => {
  assertLeaves(PROSE);
  assertLeaves([
    'user: admin, password: ******',
    'user: admin, password: ${DB_PASSWORD}',
    'login: admin / password: unchanged',
    'helm install db bitnami/mysql --set auth.username=app,auth.password=&lt;YOUR_PASSWORD&gt;',
  ]);
});

test('code writing the pair as a call\'s last argument or an element ending its line is left', () => {
  assertLeaves(['    user: name, password: pass1)', '    user=u, password=p4ss1,']);
});

test('a word is a value that reads as one', () => {
  assert.ok(readsAsWord('required'));
  assert.ok(readsAsWord('Unchanged'));
  assert.ok(!readsAsWord('Abc!2345'));
  assert.ok(!readsAsWord('Xk9mQ2vL'));
});

test('a login\'s line in another language: the localized user labels and the Latin password words (forty-first round)', () => {
  assert.equal(redactSecrets('Benutzer: admin Passwort: PCC4J').text, 'Benutzer: admin Passwort: [REDACTED:secret-assignment]');
  assertRedacts([
    'Usuario: admin Contraseña: x7Kp2',
    'Nombre de usuario: admin, contraseña: x7Kp2',
    'Nome utente: admin Password: x7Kp2',
    'Benutzername: admin Kennwort: Hk7#pq2z',
    'Nome de usuário: admin senha: x7Kp2',
    'Gebruikersnaam: admin / wachtwoord: x7Kp2',
    'Användarnamn: admin lösenord: x7Kp2',
  ]);
  assertLeaves(['Benutzer: admin Passwort: siehe unten', 'Usuario: admin Contraseña: ********', 'Benutzername: admin Kennwort: (leer)', 'Kundennummer: 12345 Kennwort: x7Kp2']);
});
