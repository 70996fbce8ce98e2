// A holder of secrets named before its qualifier, as C's constants are (keyStrength.ts): libsecret's
// `SECRET_COLLECTION_DEFAULT` (the default collection's alias) and `SECRET_SCHEMA_NONE` name no secret, so the literal
// after them in a call (the item's label) is not read as their value. A key word after the holder still names one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeKey } from '../../../src/core/guard/rules/keyStrength';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';

test('a collection or a schema after the key word, then a qualifier, names no secret', () => {
  for (const key of ['SECRET_COLLECTION_DEFAULT', 'SECRET_COLLECTION_SESSION', 'SECRET_SCHEMA_NONE', 'SECRET_SCHEMA_DONT_MATCH_NAME']) {
    assert.equal(judgeKey(key), 'none', key);
  }
  const text = 'secret_password_store_sync (EXAMPLE_SCHEMA, SECRET_COLLECTION_DEFAULT, "The label", "Gr4nite!7x", NULL, &error, NULL);';
  assert.equal(redactSecrets(text).text, text.replace('Gr4nite!7x', '[REDACTED:keyring-call-password]'));
  assert.equal(redactSecrets('x = f(SECRET_SCHEMA_NONE, "My App")').count, 0);
});

test('a key word after the holder, or no holder, reads as before', () => {
  for (const key of ['TOKEN_COLLECTION_SECRET', 'SECRET_COLLECTION_PASSWORD', 'SECRET_DEFAULT', 'DEFAULT_PASSWORD']) assert.equal(judgeKey(key), 'strong', key);
  assert.equal(judgeKey('SECRET_COLLECTION_KEY'), 'strong');
});
