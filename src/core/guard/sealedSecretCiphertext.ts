// Bitnami Sealed Secrets' ciphertext, the value of a SealedSecret's `encryptedData` (or `kubeseal --raw`'s
// output put into a template): base64 of `RSA ciphertext length (2 bytes, big-endian) || RSA-OAEP ciphertext
// of a session key || AES-256-GCM ciphertext of the value` (bitnami-labs/sealed-secrets, pkg/crypto/crypto.go,
// HybridEncrypt). It is made to be committed ("safe to store in a public repository", the project's README):
// only the controller's private key, which stays in the cluster, opens it. If that key is in the same text it
// is a PEM or base64 PEM private key, which the private-key rules take, so the two never leave together.

/** RSA ciphertext lengths of 2048-, 3072- and 4096-bit keys (the controller's default is 4096). */
const RSA_LENGTHS = new Set([256, 384, 512]);
const GCM_TAG = 16;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** The shortest such value: a 2048-bit key's 256 bytes, the two before them and a tag, in base64. */
const MIN_LENGTH = Math.ceil((2 + 256 + GCM_TAG) / 3) * 4;

/** `value` is base64 whose bytes are a sealed-secrets hybrid ciphertext's: its length field names an RSA key's size and the rest fits. */
export function isSealedSecretCiphertext(value: string): boolean {
  // Its first byte is 0x01 or 0x02: base64 `AQ`, `AY` or `Ag`.
  if (value.length < MIN_LENGTH || value.length % 4 !== 0 || value.charCodeAt(0) !== 65) return false;
  const head = Buffer.from(value.slice(0, 4), 'base64');
  const rsaLength = (head[0]! << 8) | head[1]!;
  if (!RSA_LENGTHS.has(rsaLength) || !BASE64.test(value)) return false;
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  return (value.length / 4) * 3 - padding >= 2 + rsaLength + GCM_TAG;
}
