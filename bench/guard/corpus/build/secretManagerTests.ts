// The sixtieth holdout's labeller (corpus/README.md, "The sixtieth holdout"): secret managers' clients' and operators' own
// tests, which write a secret, hand the client a token, an AppRole secret id or a key, or expect one back (the Vault token
// a client reads, the secret data a fake store returns, the identity or private key a sops test decrypts with). Each case
// is transcribed into its raw/<source>/manifest.json as holdout57's are (the text, a substring of the saved file; the
// assertion, a substring of the source's saved files; the values the manager's own API calls secret, each in the text),
// keyed by the saved file's name. The verdict is holdout57's; one category more: a case the manifest marks `ciphertext`
// (an armoured age file, a sops `ENC[…]` value) whose key is not in its own text is set apart, "ciphertext, not the secret".
import type { ClientAuthCase } from './clientAuthTests';
import { labelSdkClientCases } from './sdkClientTests';
import type { TwentyFirstItem } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/ with the repository its manifest names. */
export const secretManagerSources = [
  'hashicorp-vault', 'hvac', 'node-vault', 'vaultrs', 'vault-action', 'external-secrets', 'connect-sdk-go', 'sops',
  'segmentio-chamber', 'aws-secretsmanager-caching-python', 'conjur-api-python',
  // Added by guardgrow60 (the same round), after the eleven: appended so that every earlier item keeps its place.
  'conjur-api-go', 'aws-secretsmanager-caching-go', 'vault-client-go', 'vault-ruby',
] as const;

export type SixtiethNote = 'ciphertext, not the secret';

/** A case as a manifest transcribes it; `ciphertext` marks an encrypted value whose key is not in the case's text. */
export interface SecretManagerCase extends ClientAuthCase {
  ciphertext?: true;
}

/**
 * The items of one saved file: holdout57's checks and verdict (no secret clean; a stand-in either placeholder policy
 * passes set apart; a value written twice in its text set apart), and a ciphertext case set apart whatever its value.
 */
export function labelSecretManagerCases(source: string, cases: readonly SecretManagerCase[], file: string, saved: string): (Omit<TwentyFirstItem, 'note'> & { note?: TwentyFirstItem['note'] | SixtiethNote })[] {
  return cases.map((c) => {
    const [item] = labelSdkClientCases(source, [c], file, saved);
    if (!c.ciphertext) return item!;
    if (!c.secrets.length) throw new Error(`${source} ${c.rule}: a ciphertext case names the ciphertext`);
    return { text: c.text, secrets: [...new Set(c.secrets)], label: 'secret', rule: c.rule, note: 'ciphertext, not the secret' };
  });
}
