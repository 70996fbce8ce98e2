// Judged strictly, a cache's key keeps balanced's test that a weak key's value must look random: the name a cache finds
// an entry under (RFC 9111 §2) is not a secret (secretValue.ts, keyStrength.ts' namesCacheKey; bench/guard/README.md,
// thirty-seventh round, guardstrict4).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSecrets, redactSecrets } from '../../../src/core/guard/secretRedactor';
import { namesCacheKey } from '../../../src/core/guard/rules/keyStrength';

const strict = { strictness: 'strict' } as const;

test("a cache's key, and only it", () => {
  for (const key of ['CACHE_KEY', 'cacheKey', 'cache_key', 'SERVER_TELEM_CACHE_KEY', 'AUTHORITY_METADATA_CACHE_KEY']) assert.equal(namesCacheKey(key), true, key);
  for (const key of ['key', 'api_key', 'cache', 'cache_token', 'keyCache', 'STORAGE_KEY', 'signing_key']) assert.equal(namesCacheKey(key), false, key);
});

test("a word under a cache's key: left by both", () => {
  for (const text of ['const SERVER_TELEM_CACHE_KEY = "server-telemetry";', 'export const AUTHORITY_METADATA_CACHE_KEY: string = "authority-metadata";', "cacheKey = 'pepper'"]) {
    assert.deepEqual(findSecrets(text), [], `balanced redacted ${JSON.stringify(text)}`);
    assert.deepEqual(findSecrets(text, undefined, strict), [], `strict redacted ${JSON.stringify(text)} → ${redactSecrets(text, strict).text}`);
  }
});

test("a random value under a cache's key is taken by both, as before; the same word under another weak key is still strict's", () => {
  const random = 'REDIS_CACHE_KEY = "q8Zr3LmX0vTn5WbK2yPd7HsJ"';
  assert.notDeepEqual(findSecrets(random), []);
  assert.notDeepEqual(findSecrets(random, undefined, strict), []);
  assert.deepEqual(findSecrets("salt = 'pepper'"), []);
  assert.notDeepEqual(findSecrets("salt = 'pepper'", undefined, strict), []);
});
