// Unsecured JWTs (RFC 7519 §6): a JOSE header whose `alg` is "none", the claims set, and an empty
// signature, so the token ends with its second dot (`<header>.<claims>.`). Whoever holds one holds
// whatever its claims grant a server that accepts it. The header is decoded, not guessed at: the
// JWS rule knows headers that open with `{"alg"` and payloads with `{"`, but `{ "alg": "none" }`,
// `{}` as claims, a header after a line break or padded with `=` start otherwise. A candidate is
// two base64url runs joined by a dot, ending in a dot that nothing of the alphabet follows; it is
// taken when the first decodes to a JSON object with `"alg": "none"` and the second to a JSON object.
// Linear: the dots are read once, and each run is read back from at most the one dot that ends it.
import type { SecretRule } from '../secretRule';
import { looksPlaceholder } from '../secretRule';
import { spanKind } from '../spanList';
import { escapeLength } from './tokenBoundary';
import { ownCopy } from '../ownCopy';

const KIND = spanKind('unsigned-jwt');
const DOT = 46;
const MAX_HEADER = 600;
const MAX_CLAIMS = 8000;
/** `"none"` in base64 at its three alignments: the rule's keywords, asked of a header before it is decoded. */
const NONE = ['Im5vbmUi', 'b25l', 'bm9u'];

export const unsignedJwtRule: SecretRule = {
  id: 'unsigned-jwt',
  keywords: NONE.map((n) => n.toLowerCase()),
  find(text, found) {
    for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
      if (isSegmentChar(text.charCodeAt(dot + 1)) || text.charCodeAt(dot + 1) === 61) continue;
      const claimsStart = segmentStart(text, dot, MAX_CLAIMS);
      if (claimsStart <= 0 || text.charCodeAt(claimsStart - 1) !== DOT) continue;
      let headerStart = segmentStart(text, claimsStart - 1, MAX_HEADER);
      if (headerStart < 0) continue;
      if (text.charCodeAt(headerStart - 1) === DOT) continue; // a longer dotted run: not this token
      // (A run is read back to a character outside the alphabet: a letter before the header is an escape's, `\n` or `%3D`.)
      headerStart += escapeLength(text, headerStart);
      // A JSON object's text opens with `{` and a quote or a blank: in base64, `ey` or `ew`.
      if (text.charCodeAt(headerStart) !== 101 || (text.charCodeAt(headerStart + 1) !== 121 && text.charCodeAt(headerStart + 1) !== 119)) continue;
      // Header and claims both opening `{"` (`eyJ`), unpadded: the JWS rule's, which takes such a token with an empty signature.
      if (text.startsWith('eyJ', headerStart) && text.startsWith('eyJ', claimsStart) && claimsStart - headerStart >= 15 && dot - claimsStart >= 7 && text.charCodeAt(claimsStart - 2) !== 61 && text.charCodeAt(dot - 1) !== 61) continue;
      const headerText = text.slice(headerStart, claimsStart - 1);
      if (!NONE.some((n) => headerText.includes(n))) continue;
      if (!headerSaysNone(headerText) || !claimsAreObject(text.slice(claimsStart, dot))) continue;
      const token = text.slice(headerStart, dot + 1);
      if (!looksPlaceholder(token)) found.push(KIND, headerStart, dot + 1);
    }
  },
};

/** Where the base64url run (with up to two `=` of padding) that ends at `end` starts, or -1: empty or longer than `max`. */
function segmentStart(text: string, end: number, max: number): number {
  let i = end;
  while (i > 0 && end - i < 2 && text.charCodeAt(i - 1) === 61) i--;
  const padded = i;
  while (i > 0 && padded - i <= max && isSegmentChar(text.charCodeAt(i - 1))) i--;
  return i === padded || padded - i > max ? -1 : i;
}

// The last header and the last claims decoded, and what each said. Both answers are pure functions of the segment's
// text (`decodedObject` reads nothing else and keeps nothing), so a segment equal to the last one is answered as
// decoding it again would answer: a token repeated down a file (a log, a fixture) is decoded and parsed once, not
// once a line. Kept as their own copies (ownCopy.ts: a slice would keep its text alive). The first answers are
// those of the empty segment, which decodes to no object.
let lastHeader = '';
let lastHeaderNone = false;
let lastClaims = '';
let lastClaimsObject = false;

/** Whether `segment` decodes to a JSON object whose `alg` is "none" (the last segment's answer kept). */
export function headerSaysNone(segment: string): boolean {
  if (segment !== lastHeader) {
    lastHeaderNone = decodedObject(segment)?.alg === 'none';
    lastHeader = ownCopy(segment);
  }
  return lastHeaderNone;
}

/** Whether `segment` decodes to a JSON object (the last segment's answer kept). */
export function claimsAreObject(segment: string): boolean {
  if (segment !== lastClaims) {
    lastClaimsObject = decodedObject(segment) !== undefined;
    lastClaims = ownCopy(segment);
  }
  return lastClaimsObject;
}

/** The JSON object `segment` encodes in base64url, or undefined. */
export function decodedObject(segment: string): Record<string, unknown> | undefined {
  const json = Buffer.from(segment.replace(/=+$/, ''), 'base64url').toString('utf8');
  if (!/^\s*\{/.test(json)) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** [A-Za-z0-9_-] */
function isSegmentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}
