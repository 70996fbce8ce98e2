// Private keys in the containers other than PEM that tools write them in: a PuTTY key file's
// private lines, a JSON Web Key's private members, .NET's RSAKeyValue XML. The public parts
// (a JWK's `n` and `e`, PuTTY's public lines, the XML's Modulus) stay: they are public.
import { patternRule, type SecretRule } from '../secretRule';

export const privateKeyFormatRules: readonly SecretRule[] = [
  patternRule({
    id: 'putty-private-key', keywords: ['private-lines:'],
    // `Private-Lines: N` then N lines of base64 (PuTTY .ppk, versions 2 and 3).
    pattern: /Private-Lines:[ \t]*\d{1,3}[ \t]*\r?\n(?<secret>[A-Za-z0-9+/=]{4,200}(?:\r?\n[A-Za-z0-9+/=]{4,200}){0,200})/,
  }),
  patternRule({
    id: 'jwk-private-key', keywords: ['"kty"'],
    // The members only a private JWK has (RFC 7518): d, p, q, dp, dq, qi, and k of a symmetric key.
    pattern: /"(?:d|p|q|dp|dq|qi|k)"[ \t]*:[ \t]*"(?<secret>[A-Za-z0-9_-]{16,2000})"/,
    entropy: 3,
  }),
  patternRule({
    id: 'xml-rsa-private-key', keywords: ['<rsakeyvalue>'],
    // .NET's RSA.ToXmlString(true): <P>, <Q>, <DP>, <DQ>, <InverseQ>, <D>.
    pattern: /<(?<tag>P|Q|DP|DQ|InverseQ|D)>(?<secret>[A-Za-z0-9+/]{16,2000}={0,2})<\/\k<tag>>/,
    entropy: 3,
  }),
];
