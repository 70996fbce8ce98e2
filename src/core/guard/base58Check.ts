// Base58Check, as Bitcoin's documentation defines it: a payload (a version byte first) and the first
// 4 bytes of the double SHA-256 of that payload, written as one number in base58 (no 0, O, I or l).
// The checksum tells an encoded value from a random base58 string: one in 2^32 passes by chance.
import { hash } from 'node:crypto';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE58.length; i++) DIGIT[BASE58.charCodeAt(i)] = i;
/** Digits read a step, into limbs of 3 bytes: a limb (< 2^24) times 58^4, plus the carry, stays exact in a double (< 2^53). */
const DIGITS_A_STEP = 4;
const LIMB = 0x1000000;
/** The number's limbs, least significant first, reused (grown for a longer payload). */
let limbs = new Float64Array(32);

/** Whether `c` is a base58 digit. */
export function isBase58(c: number): boolean {
  return c < 128 && DIGIT[c]! !== -1;
}

/**
 * The `bytes` bytes (payload and checksum) `token` encodes, when it is base58 of at most that many and its
 * checksum holds; else undefined. (Leading `1`s, base58's zero bytes, come out as leading zeros.)
 */
export function base58CheckBytes(token: string, bytes: number): Uint8Array | undefined {
  // The number is built in limbs of 3 bytes from its last up: a step carries only through the limbs it fills so far
  // (`used`), and takes up to DIGITS_A_STEP digits at once, so a 52-digit key costs 13 steps over at most 13 limbs,
  // not 52 steps over all 38 bytes.
  const count = Math.ceil(bytes / 3);
  if (limbs.length < count) limbs = new Float64Array(count);
  limbs.fill(0, 0, count);
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
    let j = 0;
    for (; j < used || carry !== 0; j++) {
      if (j === count) return undefined; // more than `bytes` bytes
      const x = limbs[j]! * scale + carry;
      carry = Math.floor(x / LIMB);
      limbs[j] = x - carry * LIMB;
    }
    used = j;
  }
  // (The top limb holds the bytes left over by 3: its higher bytes, past `bytes`, must be zero.)
  if (bytes % 3 !== 0 && limbs[count - 1]! >= 2 ** (8 * (bytes % 3))) return undefined;
  const out = new Uint8Array(bytes);
  for (let k = 0; k < bytes; k++) out[bytes - 1 - k] = limbs[(k / 3) | 0]! >>> ((k % 3) * 8);
  const body = bytes - 4;
  // One call a hash (node:crypto's `hash`, Node 20.12 on): no Hash object made and thrown away a token. The second
  // digest is read as a 'binary' (latin1) string, a code unit a byte, not a Buffer: no buffer made for 4 bytes compared.
  const twice = hash('sha256', hash('sha256', out.subarray(0, body), 'buffer'), 'binary');
  return twice.charCodeAt(0) === out[body] && twice.charCodeAt(1) === out[body + 1] && twice.charCodeAt(2) === out[body + 2] && twice.charCodeAt(3) === out[body + 3] ? out : undefined;
}
