// Vendors' documented token formats, asked by the rules that take a token by its shape alone
// (high-entropy, the issuer-prefixed family, a token near a vendor's name). Where a vendor documents
// its format exactly and a rule here knows it, a string with the vendor's prefix that breaks the
// format (a character outside its alphabet, a length off) is not a token that vendor issued: a
// detector's own "invalid pattern" negative. Those rules leave it; the rules that read a secret's
// place (a secret-named assignment, a header, a URL's password) still take it there.
import { SpanList } from '../spanList';
import type { SecretRule } from '../secretRule';
import { vendorTokenRules } from './vendorTokenRules';

// Prefixes several issuers or plain words share (`api-`, `key-`, `secret_`, Stripe's and Klaviyo's
// `pk_`/`sk_`): a string starting with one is not thereby any one vendor's.
// (`ck_`/`cs_`: WooCommerce's and Cloudsmith's; `mainnet`, `preview`, `ipfs`: Blockfrost's project ids and words.)
const SHARED = new Set(['sk-', 'api-', 'sdk-', 'key-', 'sk_', 'pk_', 're_', 'fc-', 'md-', 'dp.', 'st.', 'sl.', 'sg.', 'pat.', 'sat.', 'perm-', 'perm:', 'live_', 'secret_', 'access_token$', 'ck_', 'cs_', 'mainnet', 'preprod', 'preview', 'testnet', 'ipfs']);

/**
 * A vendor's own prefix: a keyword its rule's match starts with, of 3 characters or more ending in
 * a separator (`ghp_`, `glpat-`, `hvs.`) or of 4 letters and digits (`LTAI`, `AKIA`, `dapi`).
 */
function isOwnPrefix(keyword: string): boolean {
  if (SHARED.has(keyword) || !/^[a-z]/.test(keyword)) return false;
  return /^[a-z][a-z0-9_.-]*[-_.]$/.test(keyword) ? keyword.length >= 3 : /^[a-z][a-z0-9]{3,}$/.test(keyword);
}

/** Each own prefix, as written in lower case and in upper case (`ghp_`, `LTAI`, `CFPAT-`), with the rules that know it. */
const byPrefix = new Map<string, SecretRule[]>();
for (const rule of vendorTokenRules) {
  for (const keyword of rule.keywords.filter(isOwnPrefix)) {
    for (const written of new Set([keyword, keyword.toUpperCase()])) byPrefix.set(written, [...(byPrefix.get(written) ?? []), rule]);
  }
}
// One anchored test per token about to be taken, longest prefix first (`sk-ant-` before a shorter one).
const PREFIX = new RegExp(`^(?:${[...byPrefix.keys()].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.$]/g, '\\$&')).join('|')})`);

/** `token` starts with a vendor's own prefix (`ghp_`, `ramp_id_`): it is that vendor's token, its rules' to judge. */
export function hasOwnPrefix(token: string): boolean {
  const prefix = PREFIX.exec(token)?.[0];
  return prefix !== undefined && prefix.length < token.length;
}

/** `token` starts with a vendor's own prefix and none of that vendor's rules takes it from its start: it breaks the format. */
export function breaksIssuedFormat(token: string): boolean {
  const prefix = PREFIX.exec(token)?.[0];
  if (prefix === undefined || prefix.length === token.length) return false;
  return !byPrefix.get(prefix)!.some((rule) => takesFromStart(rule, token));
}

function takesFromStart(rule: SecretRule, token: string): boolean {
  const found = new SpanList(4);
  rule.find(token, found);
  return found.length > 0 && found.start(0) === 0;
}

// Vendors whose keys carry no prefix, each with every key format it documents (so that no key of
// theirs is lost): a token near the name that fits none of them is not the vendor's key.
const keyedFormats: ReadonlyMap<string, RegExp> = new Map([
  // Amplitude's API key and secret key: 32 hex digits each.
  ['amplitude', /^[a-f0-9]{32}$/],
  // Klipfolio's API key: 40 hex digits.
  ['klipfolio', /^[a-f0-9]{40}$/],
  // Klaviyo's private keys: `pk_` and 34 hex digits, or since 2024 `pk_`, 6 letters or digits, `_`, 34 hex digits.
  ['klaviyo', /^pk_(?:[A-Za-z0-9]{6}_)?[a-f0-9]{34}$/],
]);
const keyedNames = [...keyedFormats.keys()];

/**
 * The vendor's name ending at `nameEnd` in `text` documents its keys' formats and `token` fits
 * none: not its key. (Asked only of a token about to be taken.)
 */
export function breaksKeyedFormat(text: string, nameEnd: number, token: string): boolean {
  for (const name of keyedNames) {
    if (nameEnd >= name.length && text.slice(nameEnd - name.length, nameEnd).toLowerCase() === name) return !keyedFormats.get(name)!.test(token);
  }
  return false;
}

