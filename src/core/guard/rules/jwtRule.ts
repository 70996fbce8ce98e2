// JSON Web Tokens: three base64url segments joined by dots, the first two starting with "eyJ"
// (base64 of `{"`); an unsigned token ends with the dot. And any JWS in the compact form (RFC
// 7515 §7.1), whose payload is arbitrary octets (RFC 7797's `"b64":false` leaves it unencoded):
// a header that opens with a registered header parameter (`{"alg"`, `{"typ"`, `{"kid"`, … in
// base64url, JOSE_HEADER), any payload, and a signature of 16 characters or more. And, before both,
// a whole JWE in the compact form (RFC 7516 §7.1): the same header, then the encrypted key (empty for
// "alg":"dir" and ECDH-ES, RFC 7518 §4.5/§4.6), the IV, the ciphertext and the tag, the IV and tag
// of the lengths the content encryption algorithms fix (IV_LENGTHS, TAG_LENGTHS). Taking it as a JWS
// took its first three segments and left the ciphertext and tag. It is this expression (IV, TAG: a
// run of the alphabet of one of those lengths):
//   (?<![A-Za-z0-9_])(?:(?=JOSE_HEADER)eyJ[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{0,2000}\.(?:IV)
//      \.[A-Za-z0-9_-]+\.(?:TAG)
//    |eyJ[A-Za-z0-9_-]{10,4000}\.eyJ[A-Za-z0-9_-]{4,8000}\.[A-Za-z0-9_-]{0,2000}
//    |(?=JOSE_HEADER)eyJ[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{4,8000}\.[A-Za-z0-9_-]{16,2000})(?![A-Za-z0-9_-])
// read by hand, because "eyJ" is itself made of the segments' alphabet: in `eyJh-eyJh-…` the
// expression reads up to 4000 characters after every "eyJ" hunting for a dot (2 s per MB). A
// segment can only end where its run of the alphabet ends, so each run's end is found once and
// shared by every "eyJ" inside it.
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { shannonEntropy } from '../stringEntropy';
import { RunEnds } from './runEnds';
import { afterEscape } from './tokenBoundary';

const KIND = spanKind('jwt');
const DOT = 46;
/** A JWE's IV in base64url: 96 bits for AES-GCM, 128 for AES-CBC (RFC 7518 §5.3, §5.2.2), 192 for XChaCha20-Poly1305. */
export const IV_LENGTHS: readonly number[] = [16, 22, 32];
/** A JWE's tag in base64url: 128 bits for AES-GCM and ChaCha20-Poly1305, 16/24/32 octets for A128/192/256CBC-HS* (RFC 7518 §5.2.3–5.2.5). */
export const TAG_LENGTHS: readonly number[] = [22, 32, 43];
/** `{"alg"`, `{"typ"`, `{"kid"`, `{"enc"`, `{"cty"`, `{"zip"`, `{"jku"`, `{"jwk"`, `{"x5u"`, `{"x5c"`, `{"x5t`, `{"crit`, `{"b64"` in base64url (RFC 7515 §4.1, 7516 §4.1, 7797 §3). */
export const JOSE_HEADER = ['eyJhbGci', 'eyJ0eXAi', 'eyJraWQi', 'eyJlbmMi', 'eyJjdHki', 'eyJ6aXAi', 'eyJqa3Ui', 'eyJqd2si', 'eyJ4NXUi', 'eyJ4NWMi', 'eyJ4NXQ', 'eyJjcml0', 'eyJiNjQi'];

export const jwtRule: SecretRule = {
  id: 'jwt',
  keywords: ['eyj'],
  find(text, found) {
    // One cursor per segment: the places each segment is asked about rise with the first's.
    const run = () => new RunEnds(text, isSegmentChar);
    const runs: Segments = [run(), run(), run(), run(), run()];
    for (let at = text.indexOf('eyJ'); at !== -1; ) {
      const end = tokenEnd(text, at, runs);
      if (end === -1 || !isToken(text.slice(at, end))) {
        at = text.indexOf('eyJ', at + 1);
        continue;
      }
      found.push(KIND, at, end);
      at = text.indexOf('eyJ', end);
    }
  },
};

type Segments = readonly [RunEnds, RunEnds, RunEnds, RunEnds, RunEnds];

/** The end of the token that starts at `at`, or -1. */
function tokenEnd(text: string, at: number, runs: Segments): number {
  if (at > 0 && isWordChar(text.charCodeAt(at - 1)) && !afterEscape(text, at)) return -1;
  const header = runs[0].from(at + 3);
  if (header - (at + 3) < 10 || header - (at + 3) > 4000 || text.charCodeAt(header) !== DOT) return -1;
  const jws = jwsEnd(text, at, header + 1, runs);
  // A JWE reads as a JWS up to its IV, followed by a dot, or not at all when its key is short or empty:
  // only then are its five segments asked for, and its header's openings last.
  if (jws !== -1 && text.charCodeAt(jws) !== DOT) return jws;
  const jwe = jweEnd(text, header + 1, runs);
  return jwe !== -1 && isJoseHeader(text, at) ? jwe : jws;
}

/** The end of a JWS whose header starts at `at` and payload at `payloadAt`, or -1. */
function jwsEnd(text: string, at: number, payloadAt: number, runs: Segments): number {
  if (text.startsWith('eyJ', payloadAt)) {
    // Read from the payload's start (the same run end): the JOSE and JWE readings ask from there.
    const payload = runs[1].from(payloadAt);
    if (payload - (payloadAt + 3) >= 4 && payload - (payloadAt + 3) <= 8000 && text.charCodeAt(payload) === DOT) {
      const signature = runs[2].from(payload + 1);
      if (signature - (payload + 1) <= 2000) return signature;
    }
  }
  if (!isJoseHeader(text, at)) return -1;
  const payload = runs[1].from(payloadAt);
  if (payload - payloadAt < 4 || payload - payloadAt > 8000 || text.charCodeAt(payload) !== DOT) return -1;
  const signature = runs[2].from(payload + 1);
  const length = signature - (payload + 1);
  return length < 16 || length > 2000 ? -1 : signature;
}

/** The end of a JWE's four segments after its header (from `keyAt`, the encrypted key's place), or -1. */
function jweEnd(text: string, keyAt: number, runs: Segments): number {
  const key = runs[1].from(keyAt);
  if (key - keyAt > 2000 || text.charCodeAt(key) !== DOT) return -1;
  // A dot where an IV of some algorithm's length would end, asked before the IV's run is read: a JWS's
  // payload is followed by its signature, whose run the JWS reading reads only when the payload is long enough.
  if (!dotAfterOneOf(text, key + 1, IV_LENGTHS)) return -1;
  const iv = runs[2].from(key + 1);
  if (!IV_LENGTHS.includes(iv - (key + 1)) || text.charCodeAt(iv) !== DOT) return -1;
  const ciphertext = runs[3].from(iv + 1);
  // (No bound on the ciphertext: RFC 7516 §7.1 sets none, and a nested JWT's claims or a payload encrypted whole run past
  // any; the run's end is found once, as every segment's.)
  if (ciphertext === iv + 1 || text.charCodeAt(ciphertext) !== DOT) return -1;
  const tag = runs[4].from(ciphertext + 1);
  return TAG_LENGTHS.includes(tag - (ciphertext + 1)) ? tag : -1;
}

/** Whether a dot follows `lengths[i]` characters after `at`, for some i. */
function dotAfterOneOf(text: string, at: number, lengths: readonly number[]): boolean {
  for (let i = 0; i < lengths.length; i++) if (text.charCodeAt(at + lengths[i]!) === DOT) return true;
  return false;
}

function isJoseHeader(text: string, at: number): boolean {
  return JOSE_HEADER.some((p) => text.startsWith(p, at));
}

function isToken(token: string): boolean {
  return !looksPlaceholder(token) && shannonEntropy(token) >= 3;
}

/** [A-Za-z0-9_] */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** [A-Za-z0-9_-] */
export function isSegmentChar(c: number): boolean {
  return isWordChar(c) || c === 45;
}
