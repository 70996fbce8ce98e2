// A value a tool stores encrypted to a key that is not in the text, in the tool's documented envelope:
// SOPS writes each value of a YAML, JSON, dotenv or INI file as
// `ENC[AES256_GCM,data:<base64>,iv:<base64>,tag:<base64>,type:<type>]` (getsops.io/docs: the data key is
// itself encrypted to KMS, age or PGP keys held elsewhere), hiera-eyaml writes Hiera values as
// `ENC[PKCS7,<base64>]` or `ENC[GPG,<base64>]`, one line or folded over several (github.com/voxpupuli/hiera-eyaml:
// the private key stays on the Puppet server). Both are made to be committed; what the envelope holds is
// ciphertext and its nonce, not the secret. (Ansible Vault's `$ANSIBLE_VAULT` is not this: its key is
// derived from a password a person chose, and the ansible-vault rule takes the payload.)

const ENVELOPE_START = 'ENC[';
// Each field's alphabet stops at the next field's `,` and at `[`: from any `ENC[` a match or a failure ends
// at the next `,`/`]`/`[`, so the scan is linear.
const ENVELOPE = /ENC\[(?:AES256_GCM,data:[A-Za-z0-9+/=]{0,200000},iv:[A-Za-z0-9+/=]{1,200},(?:aad:[A-Za-z0-9+/=]{0,200},)?tag:[A-Za-z0-9+/=]{1,200},type:[a-z]{1,16}|(?:PKCS7|GPG),[A-Za-z0-9+/=\s]{1,200000})\]/g;

/** Where the text's envelopes lie, start and end apart, rising; empty (without a scan) when no `ENC[` occurs. */
export function encryptedEnvelopes(text: string): number[] {
  if (!text.includes(ENVELOPE_START)) return [];
  const bounds: number[] = [];
  ENVELOPE.lastIndex = 0;
  for (let m = ENVELOPE.exec(text); m; m = ENVELOPE.exec(text)) bounds.push(m.index, m.index + m[0].length);
  return bounds;
}

/** text[start, end) lies within one of the envelopes (`bounds` as encryptedEnvelopes gives them). */
export function withinEnvelope(bounds: readonly number[], start: number, end: number): boolean {
  // The last envelope starting at or before `start`, by bisection over the starts.
  let lo = 0;
  let hi = bounds.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[2 * mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && end <= bounds[2 * (lo - 1) + 1]!;
}
