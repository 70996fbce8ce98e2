// Vendors' token formats, keyed by their documented prefix (as trufflehog's detectors are): the
// prefix is the prefilter keyword, the body's alphabet and length come from the vendor's docs.
// A body of one repeated character or with a mask run (ghp_xxxx…) is a placeholder, not a key.
import { patternRule, type SecretRule } from '../secretRule';
import { azureSasTokenRule } from './azureSasTokenRule';
import { bitbucketAppPasswordRule } from './bitbucketAppPasswordRule';
import { jwtRule } from './jwtRule';
import { jweJsonRule } from './jweJsonRule';
import { openaiKeyRule } from './openaiKeyRule';
import { TOKEN_START } from './tokenBoundary';
import { unsignedJwtRule } from './unsignedJwtRule';
import { vendorPrefixedTokenRules } from './vendorPrefixedTokenRules';
import { vendorDocumentedTokenRules } from './vendorDocumentedTokenRules';

// Not preceded by a token character, so `xghp_…` or a longer word does not match (but after an escape, `\n` or `%3D`, it does).
const B = TOKEN_START;
// Not followed by one.
const E = '(?![A-Za-z0-9_])';

/** A URL's last path segment: a webhook's token after the ids it belongs to. */
function lastSegment(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}

// Prefixes several issuers or words share: a token glued after a word is not thereby theirs.
const SHARED = new Set(['key-', 'api-', 'sdk-', 'live_', 'secret_', 'pat.', 'sat.', 'perm:', 'perm-', 'st.', 'fc-', 're_', 'sk_', 'md-']);

/**
 * A prefix of 4 characters or more ending in a separator (`ghp_`, `glpat-`, `hvs.`) that no other issuer
 * or word shares says whose token follows wherever it stands, glued after other text too (`xyzghp_…`,
 * `tokenglpat-…`); a shorter or shared one (`SG.`, `key-`, `AKIA`) only after a non-word character.
 */
function isDistinctive(keyword: string): boolean {
  return keyword.length >= 4 && /[_.:-]$/.test(keyword) && /^[a-z]/.test(keyword) && !SHARED.has(keyword);
}

function prefixed(id: string, keywords: string[], body: string, entropy = 3): SecretRule {
  return patternRule({ id, keywords, pattern: new RegExp(`${keywords.every(isDistinctive) ? '' : B}${body}`), entropy });
}

export const vendorTokenRules: readonly SecretRule[] = [
  // A3T…: the older access key ids gitleaks and Nosey Parker still match.
  prefixed('aws-access-key-id', ['akia', 'asia', 'abia', 'acca', 'a3t'], `(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}${E}`),
  patternRule({
    // The secret key written right after its key id, as the console's credentials CSV, a
    // `key:secret` pair or two adjacent literals give it: 40 base64 characters.
    id: 'aws-secret-access-key', keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    pattern: new RegExp(`${B}(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}${E}[\\s,;:'"|=]{1,10}(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`), entropy: 3.5
  }),
  patternRule({
    id: 'aws-bedrock-api-key', keywords: ['absk', 'bedrock-api-key-'],
    pattern: new RegExp(`${B}(?:ABSK[A-Za-z0-9+/]{100,300}={0,2}|bedrock-api-key-[A-Za-z0-9+/]{40,2000}={0,2})`), entropy: 3.5
  }),
  prefixed('gcp-api-key', ['aiza'], `AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])`),
  prefixed('gcp-oauth-token', ['ya29.'], `ya29\\.[0-9A-Za-z_-]{30,600}`),
  prefixed('gcp-refresh-token', ['1//0'], `1//0[0-9A-Za-z_-]{40,300}(?![0-9A-Za-z_-])`),
  // Refresh tokens (ghr_) are 76 after the prefix where the others are 36 (Nosey Parker's np.github.4).
  prefixed('github-token', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], `(?:gh[pousr]_[A-Za-z0-9]{36}|ghr_[A-Za-z0-9]{76})${E}`),
  prefixed('github-fine-grained-token', ['github_pat_'], `github_pat_[A-Za-z0-9_]{82}${E}`),
  prefixed('gitlab-token', ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glft-', 'glsoat-', 'glcbt-', 'glimt-', 'glagent-', 'gloas-', 'glffct-', 'glrtr-', 'glwt-', 'glsaat-'], `(?:glpat|gldt|glrt|glrtr|glptt|glft|glsoat|glcbt|glimt|glagent|gloas|glffct|glwt|glsaat)-[A-Za-z0-9_.-]{20,120}`),
  prefixed('gitlab-runner-registration-token', ['gr1348941'], `GR1348941[A-Za-z0-9_-]{20,40}`),
  // xoxc/xoxd: a browser session's token and cookie, as good as a user token.
  // Every kind has two fields at least after the prefix (`xoxb-<team>-<bot>-<random>`, `xoxe-1-…`):
  // `xoxb-65677559833` cut at a character outside the alphabet is not a token.
  prefixed('slack-token', ['xox'], `xox(?:[abposrcd]|e(?:\\.xox[bp])?)-[0-9A-Za-z]{1,40}-[0-9A-Za-z-]{8,250}`),
  // And the older shape Nosey Parker's np.slack.5 reads: 12 digits, 24 of base64.
  prefixed('slack-app-token', ['xapp-'], `xapp-(?:\\d-[A-Z0-9]{8,}-\\d{8,}-[a-z0-9]{32,}|\\d{12}-[A-Za-z0-9/+]{24}(?![A-Za-z0-9/+]))`),
  patternRule({
    id: 'slack-webhook', keywords: ['hooks.slack.com'],
    // The whole URL is the credential: whoever has it can post. Its last segment is the token
    // (`…/T<team>/B<channel>/<token>`): that is what a placeholder masks, not the ids before it.
    pattern: /https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_-]{20,120}/, entropy: 3, judged: lastSegment
  }),
  prefixed('stripe-key', ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'sk_prod_', 'rk_prod_'], `[sr]k_(?:live|test|prod)_[0-9A-Za-z]{20,247}${E}`),
  prefixed('stripe-webhook-secret', ['whsec_'], `whsec_[A-Za-z0-9+/]{24,64}`),
  prefixed('sendgrid-key', ['sg.'], `SG\\.[A-Za-z0-9_-]{20,24}\\.[A-Za-z0-9_-]{40,50}(?![A-Za-z0-9_-])`),
  prefixed('twilio-api-key', ['sk'], `SK[0-9a-fA-F]{32}${E}`),
  openaiKeyRule,
  prefixed('anthropic-key', ['sk-ant-'], `sk-ant-(?:api|admin|sid)\\d\\d-[A-Za-z0-9_-]{80,120}(?:AA)?`),
  prefixed('npm-token', ['npm_'], `npm_[A-Za-z0-9]{36}${E}`),
  prefixed('huggingface-token', ['hf_', 'api_org_'], `(?:hf_[A-Za-z0-9]{34,40}|api_org_[A-Za-z0-9]{34})${E}`),
  prefixed('sourcegraph-token', ['sgp_', 'slk_'], `(?:sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40}|slk_[a-fA-F0-9]{64})${E}`),
  prefixed('1password-secret-key', ['a3-'], `A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}${E}`),
  prefixed('1password-service-account-token', ['ops_ey'], `ops_eyJ[A-Za-z0-9+/_-]{100,2000}={0,3}`),
  prefixed('age-secret-key', ['age-secret-key-1'], `AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}`),
  prefixed('discord-bot-token', ['.'], `[MNO][A-Za-z0-9]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_-])`),
  patternRule({
    id: 'discord-webhook', keywords: ['/api/webhooks/'],
    pattern: /https?:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{5,30}\/[A-Za-z0-9_-]{60,72}/, entropy: 3, judged: lastSegment
  }),
  prefixed('shopify-token', ['shpat_', 'shpca_', 'shppa_', 'shpss_'], `shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}${E}`),
  prefixed('mailchimp-key', ['-us'], `[0-9a-f]{32}-us\\d{1,2}${E}`),
  prefixed('mailgun-key', ['key-'], `key-[0-9a-z]{32}${E}`),
  prefixed('linear-key', ['lin_api_'], `lin_api_[A-Za-z0-9]{40}${E}`),
  prefixed('pypi-token', ['pypi-ageichlwas5vcmc'], `pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}`),
  prefixed('databricks-token', ['dapi'], `dapi[a-f0-9]{32}(?:-\\d)?${E}`),
  prefixed('digitalocean-token', ['dop_v1_', 'doo_v1_', 'dor_v1_'], `do[opr]_v1_[a-f0-9]{64}${E}`),
  // A service token may name its config between prefix and body (`dp.st.dev.…`, Doppler's auth token formats).
  prefixed('doppler-token', ['dp.'], `dp\\.(?:pt|st(?:\\.[a-z0-9_-]{2,35})?|sa|scim|audit|ct)\\.[A-Za-z0-9]{40,44}${E}`),
  prefixed('hashicorp-vault-token', ['hvs.', 'hvb.', 'hvr.'], `hv[sbr]\\.[A-Za-z0-9_-]{24,250}${E}`),
  prefixed('terraform-cloud-token', ['.atlasv1.'], `[a-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}${E}`),
  prefixed('grafana-token', ['glc_', 'glsa_'], `(?:glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})${E}`),
  // NRAA: the older admin API keys; their bodies are written in either case (gitleaks reads them case-blind).
  // Insights insert and query keys (NRII-, NRIQ-) hold `_` and `-` and run to 32; REST API keys (NRRA-) are 42 hex (Nosey Parker's np.newrelic.5-7).
  prefixed('newrelic-key', ['nrak-', 'nrjs-', 'nrii-', 'nraa-', 'nriq-', 'nrra-'], `(?:NR(?:AK|JS|AA)-[A-Za-z0-9]{19,27}${E}|NRI[IQ]-[A-Za-z0-9_-]{19,32}(?![A-Za-z0-9_-])|NRRA-[a-f0-9]{42}${E})`),
  // Dependency-Track's API keys (docs.dependencytrack.org, REST API: keys begin with odt_).
  prefixed('dependency-track-key', ['odt_'], `odt_[A-Za-z0-9]{32,255}${E}`),
  // Twitch's stream key: live_, the channel's numeric id, _, the random part (Twitch's stream key FAQ).
  prefixed('twitch-stream-key', ['live_'], `live_\\d{8,12}_[A-Za-z0-9]{30,36}${E}`),
  prefixed('postman-key', ['pmak-'], `PMAK-[a-f0-9]{24}-[a-f0-9]{34}${E}`),
  prefixed('planetscale-token', ['pscale_'], `pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64}${E}`),
  prefixed('pulumi-token', ['pul-'], `pul-[a-f0-9]{40}${E}`),
  prefixed('rubygems-key', ['rubygems_'], `rubygems_[a-f0-9]{48}${E}`),
  prefixed('square-token', ['sq0atp-', 'sq0csp-', 'eaaa'], `(?:sq0(?:atp|csp)-[0-9A-Za-z_-]{22,43}|EAAA[A-Za-z0-9_-]{60})${E}`),
  // The Bot API's own example token (`110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw`) has 32 after `AA`.
  prefixed('telegram-bot-token', [':aa'], `\\d{8,10}:AA[0-9A-Za-z_-]{32,33}(?![0-9A-Za-z_-])`),
  patternRule({
    // ThingsBoard's device API takes the device's access token as a path segment, over HTTP(S)
    // and CoAP alike (`…/api/v1/$ACCESS_TOKEN/telemetry`, its HTTP and CoAP device API pages),
    // on thingsboard.cloud or any self-hosted server: the segment before one of its resources.
    id: 'thingsboard-access-token', keywords: ['/api/v1/'],
    pattern: /\/api\/v1\/(?<secret>[A-Za-z0-9_-]{16,64})\/(?:telemetry|attributes|rpc|claim|firmware|software)(?![A-Za-z0-9_-])/,
    entropy: 3,
    allow: (secret) => !/\d/.test(secret) || !/[a-z]/i.test(secret),
  }),
  prefixed('atlassian-token', ['atatt3', 'atctt3'], `AT[AC]TT3[A-Za-z0-9_=-]{150,300}${E}`),
  prefixed('docker-hub-token', ['dckr_pat_', 'dckr_oat_'], `dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,36}(?![A-Za-z0-9_-])`),
  prefixed('alibaba-access-key', ['ltai'], `LTAI[A-Za-z0-9]{12,20}${E}`),
  prefixed('supabase-token', ['sbp_', 'sb_secret_'], `(?:sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{31,})${E}`),
  prefixed('heroku-key', ['hrku-'], `HRKU-AA[A-Za-z0-9_-]{58}${E}`),
  prefixed('notion-token', ['ntn_', 'secret_'], `(?:ntn_[0-9]{11}[A-Za-z0-9]{32,40}|secret_[A-Za-z0-9]{43})${E}`),
  prefixed('flyio-token', ['fo1_', 'fm1', 'fm2_'], `(?:fo1_[A-Za-z0-9_-]{43}|fm[12][ar]?_[A-Za-z0-9+/]{100,}={0,3})(?![A-Za-z0-9_-])`),
  prefixed('azure-ad-client-secret', ['q~'], `[A-Za-z0-9_~.-]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])`),
  prefixed('facebook-access-token', ['eaa'], `EAA(?!A)[A-Za-z0-9]{80,300}${E}`, 4),
  prefixed('dropbox-token', ['sl.'], `sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1400}(?![A-Za-z0-9_-])`, 4),
  prefixed('mandrill-key', ['md-'], `md-[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])`, 3.5),
  prefixed('launchdarkly-key', ['api-', 'sdk-'], `(?:api|sdk)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}${E}`),
  // Twitter's app-only bearer token: a run of A's, then the URL-encoded rest.
  prefixed('twitter-bearer-token', ['aaaaaaaaaaaaaaaaaaaa'], `A{20}[A-Za-z0-9%]{60,160}${E}`),
  // AI platforms.
  prefixed('groq-key', ['gsk_'], `gsk_[A-Za-z0-9]{52}${E}`),
  prefixed('replicate-token', ['r8_'], `r8_[A-Za-z0-9]{37}${E}`),
  prefixed('perplexity-key', ['pplx-'], `pplx-[A-Za-z0-9]{48}${E}`),
  prefixed('elevenlabs-key', ['sk_'], `sk_[a-f0-9]{48}${E}`),
  prefixed('xai-key', ['xai-'], `xai-[A-Za-z0-9]{80}${E}`),
  prefixed('openrouter-key', ['sk-or-v1-'], `sk-or-v1-[a-f0-9]{64}${E}`),
  prefixed('langsmith-key', ['lsv2_'], `lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}${E}`),
  prefixed('pinecone-key', ['pcsk_'], `pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80}${E}`),
  // Developer platforms, CI and package registries.
  prefixed('tailscale-key', ['tskey-'], `tskey-[a-z]{3,10}-[0-9A-Za-z_]{8,40}-[0-9A-Za-z_]{20,80}${E}`),
  prefixed('sentry-token', ['sntryu_', 'sntrys_'], `(?:sntryu_[a-f0-9]{64}|sntrys_eyJ[A-Za-z0-9+/=_]{60,1000})${E}`),
  prefixed('dynatrace-token', ['dt0'], `dt0[a-z]\\d\\d\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}${E}`),
  // Microsoft's common annotated security keys (security-utilities' SEC101/200): 84 characters, the fixed signature
  // `JQQJ9` at 52, then the provider's 4-character signature at 76 (`AZDO` for Azure DevOps PATs, `AZEG`, …) and maybe
  // 2 more and `==` (the long form).
  prefixed('azure-devops-pat', ['jqqj9'], `[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?${E}`),
  prefixed('google-oauth-client-secret', ['gocspx-'], `GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])`),
  prefixed('figma-token', ['figd_'], `figd_[A-Za-z0-9_-]{40,48}(?![A-Za-z0-9_-])`),
  prefixed('buildkite-token', ['bkua_'], `bkua_[a-f0-9]{40}${E}`),
  prefixed('contentful-token', ['cfpat-'], `CFPAT-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])`),
  prefixed('sonarqube-token', ['sqa_', 'sqp_', 'squ_'], `sq[apu]_[a-f0-9]{40}${E}`),
  prefixed('jfrog-token', ['akcp', 'cmvmdgtuojaxoj'], `(?:AKCp[A-Za-z0-9]{69}|cmVmdGtuOjAxOj[A-Za-z0-9]{40,80})${E}`),
  prefixed('nuget-key', ['oy2'], `oy2[a-z0-9]{43}${E}`),
  prefixed('clojars-token', ['clojars_'], `CLOJARS_[a-z0-9]{60}${E}`),
  prefixed('crates-io-token', ['cio'], `cio[A-Za-z0-9]{32}${E}`, 3.5),
  bitbucketAppPasswordRule,
  prefixed('deno-token', ['ddp_', 'ddw_'], `dd[pw]_[A-Za-z0-9]{36}${E}`),
  prefixed('netlify-token', ['nfp_'], `nfp_[A-Za-z0-9]{36}${E}`),
  prefixed('render-key', ['rnd_'], `rnd_[A-Za-z0-9]{32}${E}`),
  prefixed('neon-key', ['napi_'], `napi_[a-z0-9]{64}${E}`),
  prefixed('prefect-key', ['pnu_'], `pnu_[A-Za-z0-9]{36}${E}`),
  prefixed('readme-key', ['rdme_'], `rdme_[a-z0-9]{70}${E}`),
  prefixed('scalingo-token', ['tk-us-'], `tk-us-[A-Za-z0-9_-]{48}(?![A-Za-z0-9_-])`),
  prefixed('infracost-key', ['ico-'], `ico-[A-Za-z0-9]{32}${E}`),
  prefixed('octopus-deploy-key', ['api-'], `API-[A-Z0-9]{26}${E}`, 3.5),
  prefixed('harness-token', ['pat.', 'sat.'], `(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[a-f0-9]{24}\\.[A-Za-z0-9]{20}${E}`),
  prefixed('cloudflare-origin-ca-key', ['v1.0-'], `v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}${E}`),
  // Cloudflare's scannable credentials (2026): the global API key `cfk_`, user and account API
  // tokens `cfut_` and `cfat_`, then 40 characters and a CRC32 checksum.
  prefixed('cloudflare-api-token', ['cfk_', 'cfut_', 'cfat_'], `cf(?:k|ut|at)_[A-Za-z0-9]{44,52}${E}`, 3.5),
  // SaaS and payment APIs.
  prefixed('airtable-token', ['pat'], `pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}${E}`),
  prefixed('hubspot-token', ['pat-na1-', 'pat-eu1-'], `pat-(?:na|eu)1-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}${E}`),
  prefixed('brevo-key', ['xkeysib-', 'xsmtpsib-'], `x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}${E}`),
  prefixed('mailersend-token', ['mlsn.'], `mlsn\\.[a-f0-9]{64}${E}`),
  prefixed('resend-key', ['re_'], `re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}${E}`),
  // Secret (sk.) and temporary (tk.) tokens alike.
  prefixed('mapbox-secret-token', ['sk.eyj', 'tk.eyj'], `[st]k\\.eyJ[A-Za-z0-9_-]{50,300}\\.[A-Za-z0-9_-]{20,40}(?![A-Za-z0-9_-])`),
  prefixed('easypost-key', ['ezak', 'eztk'], `EZ[AT]K[A-Za-z0-9]{54}${E}`),
  prefixed('shippo-token', ['shippo_'], `shippo_(?:live|test)_[a-f0-9]{40}${E}`),
  prefixed('duffel-token', ['duffel_'], `duffel_(?:test|live)_[A-Za-z0-9_=-]{43}(?![A-Za-z0-9_=-])`),
  // The body's alphabet as trufflehog's detector reads it (letters of either case and digits, 32), not only hex.
  prefixed('flutterwave-key', ['flwseck'], `FLWSECK(?:_TEST)?-[A-Za-z0-9]{32}-X${E}`),
  prefixed('mercadopago-token', ['app_usr-'], `APP_USR-\\d{16}-\\d{6}-[a-f0-9]{32}-\\d{9}${E}`),
  prefixed('braintree-token', ['access_token$'], `access_token\\$(?:production|sandbox)\\$[a-z0-9]{16}\\$[a-f0-9]{32}${E}`),
  prefixed('plaid-token', ['access-sandbox-', 'access-development-', 'access-production-'], `access-(?:sandbox|development|production)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}${E}`),
  prefixed('typeform-token', ['tfp_'], `tfp_[A-Za-z0-9_.=-]{40,64}(?![A-Za-z0-9_.=-])`),
  prefixed('frameio-token', ['fio-u-'], `fio-u-[A-Za-z0-9_=-]{64}(?![A-Za-z0-9_=-])`),
  prefixed('adafruit-key', ['aio_'], `aio_[A-Za-z0-9]{28}${E}`),
  // Ramp's API client id and secret (trufflehog's Ramp detector): `ramp_id_` and 40, `ramp_sec_` and 48 letters and digits.
  prefixed('ramp-client-credential', ['ramp_id_', 'ramp_sec_'], `ramp_(?:id_[A-Za-z0-9]{40}|sec_[A-Za-z0-9]{48})${E}`),
  prefixed('salesforce-token', ['00d'], `00D[A-Za-z0-9]{12,15}![A-Za-z0-9_.]{90,100}(?![A-Za-z0-9_.])`),
  prefixed('tencent-secret-id', ['akid'], `AKID[A-Za-z0-9]{32}${E}`),
  prefixed('yandex-key', ['aqvn'], `AQVN[A-Za-z0-9_-]{35,38}(?![A-Za-z0-9_-])`),
  // Zoho's OAuth access and refresh tokens: `1000.`, then two runs of 32 hex digits.
  prefixed('zoho-oauth-token', ['1000.'], `1000\\.[a-f0-9]{32}\\.[a-f0-9]{32}${E}`),
  // The GitHub partner list's providers, each shape from the vendor's own page: CircleCI's
  // personal and project tokens (`CCIPAT_`/`CCIPRJ_`, a base58 UUID, 40 hex); an OpenShift OAuth
  // token (`sha256~`, 32 bytes in unpadded base64url); Zuplo's `zpka_<random>_<checksum>`; a
  // MongoDB Atlas service account's client secret (`mdb_sa_sk_`, its id `mdb_sa_id_` is public);
  // PostHog's personal API key (`phx_`; the project key `phc_` is public by design).
  prefixed('circleci-token', ['ccipat_', 'cciprj_'], `CCIP(?:AT|RJ)_[1-9A-HJ-NP-Za-km-z]{20,23}_[a-f0-9]{40}${E}`),
  prefixed('openshift-oauth-token', ['sha256~'], `sha256~[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])`, 3.5),
  prefixed('zuplo-api-key', ['zpka_'], `zpka_[a-f0-9]{32}_[a-f0-9]{8}${E}`),
  prefixed('mongodb-atlas-service-account-secret', ['mdb_sa_sk_'], `mdb_sa_sk_[A-Za-z0-9_-]{40,48}(?![A-Za-z0-9_-])`, 3.5),
  prefixed('posthog-personal-key', ['phx_'], `phx_[A-Za-z0-9_-]{40,50}(?![A-Za-z0-9_-])`, 3.5),
  prefixed('wakatime-key', ['waka_'], `waka_[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}${E}`),
  // More documented prefixes (vendors' docs, cross-read with trufflehog's detectors).
  prefixed('nvidia-key', ['nvapi-'], `nvapi-[A-Za-z0-9_-]{60,70}(?![A-Za-z0-9_-])`),
  // Intercom's access tokens are base64 of `tok:…:1:0`.
  prefixed('intercom-token', ['dg9ro'], `dG9rO[A-Za-z0-9+/]{50,80}={0,2}(?![A-Za-z0-9+/=])`),
  prefixed('adobe-client-secret', ['p8e-'], `p8e-[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])`),
  prefixed('riot-games-key', ['rgapi-'], `RGAPI-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}${E}`),
  prefixed('amazon-mws-token', ['amzn.mws.'], `amzn\\.mws\\.[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}${E}`),
  prefixed('linear-oauth-token', ['lin_oauth_'], `lin_oauth_[a-f0-9]{64}${E}`),
  prefixed('packagist-token', ['packagist_'], `packagist_[ou][ru]t_[a-f0-9]{68}${E}`),
  prefixed('rootly-key', ['rootly_'], `rootly_[a-f0-9]{64}${E}`),
  prefixed('tavily-key', ['tvly-'], `tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}${E}`),
  prefixed('firecrawl-key', ['fc-'], `fc-[a-f0-9]{32}${E}`),
  prefixed('e2b-key', ['e2b_'], `e2b_[a-f0-9]{40}${E}`),
  prefixed('langfuse-secret-key', ['sk-lf-'], `sk-lf-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}${E}`),
  prefixed('stytch-secret', ['secret-live-', 'secret-test-'], `secret-(?:live|test)-[A-Za-z0-9_=-]{36}(?![A-Za-z0-9_=-])`),
  prefixed('infisical-token', ['st.'], `st\\.[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}\\.[a-f0-9]{32}\\.[a-f0-9]{32}${E}`),
  prefixed('youtrack-permanent-token', ['perm:', 'perm-'], `perm[:-][A-Za-z0-9+/=]{4,120}\\.[A-Za-z0-9+/=]{4,60}\\.[A-Za-z0-9]{20,40}${E}`),
  prefixed('midtrans-server-key', ['mid-server-'], `(?:SB-)?Mid-server-[A-Za-z0-9_-]{20,40}(?![A-Za-z0-9_-])`),
  prefixed('persona-key', ['persona_production_', 'persona_sandbox_'], `persona_(?:production|sandbox)_[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}${E}`),
  prefixed('samsara-token', ['samsara_api_'], `samsara_api_[A-Za-z0-9]{30}${E}`),
  prefixed('pypi-test-token', ['pypi-agendgvzdc5wexbplm9yzw'], `pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_-]{50,300}`),
  prefixed('firebase-fcm-server-key', [':apa91b'], `AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{130,140}(?![A-Za-z0-9_-])`),
  patternRule({
    // The whole URL is the credential, as a Slack webhook's. Office 365 connectors' URLs before
    // 2021 had the same path under outlook.office(365).com/webhook/. But Google Chat's: its `token` alone ("The values for
    // SPACE_ID, KEY, and TOKEN are set by Chat", Google's webhook quickstart; the key "is shared by all Google Chat
    // webhooks, the secret part is the token parameter", GitGuardian's detector page); the space and the host stay, the
    // `AIza` key is still the Google API key rule's. (Slack's and Discord's URLs narrowed to their token lost labelled
    // secrets of tune, vendor and five holdouts, which label the URL: forty-second round.)
    id: 'chat-webhook-url', keywords: ['hooks.zapier.com', 'webhook.office.com', 'outlook.office.com/webhook/', 'outlook.office365.com/webhook/', 'maker.ifttt.com', 'chat.googleapis.com', '/bot/v2/hook/', 'qyapi.weixin.qq.com', 'oapi.dingtalk.com', '.tines.com'],
    pattern: /https?:\/\/(?:hooks\.zapier\.com\/hooks\/catch\/\d{3,12}\/[A-Za-z0-9]{5,12}\/?|(?:[a-z0-9-]{1,60}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/[A-Za-z0-9@/-]{60,250}|maker\.ifttt\.com\/(?:use|trigger\/[A-Za-z0-9_-]{1,80}\/(?:json\/)?with\/key)\/[A-Za-z0-9_-]{20,44}|chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{6,20}\/messages\?key=[A-Za-z0-9_-]{30,45}&token=(?<secret>[A-Za-z0-9_%-]{30,80})|open\.(?:feishu\.cn|larksuite\.com)\/open-apis\/bot\/v2\/hook\/[a-f0-9-]{36}|qyapi\.weixin\.qq\.com\/cgi-bin\/webhook\/send\?key=[a-f0-9-]{36}|oapi\.dingtalk\.com\/robot\/send\?access_token=[a-f0-9]{64}|[a-z0-9-]{1,60}\.tines\.com\/webhook\/[a-f0-9]{32}\/[a-f0-9]{32})/, entropy: 3
  }),
  patternRule({
    // Jenkins' encrypted form of a stored secret (credentials.xml, a job's config.xml): `{` and the
    // base64 of version byte 1, the IV's length (16) and the data's as 4-byte integers, the IV and
    // the AES data (hudson.util.Secret#getEncryptedValue). Braced, it reads as a placeholder; it is
    // a secret to anyone with the controller's master key, and the plain text once decrypted.
    id: 'jenkins-encrypted-secret', keywords: ['{aqaaabaaaa'],
    pattern: /\{(?<secret>AQAAABAAAA[A-Za-z0-9+/]{40,8000}={0,2})\}/, entropy: 3.5
  }),
  patternRule({
    id: 'azure-storage-key', keywords: ['accountkey='],
    pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/, entropy: 4
  }),
  azureSasTokenRule,
  jwtRule,
  jweJsonRule,
  unsignedJwtRule,
  ...vendorPrefixedTokenRules,
  ...vendorDocumentedTokenRules,
];
