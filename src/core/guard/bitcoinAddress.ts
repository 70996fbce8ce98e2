// Whether a token is a Bitcoin address (P2PKH or P2SH, main or test network): Base58Check, as
// Bitcoin's documentation defines it: a version byte (0x00, 0x05; 0x6f, 0xc4 on testnet), a
// 20-byte hash and the first 4 bytes of the double SHA-256 of those 21, in base58. An address is
// public by design (it is given out to be paid); its checksum tells it from a random key (one in
// 2^32 passes by chance). A private key in the same encoding (WIF, version 0x80 or 0xef) is
// not an address and stays a secret.
import { base58CheckBytes } from './base58Check';

const ADDRESS_VERSIONS = new Set([0x00, 0x05, 0x6f, 0xc4]);

export function isBitcoinAddress(token: string): boolean {
  // 26 to 35 characters; a main network address starts with 1 or 3, a testnet one with m, n or 2.
  if (token.length < 26 || token.length > 35 || !'13mn2'.includes(token[0]!)) return false;
  const bytes = base58CheckBytes(token, 25);
  return bytes !== undefined && ADDRESS_VERSIONS.has(bytes[0]!);
}
