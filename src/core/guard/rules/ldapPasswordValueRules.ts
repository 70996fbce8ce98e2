// An LDAP password written where a hash usually stands, in the two shapes the hash rules cannot read.
// - `{CLEARTEXT}…`: slappasswd(8)'s cleartext scheme ("If [-g] is present, {CLEARTEXT} is used as scheme"): the
//   userPassword (or rootpw, olcRootPW) value is the password itself after the scheme's name, judged as a literal given
//   to a password.
// - LDIF's base64 value: RFC 2849 writes `attr:: <base64>` for a value that is not safe text (ldif(5): a value that
//   begins with a space or a colon, or holds a non-printing character); a `{SSHA}` hash or a password under
//   `userPassword::` or slapd-config(5)'s `olcRootPW::`, RFC 3112's `authPassword::`, and Active Directory's
//   `unicodePwd::` (MS-ADTS 3.1.1.3.1.5.1: the password in quotes, UTF-16LE; KB 263991 sets it with ldifde's LDIF) is
//   that secret in base64. The base64 text is taken (over LDIF's folded lines: a line break and one space), unless it
//   decodes to text a password's place would leave (`changeme`, `${LDAP_PW}`).
// Linear: the scheme's name, or a line's attribute name, then one bounded run.
import { patternRule, type SecretRule } from '../secretRule';
import { acceptsPasswordLiteral } from './secretValue';

export const cleartextSchemeRule: SecretRule = patternRule({
  id: 'cleartext-scheme-password',
  // (Stops before `}`: a character no other keyword holds would widen every row of the prefilter's table past 64 columns,
  // keywordPrefilter.ts, as passwordHashRule.ts' scheme keywords do.)
  keywords: ['{cleartext'],
  // (The value stops at a blank or a quote: `"userPassword": "{CLEARTEXT}…"` in JSON.)
  pattern: /\{[Cc][Ll][Ee][Aa][Rr][Tt][Ee][Xx][Tt]\}(?<secret>[^\s"'`\\]{1,400})(?![^\s"'`\\])/,
  secretEndsMatch: true,
  passwordSlot: acceptsPasswordLiteral,
});

// (Attribute types are case-insensitive, RFC 4512 §2.5; an attribute's options, `;binary`, are allowed before `::`.)
const LDIF_ENCODED = /^[ \t]*(?<attr>userPassword|olcRootPW|authPassword|unicodePwd)(?:;[A-Za-z0-9-]{1,40}){0,4}::[ \t]{0,8}(?<secret>[A-Za-z0-9+/]{4,800}={0,2}(?:\r?\n [A-Za-z0-9+/]{1,800}={0,2}){0,16})(?![^\s])/im;

export const ldifEncodedPasswordRule: SecretRule = patternRule({
  id: 'ldif-encoded-password',
  keywords: ['userpassword', 'olcrootpw', 'authpassword', 'unicodepwd'],
  pattern: LDIF_ENCODED,
  secretEndsMatch: true,
  nearKeywords: true,
  allow: (secret, text, start) => leftAsDecoded(secret, unicodeAttribute(text, start)),
});

/** The attribute before the value at `start` is Active Directory's `unicodePwd` (its value UTF-16LE). */
function unicodeAttribute(text: string, start: number): boolean {
  const colons = text.lastIndexOf('::', start);
  return colons >= 10 && text.slice(colons - 10, colons).toLowerCase() === 'unicodepwd';
}

/** The base64 decodes to text a password's place leaves: a stand-in, a reference, a word the policy leaves. */
function leftAsDecoded(base64: string, utf16: boolean): boolean {
  const bytes = Buffer.from(base64.replace(/\s+/g, ''), 'base64');
  let decoded = bytes.toString(utf16 ? 'utf16le' : 'utf8');
  // (unicodePwd's value is the password between quotes.)
  if (utf16 && decoded.length >= 2 && decoded.startsWith('"') && decoded.endsWith('"')) decoded = decoded.slice(1, -1);
  // Bytes that are no printable text (a binary value) are the secret as they stand.
  if (decoded.length === 0 || !/^[\x20-\x7e\u00a0-\uffff]+$/.test(decoded) || decoded.includes('\ufffd')) return false;
  // A scheme's hash is the secret; after `{CLEARTEXT}`, the password is judged.
  const scheme = /^\{([A-Za-z0-9-]{1,20})\}/.exec(decoded);
  if (scheme && scheme[1]!.toUpperCase() !== 'CLEARTEXT') return false;
  const password = scheme ? decoded.slice(scheme[0].length) : decoded;
  return password.length === 0 || !acceptsPasswordLiteral(password, 0, password.length);
}
