// The checksum's SHA-256 is node:crypto's digest for every length, across the one-, two- and three-block paddings
// (FIPS 180-4 §5.1.1: a message of 55 bytes pads to one block, of 56 to two), and its reused buffers keep no state
// between messages (a long message, then a short one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { doubleSha256Head, sha256 } from '../../../src/core/guard/sha256';
import { seededRandom } from '../../../src/core/seededRandom';

test('sha256 equals node:crypto for every length 0 to 200, in any order', () => {
  const random = seededRandom(0x5a256);
  const out = new Uint8Array(32);
  const lengths = [...Array.from({ length: 201 }, (_, n) => n), 150, 3, 64, 0, 119, 56, 55];
  for (const length of lengths) {
    const message = Uint8Array.from({ length: length + 5 }, () => Math.floor(random() * 256));
    sha256(message, length, out);
    assert.equal(Buffer.from(out).toString('hex'), createHash('sha256').update(message.subarray(0, length)).digest('hex'), `length ${length}`);
  }
});

test('sha256 of FIPS 180-4\'s example "abc"', () => {
  const out = new Uint8Array(32);
  sha256(new TextEncoder().encode('abc'), 3, out);
  assert.equal(Buffer.from(out).toString('hex'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('sha256 may write its digest over its message (the checksum hashes a digest again in place)', () => {
  const out = new Uint8Array(32).fill(7);
  const expected = createHash('sha256').update(out).digest('hex');
  sha256(out, 32, out);
  assert.equal(Buffer.from(out).toString('hex'), expected);
});

test('doubleSha256Head is the first 4 bytes of SHA-256 applied twice (Base58Check\'s checksum), for every length 0 to 120', () => {
  const random = seededRandom(0xd5a);
  for (let length = 0; length <= 120; length++) {
    const message = Uint8Array.from({ length }, () => Math.floor(random() * 256));
    const twice = createHash('sha256').update(createHash('sha256').update(message).digest()).digest();
    assert.equal(doubleSha256Head(message, length), twice.readInt32BE(0), `length ${length}`);
  }
});
