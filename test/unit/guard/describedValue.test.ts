import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSecrets } from '../../../src/core/guard/secretRedactor';
import { describesEncodedValue } from '../../../src/core/guard/describedValue';

function taken(text: string): string[] {
  return findSecrets(text).map((s) => text.slice(s.start, s.end));
}

function describes(text: string, value: string): boolean {
  const at = text.indexOf(value);
  return describesEncodedValue(text, at, at + value.length);
}

// Documentation describing the value a slot takes, its encoding named (trufflehog's azure_storage negative first): left.
const descriptions: readonly [string, string][] = [
  ['docs::examples = "DefaultEndpointsProtocol=https;AccountName=mylogstorage;AccountKey=storageaccountkeybase64encoded;EndpointSuffix=core.windows.net"', 'storageaccountkeybase64encoded'],
  ['client_secret: yourbase64encodedsecret', 'yourbase64encodedsecret'],
  ['SIGNING_KEY=hexencodedsigningkey', 'hexencodedsigningkey'],
];

test('a value naming its own encoding and the slot describes the value: left', () => {
  for (const [text, value] of descriptions) {
    assert.ok(describes(text, value), text);
    assert.deepEqual(taken(text), [], text);
  }
});

// Phrases and slot words are secrets by the placeholder policy (`encoded` alone is a word a phrase may
// hold); an encoded key names no encoding; `base64` beside random characters is no description.
const secrets: readonly [string, string][] = [
  ['DB_PASSWORD=correcthorsebatterystaple', 'correcthorsebatterystaple'],
  ['password = "encodedpassword1"', 'encodedpassword1'],
  ['AccountKey=c3RvcmFnZWFjY291bnRrZXliYXNlNjRlbmNvZGVk;', 'c3RvcmFnZWFjY291bnRrZXliYXNlNjRlbmNvZGVk'],
  ['api_key: base64x7q9m2lp8rt4vb', 'base64x7q9m2lp8rt4vb'],
];

test('a phrase, a slot word or an encoded key stays redacted', () => {
  for (const [text, secret] of secrets) {
    assert.ok(!describes(text, secret), text);
    assert.ok(taken(text).includes(secret), text);
  }
});
