// Base58Check, as Bitcoin's documentation defines it: a payload (a version byte first) and the first
// 4 bytes of the double SHA-256 of that payload, written as one number in base58 (no 0, O, I or l).
// The checksum tells an encoded value from a random base58 string: one in 2^32 passes by chance.
import { createHash } from 'node:crypto';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE58.length; i++) DIGIT[BASE58.charCodeAt(i)] = i;

/** Whether `c` is a base58 digit. */
export function isBase58(c: number): boolean {
  return c < 128 && DIGIT[c]! !== -1;
}

/**
 * The `bytes` bytes (payload and checksum) `token` encodes, when it is base58 of at most that many and its
 * checksum holds; else undefined. (Leading `1`s, base58's zero bytes, come out as leading zeros.)
 */
export function base58CheckBytes(token: string, bytes: number): Uint8Array | undefined {
  const out = new Uint8Array(bytes);
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    let carry = c < 128 ? DIGIT[c]! : -1;
    if (carry === -1) return undefined;
    for (let j = bytes - 1; j >= 0; j--) {
      carry += out[j]! * 58;
      out[j] = carry & 0xff;
      carry >>= 8;
    }
    if (carry !== 0) return undefined; // more than `bytes` bytes
  }
  const body = bytes - 4;
  const once = createHash('sha256').update(out.subarray(0, body)).digest();
  const twice = createHash('sha256').update(once).digest();
  return twice[0] === out[body] && twice[1] === out[body + 1] && twice[2] === out[body + 2] && twice[3] === out[body + 3] ? out : undefined;
}
