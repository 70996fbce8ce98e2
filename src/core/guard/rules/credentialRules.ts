// Credentials in the shapes HTTP and shells give them: user:password (or a token as the user) in a URL, Oracle's
// user/password@service, `curl -u` (every spelling), an Authorization header's Basic/Bearer credential, and private key blocks
// (a PEM or PGP private key, also when its END line is missing).
import { BASE64_SEXTETS } from '../base64Sextets';
import { looksPlaceholder, patternRule, type SecretRule } from '../secretRule';
import { curlUserRule } from './curlUserRule';
import { urlCredentialRule } from './urlCredentialRule';

/** A private key's armor lines (RFC 7468), and an OpenPGP secret key's (RFC 4880 §6.2). */
const BEGIN_LINE = '-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----';
const END_LINE = '-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----';
/** A line break as the key may be written: real, escaped in a string, continued by `\`, or XML's `&#10;`. */
const LINE_BREAK = String.raw`(?:\r?\n|(?:\\r)?\\n|\\\r?\n|(?:&#13;)?&#(?:10|x[aA]);)`;
/** What stands between two of a key's lines: a line break, blanks, or string literals joined by `+` or side by side. */
const LINE_GAP = String.raw`(?:\r?\n|(?:\\r)?\\n|\\\r?\n|(?:&#13;)?&#(?:10|x[aA]);|[ \t]{1,40}|["'][ \t]{0,4}\+?[ \t]{0,4}(?:\r?\n[ \t]{0,40}\+?[ \t]{0,4})?["'])`;

export const credentialRules: readonly SecretRule[] = [
  urlCredentialRule,
  curlUserRule,
  patternRule({
    id: 'oracle-connect-password', keywords: ['oracle:thin:', 'oracle:oci:', 'sqlplus', 'rman', 'expdp', 'impdp', 'sqlldr'],
    // Oracle's connect identifier user/password@service, in a JDBC URL or on a tool's command line. A shell's or cmd's
    // reference in the password's place (`$ORACLE_PASSWORD`, `%~1`) is judged by the placeholder test, as every rule's is.
    // A password is an identifier (the SQL Language Reference's "Database Object Naming Rules"): one in double quotes
    // holds any character but `"` (`scott/"p@ss/w0rd"@db`, as SQL*Plus's logon takes it; `\"…\"` escaped for a shell).
    pattern: /(?:jdbc:oracle:(?:thin|oci):|\b(?:sqlplus|rman|expdp|impdp|sqlldr)(?:[ \t]+-[A-Za-z]+)*[ \t]+(?:(?:userid|target)=)?)[A-Za-z][\w$#]{0,30}\/(?<secret>\\?"[^"\r\n\\]{1,100}\\?"|[^\s@/"'`]{3,100})@/i,
    pair: '/',
    judged: (secret) => secret.replace(/^\\?"|\\?"$/g, ''),
  }),
  patternRule({
    id: 'basic-auth-header', keywords: ['basic '],
    pattern: /\bBasic[ \t]+(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/,
    entropy: 2.5,
    allow: (secret) => !isBasicCredential(secret),
  }),
  patternRule({
    id: 'private-key', keywords: ['private key'],
    // The BEGIN line, its headers if any (RFC 1421's `Proc-Type: 4,ENCRYPTED`, `DEK-Info:` of an encrypted key, an armor's
    // `Version:`: they stand right under it, and read as base64 their name would end the block at its `-` or `:`), then line by
    // line (real or escaped newlines, a line continued by `\`, XML's `&#10;`, blanks for a key pasted on one line or for the
    // indentation of a YAML block scalar, `tls.key: |` nested in a chart's values, or string literals joined, by `+` or side by
    // side, on one line or across lines) as long as they read as base64, then the END line if there is one: a key whose END
    // line is missing is still removed, and ends where its base64 does. A line that opens like a header (`Name:`) below the
    // body is the text after the key (`Authorization: Bearer …`), not part of it: taken in, a stand-in there made the whole
    // span read as a placeholder and left the key.
    pattern: new RegExp(`${BEGIN_LINE}(?:${LINE_BREAK}?${LINE_GAP}[A-Za-z-]{1,40}:[^\\r\\n\\\\]{0,120}){0,8}(?:${LINE_GAP}(?![A-Za-z-]{1,40}:)[A-Za-z0-9+/=]{1,5000}|${LINE_BREAK}){0,3000}(?:${LINE_GAP}?${END_LINE})?`),
    // A BEGIN line with no key under it is a key named (`_START = b"-----BEGIN OPENSSH PRIVATE
    // KEY-----"`, "should contain -----BEGIN PRIVATE KEY----- ..."): nothing there to keep.
    allow: (secret) => !KEY_BODY.test(secret.slice(secret.indexOf('-----', 5) + 5)),
  }),
];

/** A line of a key's base64 body (after the BEGIN line). */
const KEY_BODY = /[A-Za-z0-9+/=]{16}/;

/** Base64 of `user:password` whose password is not a placeholder (`user:${PASS}`, `user:xxxx`). */
export function isBasicCredential(base64: string): boolean {
  const password = basicPassword(base64);
  return password !== undefined && !looksPlaceholder(password);
}

/**
 * What follows the first `:` of the text `base64` encodes, when that text is printable ASCII (U+0020–U+007E) and holds
 * one; else undefined. Decoded here byte by byte, no buffer or string made but the password's: every line of a file of
 * Basic headers asks this of its credential, and Buffer's decoding, a UTF-8 string of it and an expression over that
 * string were a tenth of such a file's cost. (Read as UTF-8, a byte above 0x7E never gives a printable ASCII character,
 * so the bytes' own test is the string's.) Text in another shape than the standard alphabet with `=` only at its end
 * (base64url, blanks, a `=` inside) is decoded by Buffer, leniently, as before.
 */
function basicPassword(base64: string): string | undefined {
  let bits = 0;
  let held = 0;
  let n = 0;
  let colon = -1;
  let i = 0;
  for (; i < base64.length; i++) {
    const c = base64.charCodeAt(i);
    const sextet = c < 128 ? BASE64_SEXTETS[c]! : -1;
    if (sextet === -1) break;
    held = ((held << 6) | sextet) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const b = (held >> bits) & 0xff;
      if (b < 0x20 || b > 0x7e) return undefined;
      if (b === COLON && colon === -1) colon = n;
      if (n === bytes.length) bytes = growBytes(bytes);
      bytes[n++] = b;
    }
  }
  for (let pad = i; pad < base64.length; pad++) if (base64.charCodeAt(pad) !== EQUALS || pad - i >= 2) return lenientPassword(base64);
  return colon === -1 ? undefined : String.fromCharCode.apply(null, bytes.subarray(colon + 1, n) as unknown as number[]);
}

function lenientPassword(base64: string): string | undefined {
  const text = Buffer.from(base64, 'base64').toString('utf8');
  return /^[\x20-\x7e]+$/.test(text) && text.includes(':') ? text.slice(text.indexOf(':') + 1) : undefined;
}

const COLON = 58;
const EQUALS = 61;


/** The decoded bytes, kept between calls (grown as a longer credential comes). */
let bytes: Uint8Array = new Uint8Array(512);

function growBytes(old: Uint8Array): Uint8Array {
  const grown = new Uint8Array(old.length * 2);
  grown.set(old);
  return grown;
}
