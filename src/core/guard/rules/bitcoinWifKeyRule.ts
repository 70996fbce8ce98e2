// A Bitcoin private key in Wallet Import Format (the Bitcoin wiki's "Wallet import format", Bitcoin
// Core's `dumpprivkey`): Base58Check of the version byte 0x80 (0xef on testnet), the 32-byte key and,
// for a key whose public key is compressed, the byte 0x01. So 51 characters starting with 5 (9 on
// testnet) or 52 starting with K or L (c). The checksum is the format's own proof: found wherever it
// stands, with no key word (`wif = "5…"`), where a random base58 string of that shape fails it (one in
// 2^32 passes). An address in the same encoding (bitcoinAddress.ts) is public and shorter.
// Linear: one pass over the runs of base58 characters (long runs are passed over mostly unread), and
// only a run of exactly 51 or 52 with the right first character is decoded.
import type { SecretRule } from '../secretRule';
import { base58CheckBytes, isBase58 } from '../base58Check';
import { asciiClass, forEachLongRun } from '../longRuns';
import { spanKind } from '../spanList';
import { escapeLength } from './tokenBoundary';

const KIND = spanKind('bitcoin-wif-private-key');
const UNCOMPRESSED = 51;
const COMPRESSED = 52;
const BASE58_CHAR = asciiClass(isBase58);

export const bitcoinWifKeyRule: SecretRule = {
  id: 'bitcoin-wif-private-key',
  keywords: [],
  find(text, found) {
    forEachLongRun(text, UNCOMPRESSED, BASE58_CHAR, (runStart, end) => {
      // A run opened by an escape's last characters (`\n`, `%3D`) holds the key after them.
      const start = runStart + escapeLength(text, runStart);
      const length = end - start;
      if (length !== UNCOMPRESSED && length !== COMPRESSED) return;
      const first = text[start]!;
      if (!(length === UNCOMPRESSED ? first === '5' || first === '9' : first === 'K' || first === 'L' || first === 'c')) return;
      // (The checksum is the precision: no boundary is asked, a random run of this shape fails it.)
      if (isWifKey(text.slice(start, end))) found.push(KIND, start, end);
    });
  },
};

/** Whether a token is a private key in WIF: its version byte, its compression flag and its checksum. */
export function isWifKey(token: string): boolean {
  const compressed = token.length === COMPRESSED;
  const bytes = base58CheckBytes(token, compressed ? 38 : 37);
  if (bytes === undefined || (bytes[0] !== 0x80 && bytes[0] !== 0xef)) return false;
  return !compressed || bytes[33] === 0x01;
}
