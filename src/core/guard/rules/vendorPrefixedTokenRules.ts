// Vendors' token formats with a distinctive prefix or shape that the rules in vendorTokenRules.ts did
// not know, from the sixteenth round's inventory of trufflehog's prefix-keyed detectors (each shape as
// the detector's expression reads it; see bench/guard/README.md). Each stands wherever it is written,
// bare in prose or a JSON value, not only after a key: the prefix says what it is.
import { looksPlaceholder, patternRule, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';
import { shannonEntropy } from '../stringEntropy';
import { TOKEN_START } from './tokenBoundary';

const E = '(?![A-Za-z0-9_])';

function prefixed(id: string, keywords: string[], body: string, entropy = 3): SecretRule {
  return patternRule({ id, keywords, pattern: new RegExp(`${TOKEN_START}${body}`), entropy });
}

export const vendorPrefixedTokenRules: readonly SecretRule[] = [
  // 42's intra API application secret (`s-s4t2ud-`/`s-s4t2af-` and 64 hex; the uid `u-s4t2…` is its public half).
  prefixed('intra42-client-secret', ['s-s4t2ud-', 's-s4t2af-'], `s-s4t2(?:ud|af)-[a-f0-9]{64}${E}`),
  maxmindLicenseKeyRule(),
  // Voiceflow's Dialog Manager and workspace API keys: `VF.`, maybe `DM.`/`WS.`, 24 hex, `.`, 16 letters and digits.
  prefixed('voiceflow-api-key', ['vf.'], `VF\\.(?:(?:DM|WS)\\.)?[a-fA-F0-9]{24}\\.[a-zA-Z0-9]{16}${E}`),
  // TruffleHog Enterprise's API key and secret.
  prefixed('trufflehog-enterprise-key', ['thog-key-', 'thog-secret-'], `thog-(?:key-[0-9a-f]{16}|secret-[0-9a-f]{32})${E}`),
  // ClickUp's personal API token: `pk_`, the user's 8-digit id, `_`, 32 capitals and digits.
  prefixed('clickup-personal-token', ['pk_'], `pk_[0-9]{8}_[0-9A-Z]{32}${E}`),
  // SaladCloud's API key: `salad_cloud_`, a short id, `_`, the key.
  prefixed('saladcloud-api-key', ['salad_cloud_'], `salad_cloud_[0-9A-Za-z]{1,7}_[0-9A-Za-z]{7,235}${E}`, 3.5),
  // Microsoft Entra ID refresh tokens: `0.A`, the client's part, `.Ag`, the rest (long-lived access to an account).
  prefixed('azure-entra-refresh-token', ['0.a'], `0\\.A[A-Za-z0-9_-]{50,2000}\\.Ag[A-Za-z0-9_-]{250,4000}(?![A-Za-z0-9_-])`, 4),
  // Gemini's (the exchange's) API keys: `master-` or `account-` and 20 letters and digits of both cases (a name's words are not).
  patternRule({
    id: 'gemini-api-key', keywords: ['master-', 'account-'],
    pattern: new RegExp(`${TOKEN_START}(?:master|account)-[0-9A-Za-z]{20}${E}`), entropy: 3.5,
    allow: (key) => !/[a-z]/.test(key.slice(key.indexOf('-'))) || !/[A-Z]/.test(key) || !/\d/.test(key),
  }),
  // Asana's personal access token: a version digit, `/`, the user's 16-digit id or more, `:`, 32 letters and digits.
  prefixed('asana-personal-access-token', ['0/', '1/', '2/', '3/', '4/', '5/', '6/', '7/', '8/', '9/'], `\\d{1,2}/\\d{16,20}:[A-Za-z0-9]{32,64}${E}`),
];

/**
 * MaxMind's license keys since 2024: 6 letters and digits, `_`, 29, `_mmk`. Its mark is at its end, so the
 * key is read back from each `_mmk` (an expression starting with the body's class would be tried at every
 * letter of a text).
 */
function maxmindLicenseKeyRule(): SecretRule {
  const KEY = new RegExp(`${TOKEN_START}[0-9A-Za-z]{6}_[0-9A-Za-z]{29}_mmk${E}`, 'y');
  const kind = spanKind('maxmind-license-key');
  return {
    id: 'maxmind-license-key',
    keywords: ['_mmk'],
    find(text, found) {
      for (let at = text.indexOf('_mmk', 36); at !== -1; at = text.indexOf('_mmk', at + 4)) {
        KEY.lastIndex = at - 36;
        if (!KEY.test(text)) continue;
        const key = text.slice(at - 36, at + 4);
        if (!looksPlaceholder(key) && shannonEntropy(key) >= 3) found.push(kind, at - 36, at + 4);
      }
    },
  };
}
