// Judged strictly, an identifier compared with a key named `key` alone is a name the program looks up, not a value
// (comparedGrammarWord.ts; bench/guard/README.md, thirty-seventh round, guardstrict4). Balanced left these already.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSecrets, redactSecrets } from '../../../src/core/guard/secretRedactor';
import { comparedGrammarWord } from '../../../src/core/guard/rules/comparedGrammarWord';
import { namesKeyAlone } from '../../../src/core/guard/rules/keyStrength';
import { withStrictness } from '../../../src/core/guard/redactionStrictness';

const strict = { strictness: 'strict' } as const;

function leftByBoth(text: string): void {
  assert.deepEqual(findSecrets(text), [], `balanced redacted ${JSON.stringify(text)} → ${redactSecrets(text).text}`);
  assert.deepEqual(findSecrets(text, undefined, strict), [], `strict redacted ${JSON.stringify(text)} → ${redactSecrets(text, strict).text}`);
}

function strictOnly(text: string): void {
  assert.deepEqual(findSecrets(text), [], `balanced redacted ${JSON.stringify(text)} → ${redactSecrets(text).text}`);
  assert.notDeepEqual(findSecrets(text, undefined, strict), [], `strict kept ${JSON.stringify(text)}`);
}

test('a key named key alone, and only it', () => {
  for (const key of ['key', 'key0', 'keys', 'Key', 'KEY', '_key', 'this._key']) assert.equal(namesKeyAlone(key), true, key);
  for (const key of ['api_key', 'secretKey', 'cacheKey', 'keyName', 'signing_key', 'password', 'token']) assert.equal(namesKeyAlone(key), false, key);
});

test('an identifier compared with key: left by both (the lookup names of real code)', () => {
  for (const text of [
    "if (key === 'mode' && x) {}",
    'if (key0 === "columns") {}',
    'if sys.version_info >= (3, 9) and key == "platlib":',
    "return key !== 'prototype';",
    "if (key === 'always' || key === 'never') {}",
  ]) leftByBoth(text);
});

test('the same literal given to key, not compared, is still strict\'s', () => {
  strictOnly("key = 'platlib'");
  strictOnly('key: "always"');
});

test('compared with a key that names the credential, or not an identifier, or random: strict still takes it', () => {
  strictOnly('if (password === "changeme") {}');
  assert.notDeepEqual(findSecrets('if (api_key == "letmein") {}', undefined, strict), []);
  strictOnly("if (key === 'open-sesame') {}");
});

test('the branch is strict only: balanced asks nothing new', () => {
  assert.equal(comparedGrammarWord('platlib', 'key'), false);
  assert.equal(withStrictness('strict', () => comparedGrammarWord('platlib', 'key')), true);
  assert.equal(withStrictness('strict', () => comparedGrammarWord('platlib', 'api_key')), false);
  assert.equal(withStrictness('strict', () => comparedGrammarWord('plat-lib', 'key')), false);
  assert.equal(withStrictness('strict', () => comparedGrammarWord('x9Qz7LmW2pRt8VbN', 'key')), false);
});
