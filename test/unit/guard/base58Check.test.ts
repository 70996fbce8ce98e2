// Base58Check decoded in 3-byte limbs (base58Check.ts): the bytes a plain big-number decode gives, for payloads of
// every size the rules ask (a remainder of 0, 1 or 2 bytes over the limbs), and none for a number one byte too long.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { base58CheckBytes } from '../../../src/core/guard/base58Check';
import { BASE58, base58, withChecksum } from './base58Tokens';

test('a Base58Check token decodes to its bytes at its size, and to none one byte short or with a digit changed', () => {
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 8) & 0xff;
  for (const size of [5, 6, 7, 25, 37, 38, 82]) {
    for (let round = 0; round < 60; round++) {
      const payload = Uint8Array.from({ length: size - 4 }, random);
      if (round % 5 === 0) payload[0] = 0; // a leading zero byte, written `1`
      if (round % 7 === 0) payload[0] = 0xff; // the top limb's bytes full
      const bytes = withChecksum(payload);
      const token = base58(bytes);
      assert.deepEqual(base58CheckBytes(token, size), bytes, `${size} ${token}`);
      assert.equal(base58CheckBytes(token, size - 1), undefined, `${size - 1} ${token}`);
      const i = round % token.length;
      const changed = token.slice(0, i) + BASE58[(BASE58.indexOf(token[i]!) + 1) % 58] + token.slice(i + 1);
      assert.equal(base58CheckBytes(changed, size), undefined, `changed ${changed}`);
    }
    // A number one byte longer than `size` whose last `size` bytes hold a valid checksum is none.
    const longer = Uint8Array.from([1, ...withChecksum(Uint8Array.from({ length: size - 4 }, random))]);
    assert.equal(base58CheckBytes(base58(longer), size), undefined);
  }
});
