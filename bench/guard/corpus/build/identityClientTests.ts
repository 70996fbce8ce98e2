// The fifty-ninth holdout's labeller (corpus/README.md, "The fifty-ninth holdout"): identity and OAuth client libraries'
// own tests, which hand the library a client secret, a private key, a refresh token or a key file the way a user's code
// or fixture does (a constructor's `client_secret=`, a service-account file's `private_key`, an authorized-user file's
// `refresh_token`, a certificate credential's PEM, a token request the test expects). Each case is transcribed into its
// raw/<source>/manifest.json as holdout57's are (the text, a substring of the saved file; the assertion, a substring of
// the source's saved files; the values the library's parameter or field names a secret), keyed by the saved file's name.
// A key file or key constant is labelled by its own format as well: every PEM block whose label ends in `PRIVATE KEY`
// (RFC 7468; whole, BEGIN to END, as the text holds it: JSON-escaped or split over string literals) and a JWK's private
// members (`d`, `p`, `q`, `dp`, `dq`, `qi`: RFC 7518 §6.2.2, §6.3.2) are its secrets; a certificate or public key is not.
// The verdict is holdout57's: none secret clean, a stand-in either placeholder policy passes apart.
import type { ClientAuthCase } from './clientAuthTests';
import { labelSdkClientCases } from './sdkClientTests';
import type { TwentyFirstItem } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/ with the repository its manifest names. */
export const identityClientSources = [
  'google-auth-python', 'google-auth-nodejs', 'google-auth-java', 'azure-identity-python', 'azidentity-go', 'msal-python',
  'msal-js', 'authlib', 'requests-oauthlib', 'auth0-python', 'passport-oauth2', 'go-autorest-adal', 'okta-sdk-python',
  // Grown later in the round (guardgrow59) from the sources file's candidates the builder left for time.
  'azure-identity-js', 'go-auth0', 'msal-go', 'google-cloud-go-auth', 'oauth2client',
] as const;

/** A case as a manifest transcribes it; `keys` adds the secrets the text's own key format names. */
export interface IdentityCase extends ClientAuthCase {
  keys?: 'pem' | 'jwk';
}

const pemPrivateKey = /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\s\S]*?-----END \1PRIVATE KEY-----/g;
const jwkPrivateMember = /"(?:d|p|q|dp|dq|qi)":\s*"([A-Za-z0-9_-]+)"/g;

/** The secrets a key text's own format names: its PEM private-key blocks, or its JWK private members. */
export function keySecrets(text: string, format: 'pem' | 'jwk'): string[] {
  const found = format === 'pem' ? [...text.matchAll(pemPrivateKey)].map((m) => m[0]) : [...text.matchAll(jwkPrivateMember)].map((m) => m[1]!);
  if (!found.length) throw new Error(`no ${format} private key in its text`);
  return found;
}

/** The items of one saved file: its cases' secrets with the key format's, then holdout57's verdict. */
export function labelIdentityCases(source: string, cases: readonly IdentityCase[], file: string, saved: string): TwentyFirstItem[] {
  const full = cases.map(({ keys, ...c }) => (keys ? { ...c, secrets: [...c.secrets, ...keySecrets(c.text, keys)] } : c));
  return labelSdkClientCases(source, full, file, saved);
}
