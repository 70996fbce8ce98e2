// Each base64 character's 6 bits, -1 for any other character, for the decoders that read a value byte by byte without
// a buffer (encodedText.ts, credentialRules.ts' Basic credentials). RFC 4648 §4's alphabet writes 62 and 63 as `+` and
// `/`; §5's URL- and filename-safe one as `-` and `_`.
const SIXTY_TWO_FIRST = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function sextets(sixtyTwo: string, sixtyThree: string): Int8Array {
  const table = new Int8Array(128).fill(-1);
  [...SIXTY_TWO_FIRST].forEach((c, i) => (table[c.charCodeAt(0)] = i));
  for (const c of sixtyTwo) table[c.charCodeAt(0)] = 62;
  for (const c of sixtyThree) table[c.charCodeAt(0)] = 63;
  return table;
}

/** The standard alphabet's (§4). */
export const BASE64_SEXTETS = sextets('+', '/');
/** Either alphabet's: `+` and `-` both 62, `/` and `_` both 63 (a value mixing them is told apart by its reader). */
export const EITHER_BASE64_SEXTETS = sextets('+-', '/_');
