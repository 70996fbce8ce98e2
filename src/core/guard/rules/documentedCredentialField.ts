// The fields and parameters that protocols' and vendors' references document as the issued credential itself, by the
// key's last words: there a quoted short word is the credential a test or a user hands the client (`access_token: "foo"`,
// `client_secret="bar"`), not a lexer's word (`'PullParserEndToken' => 'cpan'`, `token == 'def'`) nor a word about the
// credential (`client_secret_param`, `access_token_header`). bench/guard/README.md, forty-third round, guardplain1.
import { keyParts } from './keyStrength';

// Each as its document spells it, its words joined: RFC 6749 §2.3.1 and §5.1 (`client_secret`, `access_token`,
// `refresh_token`), OpenID Connect Core 1.0 §2 (`id_token`), RFC 6750 (a bearer token), RFC 5849 §2.3 (`oauth_token`),
// AWS STS's `SessionToken`, Twilio's Auth Token (`auth_token`), Atlassian's API token (jira.js `apiToken`), Postmark's
// `server_token`, vendors' `api_key` (Stripe, Qdrant, Algolia), Vonage's `api_secret`, Shopify's `apiSecretKey`.
// (Not `access key`: MinIO's and AWS's access key is the key's id, its secret the `secretKey`.)
const DOCUMENTED = new Set(['accesstoken', 'refreshtoken', 'clientsecret', 'idtoken', 'bearertoken', 'oauthtoken', 'sessiontoken', 'authtoken', 'apitoken', 'servertoken', 'apikey', 'apisecret', 'apisecretkey']);

/** Whether the key's last word, or its last two or three as one, is a credential's documented name (`adminApiAccessToken`, `CLIENT_SECRET`). */
export function namesDocumentedCredential(key: string): boolean {
  const parts = keyParts(key);
  const n = parts.length;
  if (n === 0) return false;
  const last = parts[n - 1]!;
  if (DOCUMENTED.has(last)) return true;
  if (n < 2) return false;
  const two = parts[n - 2]! + last;
  return DOCUMENTED.has(two) || (n > 2 && DOCUMENTED.has(parts[n - 3]! + two));
}
