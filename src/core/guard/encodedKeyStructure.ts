// Binary private-key containers written in base64 with no armor around them (an environment variable, a
// Kubernetes secret's value, a string in code): the container's first bytes are fixed by its format, so
// the base64 text opens with a fixed run of characters that says what it holds. Asked by the
// `encoded-private-key` rule (rules/privateKeyFormats.ts) of a run that opens with one of those runs.
//
// DER (ITU-T X.690) starts every value with its tag and length: the outer SEQUENCE (0x30), its length
// (short form, 0x81 + 1 byte or 0x82 + 2 bytes, or 0x80 for BER's indefinite form), then the first member.
// A private key's first member is its version INTEGER (02 01 vv), which no public key, certificate, request
// or CMS message opens with (those open with a SEQUENCE or an OID):
//   PKCS#8 PrivateKeyInfo (RFC 5208 §5, RFC 5958 §2): version 0, then the AlgorithmIdentifier SEQUENCE;
//   PKCS#1 RSAPrivateKey (RFC 8017 A.1.2) and OpenSSL's DSA key: version 0, then the modulus INTEGER;
//   SEC1 ECPrivateKey (RFC 5915 §3): version 1, then the key's OCTET STRING (32, 48 or 66 bytes);
//   PKCS#12 PFX (RFC 7292 §4): version 3, then the authSafe ContentInfo SEQUENCE.
// Three non-DER containers open with magic bytes of their own:
//   OpenSSH's private key format (PROTOCOL.key): "openssh-key-v1\0" (base64 `b3BlbnNzaC1rZXktdjE`);
//   Java's JKS and JCEKS keystores (the JDK's JavaKeyStore and JceKeyStore): 0xFEEDFEED / 0xCECECECE,
//   version, entry count, then the first entry's tag (1 a private key, 2 a trusted certificate, 3 a secret key);
//   Tor's onion service key file (tor's hs_ed25519_secret_key): "== ed25519v1-secret: type0 ==".
// Where the structure's bytes fall in the base64 text depends on how long its length field is, hence one
// opening per length form.

/** The base64 openings, each standing for one container (`*` stands for any base64 character). */
const OPENINGS = [
  'MII***IBAD', // 30 82 LL LL 02 01 00 30: PKCS#8
  'MII***IBAAKB', // 30 82 LL LL 02 01 00 02 81: PKCS#1 RSA (1024 bits), DSA
  'MII***IBAAKC', // 30 82 LL LL 02 01 00 02 82: PKCS#1 RSA (2048 bits and more)
  'MII***IBAzCC', // 30 82 LL LL 02 01 03 30 82: PKCS#12
  'MI[GH]*AgEAM', // 30 81 LL 02 01 00 30: PKCS#8 (an EC key)
  'MI[GH]*AgEBB[DE]', // 30 81 LL 02 01 01 04 30|42: SEC1, P-384 and P-521
  'M[A-H]*CAQAw', // 30 LL 02 01 00 30: PKCS#8 (Ed25519, X25519, Ed448)
  'M[A-H]*CAQEEI', // 30 LL 02 01 01 04 20: SEC1, P-256 and secp256k1
  'MIACAQMw', // 30 80 02 01 03 30: PKCS#12 in BER
  'b3BlbnNzaC1rZXktdjE', // openssh-key-v1
  '/u3\\+7Q', // JKS
  'zs7Ozg', // JCEKS
  'PT0gZWQyNTUxOXYxLXNlY3JldDogdHlwZTA', // == ed25519v1-secret: type0
];

/** The openings as one alternation (for the rule's expression). */
export const ENCODED_KEY_OPENING = `(?:${OPENINGS.map((o) => o.replace(/\*/g, '[A-Za-z0-9+/]')).join('|')})`;

/**
 * A literal every opening holds, lower case (the prefilter's keywords): each opening's longest run
 * without a class, as the prefilter folds case, its first 12 characters at most (a match is tried at
 * the places up to a keyword's end: a keyword ending 35 characters in had each tried 35 times).
 */
export const ENCODED_KEY_KEYWORDS: readonly string[] = OPENINGS.map((o) =>
  o.replace(/\\/g, '').split(/\*|\[[^\]]*\]/).reduce((a, b) => (b.length > a.length ? b : a), '').slice(0, 12).toLowerCase(),
);

/**
 * A Java keystore (JKS or JCEKS) whose first entry is a trusted certificate: a truststore, public. Any
 * other opening is a private key's container by its fixed bytes alone.
 */
export function isTrustStore(base64: string): boolean {
  if (!base64.startsWith('/u3+7Q') && !base64.startsWith('zs7Ozg')) return false;
  const head = Buffer.from(base64.slice(0, 24), 'base64');
  return head.length >= 16 && head.readUInt32BE(12) === 2;
}
