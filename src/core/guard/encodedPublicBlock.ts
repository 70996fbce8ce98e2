// A PEM block written in base64 once more, as Kubernetes writes files into a kubeconfig or a Secret's `data`
// (`certificate-authority-data`, `client-certificate-data`, `tls.crt`: base64 of the PEM text, kubernetes.io/docs
// "Organizing Cluster Access Using kubeconfig Files"). The base64-pem-private-key rule takes those whose BEGIN
// line names a private key; a certificate's or a public key's (RFC 7468 §5, §13: CERTIFICATE, PUBLIC KEY, and
// the like) is public by design. The whole value is decoded: a bundle that holds a private key after a
// certificate stays redacted.

/** base64 of `-----BEGIN `. */
const ENCODED_BEGIN = 'LS0tLS1CRUdJTi';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** RFC 7468's public labels, and OpenSSL's and OpenSSH's for a public key or a request. */
const PUBLIC_BEGIN = /^-----BEGIN (?:CERTIFICATE|TRUSTED CERTIFICATE|X509 CRL|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST|PUBLIC KEY|RSA PUBLIC KEY|PGP PUBLIC KEY BLOCK|SSH2 PUBLIC KEY)-----/;
const PRIVATE = /PRIVATE|ENCRYPTED|SECRET/;
const HEAD = 64;

/** `value` is base64 of PEM text whose blocks are certificates or public keys only. */
export function isEncodedPublicBlock(value: string): boolean {
  if (!value.startsWith(ENCODED_BEGIN)) return false;
  // The first BEGIN line from its first 64 characters (48 bytes): a private key's, the most common, goes no further.
  if (!PUBLIC_BEGIN.test(Buffer.from(value.slice(0, HEAD), 'base64').toString('latin1')) || !BASE64.test(value)) return false;
  return !PRIVATE.test(Buffer.from(value, 'base64').toString('latin1'));
}
