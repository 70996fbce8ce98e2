// Vendors' token formats with a distinctive prefix or shape that the rules in vendorTokenRules.ts did
// not know, from the sixteenth round's inventory of trufflehog's detectors and Nosey Parker's rules (each
// shape as the detector's expression reads it; see bench/guard/vendorInventory.md). Each stands wherever
// it is written, bare in prose or a JSON value, not only after a key: the prefix says what it is.
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
  // MaxMind's license keys since 2024: 6 letters and digits, `_`, 29, `_mmk`.
  markedAtEnd('maxmind-license-key', '_mmk', 36, `[0-9A-Za-z]{6}_[0-9A-Za-z]{29}_mmk${E}`),
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
  // Prefixes Nosey Parker's rules read that no rule here knew: StackHawk's API key (`hawk.` and two runs of 20),
  // Grafana's older API keys (base64 of `{"k":"`, then 60 to 100), New Relic's license key (40 ending `NRAL`,
  // its region first: `eu01xx…`), Nightfall's API key (`NF-` and 32, trufflehog's nightfall detector).
  prefixed('stackhawk-api-key', ['hawk.'], `hawk\\.[0-9A-Za-z_-]{20}\\.[0-9A-Za-z_-]{20}(?![0-9A-Za-z_-])`),
  prefixed('grafana-api-key', ['eyjrijoi'], `eyJrIjoi[A-Za-z0-9]{60,100}={0,2}(?![A-Za-z0-9_=-])`, 3.5),
  markedAtEnd('newrelic-license-key', 'NRAL', 36, `[A-Za-z0-9]{6}[a-f0-9]{30}NRAL${E}`),
  prefixed('nightfall-api-key', ['nf-'], `NF-[A-Za-z0-9]{32}${E}`, 3.5),
  // Asana's personal access token: a version digit, `/`, the user's 16-digit id or more, `:`, 32 letters and digits.
  prefixed('asana-personal-access-token', ['0/', '1/', '2/', '3/', '4/', '5/', '6/', '7/', '8/', '9/'], `\\d{1,2}/\\d{16,20}:[A-Za-z0-9]{32,64}${E}`),
];

/**
 * A key whose mark is at its end (`…_mmk`, `…NRAL`), `before` characters after its start: read back from each
 * mark, since an expression starting with the body's class would be tried at every letter of a text.
 */
function markedAtEnd(id: string, mark: string, before: number, key: string): SecretRule {
  const KEY = new RegExp(`${TOKEN_START}${key}`, 'y');
  const kind = spanKind(id);
  return {
    id,
    keywords: [mark.toLowerCase()],
    find(text, found) {
      for (let at = text.indexOf(mark, before); at !== -1; at = text.indexOf(mark, at + mark.length)) {
        KEY.lastIndex = at - before;
        if (!KEY.test(text)) continue;
        const token = text.slice(at - before, KEY.lastIndex);
        if (!looksPlaceholder(token) && shannonEntropy(token) >= 3) found.push(kind, at - before, KEY.lastIndex);
      }
    },
  };
}
