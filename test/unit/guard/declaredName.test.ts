import assert from 'node:assert/strict';
import { test } from 'node:test';
import { declaredAt, isIdentifier } from '../../../src/core/guard/declaredName';
import { findSecrets } from '../../../src/core/guard/secretRedactor';

function taken(text: string): string[] {
  return findSecrets(text).map((s) => text.slice(s.start, s.end));
}

function declared(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return declaredAt(text, at, at + name.length);
}

test('a name is declared where a line starts with it (after blanks, const or var) and a spaced = or := follows', () => {
  assert.equal(declared('const (\n\tCertAlgoRSAv01 = "ssh-rsa-cert-v01@openssh.com"\n)', 'CertAlgoRSAv01'), true);
  assert.equal(declared('const CertAlgoRSAv01 = "x"', 'CertAlgoRSAv01'), true);
  assert.equal(declared('  var sessionKeyName := f()', 'sessionKeyName'), true);
  assert.equal(declared('KeyAlgoSKECDSA256 = 1', 'KeyAlgoSKECDSA256'), true);
  // Not a declaration: in a value's place, compared, glued to its operator, padding, after another word.
  assert.equal(declared('x = CertAlgoRSAv01 = y', 'CertAlgoRSAv01'), false);
  assert.equal(declared('\tCertAlgoRSAv01 == x', 'CertAlgoRSAv01'), false);
  assert.equal(declared('aGVsbG8gd29ybGQxMjM0=', 'aGVsbG8gd29ybGQxMjM0'), false);
  assert.equal(declared('Xk9pQ2mL7rT4wZ =x', 'Xk9pQ2mL7rT4wZ'), false);
  assert.equal(declared('return Xk9pQ2mL7rT4wZ = 1', 'Xk9pQ2mL7rT4wZ'), false);
  assert.equal(isIdentifier('CertAlgoRSAv01'), true);
  assert.equal(isIdentifier('ghp_abc/def'), false);
});

test('a constant given another constant the text declares is left, with its every occurrence (Go, golang.org/x/crypto/ssh)', () => {
  const go = [
    'const (',
    '\tCertAlgoRSAv01        = "ssh-rsa-cert-v01@openssh.com"',
    '\tCertAlgoSKECDSA256v01 = "sk-ecdsa-sha2-nistp256-cert-v01@openssh.com"',
    ')',
    'const (',
    '\t// Deprecated: use CertAlgoRSAv01.',
    '\tCertSigAlgoRSAv01 = CertAlgoRSAv01',
    ')',
    'switch out.Format {',
    'case KeyAlgoSKECDSA256, CertAlgoSKECDSA256v01:',
    '}',
  ].join('\n');
  assert.deepEqual(taken(go), []);
});

test('a secret stays a secret: no line declares it, or it is no identifier', () => {
  assert.deepEqual(taken('CertSigAlgoRSAv01 = CertAlgoRSAv01'), ['CertAlgoRSAv01']);
  assert.deepEqual(taken('password = Xk9pQ2mL7rT4wZ\nXk9pQ2mL7rT4wZ=='), ['Xk9pQ2mL7rT4wZ', 'Xk9pQ2mL7rT4wZ']);
  assert.deepEqual(taken('token: aGVsbG8gd29ybGQxMjM0\naGVsbG8gd29ybGQxMjM0='), ['aGVsbG8gd29ybGQxMjM0', 'aGVsbG8gd29ybGQxMjM0']);
  assert.deepEqual(taken('api_key = "Xk9pQ2mL7rT4wZ"\nprint(Xk9pQ2mL7rT4wZ == x)'), ['Xk9pQ2mL7rT4wZ', 'Xk9pQ2mL7rT4wZ']);
});
