// A quoted value named as a hash of a public key, read before a random-looking token: the high-entropy rule's twin of
// keyStrength.ts' `thumbprint` and `fingerprint` (bench/guard/README.md, forty-third round, guardfp18). A JWK thumbprint is
// the SHA-256 of the key's public members (RFC 7638 §3), a certificate's thumbprint the hash of the certificate, an SSH
// key's fingerprint the hash of the public key (ssh-keygen(1) -l): `testKeyThumbprint = "6nicxzh6…"`. A signature is no
// such name: a JWS's signature beside its payload is what makes the token (RFC 7515 §7.2), a presigned URL's the access.

/** How far before the value the name is read: a name of 30 characters, a carrier's suffix, an operator, quotes. */
const NAME_BEFORE_CHARS = 48;

// The name's last word, an encoding's suffix (`thumbprintHex`, `fingerprint_b64`), the name's closing quote, an operator
// (`=`, `:`, `:=`, `=>`), the value's quote.
const KEY_HASH_BEFORE = /(?:[Tt]humbprint|THUMBPRINT|[Ff]ingerprint|FINGERPRINT)(?:_?(?:[Hh]ex|HEX|[Bb]64|B64))?\\?["']?[ \t]*(?::=|=>|[:=])[ \t]*\\?["'`]$/;

/** The token starting at `start` is quoted, and the name before it says a thumbprint or a fingerprint. */
export function namedKeyHash(text: string, start: number): boolean {
  const quote = text.charCodeAt(start - 1);
  if (quote !== 34 && quote !== 39 && quote !== 96) return false;
  return KEY_HASH_BEFORE.test(text.slice(Math.max(0, start - NAME_BEFORE_CHARS), start));
}
