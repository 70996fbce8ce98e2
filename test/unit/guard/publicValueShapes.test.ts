// Long random-looking values under a secret-named key that are no secret by their documented shape (publicValueShapes.ts):
// AWS's documentation examples, Sealed Secrets ciphertext, a certificate or public key in base64, an age recipient, and a
// digest named as one. Each beside the secret of the same place, which stays taken.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAwsExampleCredential } from '../../../src/core/guard/awsExampleCredential';
import { isSealedSecretCiphertext } from '../../../src/core/guard/sealedSecretCiphertext';
import { isEncodedPublicBlock } from '../../../src/core/guard/encodedPublicBlock';
import { hasPublicPrefix } from '../../../src/core/guard/publicKeyPrefix';
import { judgeKey } from '../../../src/core/guard/rules/keyStrength';
import { assertFinds, assertLeaves } from './redactionAsserts';

/** A fixed pseudo-random run of base64's alphabet. */
function run(length: number, seed = 7, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'): string {
  let s = '';
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += alphabet[(x >>> 16) % alphabet.length];
  }
  return s;
}

/** A value as the whole text, start and end. */
const whole = (value: string): [string, number, number] => [value, 0, value.length];
const b64 = (text: string): string => Buffer.from(text, 'latin1').toString('base64');
const pem = (label: string): string => `-----BEGIN ${label}-----\n${run(64)}\n${run(40, 9)}==\n-----END ${label}-----\n`;
/** A sealed-secrets value: the RSA ciphertext's length in two bytes, that many bytes, then a value and its tag. */
const sealed = (rsaLength: number, rest: number): string => Buffer.concat([Buffer.from([rsaLength >> 8, rsaLength & 255]), Buffer.alloc(rsaLength + rest, 0x5a)]).toString('base64');

test("AWS's documented example credentials are left; AWS-shaped keys without AWS's marking are taken", () => {
  for (const value of ['AKIAIOSFODNN7EXAMPLE', 'ASIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY', '8P+SQvWIuLnKhh8d++jpw0nNmQRBZvNEXAMPLEKEY', 'AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI', 'IQoJb3JpZ2luX2VjEOz////////////////////wEXAMPLEtMSJHMEUCIDoKK3JH9uGQE1z0sINr5M4jk+Na8KHDcCYRVjJCZEvOAiEA3OvJGtw1EcViOleS']) {
    assert.ok(isAwsExampleCredential(value), value);
  }
  for (const value of ['AKIAIOSFODNN7EXAMPLX', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEX', 'Example1234567890Example1234567890abcdef', `AQoDYXdz${run(120)}`, '00DE0X0A0M0PeLE!AQcAQH0dMHEXAMPLEzmpkb58urFRkgeBGsxL_QJWwYMfAbUeeG7c1EXAMPLEDUkWe6H34r1']) {
    assert.ok(!isAwsExampleCredential(value), value);
  }
  assertLeaves([
    '#     secret_access_key: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",',
    '"SecretAccessKey": "8P+SQvWIuLnKhh8d++jpw0nNmQRBZvNEXAMPLEKEY"',
    '"AccessKeyId": "ASIAIOSFODNN7EXAMPLE"',
    'aws_session_token = IQoJb3JpZ2luX2VjEOz////////////////////wEXAMPLEtMSJHMEUCIDoKK3JH9uGQE1z0sINr5M4jk+Na8KHDcCYRVjJCZEvOAiEA3OvJGtw1EcViOleS',
  ]);
  assertFinds([`aws_secret_access_key = ⟦${run(40)}⟧`, `"SessionToken": "⟦AQoDYXdz${run(160)}⟧"`]);
});

test('a Sealed Secrets ciphertext is left; base64 of the same length whose head names no RSA key size is taken', () => {
  const value = sealed(512, 24);
  assert.ok(value.startsWith('Ag'));
  assert.ok(isSealedSecretCiphertext(value));
  assert.ok(isSealedSecretCiphertext(sealed(256, 20)));
  assert.ok(!isSealedSecretCiphertext(sealed(512, 12)), 'too short for its RSA ciphertext and a tag');
  assert.ok(!isSealedSecretCiphertext(sealed(500, 24)), 'no RSA key gives 500 bytes');
  assert.ok(!isSealedSecretCiphertext(`AgB${run(305)}`), 'shorter than any sealed value');
  assertLeaves([
    `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: ${value}\n    api_key: ${sealed(512, 40)}\n`,
    `db_password: "${sealed(256, 30)}"`,
  ]);
  assertFinds([`  encryptedData:\n    password: ⟦AgB${run(300)}⟧\n`]);
});

test('a certificate or a public key in base64 is left; a private key, or a bundle holding one, is taken', () => {
  const cert = b64(pem('CERTIFICATE'));
  assert.ok(isEncodedPublicBlock(...whole(cert)));
  assert.ok(isEncodedPublicBlock(...whole(b64(pem('PUBLIC KEY')))));
  assert.ok(!isEncodedPublicBlock(...whole(b64(pem('CERTIFICATE') + pem('PRIVATE KEY')))));
  assert.ok(!isEncodedPublicBlock(...whole(b64(pem('RSA PRIVATE KEY')))));
  assertLeaves([`    certificate-authority-data: ${cert}`, `  tls.crt: ${cert}`, `client_certificate = "${cert}"`]);
  assertFinds([`    client-key-data: ⟦${b64(pem('RSA PRIVATE KEY'))}⟧`, `  tls.key: ⟦${b64(pem('CERTIFICATE') + pem('PRIVATE KEY'))}⟧`]);
});

test('an age recipient is public under any key; its identity is taken', () => {
  const recipient = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';
  assert.ok(hasPublicPrefix(recipient));
  assert.ok(!hasPublicPrefix(`${recipient}x`));
  assert.ok(!hasPublicPrefix('age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8b'), 'b is not in Bech32');
  assertLeaves([`key: ${recipient}`, `SOPS_AGE_RECIPIENTS=${recipient}`]);
  assertFinds(['SOPS_AGE_KEY=⟦AGE-SECRET-KEY-1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQS3Q2A8Z⟧']);
});

test('a key named for a digest names no secret; the digest of a password-named key too, a digest-auth password does', () => {
  for (const key of ['testKeyThumbprint', 'token_digest', 'SECRET_CHECKSUM', 'api_key_sha256', 'secretIntegrity']) assert.equal(judgeKey(key), 'none', key);
  for (const key of ['digest_password', 'DIGEST_AUTH_SECRET', 'sha_token']) assert.notEqual(judgeKey(key), 'none', key);
});
