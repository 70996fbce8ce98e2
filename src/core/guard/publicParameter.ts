// Values a protocol sends in the open by design, whatever their look. RFC 6749 §2.2: "The client
// identifier is not a secret; it is exposed to the resource owner" (it travels in the authorization
// request's URL, §4.1.1); RFC 7636 §4.3: the PKCE `code_challenge` travels there too, derived from the
// verifier that stays secret. Nosey Parker files client IDs as identifiers, not secrets; trufflehog
// reports an OAuth client's id only beside its secret, and the secret is what it counts. A value a
// vendor issues under its own prefix (Ramp's `ramp_id_…`) is its vendor rule's to judge: trufflehog's
// Ramp detector reports that id with its secret. And a host name given to a key naming a domain or
// a host (`AUTH0_DOMAIN=dev-….us.auth0.com`, an Okta org's domain): an address published in DNS,
// which every browser that opens the login page resolves (RFC 1123 §2.1's labels, lower case).
import { isDigit, isLower, isUpper } from './charCodes';
import { hasOwnPrefix } from './rules/issuedTokenFormats';

/** Key names, lower-cased without separators, that name such a value (`client_id`, `clientId`, `OKTA_CLIENT_ID`, `code_challenge`). */
const PUBLIC_NAMES = ['clientid', 'codechallenge'];
/** Key names that name an address, whose value is public when it is a host name. */
const ADDRESS_NAMES = ['domain', 'host', 'hostname'];
/** The names' last two letters, as one number (first << 8 | second), case folded. */
const ENDINGS = new Set([...PUBLIC_NAMES, ...ADDRESS_NAMES].map((name) => (name.charCodeAt(name.length - 2) << 8) | name.charCodeAt(name.length - 1)));
/** What may stand between a key and its value: blanks, quotes, `=`, `:`, `-` (`client_id - '…'`), `>` (`=>`). */
const MAX_OPERATOR = 6;
const MAX_KEY = 40;

/**
 * text[start, end) is the whole value (an identifier's characters, RFC 3986's unreserved) given to a
 * key naming an OAuth client's identifier or a PKCE challenge, or a host name given to a key naming an address.
 */
export function isPublicParameter(text: string, start: number, end: number): boolean {
  // (Asked of every span, a dense file's 100,000 a MB: the key's tail first, read in place.)
  let keyEnd = start;
  while (keyEnd > 0 && start - keyEnd < MAX_OPERATOR && isOperator(text.charCodeAt(keyEnd - 1))) keyEnd--;
  // `CLIENT_ID:s3cr3t` glued is a user and a password (`curl -u`, a URL's userinfo), not a key and its value.
  if (keyEnd === start || (start - keyEnd === 1 && text.charCodeAt(keyEnd) === 58)) return false;
  // The names end in `id`, `ge`, `in`, `st` or `me`: most keys end otherwise and are passed over at once.
  if (!ENDINGS.has(((text.charCodeAt(keyEnd - 2) | 32) << 8) | (text.charCodeAt(keyEnd - 1) | 32))) return false;
  const address = endsWithOneOf(text, keyEnd, ADDRESS_NAMES);
  if (!address && !endsWithOneOf(text, keyEnd, PUBLIC_NAMES)) return false;
  for (let i = start; i < end; i++) if (!isUnreserved(text.charCodeAt(i))) return false;
  if (isUnreserved(text.charCodeAt(end)) || isUnreserved(text.charCodeAt(start - 1))) return false;
  return address ? isHostName(text, start, end) : !hasOwnPrefix(text.slice(start, end));
}

/**
 * text[start, end) is a host name in lower case: labels of 1 to 63 letters, digits and inner hyphens
 * (RFC 1123 §2.1), two at least, joined by dots, the last a top-level domain's 2 to 24 letters. One pass.
 */
function isHostName(text: string, start: number, end: number): boolean {
  let labels = 0;
  let labelStart = start;
  let lettersOnly = true;
  for (let i = start; i <= end; i++) {
    const c = i === end ? 46 : text.charCodeAt(i);
    if (c === 46) {
      const n = i - labelStart;
      if (n < 1 || n > 63 || text.charCodeAt(labelStart) === 45 || text.charCodeAt(i - 1) === 45) return false;
      labels++;
      if (i === end) return labels >= 2 && lettersOnly && n >= 2 && n <= 24;
      labelStart = i + 1;
      lettersOnly = true;
    } else if (isLower(c)) {
      continue;
    } else if (isDigit(c) || c === 45) {
      lettersOnly = false;
    } else {
      return false;
    }
  }
  return false;
}

function endsWithOneOf(text: string, keyEnd: number, names: readonly string[]): boolean {
  for (const name of names) if (keyEndsWith(text, keyEnd, name)) return true;
  return false;
}

/** The key ending at `keyEnd` ends with `name`, case folded and separators (`-`, `_`, `.`) skipped: `OKTA_CLIENT_ID` ends with `clientid`. */
function keyEndsWith(text: string, keyEnd: number, name: string): boolean {
  let i = keyEnd - 1;
  for (let k = name.length - 1; k >= 0; k--, i--) {
    while (i >= 0 && keyEnd - i <= MAX_KEY && isSeparator(text.charCodeAt(i))) i--;
    if (i < 0 || (text.charCodeAt(i) | 32) !== name.charCodeAt(k)) return false;
  }
  return true;
}

function isSeparator(c: number): boolean {
  return c === 45 || c === 46 || c === 95;
}

/** RFC 3986 §2.3: letters, digits, `-`, `.`, `_`, `~`. */
function isUnreserved(c: number): boolean {
  return isLower(c) || isUpper(c) || isDigit(c) || c === 45 || c === 46 || c === 95 || c === 126;
}

/** Blank, `"`, `'`, `` ` ``, `=`, `:`, `-`, `>`. */
function isOperator(c: number): boolean {
  return c === 32 || c === 9 || c === 34 || c === 39 || c === 96 || c === 61 || c === 58 || c === 45 || c === 62;
}
