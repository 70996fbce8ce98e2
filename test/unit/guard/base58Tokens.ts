// Base58 and Base58Check tokens made the plain way, the reference the decoders are held to (base58Check.test.ts,
// bitcoinWifKey.test.ts): the bytes read as one big number written in Bitcoin's alphabet, each leading zero byte a `1`
// (the Bitcoin wiki's "Base58Check encoding"), and the checksum the first 4 bytes of SHA-256 taken twice.
import { createHash } from 'node:crypto';

export const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** `bytes` in Base58. */
export function base58(bytes: Uint8Array): string {
  let n = 0n;
  for (const b of bytes) n = n * 256n + BigInt(b);
  let s = '';
  for (; n > 0n; n /= 58n) s = BASE58[Number(n % 58n)] + s;
  for (const b of bytes) {
    if (b !== 0) break;
    s = '1' + s;
  }
  return s;
}

/** `payload` and its Base58Check checksum after it. */
export function withChecksum(payload: Uint8Array): Uint8Array {
  const sha = (data: Uint8Array) => createHash('sha256').update(data).digest();
  return Uint8Array.from([...payload, ...sha(sha(payload)).subarray(0, 4)]);
}
