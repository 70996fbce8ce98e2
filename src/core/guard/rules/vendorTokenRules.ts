// Vendors' token formats, keyed by their documented prefix (as trufflehog's detectors are): the
// prefix is the prefilter keyword, the body's alphabet and length come from the vendor's docs.
// A body of one repeated character or with a mask run (ghp_xxxx…) is a placeholder, not a key.
import { patternRule, type SecretRule } from '../secretRule';
import { jwtRule } from './jwtRule';
import { openaiKeyRule } from './openaiKeyRule';

// Not preceded by a token character, so `xghp_…` or a longer word does not match.
const B = '(?<![A-Za-z0-9_])';
// Not followed by one.
const E = '(?![A-Za-z0-9_])';

function prefixed(id: string, keywords: string[], body: string, entropy = 3): SecretRule {
  return patternRule({ id, keywords, pattern: new RegExp(`${B}${body}`), entropy });
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
  prefixed('github-token', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], `gh[pousr]_[A-Za-z0-9]{36}${E}`),
  prefixed('github-fine-grained-token', ['github_pat_'], `github_pat_[A-Za-z0-9_]{82}${E}`),
  prefixed('gitlab-token', ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glft-', 'glsoat-', 'glcbt-', 'glimt-', 'glagent-', 'gloas-', 'glffct-', 'glrtr-', 'glwt-', 'glsaat-'], `(?:glpat|gldt|glrt|glrtr|glptt|glft|glsoat|glcbt|glimt|glagent|gloas|glffct|glwt|glsaat)-[A-Za-z0-9_.-]{20,120}`),
  prefixed('gitlab-runner-registration-token', ['gr1348941'], `GR1348941[A-Za-z0-9_-]{20,40}`),
  prefixed('slack-token', ['xox'], `xox(?:[abposr]|e(?:\\.xox[bp])?)-[0-9A-Za-z-]{10,250}`),
  prefixed('slack-app-token', ['xapp-'], `xapp-\\d-[A-Z0-9]{8,}-\\d{8,}-[a-z0-9]{32,}`),
  patternRule({
    id: 'slack-webhook', keywords: ['hooks.slack.com'],
    // The whole URL is the credential: whoever has it can post.
    pattern: /https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_-]{20,120}/, entropy: 3
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
    pattern: /https?:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{5,30}\/[A-Za-z0-9_-]{60,72}/, entropy: 3
  }),
  prefixed('shopify-token', ['shpat_', 'shpca_', 'shppa_', 'shpss_'], `shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}${E}`),
  prefixed('mailchimp-key', ['-us'], `[0-9a-f]{32}-us\\d{1,2}${E}`),
  prefixed('mailgun-key', ['key-'], `key-[0-9a-z]{32}${E}`),
  prefixed('linear-key', ['lin_api_'], `lin_api_[A-Za-z0-9]{40}${E}`),
  prefixed('pypi-token', ['pypi-ageichlwas5vcmc'], `pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}`),
  prefixed('databricks-token', ['dapi'], `dapi[a-f0-9]{32}(?:-\\d)?${E}`),
  prefixed('digitalocean-token', ['dop_v1_', 'doo_v1_', 'dor_v1_'], `do[opr]_v1_[a-f0-9]{64}${E}`),
  prefixed('doppler-token', ['dp.'], `dp\\.(?:pt|st|sa|scim|audit|ct)\\.[A-Za-z0-9]{40,44}${E}`),
  prefixed('hashicorp-vault-token', ['hvs.', 'hvb.', 'hvr.'], `hv[sbr]\\.[A-Za-z0-9_-]{24,250}${E}`),
  prefixed('terraform-cloud-token', ['.atlasv1.'], `[a-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}${E}`),
  prefixed('grafana-token', ['glc_', 'glsa_'], `(?:glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})${E}`),
  prefixed('newrelic-key', ['nrak-', 'nrjs-', 'nrii-'], `NR(?:AK|JS|II)-[A-Z0-9]{19,27}${E}`),
  prefixed('postman-key', ['pmak-'], `PMAK-[a-f0-9]{24}-[a-f0-9]{34}${E}`),
  prefixed('planetscale-token', ['pscale_'], `pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64}${E}`),
  prefixed('pulumi-token', ['pul-'], `pul-[a-f0-9]{40}${E}`),
  prefixed('rubygems-key', ['rubygems_'], `rubygems_[a-f0-9]{48}${E}`),
  prefixed('square-token', ['sq0atp-', 'sq0csp-', 'eaaa'], `(?:sq0(?:atp|csp)-[0-9A-Za-z_-]{22,43}|EAAA[A-Za-z0-9_-]{60})${E}`),
  prefixed('telegram-bot-token', [':aa'], `\\d{8,10}:AA[0-9A-Za-z_-]{33}(?![0-9A-Za-z_-])`),
  prefixed('atlassian-token', ['atatt3', 'atctt3'], `AT[AC]TT3[A-Za-z0-9_=-]{150,300}${E}`),
  prefixed('docker-hub-token', ['dckr_pat_', 'dckr_oat_'], `dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,36}(?![A-Za-z0-9_-])`),
  prefixed('alibaba-access-key', ['ltai'], `LTAI[A-Za-z0-9]{12,20}${E}`),
  prefixed('supabase-token', ['sbp_', 'sb_secret_'], `(?:sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{31,})${E}`),
  prefixed('heroku-key', ['hrku-'], `HRKU-AA[A-Za-z0-9_-]{58}${E}`),
  prefixed('notion-token', ['ntn_', 'secret_'], `(?:ntn_[0-9]{11}[A-Za-z0-9]{32,40}|secret_[A-Za-z0-9]{43})${E}`),
  prefixed('flyio-token', ['fo1_', 'fm1', 'fm2_'], `(?:fo1_[A-Za-z0-9_-]{43}|fm[12][ar]?_[A-Za-z0-9+/]{100,}={0,3})(?![A-Za-z0-9_-])`),
  prefixed('azure-ad-client-secret', ['q~'], `[A-Za-z0-9_~.-]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])`),
  patternRule({
    id: 'azure-storage-key', keywords: ['accountkey='],
    pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/, entropy: 4
  }),
  patternRule({
    id: 'azure-sas-signature', keywords: ['sig='],
    pattern: /[?&]sig=(?<secret>[A-Za-z0-9%+/]{30,120}(?:%3D|=){0,2})/, entropy: 3.5
  }),
  jwtRule,
];
