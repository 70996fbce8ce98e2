// Vendors' token formats read in the seventeenth round from sources no earlier round read: the vendors'
// own documentation and GitGuardian's per-detector pages (see bench/guard/vendorInventory.md, section 4).
// Each is found wherever it stands, bare in prose or a JSON value, not only after a key: its prefix or
// its shape says what it is. Linear: each expression opens with a literal prefix and reads bounded runs.
import { patternRule, type SecretRule } from '../secretRule';
import { looksRandomValue } from './randomValue';
import { afterEscape, TOKEN_START } from './tokenBoundary';

const E = '(?![A-Za-z0-9_])';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

function prefixed(id: string, keywords: string[], body: string, entropy = 3): SecretRule {
  return patternRule({ id, keywords, pattern: new RegExp(`${TOKEN_START}${body}`), entropy });
}

export const vendorDocumentedTokenRules: readonly SecretRule[] = [
  // Honeycomb's ingest keys, the key's id and secret written as one (`hcxik_` environments, `hcaik_` Classic):
  // 58 after the prefix (docs.honeycomb.io, API keys: "X-Honeycomb-Team: hcxik_…").
  prefixed('honeycomb-ingest-key', ['hcxik_', 'hcaik_'], `hc[ax]ik_[A-Za-z0-9]{58}${E}`),
  // WooCommerce's REST API consumer key and secret (WooCommerce > Settings > Advanced > REST API): `ck_`/`cs_`
  // and 40 hex digits (`cs_` is also Cloudsmith's prefix, whose keys are not hex: a hex body of 40 is Woo's).
  prefixed('woocommerce-api-key', ['ck_', 'cs_'], `c[ks]_[a-f0-9]{40}${E}`),
  // Xendit's secret API keys (`xnd_development_`/`xnd_production_`, base64); the public keys say `xnd_public_`.
  prefixed('xendit-secret-key', ['xnd_development_', 'xnd_production_'], `xnd_(?:development|production)_[A-Za-z0-9+/]{40,100}={0,2}(?![A-Za-z0-9+/=])`, 3.5),
  // Akamai's EdgeGrid client and access tokens (`.edgerc`: `client_token = akab-…`), `akab-` and two runs of 16.
  prefixed('akamai-edgegrid-token', ['akab-'], `akab-[a-z0-9]{16}-[a-z0-9]{16}${E}`),
  // Bitwarden Secrets Manager's machine-account access token: version `0`, the token's id (a UUID), the client
  // secret, `:`, the 16-byte encryption key in base64 (bitwarden.com, Secret Decryption: an API key and a key).
  prefixed('bitwarden-access-token', ['0.'], `0\\.${UUID}\\.[A-Za-z0-9]{20,40}:[A-Za-z0-9+/]{22}==`),
  // Onfido's API tokens: `api_live.`/`api_sandbox.` (maybe a region, `api_live_us.`), a short id, `.`, the secret.
  prefixed('onfido-api-token', ['api_live', 'api_sandbox'], `api_(?:live|sandbox)(?:_[a-z]{2})?\\.[A-Za-z0-9_-]{8,16}\\.[A-Za-z0-9_-]{24,40}(?![A-Za-z0-9_-])`),
  // Paddle Billing's API keys: `pdl_live_apikey_`/`pdl_sdbx_apikey_`, an id, the secret and a 3-character checksum.
  prefixed('paddle-api-key', ['pdl_live_apikey_', 'pdl_sdbx_apikey_'], `pdl_(?:live|sdbx)_apikey_[a-z0-9]{20,32}_[A-Za-z0-9]{16,32}_[A-Za-z0-9]{3}${E}`),
  // Inngest's signing keys (`signkey-` and the environment, inngest.com: Signing keys), 64 hex digits.
  prefixed('inngest-signing-key', ['signkey-'], `signkey-(?:prod|test|branch)-[a-f0-9]{64}${E}`),
  // Axiom's API tokens (`xaat-`) and personal access tokens (`xapt-`), each a UUID after the prefix.
  prefixed('axiom-token', ['xaat-', 'xapt-'], `xa[ap]t-${UUID}${E}`),
  // Trigger.dev's secret keys per environment (`tr_dev_`, `tr_stg_`, `tr_prod_`) and personal tokens (`tr_pat_`);
  // its public keys say `pk_dev_`.
  prefixed('trigger-dev-secret-key', ['tr_dev_', 'tr_stg_', 'tr_prod_', 'tr_pat_'], `tr_(?:dev|stg|prod|pat)_[A-Za-z0-9]{16,64}${E}`, 3.5),
  // Flagsmith's server-side environment keys (`ser.`: "should be considered secret"; client-side keys are public).
  prefixed('flagsmith-server-key', ['ser.'], `ser\\.[A-Za-z0-9]{20,64}${E}`, 3.5),
  // OneSignal's App and Organization API keys since 2024: `os_v2_app_`/`os_v2_org_` and base32.
  prefixed('onesignal-api-key', ['os_v2_app_', 'os_v2_org_'], `os_v2_(?:app|org)_[a-z2-7]{50,200}${E}`, 3.5),
  // Cal.com's API keys: `cal_live_` in live mode (`cal_test_` in test mode; a bare `cal_` is too common a word's start).
  prefixed('calcom-api-key', ['cal_live_', 'cal_test_'], `cal_(?:live|test)_[A-Za-z0-9]{24,64}${E}`),
  // Checkout.com's sandbox secret keys (GitGuardian's checkout_sandbox_secret_key: prefixed): `sk_sbox_` and 26 to 28 of base32.
  prefixed('checkout-sandbox-secret-key', ['sk_sbox_'], `sk_sbox_[a-z2-7]{26,28}${E}`),
  // Django's SECRET_KEY as `startproject` writes it since 3.2 (django/core/management/utils.py: `django-insecure-` and
  // get_random_secret_key(), 50 of `a-z0-9!@#$%^&*(-_=+)`); the prefix says the key is the generated one, still a key.
  // (A `%` after it and two hex digits is a query's escape, `%26`, not a 51st character.)
  prefixed('django-insecure-secret-key', ['django-insecure-'], `django-insecure-[a-z0-9!@#$%^&*(=+)_-]{50}(?![a-z0-9!@#$^&*(=+)_-]|%(?![0-9A-F]{2}))`),
  // Base64 of JSON that opens with the token's own fields: Neptune's API token (`{"api_address":…,"api_key":…}`) and
  // Upstash QStash's token (`{"UserID":…,"Password":…}`).
  prefixed('json-field-token', ['eyjhcglfywrkcmvzcyi6', 'eyjvc2vysuqioi'], `eyJ(?:hcGlfYWRkcmVzcyI6|Vc2VySUQiOi)[A-Za-z0-9+/]{40,600}={0,2}(?![A-Za-z0-9+/=])`, 3.5),
  // Blockfrost's project ids, the API's only credential: the network's name glued to 32 letters and digits
  // (`mainnetXXXX…`, `preprod…`, `preview…`, `ipfs…`); a camelCase name after the word does not read as random.
  // (The token's start is tested after a match, not by a lookbehind before the alternation: tried at every
  // position, that lookbehind doubled the time on text full of the words.)
  patternRule({
    id: 'blockfrost-project-id', keywords: ['mainnet', 'preprod', 'preview', 'testnet', 'ipfs'],
    pattern: new RegExp(`(?:mainnet|preprod|preview|testnet|ipfs)[A-Za-z0-9]{32}${E}`), entropy: 3.5,
    allow: (key, text, start) => !startsToken(text, start) || !/\d/.test(key) || !looksRandomValue(key.replace(/^(?:mainnet|preprod|preview|testnet|ipfs)/, '')),
  }),
];

/** Not after a letter, digit or `_`, unless it ends an escape (as TOKEN_START reads it). */
function startsToken(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  return !word || afterEscape(text, start);
}
