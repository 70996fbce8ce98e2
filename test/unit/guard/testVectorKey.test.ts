import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSecrets } from '../../../src/core/guard/secretRedactor';
import { isTestVectorKey } from '../../../src/core/guard/testVectorKey';

const KEY = '9d23bd4149cb979ccf3c5c94dd217e9808cb0e50cd0f67812235eaaf601d6232';

function taken(text: string): string[] {
  return findSecrets(text).map((s) => text.slice(s.start, s.end));
}

// Known-answer vectors in the formats that publish them: the key, an input and the output expected.
const vectors: readonly string[] = [
  // Go's x/crypto chacha20 vectors (from libsodium).
  `\t{\n\t\tnonce:  "c047548266b7c370d33566a2425cbf30d82d1eaf5294109e",\n\t\tkey:    "${KEY}",\n\t\tinput:  "0000",\n\t\toutput: "a212",\n\t},`,
  // Go's poly1305 vectors: the tag is the output, the input joined over lines, a comment between.
  `\t{\n\t\tkey: "${KEY}",\n\t\ttag: "6dc18b8c344cd79927118bbe84b7f314", // (2^130-6) % (2^130-5)\n\t\tin: "ffff" +\n\t\t\t"0000",\n\t},`,
  // An empty input and output (a vector of the empty message).
  `{\n\t\tnonce:  "1733d194b3a2b6063600fe3f",\n\t\tkey:    "${KEY}",\n\t\tinput:  "",\n\t\toutput: "",\n\t},`,
  // NIST CAVP's .rsp files.
  `COUNT = 0\nKEY = ${KEY}\nIV = 00000000000000000000000000000000\nPLAINTEXT = f34481ec3cc627bacd5dc3fb08f273e6\nCIPHERTEXT = 0336763e966d92595a567cc9ce537f5e\n`,
  // Wycheproof's JSON.
  `{"tcId": 1, "comment": "", "key": "${KEY}", "iv": "00", "aad": "", "msg": "", "ct": "", "tag": "aa", "result": "valid"}`,
  // A Python dict.
  `{'key': '${KEY}', 'plaintext': '00ff', 'ciphertext': 'a1b2'}`,
];

test('a key given with an input and the expected output is a known-answer test vector: left', () => {
  for (const text of vectors) assert.deepEqual(taken(text), [], text);
});

// The same key where it is configuration or something else: still a secret.
const configurations: readonly string[] = [
  // A key and its IV: how a key in use is configured.
  `const cipher = {\n  key: "${KEY}",\n  iv: "c047548266b7c370d33566a2425cbf30",\n};`,
  // An input and an output that are not hex bytes (names of streams).
  `const job = {\n  key: "${KEY}",\n  input: "stdin",\n  output: "stdout",\n};`,
  // The input and output in the next record (after a blank line).
  `KEY = ${KEY}\nIV = 00000000000000000000000000000000\n\nPLAINTEXT = f34481ec3cc627bacd5dc3fb08f273e6\nCIPHERTEXT = 0336763e966d92595a567cc9ce537f5e\n`,
  // The input and output after the record closed.
  `{ key: "${KEY}", iv: "00" }, { input: "00", output: "00" }`,
  // An input without an expected output.
  `{ key: "${KEY}", input: "00ff" }`,
  // A second key before the input and output: a record names each field once, so another record began.
  `key = ${KEY}\nkey = ${KEY}\nplaintext = 00\nciphertext = 00\n`,
  // Another name that ends in key.
  `{ apikey: "${KEY}", input: "00", output: "00" }`,
];

test('a key beside an IV, non-hex fields, or fields of another record is still redacted', () => {
  for (const text of configurations) assert.ok(taken(text).includes(KEY), text);
});

test('only a whole hex value of 32 digits or more is a test vector key', () => {
  const text = `{ key: "${KEY}", input: "00", output: "00" }`;
  const at = text.indexOf(KEY);
  assert.equal(isTestVectorKey(text, at, at + KEY.length), true);
  assert.equal(isTestVectorKey(text, at + 1, at + KEY.length), false); // part of the value
  const short = '9d23bd4149cb979ccf3c5c94dd217e';
  const shortText = `{ key: "${short}", input: "00", output: "00" }`;
  assert.equal(isTestVectorKey(shortText, shortText.indexOf(short), shortText.indexOf(short) + short.length), false);
  const base64 = 'nd23bd4149cb979ccf3c5c94dd217e9808cb0e50cd0f67812235eaaf601d6232';
  const base64Text = `{ key: "${base64}", input: "00", output: "00" }`;
  assert.equal(isTestVectorKey(base64Text, base64Text.indexOf(base64), base64Text.indexOf(base64) + base64.length), false);
});
