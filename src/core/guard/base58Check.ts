// Base58Check, as Bitcoin's documentation defines it: a payload (a version byte first) and the first
// 4 bytes of the double SHA-256 of that payload, written as one number in base58 (no 0, O, I or l).
// The checksum tells an encoded value from a random base58 string: one in 2^32 passes by chance.
import { hash } from 'node:crypto';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE58.length; i++) DIGIT[BASE58.charCodeAt(i)] = i;
/** Digits read a step: a byte (255) times 58^3, plus the carry, stays far inside 31 bits. */
const DIGITS_A_STEP = 3;

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
  // The number is built from its last byte up: a step carries only through the bytes it fills so far
  // (`used`), and takes up to DIGITS_A_STEP digits at once, so a 52-digit key costs 18 steps over
  // at most 38 bytes, not 52 steps over all 38.
  let used = 0;
  for (let i = 0; i < token.length; ) {
    let carry = 0;
    let scale = 1;
    for (const stop = Math.min(i + DIGITS_A_STEP, token.length); i < stop; i++) {
      const c = token.charCodeAt(i);
      const digit = c < 128 ? DIGIT[c]! : -1;
      if (digit === -1) return undefined;
      carry = carry * 58 + digit;
      scale *= 58;
    }
    let j = bytes - 1;
    for (; j >= bytes - used || carry !== 0; j--) {
      if (j < 0) return undefined; // more than `bytes` bytes
      carry += out[j]! * scale;
      out[j] = carry & 0xff;
      carry >>= 8;
    }
    used = bytes - 1 - j;
  }
  const body = bytes - 4;
  // One call a hash (node:crypto's `hash`, Node 20.12 on): no Hash object made and thrown away a token.
  const twice = hash('sha256', hash('sha256', out.subarray(0, body), 'buffer'), 'buffer');
  return twice[0] === out[body] && twice[1] === out[body + 1] && twice[2] === out[body + 2] && twice[3] === out[body + 3] ? out : undefined;
}
