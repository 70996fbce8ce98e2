// A name as Texinfo writes it into an HTML id or file name (the Texinfo manual, "HTML Xref Node
// Name Expansion"): every character but an ASCII letter or digit becomes `_` and its code point in
// four hex digits, `-` included (`toc-PBKDF2_002dHMAC_002dSHA1` is the heading "PBKDF2-HMAC-SHA1",
// `index-SHA256_005fDIGEST_005fSIZE` the index entry "SHA256_DIGEST_SIZE"). GNU manuals rendered
// to HTML are full of them; decoded, they are names to judge as names.

const ESCAPE = /_([0-9a-f]{4})/g;
// An escape of a character below U+0800: Texinfo's own names are ASCII and Latin letters; a
// generated key holds `_00` now and then, but seldom a run of them that decodes to words.
const HAS_ESCAPE = /_0[0-7][0-9a-f]{2}/;

/** The name a Texinfo id encodes (its escapes decoded), or undefined when it holds none. */
export function texinfoDecoded(token: string): string | undefined {
  if (!token.includes('_0') || !HAS_ESCAPE.test(token)) return undefined;
  return token.replace(ESCAPE, (_escape, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
