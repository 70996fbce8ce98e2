// Base64 that decodes to text is text carried in an encoding (a JSON header or claims, a nonce
// phrase, a test's "70.2.val"), not a generator's output: random bytes are printable ASCII one
// time in ten billion over 18 bytes. It is still a secret when the text is a credential pair
// (`user:pass`, as Basic and Docker's `auth` encode it) or names a secret (`{"private_key": …}`,
// `{"auths": …}`): judged by what it says, as a reader of the decoded text would judge it.
import { EITHER_BASE64_SEXTETS } from './base64Sextets';
import { nextKeyWordEnd } from './rules/keyWordScan';

/** Share of the decoded bytes that must be printable ASCII (tab, CR and LF counted) to be text. */
const PRINTABLE = 0.9;


/**
 * `core` is base64 or base64url of plain text that holds no credential pair and names no secret.
 * Asked of every value about to be flagged: decoded byte by byte, it stops at the first few
 * bytes of a random key (each is printable a third of the time), before building any string.
 */
export function encodesPlainText(core: string): boolean {
  // One alphabet: a value mixing + / with - _ is no encoding.
  let plusSlash = false;
  let dashUnderscore = false;
  const bytes = Math.floor((core.length * 6) / 8);
  if (bytes < 12) return false;
  const allowed = Math.floor((1 - PRINTABLE) * bytes);
  let unprintable = 0;
  let bits = 0;
  let held = 0;
  for (let i = 0; i < core.length; i++) {
    const c = core.charCodeAt(i);
    if (c === 61) break; // = pads the end
    const sextet = c < 128 ? EITHER_BASE64_SEXTETS[c]! : -1;
    if (sextet === -1) return false;
    if (c === 43 || c === 47) plusSlash = true;
    else if (c === 45 || c === 95) dashUnderscore = true;
    held = ((held << 6) | sextet) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const b = (held >> bits) & 0xff;
      if (!((b >= 32 && b < 127) || b === 9 || b === 10 || b === 13) && ++unprintable > allowed) return false;
    }
  }
  if (plusSlash && dashUnderscore) return false;
  const text = Buffer.from(core, dashUnderscore ? 'base64url' : 'base64').toString('latin1');
  if (CREDENTIAL_PAIR.test(text)) return false;
  return nextKeyWordEnd(text, 0) === -1;
}

// user:pass, token:x-oauth-basic: a user's name, a colon and a secret, without blanks.
const CREDENTIAL_PAIR = /^[\w.@+-]{1,200}:\S{1,400}$/;
