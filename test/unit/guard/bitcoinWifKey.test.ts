// A WIF private key is found by its own proof, the Base58Check checksum and version byte: keys made here by
// the Bitcoin wiki's steps are found, random base58 strings of the same shape are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWifKey } from '../../../src/core/guard/rules/bitcoinWifKeyRule';
import { isBitcoinAddress } from '../../../src/core/guard/bitcoinAddress';
import { redactSecrets } from '../../../src/core/guard/secretRedactor';
import { seededRandom } from '../../../src/core/seededRandom';
import { BASE58, base58, withChecksum } from './base58Tokens';

function wif(random: () => number, version: number, compressed: boolean): string {
  const payload = [version, ...Array.from({ length: 32 }, () => Math.floor(random() * 256)), ...(compressed ? [1] : [])];
  return base58(withChecksum(Uint8Array.from(payload)));
}

test('keys in WIF, main and test network, compressed or not, are found with no key word near', () => {
  const random = seededRandom(21);
  for (let i = 0; i < 200; i++) {
    const key = wif(random, i % 2 === 0 ? 0x80 : 0xef, i % 4 >= 2);
    assert.ok(isWifKey(key), key);
    assert.equal(redactSecrets(`wif = "${key}"`).text.includes(key), false, key);
  }
});

test('a random base58 string of a WIF key shape, or a key with one character changed, is not a key', () => {
  const random = seededRandom(5);
  let found = 0;
  for (let i = 0; i < 2_000; i++) {
    const length = i % 2 === 0 ? 51 : 52;
    const first = length === 51 ? '5' : 'K';
    let token = first;
    while (token.length < length) token += BASE58[Math.floor(random() * 58)]!;
    if (isWifKey(token)) found++;
  }
  assert.equal(found, 0);
  const key = wif(seededRandom(9), 0x80, true);
  const changed = key.slice(0, 20) + (key[20] === 'a' ? 'b' : 'a') + key.slice(21);
  assert.equal(isWifKey(changed), false);
  assert.equal(redactSecrets(`wif = "${changed}"`).text.includes(changed), true);
});

test("an uncompressed key's payload with a compressed key's length, or an address's version, is not a key", () => {
  const random = seededRandom(3);
  // Version 0x00 (an address's) over 33 bytes: checksum right, version wrong.
  assert.equal(isWifKey(wif(random, 0x00, true)), false);
  // The compression flag not 0x01.
  const payload = [0x80, ...Array.from({ length: 32 }, () => 7), 2];
  assert.equal(isWifKey(base58(withChecksum(Uint8Array.from(payload)))), false);
  // A key is no address, an address no key.
  const key = wif(random, 0x80, false);
  assert.equal(isBitcoinAddress(key), false);
  assert.equal(isWifKey('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'), false);
});
