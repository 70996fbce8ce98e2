// `…_key` names whose documents make the key the secret itself (an HMAC key, RFC 2104 §3; a cipher key, FIPS 197 §2.1; a
// symmetric or preshared key; Laravel's and Datadog's application key; a license key, MaxMind's GeoIP.conf and New
// Relic's): a word or a short value given to them is the literal, as under `secret_key`. Other `…_key` names (a map's, a
// cache's, a table's, OAuth 1.0's consumer key, RFC 5849 §3.1's client identifier) still take only a random-looking value
// (bench/guard/README.md, thirty-fifth round, guardweakkey1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeKey } from '../../../src/core/guard/rules/keyStrength';
import { assertLeaves, assertRedacts } from './redactionAsserts';

test('a key the documents call secret is a strong key', () => {
  for (const key of ['hmac_key', 'HMAC_KEY', 'hmacKey', 'aes_key', 'AES_KEY', 'cipherKey', 'symmetric_key', 'PresharedKey', 'APP_KEY', 'DD_APP_KEY', 'appKey', 'license_key', 'NEW_RELIC_LICENSE_KEY', 'LicenseKey', 'licence_key']) {
    assert.equal(judgeKey(key), 'strong', key);
  }
});

test('other keys named key stay weak or none', () => {
  for (const key of ['sort_key', 'cache_key', 'primary_key', 'foreign_key', 'partition_key', 'consumer_key', 'jwt_key', 'hotkey', 'lookup_key', 'monkey']) {
    assert.equal(judgeKey(key), 'weak', key);
  }
  for (const key of ['PUSHER_APP_KEY', 'VITE_PUSHER_APP_KEY', 'license_key_path', 'hmac_key_length', 'appKeyName']) {
    assert.equal(judgeKey(key), 'none', key);
  }
});

test('a word or a short value under such a key is taken', () => {
  assertRedacts([
    'HMAC_KEY=supersecret\n',
    'hmac_key = "changeme42"',
    "AES_KEY='0123abcd'",
    'MAXMIND_LICENSE_KEY=trialkey42\n',
    'license_key: "trial-2024-ok"\n',
    '{"app_key": "s3cretvalue"}',
    'DD_APP_KEY=8f3e2a1b\n',
  ]);
});

test('a data key, a consumer key, a public app key, a reference stay', () => {
  assertLeaves([
    'sort_key = "created_at"',
    'cache_key = "user:profile"',
    'partition_key: "tenant_id"\n',
    'consumer_key = "my-app"',
    'PUSHER_APP_KEY=app-key\n',
    'hmac_key = os.environ["HMAC_KEY"]',
    "app_key = config('app.key')",
    'license_key_path = "/etc/license.txt"',
  ]);
});
