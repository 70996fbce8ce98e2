// A PEM block written in base64 once more, as Kubernetes writes files into a kubeconfig or a Secret's `data`
// (`certificate-authority-data`, `client-certificate-data`, `tls.crt`: base64 of the PEM text, kubernetes.io/docs
// "Organizing Cluster Access Using kubeconfig Files"). The base64-pem-private-key rule takes those whose BEGIN
// line names a private key; a certificate's or a public key's (RFC 7468 §5, §13: CERTIFICATE, PUBLIC KEY, and
// the like) is public by design. The whole value is decoded: a bundle that holds a private key after a
// certificate stays redacted.

/** RFC 7468's public labels, and OpenSSL's and OpenSSH's for a public key or a request. */
const PUBLIC_LABELS = ['CERTIFICATE', 'TRUSTED CERTIFICATE', 'X509 CRL', 'CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST', 'PUBLIC KEY', 'RSA PUBLIC KEY', 'PGP PUBLIC KEY BLOCK', 'SSH2 PUBLIC KEY'];
/**
 * Each label's BEGIN line in base64, as the value starts with it (whole groups of three bytes only, which
 * encode alike whatever follows): compared in place, so a private key's value is turned away unread.
 */
const ENCODED_PUBLIC_BEGINS = PUBLIC_LABELS.map((label) => {
  const line = Buffer.from(`-----BEGIN ${label}-----`, 'latin1');
  return line.subarray(0, line.length - (line.length % 3)).toString('base64');
});
/** Where the label's first letters are encoded: two characters there tell most private keys' (`QU`: PRIVATE) from every public one's. */
const LABEL_AT = 15;
const LABEL_PAIRS = new Set(ENCODED_PUBLIC_BEGINS.map((begin) => (begin.charCodeAt(LABEL_AT) << 8) | begin.charCodeAt(LABEL_AT + 1)));
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const PRIVATE = /PRIVATE|ENCRYPTED|SECRET/;

/** text[start, end) is base64 of PEM text whose blocks are certificates or public keys only. */
export function isEncodedPublicBlock(text: string, start: number, end: number): boolean {
  if (end - start <= LABEL_AT + 1 || !LABEL_PAIRS.has((text.charCodeAt(start + LABEL_AT) << 8) | text.charCodeAt(start + LABEL_AT + 1))) return false;
  if (!ENCODED_PUBLIC_BEGINS.some((begin) => begin.length <= end - start && text.startsWith(begin, start))) return false;
  const value = text.slice(start, end);
  return BASE64.test(value) && !PRIVATE.test(Buffer.from(value, 'base64').toString('latin1'));
}
