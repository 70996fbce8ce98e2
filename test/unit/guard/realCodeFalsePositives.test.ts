// Real code's false positives stopped at their cause (bench/guard/README.md, forty-third round, guardfp18), each beside
// the credential of the same place, still taken: a key hash named as one (RFC 7638's thumbprint), a compound named by its
// last word (an SQL statement, a delimiter, a threshold, a share, an identifier), Ruby's safe navigation and a
// concatenation cut before its string (code, not a literal), a key argument built from a literal and a name (AWS
// Signature Version 4's `"AWS4" + secret`), a registered encoding's or algorithm's name beside a secret's variable.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyStrength } from '../../../src/core/guard/rules/keyStrength';
import { namedKeyHash } from '../../../src/core/guard/rules/keyHashName';
import { looksExpression, MEMBER_CHAIN } from '../../../src/core/guard/rules/valueShape';
import { assertFinds, assertLeaves } from './redactionAsserts';

test('a thumbprint or fingerprint of a key is a hash of it: left; a key beside it is taken', () => {
  // x/crypto's acme tests: RFC 7638 §3.1's thumbprint of the test key, base64url of its SHA-256.
  assertLeaves([
    '\ttestKeyThumbprint = "6nicxzh6WETQlrvdchkz-U3e3DOQZ4heJKU63rfqMqQ"',
    '\ttestKeyECThumbprint = "zedj-Bd1Zshp8KLePv2MB-lJ_Hagp7wAwdkA0NUTniU"',
    '{"thumbprint": "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"}',
    'certFingerprintHex := "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"',
  ]);
  assertFinds([
    '\ttestKeySecret = "⟦6nicxzh6WETQlrvdchkz-U3e3DOQZ4heJKU63rfqMqQ⟧"',
    '{"thumbprint": "NzbLsXh8uDCcd", "client_secret": "⟦GawgguFyGrWKav7AX4VKUg⟧"}',
    'api_key = "⟦zedj-Bd1Zshp8KLePv2MB-lJ_Hagp7wAwdkA0NUTniU⟧"',
  ]);
  assert.ok(namedKeyHash('thumbprint = "x', 14));
  assert.ok(namedKeyHash('"x5tThumbprint": "x', 18));
  // Unquoted (a URL's query), or a name that only holds the word: not read as one.
  assert.ok(!namedKeyHash('thumbprint=x', 11));
  assert.ok(!namedKeyHash('thumbprintSecret = "x', 20));
});

test('a compound named by its last word: a statement, a delimiter, a threshold, a share, an identifier', () => {
  for (const key of ['passwordSetStmt', 'password_statement', 'locationTokenDelimiter', 'token_separator', 'TokenThreshold', 'previousPassPercentage', 'secret_percent', 'GLOBAL_CSRF_TOKEN_IDENTIFIER']) {
    assert.equal(keyStrength(key), 'none', key);
  }
  assertLeaves([
    "$passwordSetStmt = 'SET PASSWORD FOR \\'%s\\'@\\'%s\\' = \\'%s\\'';",
    'public static final String locationTokenDelimiter = ":( \\t\\n\\r";',
    'static final String TokenThreshold = "token threshold";',
    'previousPassPercentage = 0.0F;',
    'GLOBAL_CSRF_TOKEN_IDENTIFIER = "!real_csrf_token"',
  ]);
  // The words as a secret's own: the statement's password and a token's value are taken.
  assertFinds([
    "SET PASSWORD FOR 'app'@'localhost' = PASSWORD('⟦Zq8Lm3Xv9Tb2⟧');",
    'stmt_password = "⟦Zq8Lm3Xv9Tb2⟧"',
    'delimiter_token = "⟦ghp_Zq8Lm3Xv9Tb2Rk7Wp4Ns6Yc1Hd5Jf0Ae8Gt⟧"',
  ]);
});

test("Ruby's safe navigation and a concatenation cut before its string are code", () => {
  assert.ok(MEMBER_CHAIN.test('proxy_uri&.password'));
  assert.ok(looksExpression('fci.jdkName+'));
  assert.ok(looksExpression('a.b||c.d+'));
  // A random run before the `+`, or no member's dot: no expression.
  assert.ok(!looksExpression('Zq8Lm3Xv9Tb2Rk7Wp4.Ns6Yc1Hd5+'));
  assert.ok(!looksExpression('hunter2+'));
  assertLeaves([
    'pass = proxy_uri&.password',
    'String styleKey = fci.jdkName+"."+fci.style;',
  ]);
  assertFinds([
    'pass = "⟦proxy_uri&.password⟧"',
    'password = ⟦Zq8Lm3Xv9Tb2+⟧',
  ]);
});

test('a key argument built from a literal and a name: the literal is a prefix, not the key', () => {
  assertLeaves([
    'date_key = OpenSSL::HMAC.digest("sha256", "AWS4" + s3_config.secret_access_key, date)',
    'mac = hmac.new(b"prefix" + secret_key, msg, hashlib.sha256)',
  ]);
  assertFinds([
    'date_key = OpenSSL::HMAC.digest("sha256", "⟦Zq8Lm3Xv9Tb2Rk7W⟧", date)',
    // A literal added to a literal (a bytes literal's prefix is no name) stays one.
    'mac = hmac.new(b"⟦Zq8Lm3Xv9Tb2⟧" + b"Rk7Wp4Ns", msg, hashlib.sha256)',
    'mac = hmac.new(b"⟦Zq8Lm3Xv9Tb2⟧" + "Rk7Wp4Ns", msg, hashlib.sha256)',
  ]);
});

test("a registered encoding's or Argon2 variant's name after a secret's variable is no value", () => {
  assertLeaves([
    "if (! is_string($blowfishSecret) || mb_strlen($blowfishSecret, '8bit') !== SODIUM_CRYPTO_SECRETBOX_KEYBYTES) {",
    "extract(self::generateV3Key($password, 'Argon2id', 8192, 13, $salt));",
    "$encryptionKeyLength = mb_strlen($cfg['blowfish_secret'], '8bit');",
  ]);
  assertFinds([
    "$cfg['blowfish_secret'] = '⟦JOFw435365IScA&Q!cDugr!lSfuAz*OW⟧';",
    "password = '⟦argon2id-Zq8Lm3⟧'",
  ]);
});

test("Ruby's `#{…}` interpolation is a slot: a value of slots and punctuation is built in code", () => {
  assertLeaves([
    '  NMTOKEN = "(?:#{NAMECHAR})+"',
    '  NMTOKENS = "#{NMTOKEN}(\\\\s+#{NMTOKEN})*"',
    '      credential_info = "#{date}/#{s3_config.region}/s3/aws4_request"',
  ]);
  // A slot beside a random run of its own, or a broken slot: the literal is still taken.
  assertFinds([
    '  token = "⟦ab-#{prefix}Zq8Lm3Xv9Tb2Rk7Wp4Ns6Yc⟧"',
    '  password = "⟦Zq8#{Lm3Xv9Tb2⟧"',
  ]);
});

test("SigV4's scope terminator is the same in every request: no value after a key's name", () => {
  assertLeaves([
    '      OpenSSL::HMAC.digest("sha256", date_region_service_key, "aws4_request")',
    "signing_key = sign(date_region_service_key, 'goog4_request')",
  ]);
  assertFinds([
    '      OpenSSL::HMAC.digest("sha256", "⟦Zq8Lm3Xv9Tb2Rk7Wp4Ns⟧", "aws4_request")',
    'aws_secret_access_key = ⟦wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Lm3Xv9T⟧',
  ]);
});
