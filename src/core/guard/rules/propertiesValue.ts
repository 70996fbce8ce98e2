// A line whose key and value are apart by blanks alone: a .properties line (`db.password secret`),
// Gradle's and Groovy's call without parentheses (`storePassword "…"`), a directive (`rootpw …`).
import type { FoundValue } from './secretValue';
import { isBlank } from '../charCodes';
import { matchAt } from './foundValue';
import { readerExpression } from './readerExpression';
import type { Strength } from './keyStrength';

// `db.password secret` (a .properties line may separate its key with blanks alone), `storePassword
// "…"` (Gradle's and Groovy's call without parentheses): the rest of the line, one word or one literal. A literal may
// end its statement with `;`, as the directives of the C-family configuration grammars do (BIND 9's ARM: `key "…" {
// algorithm hmac-sha256; secret "…"; };`, ISC dhcpd.conf's the same; nginx's "ends with a semicolon"); a word may not:
// `Password pw;` is C's, Java's or C#'s declaration of a name of that type.
// (What follows the value is looked at, not matched: matchAt places the value at the match's end, and a trailing blank
// matched put the span past the value.)
const PROPERTIES_VALUE = readerExpression(/[ \t]{1,16}(?:(?<q>["'])(?<quoted>[^"'\r\n]{1,400})\k<q>(?=(?:[ \t]*;)?[ \t]*(?:\r?\n|$))|(?<bare>[^\s"'`]{1,400})(?=[ \t]*(?:\r?\n|$)))/y);

/**
 * The value of a line whose key and value are apart by blanks alone: the key alone at its line's
 * start, then one literal, or one word to the line's end. After a dotted or snake-cased key, as a
 * setting's name is, the word is the setting's value; after a plain word (a directive of
 * slapd.conf's `rootpw …`, Apache's `AuthLDAPBindPassword …`, a `Token …` line) only a word that looks
 * generated is (not a word of prose: `Password reset`), which `acceptValue` asks of a value off a config line.
 */
export function propertiesValue(text: string, lineStart: number, keyStart: number, keyEnd: number, key: string, strength: Strength): FoundValue | undefined {
  for (let i = lineStart; i < keyStart; i++) if (!isBlank(text.charCodeAt(i))) return undefined;
  const m = matchAt(PROPERTIES_VALUE, text, keyEnd);
  if (!m) return undefined;
  // A statement ended by `;` is read under a directive named for the secret alone (`secret "…";`): apt.conf's
  // `MetaKey "$(COMPONENT)/…";` and its like name a file or a field in the same grammar.
  if (m.quoted && strength !== 'strong' && endsStatement(text, m.end + 1)) return undefined;
  // `gnutls_psk_client_credentials_t cred;`, a parameter `gnutls_privkey_sign_func sign_func,`: a
  // declaration of C, Java or Go, whose name ends a statement or a parameter, not a setting.
  // (Each expression asked only of a word ending as it must: most words end in neither `;` nor `,`.)
  if (!m.quoted && ((endsInSeparator(m.value) && DECLARED_NAME.test(m.value)) || initializerOnNextLine(text, m.end))) return undefined;
  m.configLine = m.quoted || key.includes('.') || key.includes('_');
  // (After a plain key, a word holding brackets or ending in `,` or `;` is code: `fhUserToken set_fhUserToken[1..2],`.)
  return m.configLine || !isCodeWord(m.value) ? m : undefined;
}

const DECLARED_NAME = /^[A-Za-z_]\w{0,63}[;,]$/;

/** `;` or `,` last. */
function endsInSeparator(v: string): boolean {
  const c = v.charCodeAt(v.length - 1);
  return c === 59 || c === 44;
}

/** A `;` at `at` past blanks. */
function endsStatement(text: string, at: number): boolean {
  let i = at;
  while (isBlank(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 59;
}

/** `[()[\]{}]|[,;]$`, read by code unit: a bracket anywhere, or `,` or `;` last. */
function isCodeWord(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125) return true;
  }
  return endsInSeparator(v);
}

// Blanks that may indent a continued line: a bound keeps the look ahead constant per value.
const INDENT = 64;

/**
 * `javax.crypto.interfaces.DHPrivateKey dhPrivKey⏎    = (…)key;`: a declaration, `Type Identifier = initializer` (JLS
 * §14.4; C#'s and C's alike), broken before its `=`, where a line terminator is white space between tokens (JLS §3.6).
 * The word is the declared name; a .properties line never starts with `=` (an empty key), nor does a directive's.
 */
function initializerOnNextLine(text: string, at: number): boolean {
  let i = at;
  while (isBlank(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 13) i++;
  if (text.charCodeAt(i) !== 10) return false;
  const lineStart = ++i;
  while (i - lineStart <= INDENT && isBlank(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 61 && text.charCodeAt(i + 1) !== 61;
}
