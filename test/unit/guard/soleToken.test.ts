import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSecrets, redactSecrets } from '../../../src/core/guard/secretRedactor';
import { seededRandom } from '../../../src/core/seededRandom';

const PRINTABLE = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join('');

/** `openssl rand -base64 n`: n random bytes in RFC 4648 §4 base64, padded. */
function randomBase64(random: () => number, bytes: number): string {
  const b = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) b[i] = Math.floor(random() * 256);
  return b.toString('base64');
}

function soleTokenSpans(text: string): number {
  return findSecrets(text).filter((s) => s.kind === 'sole-token').length;
}

test('a secret file written by `openssl rand -base64` (Docker secrets, a Kubernetes encryption key) is taken whole', () => {
  const random = seededRandom(29);
  for (const bytes of [20, 32, 64]) {
    let taken = 0;
    for (let i = 0; i < 100; i++) {
      const value = randomBase64(random, bytes);
      const result = redactSecrets(`${value}\n`);
      if (result.count === 1 && result.text === '[REDACTED:sole-token]\n') taken++;
    }
    // (A generated value whose letters happen to run as words, or pair as names do, is left: a few in a hundred.)
    assert.ok(taken >= 90, `${bytes} bytes: ${taken}/100`);
  }
});

test('a password file of printable symbols (`pwgen -sy`, the Kubernetes docs\' `S!B\\*d$zDsb=`) is taken', () => {
  assert.equal(redactSecrets('S!B\\*d$zDsb=').text, '[REDACTED:sole-token]');
  const random = seededRandom(7);
  let taken = 0;
  for (let i = 0; i < 100; i++) {
    const value = Array.from({ length: 20 }, () => PRINTABLE[Math.floor(random() * PRINTABLE.length)]).join('');
    if (findSecrets(value).length > 0) taken++;
  }
  assert.ok(taken >= 75, `${taken}/100`);
});

test('blanks around the token (a file\'s final newline, CRLF, a BOM) are not part of it', () => {
  const value = 'q9Xv+2Lm/7TbRk4WpZ8sNc3Hd6Jf1GaE0yUoIi5Ae0=';
  for (const text of [value, `${value}\n`, `${value}\r\n`, `\ufeff${value}\n`, `  ${value}  `]) {
    const spans = findSecrets(text);
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), [value], JSON.stringify(text));
  }
});

test('a bare base64 digest is taken: written alone it has no verifier, and `openssl rand -base64 32` writes the same shape', () => {
  // sha256("") in base64; a digest is written with its algorithm's name (SRI, OCI, go.sum), and those are left below.
  assert.equal(soleTokenSpans('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='), 1);
});

test('one-token texts that are public by their documented shape are left', () => {
  const left = [
    'd670460b4b4aece5915caf5c68d12f560a9fe3e4', // .git/refs/heads/main: a commit id (hex)
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7855b852', // a SHA-256 in hex (`*.sha256`)
    'sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==', // SRI
    'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7855b852', // an OCI digest
    'h1:2jHoVnazYk1ZLjF2nXrRZsyZMz2fi3mVzBQ6bCn7Ytk=', // go.sum
    '{123e4567-e89b-12d3-a456-426614174000}', // a braced UUID (RFC 9562)
    'urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6', // RFC 9562's own example URN
    '01ARZ3NDEKTSV4RRFFQ69G5FAV', // a ULID
    '507f1f77bcf86cd799439011', // a MongoDB ObjectId
    'v1.22.3-alpha.1+build.2024', // a version
    'ConfigurationManager', // a name
    'SGVsbG8sIFdvcmxkISBIZWxsbywgV29ybGQh', // base64 of plain text
    'MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=', // an Ed25519 public key (SubjectPublicKeyInfo, RFC 8410)
    'V1StGXR8_Z5jdHi6B-myT', // a nanoid: the URL-safe alphabet of ids
    'Drmhze6EPcv0fN_81Bj-nA', // `secrets.token_urlsafe(16)` (base64url): an id's alphabet, left here
    '/var/run/secrets/kubernetes.io/serviceaccount/token', // a path
    'https://example.com/a/b?c=d', // a URL
    'DB_PASSWORD=${DB_PASSWORD}', // a setting: the reading rules'
    '{"type":"module"}', // a JSON document
    "'SSLv23_METHOD',", // a literal of code
    "IPv4Network('192.0.2.0/24'),", // a call
    '2026-12-06T07:44:51.000Z', // a date
    'hljs.QUOTE_STRING_MODE,', // code
  ];
  for (const text of left) assert.equal(soleTokenSpans(text), 0, text);
});

test('a vendor\'s prefix on a token its rules left is theirs to judge (an "invalid format" negative)', () => {
  assert.equal(soleTokenSpans('FLWSECK_TEST-abcdefghijklmnop?rstuvwx12345678-X'), 0);
});

test('a token among other text is not this rule\'s: a line alone inside a file is left', () => {
  const value = 'q9Xv+2Lm/7TbRk4WpZ8sNc3Hd6Jf1GaE0yUoIi5Ae0=';
  assert.equal(soleTokenSpans(`# the key\n${value}\n`), 0);
  assert.equal(soleTokenSpans(`${value} ${value}`), 0);
});

test('a long text is asked its length only', () => {
  assert.equal(soleTokenSpans('q9Xv+2Lm/7TbRk4W'.repeat(100)), 0);
});
