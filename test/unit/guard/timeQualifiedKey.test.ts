// A time's zone or unit after a word about the secret's time names no secret (keyStrength.ts): git-credential(1)'s
// `password_expiry_utc` is a Unix timestamp the helper returns beside the password. The unit alone, or after a word that
// is not about time, changes nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeKey } from '../../../src/core/guard/rules/keyStrength';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';

test('a time unit after an expiry or a lifetime names a time, not the secret', () => {
  for (const key of ['password_expiry_utc', 'token_ttl_seconds', 'sessionTokenLifetimeMs', 'API_KEY_EXPIRATION_EPOCH', 'secret_timeout_secs']) {
    assert.equal(judgeKey(key), 'none', key);
  }
  assert.equal(redactSecrets('protocol=https\nhost=example.com\nusername=bob\npassword_expiry_utc=1735689600').count, 0);
});

test('a unit alone, or after a word not about time, leaves the key as it was', () => {
  for (const key of ['password_utc', 'token_ms', 'db_password_seconds', 'password_expiry']) {
    assert.equal(judgeKey(key), judgeKey(key.replace(/_(utc|ms|seconds)$/, '')), key);
  }
  assert.equal(judgeKey('password_utc'), 'strong');
});
