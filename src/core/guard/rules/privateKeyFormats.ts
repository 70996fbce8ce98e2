// Private keys in the containers other than PEM that tools write them in: a PuTTY key file's
// private lines, a JSON Web Key's private members, .NET's RSAKeyValue XML, the SSH2 private key
// file of ssh.com's tools (four dashes and blanks around its BEGIN line), OpenVPN's static key, a PEM
// block encoded whole in base64 (a Kubernetes secret's `data`, a CI variable). The public parts
// (a JWK's `n` and `e`, PuTTY's public lines, the XML's Modulus, an encoded certificate) stay: they are public.
// Since the twenty-eighth round also the binary containers in base64 with no armor at all (a DER key, a
// PKCS#12 or Java keystore, OpenSSH's and Tor's key files: encodedKeyStructure.ts), a BIP32 extended
// private key, and minisign's and signify's secret key files: each is known by its own first bytes.
import { base58CheckBytes } from '../base58Check';
import { ENCODED_KEY_KEYWORDS, ENCODED_KEY_OPENING, isTrustStore } from '../encodedKeyStructure';
import { patternRule, type SecretRule } from '../secretRule';
import { TOKEN_START } from './tokenBoundary';

/**
 * A wrapped base64 text's next lines: each base64 from its indent to its end (or a closing quote), holding a digit,
 * `+` or `/` (a word alone on the next line is no part of it), or a last short line ending in padding.
 */
const WRAPPED_LINES = '(?:\\r?\\n[ \\t]{0,40}(?:(?=[A-Za-z]{0,199}[0-9+/])[A-Za-z0-9+/]{16,200}(?=[=`"\'\\r\\n]|$)|[A-Za-z0-9+/]{1,15}(?==))){0,400}';

export const privateKeyFormatRules: readonly SecretRule[] = [
  patternRule({
    id: 'putty-private-key', keywords: ['private-lines:'],
    // `Private-Lines: N` then N lines of base64 (PuTTY .ppk, versions 2 and 3).
    pattern: /Private-Lines:[ \t]*\d{1,3}[ \t]*\r?\n(?<secret>[A-Za-z0-9+/=]{4,200}(?:\r?\n[A-Za-z0-9+/=]{4,200}){0,200})/,
  }),
  within(/"kty"/i, patternRule({
    id: 'jwk-private-key', keywords: ['"kty"'],
    // The members only a private JWK has (RFC 7518): d, p, q, dp, dq, qi, and k of a symmetric key.
    pattern: /"(?:d|p|q|dp|dq|qi|k)"[ \t]*:[ \t]*"(?<secret>[A-Za-z0-9_-]{16,2000})"/,
    entropy: 3,
  })),
  patternRule({
    id: 'ssh2-private-key', keywords: ['begin ssh2'],
    // Its header lines (`Comment: "…"`) and base64 lines up to the END line, or 300 lines.
    pattern: /---- BEGIN SSH2 (?:ENCRYPTED )?PRIVATE KEY ----(?<secret>(?:\r?\n(?!---- END)[^\r\n]{1,200}){1,300})/,
  }),
  patternRule({
    id: 'openvpn-static-key', keywords: ['openvpn static key'],
    // 2048 bits as 16 lines of 32 hex digits.
    pattern: /-----BEGIN OpenVPN Static key V1-----(?<secret>(?:\r?\n[ \t]{0,40}[0-9a-fA-F]{32}){1,64})/,
  }),
  patternRule({
    // base64 of `-----BEGIN ` is `LS0tLS1CRUdJTi` wherever the block starts the encoded text; the
    // decoded BEGIN line says which block it is: a private key's is the key (a certificate's is public).
    id: 'base64-pem-private-key', keywords: ['ls0tls1crudjti'],
    pattern: /(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,12000}={0,2}(?![A-Za-z0-9+/=])/,
    allow: (secret) => !/^-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY/.test(Buffer.from(secret.slice(0, 96), 'base64').toString('latin1')),
  }),
  patternRule({
    // A base64 run that opens with a private key container's fixed bytes (encodedKeyStructure.ts), not inside a
    // longer run; 40 characters or more after the opening (the shortest, a PKCS#8 Ed25519 key, is 64 in all), and the
    // lines after it that are base64 whole, as `base64` and `openssl base64` wrap it (76 and 64 characters a line).
    id: 'encoded-private-key', keywords: ENCODED_KEY_KEYWORDS,
    pattern: new RegExp(`(?<![+/])${TOKEN_START}${ENCODED_KEY_OPENING}[A-Za-z0-9+/]{40,20000}${WRAPPED_LINES}={0,2}(?![A-Za-z0-9+/=])`),
    entropy: 4,
    // (A placeholder or a run of one character shows in its first lines: a file of keys is not read whole again.)
    judged: (secret) => secret.slice(0, 256),
    allow: isTrustStore,
  }),
  patternRule({
    // BIP32's serialized extended key (bitcoin/bips BIP-0032, "Serialization format"): 78 bytes and a 4-byte
    // checksum in Base58Check, 111 characters; `xprv`/`tprv` by its version bytes (SLIP-0132's `yprv`, `zprv`,
    // `uprv`, `vprv` and capitals for other scripts). The key data at byte 45 is 0x00 and a private key for a
    // private key (a public one, `xpub`, opens with 0x02 or 0x03 and is public); the checksum is the proof.
    id: 'bip32-extended-private-key', keywords: ['xprv', 'tprv', 'yprv', 'zprv', 'uprv', 'vprv'],
    pattern: new RegExp(`${TOKEN_START}[xtyzuvYZUV]prv[1-9A-HJ-NP-Za-km-z]{107}(?![A-Za-z0-9])`),
    allow: (secret) => base58CheckBytes(secret, 82)?.[45] !== 0,
  }),
  patternRule({
    // minisign's secret key file (its docs, "Secret key format") and OpenBSD signify(1)'s: an untrusted comment
    // line that says `secret key`, then the key in base64 on the next line; a public key's comment says `public key`.
    id: 'signify-secret-key', keywords: ['untrusted comment:'],
    pattern: /untrusted comment:[^\r\n]{0,60}secret key[ \t]*\r?\n(?<secret>[A-Za-z0-9+/]{40,400}={0,2})(?![A-Za-z0-9+/=])/,
  }),
  within(/<rsakeyvalue>/i, patternRule({
    id: 'xml-rsa-private-key', keywords: ['<rsakeyvalue>'],
    // .NET's RSA.ToXmlString(true): <P>, <Q>, <DP>, <DQ>, <InverseQ>, <D>.
    pattern: /<(?<tag>P|Q|DP|DQ|InverseQ|D)>(?<secret>[A-Za-z0-9+/]{16,2000}={0,2})<\/\k<tag>>/,
    entropy: 3,
  })),
];

/**
 * The rule run only on a text holding its container's mark (ASCII letters folded, as the prefilter reads its
 * keyword): its pattern reads a member (`"d": "…"`, `<P>…</P>`), which holds no keyword, so the rule itself
 * requires what its keyword says, not the prefilter alone (`{'kty": …` passes neither).
 */
function within(mark: RegExp, rule: SecretRule): SecretRule {
  return {
    ...rule,
    find(text, found, near) {
      if (mark.test(text)) rule.find(text, found, near);
    },
  };
}
