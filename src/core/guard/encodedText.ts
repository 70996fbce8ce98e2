// Base64 that decodes to text is text carried in an encoding (a JSON header or claims, a nonce
// phrase, a test's "70.2.val"), not a generator's output: random bytes are printable ASCII one
// time in ten billion over 18 bytes. It is still a secret when the text is a credential pair
// (`user:pass`, as Basic and Docker's `auth` encode it) or names a secret (`{"private_key": …}`,
// `{"auths": …}`): judged by what it says, as a reader of the decoded text would judge it.
import { nextKeyWordEnd } from './rules/keyWordScan';

/** Share of the decoded bytes that must be printable ASCII (tab, CR and LF counted) to be text. */
const PRINTABLE = 0.9;

/** `core` is base64 or base64url of plain text that holds no credential pair and names no secret. */
export function encodesPlainText(core: string): boolean {
  // One alphabet: a value mixing + / with - _ is no encoding.
  const url = core.includes('-') || core.includes('_');
  if (url && (core.includes('+') || core.includes('/'))) return false;
  const bytes = Buffer.from(core, url ? 'base64url' : 'base64');
  if (bytes.length < 12) return false;
  let printable = 0;
  for (const b of bytes) if ((b >= 32 && b < 127) || b === 9 || b === 10 || b === 13) printable++;
  if (printable < PRINTABLE * bytes.length) return false;
  const text = bytes.toString('latin1');
  if (CREDENTIAL_PAIR.test(text)) return false;
  return nextKeyWordEnd(text, 0) === -1;
}

// user:pass, token:x-oauth-basic: a user's name, a colon and a secret, without blanks.
const CREDENTIAL_PAIR = /^[\w.@+-]{1,200}:\S{1,400}$/;
