// Azure's identifiable keys (Microsoft's security-utilities): base64 keys of 32 or 64 bytes with
// a service's 4-character signature at a fixed place near the end — `+ASt` storage, `ACDb`
// Cosmos DB, `APIM`, `+ABa` Batch, `+AMC` ML; `AIoT` IoT Hub, `+ASb` Service Bus, `+AEh` Event
// Hubs, `+ARm` Relay, `AzCa` Cache for Redis, `AZEG` Event Grid; 39-byte keys `AzSe` AI Search and
// `+ACR` Container Registry; `AzFu` Functions' URL-safe keys — so a bare key is found without its
// `AccountKey=`. Each signature is found (by indexOf, or where the prefilter saw it end) and the key's length is checked around it: linear.
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { shannonEntropy } from '../stringEntropy';
import { afterEscape } from './tokenBoundary';

const KIND = spanKind('azure-identifiable-key');
/** 32-byte keys: [base64]{33} SIG [A-P] [base64]{5} = (44 characters). */
const SHORT_SIGNATURES = ['AIoT', '+ASb', '+AEh', '+ARm', 'AzCa', 'AZEG'];
/** 39-byte keys (SEC101/166, 167, 176): [base64]{42} SIG [A-D] [base64]{5} (52 characters, no padding). */
const SEARCH_SIGNATURES = ['AzSe', '+ACR'];
/** Functions keys (SEC101/158), URL-safe base64 of 40 bytes: [base64url]{44} AzFu [base64url]{5} [AQgw] == (56 characters). */
const FUNCTION_SIGNATURE = 'AzFu';
/** 64-byte keys: [base64]{76} SIG [base64]{5} [AQgw] == (88 characters). */
const LONG_SIGNATURES = ['+ASt', 'ACDb', 'APIM', '+ABa', '+AMC'];

interface Signature {
  readonly signature: string;
  /** The key's characters before its signature. */
  readonly before: number;
  readonly tail: (text: string, at: number) => number;
  readonly inKey: (c: number) => boolean;
}

const SIGNATURES: readonly Signature[] = [
  ...SHORT_SIGNATURES.map((signature) => ({ signature, before: 33, tail: shortTail, inKey: isBase64 })),
  ...LONG_SIGNATURES.map((signature) => ({ signature, before: 76, tail: longTail, inKey: isBase64 })),
  ...SEARCH_SIGNATURES.map((signature) => ({ signature, before: 42, tail: searchTail, inKey: isBase64 })),
  { signature: FUNCTION_SIGNATURE, before: 44, tail: functionTail, inKey: isBase64Url },
];

export const azureIdentifiableKeyRule: SecretRule = {
  id: 'azure-identifiable-key',
  keywords: SIGNATURES.map(({ signature }) => signature.toLowerCase()),
  // Its keywords are the signatures themselves: handed where they end (the prefilter's places), the rule
  // reads each in its case there instead of searching the whole text once a signature.
  nearKeywords: true,
  find(text, found, near) {
    const keys: [number, number][] = [];
    if (near) {
      for (const end of near) {
        const at = end - 4;
        const kind = SIGNATURES.find(({ signature }) => text.startsWith(signature, at));
        if (kind) keyAt(text, at, kind, keys);
      }
    } else {
      for (const kind of SIGNATURES) for (let at = text.indexOf(kind.signature); at !== -1; at = text.indexOf(kind.signature, at + 1)) keyAt(text, at, kind, keys);
    }
    // Spans go to `found` in ascending order.
    keys.sort((a, b) => a[0] - b[0]);
    for (const [start, end] of keys) found.push(KIND, start, end);
  },
};

function keyAt(text: string, at: number, { before, tail, inKey }: Signature, keys: [number, number][]): void {
  // The tail first (a few characters), then the run before the signature.
  const end = tail(text, at + 4);
  const start = at - before;
  // (A key may start right after an escape: a JSON log line's `\n`, an encoded query's `%3D`.)
  if (end === -1 || start < 0 || (inKey(text.charCodeAt(start - 1)) && !afterEscape(text, start)) || inKey(text.charCodeAt(end)) || text.charCodeAt(end) === 61) return;
  let i = at - 1;
  while (i >= start && inKey(text.charCodeAt(i))) i--;
  if (i >= start) return;
  const key = text.slice(start, end);
  if (!looksPlaceholder(key) && shannonEntropy(key) >= 4) keys.push([start, end]);
}

/** [A-P] [base64]{5} = after a 32-byte key's signature: the key's end, or -1. */
function shortTail(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (!(c >= 65 && c <= 80) || !base64Run(text, at + 1, 5) || text.charCodeAt(at + 6) !== 61) return -1;
  return at + 7;
}

/** [base64]{5} [AQgw] == after a 64-byte key's signature: the key's end, or -1. */
function longTail(text: string, at: number): number {
  const c = text.charCodeAt(at + 5);
  if (!base64Run(text, at, 5) || !(c === 65 || c === 81 || c === 103 || c === 119) || text.charCodeAt(at + 6) !== 61 || text.charCodeAt(at + 7) !== 61) return -1;
  return at + 8;
}

/** [A-D] [base64]{5} after a 39-byte key's signature: the key's end, or -1. */
function searchTail(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 68 && base64Run(text, at + 1, 5) ? at + 6 : -1;
}

/** [base64url]{5} [AQgw] == after a Functions key's signature: the key's end, or -1. */
function functionTail(text: string, at: number): number {
  const c = text.charCodeAt(at + 5);
  if (!base64Run(text, at, 5, isBase64Url) || !(c === 65 || c === 81 || c === 103 || c === 119) || text.charCodeAt(at + 6) !== 61 || text.charCodeAt(at + 7) !== 61) return -1;
  return at + 8;
}

function base64Run(text: string, from: number, length: number, inRun = isBase64): boolean {
  for (let i = from; i < from + length; i++) if (!inRun(text.charCodeAt(i))) return false;
  return true;
}

/** [A-Za-z0-9_-] */
function isBase64Url(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
}

/** [A-Za-z0-9+/] */
function isBase64(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
}
