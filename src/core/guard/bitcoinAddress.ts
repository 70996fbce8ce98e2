// Whether a token is a Bitcoin address (P2PKH or P2SH, main or test network): Base58Check, as
// Bitcoin's documentation defines it: a version byte (0x00, 0x05; 0x6f, 0xc4 on testnet), a
// 20-byte hash and the first 4 bytes of the double SHA-256 of those 21, in base58. An address is
// public by design (it is given out to be paid); its checksum tells it from a random key (one in
// 2^32 passes by chance). A private key in the same encoding (WIF, version 0x80 or 0xef) is
// not an address and stays a secret.
import { createHash } from 'node:crypto';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE58.length; i++) DIGIT[BASE58.charCodeAt(i)] = i;

const ADDRESS_VERSIONS = new Set([0x00, 0x05, 0x6f, 0xc4]);
const BYTES = 25;

export function isBitcoinAddress(token: string): boolean {
  // 26 to 35 characters; a main network address starts with 1 or 3, a testnet one with m, n or 2.
  if (token.length < 26 || token.length > 35 || !'13mn2'.includes(token[0]!)) return false;
  const bytes = new Uint8Array(BYTES);
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    let carry = c < 128 ? DIGIT[c]! : -1;
    if (carry === -1) return false;
    for (let j = BYTES - 1; j >= 0; j--) {
      carry += bytes[j]! * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    if (carry !== 0) return false; // more than 25 bytes
  }
  if (!ADDRESS_VERSIONS.has(bytes[0]!)) return false;
  const once = createHash('sha256').update(bytes.subarray(0, 21)).digest();
  const twice = createHash('sha256').update(once).digest();
  return twice[0] === bytes[21] && twice[1] === bytes[22] && twice[2] === bytes[23] && twice[3] === bytes[24];
}
