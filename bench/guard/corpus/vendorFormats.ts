// The default bench corpus, built from vendors' documented token formats (prefix, alphabet,
// length as each vendor or the public rule descriptions state them) and the shapes secrets
// take in files, each next to look-alikes that hold no secret: masked and example values,
// truncated tokens, public keys and ids, hashes, identifiers. Tokens are drawn from a seeded
// PRNG at run time, so no key-shaped literal is committed.
import { createHash } from 'node:crypto';
import { seededRandom } from '../../../src/core/seededRandom';
import type { CorpusItem } from '../redactionScore';

const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LO = 'abcdefghijklmnopqrstuvwxyz';
const DI = '0123456789';
const AN = UP + LO + DI;
const HEX = '0123456789abcdef';
const B64 = AN + '+/';
const URL = AN + '-_';
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

type Pick = (alphabet: string, n: number) => string;

/** A documented format: how a real token is made, and where it is usually written. */
interface Format {
  readonly name: string;
  readonly make: (p: Pick) => string;
  /** The variable it is usually assigned to. */
  readonly env: string;
  /** Found only by its place (no prefix or shape of its own): not written bare after an escape. */
  readonly placeOnly?: boolean;
}

const formats: readonly Format[] = [
  { name: 'AWS access key id', env: 'AWS_ACCESS_KEY_ID', make: (p) => `AKIA${p('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}` },
  { name: 'AWS temporary access key id', env: 'AWS_ACCESS_KEY_ID', make: (p) => `ASIA${p('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}` },
  { name: 'AWS secret access key', env: 'AWS_SECRET_ACCESS_KEY', make: (p) => p(B64, 40), placeOnly: true },
  { name: 'AWS Bedrock long-term API key', env: 'AWS_BEARER_TOKEN_BEDROCK', make: (p) => `ABSK${Buffer.from(`BedrockAPIKey-${p(LO + DI, 4)}-at-${p(DI, 12)}:${p(B64, 60)}`).toString('base64')}` },
  { name: 'Google API key', env: 'GOOGLE_API_KEY', make: (p) => `AIza${p(URL, 35)}` },
  { name: 'Google OAuth access token', env: 'GOOGLE_ACCESS_TOKEN', make: (p) => `ya29.${p(URL, 120)}` },
  { name: 'GitHub personal access token', env: 'GITHUB_TOKEN', make: (p) => `ghp_${p(AN, 36)}` },
  { name: 'GitHub OAuth token', env: 'GH_OAUTH', make: (p) => `gho_${p(AN, 36)}` },
  { name: 'GitHub app installation token', env: 'GH_APP_TOKEN', make: (p) => `ghs_${p(AN, 36)}` },
  { name: 'GitHub fine-grained token', env: 'GH_PAT', make: (p) => `github_pat_${p(AN, 22)}_${p(AN, 59)}` },
  { name: 'GitLab personal access token', env: 'GITLAB_TOKEN', make: (p) => `glpat-${p(URL, 20)}` },
  { name: 'GitLab deploy token', env: 'GITLAB_DEPLOY', make: (p) => `gldt-${p(URL, 20)}` },
  { name: 'GitLab runner token', env: 'RUNNER_TOKEN', make: (p) => `glrt-${p(URL, 20)}` },
  { name: 'GitLab incoming mail token', env: 'GL_MAIL', make: (p) => `glimt-${p(LO + DI, 25)}` },
  { name: 'GitLab agent token', env: 'GL_AGENT', make: (p) => `glagent-${p(URL, 50)}` },
  { name: 'GitLab OAuth app secret', env: 'GL_OAUTH', make: (p) => `gloas-${p(LO + DI, 64)}` },
  { name: 'GitLab feature flag client token', env: 'GL_FF', make: (p) => `glffct-${p(URL, 20)}` },
  { name: 'GitLab runner registration token', env: 'REGISTRATION_TOKEN', make: (p) => `GR1348941${p(URL, 20)}` },
  { name: 'Slack bot token', env: 'SLACK_BOT_TOKEN', make: (p) => `xoxb-${p(DI, 12)}-${p(DI, 13)}-${p(AN, 24)}` },
  { name: 'Slack user token', env: 'SLACK_USER_TOKEN', make: (p) => `xoxp-${p(DI, 12)}-${p(DI, 12)}-${p(DI, 13)}-${p(HEX, 32)}` },
  { name: 'Slack app-level token', env: 'SLACK_APP_TOKEN', make: (p) => `xapp-1-A${p(UP + DI, 10)}-${p(DI, 13)}-${p(HEX, 64)}` },
  { name: 'Slack config refresh token', env: 'SLACK_REFRESH', make: (p) => `xoxe-1-${p(AN, 140)}` },
  { name: 'Slack incoming webhook', env: 'SLACK_WEBHOOK_URL', make: (p) => `https://hooks.slack.com/services/T${p(UP + DI, 10)}/B${p(UP + DI, 10)}/${p(AN, 24)}` },
  { name: 'Slack workflow webhook', env: 'SLACK_WORKFLOW_URL', make: (p) => `https://hooks.slack.com/workflows/T${p(UP + DI, 10)}/A${p(UP + DI, 10)}/${p(DI, 18)}/${p(AN, 24)}` },
  { name: 'Stripe live secret key', env: 'STRIPE_SECRET_KEY', make: (p) => `sk_live_${p(AN, 99)}` },
  { name: 'Stripe test secret key', env: 'STRIPE_TEST_KEY', make: (p) => `sk_test_${p(AN, 24)}` },
  { name: 'Stripe restricted key', env: 'STRIPE_RESTRICTED', make: (p) => `rk_live_${p(AN, 99)}` },
  { name: 'Stripe webhook secret', env: 'STRIPE_WEBHOOK_SECRET', make: (p) => `whsec_${p(AN, 32)}` },
  { name: 'SendGrid API key', env: 'SENDGRID_API_KEY', make: (p) => `SG.${p(URL, 22)}.${p(URL, 43)}` },
  { name: 'Twilio API key sid', env: 'TWILIO_API_KEY', make: (p) => `SK${p(HEX, 32)}` },
  { name: 'Twilio auth token', env: 'TWILIO_AUTH_TOKEN', make: (p) => p(HEX, 32), placeOnly: true },
  { name: 'OpenAI project key', env: 'OPENAI_API_KEY', make: (p) => `sk-proj-${p(URL, 74)}T3BlbkFJ${p(URL, 74)}` },
  { name: 'OpenAI legacy key', env: 'OPENAI_API_KEY', make: (p) => `sk-${p(AN, 20)}T3BlbkFJ${p(AN, 20)}` },
  { name: 'Anthropic API key', env: 'ANTHROPIC_API_KEY', make: (p) => `sk-ant-api03-${p(URL, 93)}AA` },
  { name: 'npm access token', env: 'NPM_TOKEN', make: (p) => `npm_${p(AN, 36)}` },
  { name: 'Hugging Face token', env: 'HF_TOKEN', make: (p) => `hf_${p(AN, 34)}` },
  { name: 'Sourcegraph access token', env: 'SRC_ACCESS_TOKEN', make: (p) => `sgp_${p(HEX, 16)}_${p(HEX, 40)}` },
  { name: '1Password service account token', env: 'OP_SERVICE_ACCOUNT_TOKEN', make: (p) => `ops_${Buffer.from(`{"signInAddress":"my.1password.com","userAuth":{"method":"SRPg-4096","alg":"PBES2g-HS256","salt":"${p(URL, 22)}"},"email":"${p(LO, 12)}@1passwordserviceaccounts.com","srpX":"${p(HEX, 64)}","muk":{"k":"${p(URL, 43)}"}}`).toString('base64url')}` },
  { name: '1Password secret key', env: 'OP_SECRET_KEY', make: (p) => `A3-${p(UP + DI, 6)}-${p(UP + DI, 6)}-${p(UP + DI, 5)}-${p(UP + DI, 5)}-${p(UP + DI, 5)}-${p(UP + DI, 5)}` },
  { name: 'age secret key', env: 'SOPS_AGE_KEY', make: (p) => `AGE-SECRET-KEY-1${p('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}` },
  { name: 'Discord bot token', env: 'DISCORD_TOKEN', make: (p) => `M${p(AN, 25)}.${p(URL, 6)}.${p(URL, 38)}` },
  { name: 'Discord webhook', env: 'DISCORD_WEBHOOK', make: (p) => `https://discord.com/api/webhooks/${p(DI, 19)}/${p(URL, 68)}` },
  { name: 'JSON Web Token', env: 'JWT', make: (p) => `${b64u('{"alg":"HS256","typ":"JWT"}')}.${b64u(`{"sub":"${p(DI, 8)}","name":"${p(LO, 8)}","iat":${p(DI, 10)}}`)}.${p(URL, 43)}` },
  { name: 'unsigned JSON Web Token', env: 'ID_TOKEN', make: (p) => `${b64u('{"alg":"none"}')}.${b64u(`{"sub":"${p(LO, 8)}","admin":true}`)}.` },
  { name: 'Shopify access token', env: 'SHOPIFY_TOKEN', make: (p) => `shpat_${p(HEX, 32)}` },
  { name: 'Mailchimp API key', env: 'MAILCHIMP_API_KEY', make: (p) => `${p(HEX, 32)}-us${1 + Math.floor(p(DI, 1).charCodeAt(0) % 20)}` },
  { name: 'Mailgun API key', env: 'MAILGUN_API_KEY', make: (p) => `key-${p(HEX, 32)}` },
  { name: 'Linear API key', env: 'LINEAR_API_KEY', make: (p) => `lin_api_${p(AN, 40)}` },
  { name: 'PyPI upload token', env: 'TWINE_PASSWORD', make: (p) => `pypi-AgEIcHlwaS5vcmc${p(URL, 70)}` },
  { name: 'Databricks token', env: 'DATABRICKS_TOKEN', make: (p) => `dapi${p(HEX, 32)}` },
  { name: 'DigitalOcean token', env: 'DIGITALOCEAN_TOKEN', make: (p) => `dop_v1_${p(HEX, 64)}` },
  { name: 'Doppler token', env: 'DOPPLER_TOKEN', make: (p) => `dp.st.${p(AN, 43)}` },
  { name: 'Vault service token', env: 'VAULT_TOKEN', make: (p) => `hvs.${p(URL, 90)}` },
  { name: 'Terraform Cloud token', env: 'TFC_TOKEN', make: (p) => `${p(LO + DI, 14)}.atlasv1.${p(URL, 67)}` },
  { name: 'Grafana service account token', env: 'GRAFANA_TOKEN', make: (p) => `glsa_${p(AN, 32)}_${p(HEX, 8)}` },
  { name: 'New Relic user key', env: 'NEW_RELIC_API_KEY', make: (p) => `NRAK-${p(UP + DI, 27)}` },
  { name: 'Postman API key', env: 'POSTMAN_API_KEY', make: (p) => `PMAK-${p(HEX, 24)}-${p(HEX, 34)}` },
  { name: 'PlanetScale password', env: 'PLANETSCALE_PASSWORD', make: (p) => `pscale_pw_${p(URL, 43)}` },
  { name: 'Pulumi token', env: 'PULUMI_ACCESS_TOKEN', make: (p) => `pul-${p(HEX, 40)}` },
  { name: 'RubyGems key', env: 'GEM_HOST_API_KEY', make: (p) => `rubygems_${p(HEX, 48)}` },
  { name: 'Square access token', env: 'SQUARE_TOKEN', make: (p) => `EAAA${p(URL, 60)}` },
  { name: 'Telegram bot token', env: 'TELEGRAM_BOT_TOKEN', make: (p) => `${p(DI, 10)}:AA${p(URL, 33)}` },
  { name: 'Docker Hub token', env: 'DOCKERHUB_TOKEN', make: (p) => `dckr_pat_${p(URL, 27)}` },
  { name: 'Supabase access token', env: 'SUPABASE_ACCESS_TOKEN', make: (p) => `sbp_${p(HEX, 40)}` },
  { name: 'Azure AD client secret', env: 'AZURE_CLIENT_SECRET', make: (p) => `${p(AN, 3)}8Q~${p(AN + '_-.', 34)}` },
  { name: 'Azure OpenAI key', env: 'AZURE_OPENAI_API_KEY', make: (p) => p(HEX, 32), placeOnly: true },
  { name: 'OAuth client secret (40 hex)', env: 'OAUTH_CLIENT_SECRET', make: (p) => p(HEX, 40), placeOnly: true },
  // Sixth round: prefixes from the vendors' docs (cross-read with trufflehog's detectors).
  { name: 'NVIDIA API key', env: 'NVIDIA_API_KEY', make: (p) => `nvapi-${p(URL, 64)}` },
  { name: 'Intercom access token', env: 'INTERCOM_ACCESS_TOKEN', make: (p) => Buffer.from(`tok:${p(HEX, 8)}_${p(HEX, 4)}_${p(HEX, 4)}_${p(HEX, 4)}_${p(HEX, 12)}:1:0`).toString('base64') },
  { name: 'Adobe client secret', env: 'ADOBE_CLIENT_SECRET', make: (p) => `p8e-${p(URL, 32)}` },
  { name: 'Riot Games API key', env: 'RIOT_API_KEY', make: (p) => `RGAPI-${p(HEX, 8)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 12)}` },
  { name: 'Amazon MWS auth token', env: 'MWS_AUTH_TOKEN', make: (p) => `amzn.mws.${p(HEX, 8)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 12)}` },
  { name: 'Linear OAuth token', env: 'LINEAR_OAUTH_TOKEN', make: (p) => `lin_oauth_${p(HEX, 64)}` },
  { name: 'Private Packagist token', env: 'PACKAGIST_TOKEN', make: (p) => `packagist_out_${p(HEX, 68)}` },
  { name: 'Rootly API key', env: 'ROOTLY_API_TOKEN', make: (p) => `rootly_${p(HEX, 64)}` },
  { name: 'Tavily API key', env: 'TAVILY_API_KEY', make: (p) => `tvly-${p(AN, 32)}` },
  { name: 'Firecrawl API key', env: 'FIRECRAWL_API_KEY', make: (p) => `fc-${p(HEX, 32)}` },
  { name: 'E2B API key', env: 'E2B_API_KEY', make: (p) => `e2b_${p(HEX, 40)}` },
  { name: 'Langfuse secret key', env: 'LANGFUSE_SECRET_KEY', make: (p) => `sk-lf-${p(HEX, 8)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 12)}` },
  { name: 'Stytch secret', env: 'STYTCH_SECRET', make: (p) => `secret-live-${p(URL, 36)}` },
  { name: 'Infisical service token', env: 'INFISICAL_TOKEN', make: (p) => `st.${p(HEX, 8)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 12)}.${p(HEX, 32)}.${p(HEX, 32)}` },
  { name: 'YouTrack permanent token', env: 'YOUTRACK_TOKEN', make: (p) => `perm:${Buffer.from(p(LO, 6)).toString('base64')}.${Buffer.from(`${p(DI, 2)}-${p(DI, 2)}`).toString('base64')}.${p(AN, 30)}` },
  { name: 'TestPyPI upload token', env: 'TWINE_PASSWORD', make: (p) => `pypi-AgENdGVzdC5weXBpLm9yZw${p(URL, 70)}` },
  { name: 'Midtrans server key', env: 'MIDTRANS_SERVER_KEY', make: (p) => `Mid-server-${p(URL, 24)}` },
  { name: 'Persona API key', env: 'PERSONA_API_KEY', make: (p) => `persona_production_${p(HEX, 8)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 12)}` },
  { name: 'Samsara API token', env: 'SAMSARA_API_TOKEN', make: (p) => `samsara_api_${p(AN, 30)}` },
  { name: 'Cloudflare user API token', env: 'CLOUDFLARE_API_TOKEN', make: (p) => `cfut_${p(AN, 46)}` },
  { name: 'Cloudflare account API token', env: 'CF_ACCOUNT_TOKEN', make: (p) => `cfat_${p(AN, 46)}` },
  { name: 'Cloudflare global API key', env: 'CLOUDFLARE_API_KEY', make: (p) => `cfk_${p(AN, 46)}` },
  { name: 'Zoho OAuth refresh token', env: 'ZOHO_REFRESH_TOKEN', make: (p) => `1000.${p(HEX, 32)}.${p(HEX, 32)}` },
  // GitHub's partner list, shapes from each vendor's page (ninth round).
  { name: 'CircleCI personal API token', env: 'CIRCLECI_TOKEN', make: (p) => `CCIPAT_${p(B58, 22)}_${p(HEX, 40)}` },
  { name: 'CircleCI project API token', env: 'CIRCLE_PROJECT_TOKEN', make: (p) => `CCIPRJ_${p(B58, 22)}_${p(HEX, 40)}` },
  { name: 'OpenShift OAuth access token', env: 'OPENSHIFT_TOKEN', make: (p) => `sha256~${p(URL, 43)}` },
  { name: 'Zuplo API key', env: 'ZUPLO_API_KEY', make: (p) => `zpka_${p(HEX, 32)}_${p(HEX, 8)}` },
  { name: 'MongoDB Atlas service account secret', env: 'ATLAS_CLIENT_SECRET', make: (p) => `mdb_sa_sk_${p(AN, 40)}` },
  { name: 'PostHog personal API key', env: 'POSTHOG_PERSONAL_API_KEY', make: (p) => `phx_${p(AN, 47)}` },
  { name: 'Feishu bot webhook', env: 'FEISHU_WEBHOOK', make: (p) => `https://open.feishu.cn/open-apis/bot/v2/hook/${p(HEX, 8)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 12)}` },
  { name: 'DingTalk robot webhook', env: 'DINGTALK_WEBHOOK', make: (p) => `https://oapi.dingtalk.com/robot/send?access_token=${p(HEX, 64)}` },
  { name: 'IFTTT webhook key', env: 'IFTTT_WEBHOOK', make: (p) => `https://maker.ifttt.com/trigger/${p(LO, 8)}/with/key/${p(URL, 22)}` },
  // Sixteenth round: trufflehog's prefix-keyed detectors, and RFC 7519's unsecured JWT with the header written otherwise.
  { name: '42 intra application secret', env: 'FT_CLIENT_SECRET', make: (p) => `s-s4t2ud-${p(HEX, 64)}` },
  { name: 'MaxMind license key', env: 'MAXMIND_LICENSE_KEY', make: (p) => `${p(AN, 6)}_${p(AN, 29)}_mmk` },
  { name: 'Voiceflow API key', env: 'VOICEFLOW_API_KEY', make: (p) => `VF.DM.${p(HEX, 24)}.${p(AN, 16)}` },
  { name: 'TruffleHog Enterprise secret', env: 'THOG_SECRET', make: (p) => `thog-secret-${p(HEX, 32)}` },
  { name: 'ClickUp personal token', env: 'CLICKUP_TOKEN', make: (p) => `pk_${p(DI, 8)}_${p(UP + DI, 32)}` },
  { name: 'SaladCloud API key', env: 'SALAD_API_KEY', make: (p) => `salad_cloud_${p(AN, 5)}_${p(AN, 40)}` },
  { name: 'Asana personal access token', env: 'ASANA_PAT', make: (p) => `1/${p(DI, 16)}:${p(AN, 32)}` },
  { name: 'Microsoft Entra ID refresh token', env: 'AZURE_REFRESH_TOKEN', make: (p) => `0.A${p(URL, 80)}.Ag${p(URL, 400)}` },
  { name: 'Gemini exchange API key', env: 'GEMINI_API_KEY', make: (p) => `account-${p(UP, 4)}${p(LO, 4)}${p(DI, 2)}${p(AN, 10)}` },
  // Prefixes of Nosey Parker's rules no rule here knew, or read too narrowly.
  { name: 'GitHub refresh token', env: 'GH_REFRESH_TOKEN', make: (p) => `ghr_${p(AN, 76)}` },
  { name: 'New Relic Insights query key', env: 'NEW_RELIC_QUERY_KEY', make: (p) => `NRIQ-${p(URL, 32)}` },
  { name: 'New Relic REST API key', env: 'NEW_RELIC_REST_KEY', make: (p) => `NRRA-${p(HEX, 42)}` },
  { name: 'New Relic license key', env: 'NEW_RELIC_LICENSE_KEY', make: (p) => `eu01xx${p(HEX, 30)}NRAL` },
  { name: 'StackHawk API key', env: 'HAWK_API_KEY', make: (p) => `hawk.${p(AN, 20)}.${p(AN, 20)}` },
  { name: 'Grafana API key', env: 'GRAFANA_API_KEY', make: (p) => Buffer.from(`{"k":"${p(AN, 32)}","n":"ci","id":1}`).toString('base64') },
  { name: 'Nightfall API key', env: 'NIGHTFALL_API_KEY', make: (p) => `NF-${p(AN, 32)}` },
  { name: 'Mapbox temporary token', env: 'MAPBOX_TOKEN', make: (p) => `tk.${b64u(`{"u":"${p(LO, 8)}","a":"${p(LO + DI, 25)}"}`)}.${p(URL, 22)}` },
  { name: 'ZeroTier Central API token', env: 'ZEROTIER_CENTRAL_TOKEN', make: (p) => p(AN, 32), placeOnly: true },
  // Twenty-first round: Bitcoin's Wallet Import Format (the Bitcoin wiki), a key with no prefix of its own but its checksum.
  { name: 'Bitcoin private key (WIF)', env: 'BTC_WIF', make: (p) => wif(p(HEX, 64), false) },
  { name: 'Bitcoin private key (WIF, compressed)', env: 'WALLET_WIF', make: (p) => wif(p(HEX, 64), true) },
  { name: 'unsecured JWT, spaced header', env: 'ID_TOKEN', make: (p) => `${b64u('{ "alg": "none" }')}.${b64u(`{ "sub": "${p(LO, 8)}" }`)}.` },
  // Seventeenth round: Microsoft's identifiable keys (security-utilities), signature at a fixed place.
  { name: 'Azure Cache for Redis key', env: 'REDIS_KEY', make: (p) => `${p(B64, 33)}AzCa${p('ABCDEFGHIJKLMNOP', 1)}${p(B64, 5)}=` },
  { name: 'Azure Event Grid key', env: 'EVENTGRID_KEY', make: (p) => `${p(B64, 33)}AZEG${p('ABCDEFGHIJKLMNOP', 1)}${p(B64, 5)}=` },
  { name: 'Azure AI Search admin key', env: 'AZURE_SEARCH_KEY', make: (p) => `${p(B64, 42)}AzSe${p('ABCD', 1)}${p(B64, 5)}` },
  { name: 'Azure Container Registry key', env: 'ACR_PASSWORD', make: (p) => `${p(B64, 42)}+ACR${p('ABCD', 1)}${p(B64, 5)}` },
  { name: 'Azure Functions key', env: 'AZURE_FUNCTION_KEY', make: (p) => `${p(URL, 44)}AzFu${p(URL, 5)}${p('AQgw', 1)}==` },
  { name: 'Microsoft common annotated security key', env: 'EVENTGRID_ACCESS_KEY', make: (p) => `${p(AN, 52)}JQQJ99${p(AN, 1)}${p('ABCDEFGHIJKL', 1)}${p(AN, 16)}AZEG${p(AN, 4)}` },
  // Seventeenth round: vendors' own documentation and GitGuardian's detector pages.
  { name: 'Honeycomb ingest key', env: 'HONEYCOMB_API_KEY', make: (p) => `hcxik_${p(LO + DI, 58)}` },
  { name: 'WooCommerce consumer secret', env: 'WOOCOMMERCE_CONSUMER_SECRET', make: (p) => `cs_${p(HEX, 40)}` },
  { name: 'Xendit secret key', env: 'XENDIT_SECRET_KEY', make: (p) => `xnd_development_${p(B64, 60)}==` },
  { name: 'Akamai EdgeGrid client token', env: 'AKAMAI_CLIENT_TOKEN', make: (p) => `akab-${p(LO + DI, 16)}-${p(LO + DI, 16)}` },
  { name: 'Bitwarden Secrets Manager access token', env: 'BWS_ACCESS_TOKEN', make: (p) => `0.${p(HEX, 8)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 12)}.${p(AN, 30)}:${p(AN, 22)}==` },
  { name: 'Onfido API token', env: 'ONFIDO_API_TOKEN', make: (p) => `api_live.${p(URL, 11)}.${p(URL, 32)}` },
  { name: 'Paddle API key', env: 'PADDLE_API_KEY', make: (p) => `pdl_live_apikey_01${p(LO + DI, 24)}_${p(AN, 22)}_${p(AN, 3)}` },
  { name: 'Inngest signing key', env: 'INNGEST_SIGNING_KEY', make: (p) => `signkey-prod-${p(HEX, 64)}` },
  { name: 'Axiom API token', env: 'AXIOM_TOKEN', make: (p) => `xaat-${p(HEX, 8)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 12)}` },
  { name: 'Trigger.dev secret key', env: 'TRIGGER_SECRET_KEY', make: (p) => `tr_prod_${p(UP, 4)}${p(LO, 4)}${p(DI, 4)}${p(AN, 12)}` },
  { name: 'Flagsmith server-side key', env: 'FLAGSMITH_ENVIRONMENT_KEY', make: (p) => `ser.${p(UP, 4)}${p(LO, 4)}${p(DI, 4)}${p(AN, 10)}` },
  { name: 'OneSignal app API key', env: 'ONESIGNAL_REST_API_KEY', make: (p) => `os_v2_app_${p('abcdefghijklmnopqrstuvwxyz234567', 113)}` },
  { name: 'Cal.com API key', env: 'CAL_API_KEY', make: (p) => `cal_live_${p(UP, 4)}${p(LO, 4)}${p(DI, 4)}${p(AN, 20)}` },
  { name: 'Checkout.com sandbox secret key', env: 'CKO_SECRET_KEY', make: (p) => `sk_sbox_${p('abcdefghijklmnopqrstuvwxyz234567', 26)}` },
  { name: 'Neptune API token', env: 'NEPTUNE_API_TOKEN', make: (p) => Buffer.from(`{"api_address":"https://app.neptune.ai","api_url":"https://app.neptune.ai","api_key":"${p(HEX, 8)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 12)}"}`).toString('base64') },
  { name: 'Upstash QStash token', env: 'QSTASH_TOKEN', make: (p) => Buffer.from(`{"UserID":"${p(HEX, 8)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 4)}-${p(HEX, 12)}","Password":"${p(HEX, 32)}"}`).toString('base64') },
  { name: 'Blockfrost project id', env: 'BLOCKFROST_PROJECT_ID', make: (p) => `mainnet${p(UP, 4)}${p(LO, 4)}${p(DI, 4)}${p(AN, 20)}` },
  // Twenty-eighth round: private keys in base64 with no armor, known by their container's first bytes (RFC 5208,
  // RFC 8017 A.1.2, RFC 5915, RFC 7292, OpenSSH's PROTOCOL.key, the JDK's JKS), a BIP-0032 extended private key
  // (its checksum), a Kubernetes bootstrap token (`[a-z0-9]{6}\\.[a-z0-9]{16}`), Django's generated SECRET_KEY (`django-insecure-` and 50 of its alphabet).
  { name: 'PKCS#8 Ed25519 private key in base64', env: 'ED25519_SIGNING_KEY', make: (p) => base64Of('302e020100300506032b657004220420', p, 32) },
  { name: 'PKCS#8 RSA private key in base64', env: 'JWT_PRIVATE_KEY', make: (p) => base64Of('308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100', p, 300) },
  { name: 'SEC1 P-256 private key in base64', env: 'EC_PRIVATE_KEY', make: (p) => base64Of(`30770201010420${p(HEX, 64)}a00a06082a8648ce3d030107a144034200`, p, 65) },
  { name: 'PKCS#1 RSA private key in base64', env: 'RSA_PRIVATE_KEY', make: (p) => base64Of('308204a40201000282010100', p, 300) },
  { name: 'PKCS#12 keystore in base64', env: 'CERTIFICATE_PFX_BASE64', make: (p) => base64Of('30820a6a0201033082', p, 400) },
  { name: 'OpenSSH private key in base64, no armor', env: 'SSH_PRIVATE_KEY_B64', make: (p) => base64Of(Buffer.from('openssh-key-v1\0\0\0\0\x04none\0\0\0\x04none\0\0\0\0\0\0\0\x01', 'latin1').toString('hex'), p, 200) },
  { name: 'Java keystore (JKS) in base64', env: 'KEYSTORE_JKS_BASE64', make: (p) => base64Of('feedfeed000000020000000100000001', p, 300) },
  { name: 'BIP32 extended private key', env: 'WALLET_XPRV', make: (p) => base58Check(`0488ade4000000000000000000${p(HEX, 64)}00${p(HEX, 64)}`) },
  { name: 'Kubernetes bootstrap token', env: 'KUBEADM_TOKEN', make: (p) => `${p(LO + DI, 6)}.${p(LO, 4)}${p(DI, 4)}${p(LO + DI, 8)}` },
  { name: 'Django generated secret key', env: 'DJANGO_SECRET_KEY', make: (p) => `django-insecure-${p(`${LO}${DI}!@#$%^&*(-_=+)`, 50)}` },
  // Twenty-eighth round (guardjwe): JWEs in the compact form (RFC 7516 §7.1: header, encrypted key, IV, ciphertext, tag), shaped
  // as RFC 7516 Appendix A.1 (RSA-OAEP, A256GCM) and A.3 (A128KW, A128CBC-HS256) give them, and direct encryption with its
  // encrypted key empty (RFC 7518 §4.5; the header of RFC 7520 §5.6).
  { name: 'JWE, RSA-OAEP and A256GCM', env: 'ENCRYPTED_ID_TOKEN', make: (p) => `${b64u('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.${p(URL, 342)}.${p(URL, 16)}.${p(URL, 86)}.${p(URL, 22)}` },
  { name: 'JWE, A128KW and A128CBC-HS256', env: 'JWE_TOKEN', make: (p) => `${b64u('{"alg":"A128KW","enc":"A128CBC-HS256"}')}.${p(URL, 54)}.${p(URL, 22)}.${p(URL, 43)}.${p(URL, 22)}` },
  { name: 'JWE, direct encryption', env: 'SESSION_JWE', make: (p) => `${b64u('{"alg":"dir","kid":"77c7e2b8-6e13-45cf-8672-617b5b45243a","enc":"A128GCM"}')}..${p(URL, 16)}.${p(URL, 150)}.${p(URL, 22)}` },
];

/** Base64 of a container's first bytes (hex) and `random` random bytes after them. */
function base64Of(headHex: string, p: Pick, random: number): string {
  return Buffer.from(headHex + p(HEX, 2 * random), 'hex').toString('base64');
}

function b64u(text: string): string {
  return Buffer.from(text).toString('base64url');
}

/** Ways a token is written in files: .env, JSON, YAML, code, a shell command. */
const contexts: readonly ((env: string, v: string) => string)[] = [
  (env, v) => `${env}=${v}\n`,
  (env, v) => `{\n  "${camel(env)}": "${v}",\n  "region": "eu-west-1"\n}`,
  (env, v) => `${snake(env)}: ${v}\nlog_level: info\n`,
  (env, v) => `const ${camel(env)} = '${v}';\nexport default ${camel(env)};`,
  (env, v) => `export ${env}="${v}"\n./deploy.sh\n`,
];

function camel(env: string): string {
  return env.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
function snake(env: string): string {
  return env.toLowerCase();
}

/** Secrets that are not a vendor's token: passwords, HTTP credentials, keys in files. */
function otherSecrets(p: Pick): CorpusItem[] {
  const pw = () => `${p(LO, 4)}${p(DI, 2)}${p('!#%&*@', 1)}${p(UP, 2)}${p(LO, 3)}`;
  const item = (text: string, secret: string): CorpusItem => ({ text, secrets: [secret], label: 'secret' });
  const a = pw(), b = pw(), c = pw(), d = pw(), e = pw(), f = pw(), g = pw(), h = pw(), i = pw(), j = pw();
  const pem = `-----BEGIN RSA PRIVATE KEY-----\n${Array.from({ length: 5 }, () => p(B64, 64)).join('\n')}\n-----END RSA PRIVATE KEY-----`;
  const pemNoEnd = `-----BEGIN OPENSSH PRIVATE KEY-----\n${Array.from({ length: 4 }, () => p(B64, 70)).join('\n')}\n`;
  const basic = Buffer.from(`deploy:${c}`).toString('base64');
  const minisign = Buffer.from(`EdScB2${p(AN, 150)}`).toString('base64');
  const jwsPayload = b64u('{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}');
  const es256 = p(URL, 86), es256b = p(URL, 86), rs256 = p(URL, 342);
  const jwsGeneral = `{\n "payload":\n  "${jwsPayload}",\n "signatures":[\n  {"protected":"${b64u('{"alg":"RS256"}')}",\n   "header":\n    {"kid":"2010-12-29"},\n   "signature":\n    "${rs256}"},\n  {"protected":"${b64u('{"alg":"ES256"}')}",\n   "header":\n    {"kid":"e9bc097a-ce51-4036-9562-d2ade882db0d"},\n   "signature":\n    "${es256b}"}]\n}`;
  return [
    item(`DB_PASSWORD=${a}\nDB_HOST=db.internal\n`, a),
    item(`DB_PASSWORD_PROD=${b}\n`, b),
    item(`password_super_secure = "${c}"`, c),
    item(`spring.datasource.password=${d}`, d),
    item(`<property name="password" value="${e}"/>`, e),
    item(`<add key="DbPassword" value="${f}" />`, f),
    item(`PGPASSWORD ?= ${g}\n`, g),
    item(`Server=sql01;Database=app;User Id=sa;Password=${h};`, h),
    item(`curl -u admin:${i} https://ci.example.com/api/json`, i),
    item(`curl --user "bot:${j}" "$URL"`, j),
    item(`if (api_key == "${p(AN, 32)}") {`, ''),
    item(`Authorization: Basic ${basic}`, basic),
    item(`requests.get(url, headers={"X-Api-Key": "${a}${b}"})`, `${a}${b}`),
    item(`DATABASE_URL=postgres://app:${c}@db.internal:5432/app`, c),
    item(`mongodb+srv://root:${d}@cluster0.example.net/test`, d),
    item(`const key = \`\n${pem}\n\`;`, pem),
    item(`${pemNoEnd}`, pemNoEnd.trim()),
    item(`{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n${p(B64, 64)}\\n${p(B64, 40)}\\n-----END PRIVATE KEY-----\\n"}`, ''),
    item(`pw: ${e}\n`, e),
    item(`SONAR_LOGIN=${p(HEX, 40)}`, ''),
    item(`aws --x-api-key ${p(AN, 32)} s3 ls`, ''),
    item(`Api-Token ${p(AN, 32)}`, ''),
    // Sixth round: the grammars of tools and formats as their manuals give them.
    item(`db.password ${f}\ndb.user app\n`, f),
    item(`password: !!str ${g}\n`, g),
    item(`    storePassword "${h}"\n`, h),
    item(`Cookie: theme=dark; sessionid=${p(LO + DI, 32)}`, ''),
    item(`Set-Cookie: JSESSIONID=${p('0123456789ABCDEF', 32)}; Path=/; HttpOnly`, ''),
    item(`CREATE USER app WITH PASSWORD '${i}';`, i),
    item(`ALTER USER 'root'@'localhost' IDENTIFIED BY '${j}';`, j),
    item(`ldapsearch -x -D "cn=admin,dc=example,dc=org" -w '${a}' -b dc=example,dc=org`, a),
    item(`htpasswd -b /etc/nginx/.htpasswd deploy ${b}`, b),
    item(`kubectl create secret generic db --from-literal=username=app --from-literal=password='${c}'`, c),
    item(`vault kv put secret/app api_token=${p(AN, 24)}`, ''),
    item(`secrets:\n  github: ${p(AN, 24)}\n  provider: vault\n`, ''),
    // Twenty-eighth round: minisign's secret key file (its comment line says what the next line is).
    item(`untrusted comment: minisign encrypted secret key\n${minisign}\n`, minisign),
    // Twenty-eighth round (guardjwe): a JWS in its JSON serializations, laid out as RFC 7515 Appendix A.7 (flattened) and A.6
    // (general) print them: the signatures are what make it a credential; the payload and protected header are its claims.
    item(`{"payload":"${jwsPayload}","protected":"${b64u('{"alg":"ES256"}')}","header":{"kid":"e9bc097a-ce51-4036-9562-d2ade882db0d"},"signature":"${es256}"}`, es256),
    { text: jwsGeneral, secrets: [rs256, es256b], label: 'secret' as const },
    // (Drawn last: the items above keep their values.)
    ...jweJsonItems(p),
  ].map((it) => (it.secrets[0] === '' ? { ...it, secrets: [lastValue(it.text)] } : it));
}

/**
 * Twenty-ninth round: a JWE in its JSON serializations, laid out as RFC 7516 Appendix A.5 (flattened) and A.4 (general)
 * print them (A128CBC-HS256: IV 22, tag 22); its ciphertext, its tag and each recipient's encrypted key are the secrets.
 */
function jweJsonItems(p: Pick): CorpusItem[] {
  const jweCiphertext = p(URL, 43), jweTag = p(URL, 22), jweKeyA = p(URL, 54), jweKeyB = p(URL, 342);
  const jweProtected = b64u('{"enc":"A128CBC-HS256"}'), jweIv = p(URL, 22);
  const jweFlattened = `{"protected":"${jweProtected}","unprotected":{"jku":"https://server.example.com/keys.jwks"},"header":{"alg":"A128KW","kid":"7"},"encrypted_key":"${jweKeyA}","iv":"${jweIv}","ciphertext":"${jweCiphertext}","tag":"${jweTag}"}`;
  const jweGeneral = `{\n "protected":\n  "${jweProtected}",\n "unprotected":\n  {"jku":"https://server.example.com/keys.jwks"},\n "recipients":[\n  {"header":\n    {"alg":"RSA1_5","kid":"2011-04-29"},\n   "encrypted_key":\n    "${jweKeyB}"},\n  {"header":\n    {"alg":"A128KW","kid":"7"},\n   "encrypted_key":\n    "${jweKeyA}"}],\n "iv":\n  "${jweIv}",\n "ciphertext":\n  "${jweCiphertext}",\n "tag":\n  "${jweTag}"\n}`;
  return [
    { text: jweFlattened, secrets: [jweCiphertext, jweTag, jweKeyA], label: 'secret' },
    { text: jweGeneral, secrets: [jweCiphertext, jweTag, jweKeyA, jweKeyB], label: 'secret' },
  ];
}

/** The last long random run in a line, for items whose secret is written inline above. */
function lastValue(text: string): string {
  const runs = text.match(/[A-Za-z0-9+/_-]{20,}/g) ?? [];
  return runs[runs.length - 1]!;
}

/** Harmless look-alikes: each must pass unredacted. */
/** Base58Check (Bitcoin's encoding) of 0x80, the key and, for a compressed public key, 0x01. */
export function wif(keyHex: string, compressed: boolean): string {
  return base58Check(`80${keyHex}${compressed ? '01' : ''}`);
}

/** Base58Check of a payload (hex): the payload and the first 4 bytes of its double SHA-256, as one base58 number. */
function base58Check(payloadHex: string): string {
  const body = Buffer.from(payloadHex, 'hex');
  const check = createHash('sha256').update(createHash('sha256').update(body).digest()).digest().subarray(0, 4);
  let n = BigInt(`0x${Buffer.concat([body, check]).toString('hex')}`);
  let out = '';
  for (; n > 0n; n /= 58n) out = B58[Number(n % 58n)] + out;
  return out;
}

function lookAlikes(p: Pick, f: Format): string[] {
  const real = f.make(p);
  const masked = real.slice(0, 8) + real.slice(8).replace(/[A-Za-z0-9]/g, 'x');
  return [
    `${f.env}=${masked}`,
    `${f.env}=\${${f.env}}`,
    `${f.env}: "<your-${f.name.toLowerCase().replace(/[^a-z]+/g, '-')}>"`,
    `const ${camel(f.env)} = process.env.${f.env};`,
    `// ${f.name}s start with "${real.slice(0, 4)}"; see the vendor's documentation`,
  ];
}

const commonClean: readonly string[] = [
  'GITHUB_API_KEY=\nDYNATRACE_API_KEY=\n',
  'password:\n  connectTimeout: 3000\n',
  'AZURE_BLOB_QUERY=comp=list',
  '"integrity": "sha512-Fq6rVt4Pz8ZuM5K1c9Hn0b2Qx7Wy3Ej6Lr8Sd4Gf1Ah5Jk9Nm2Bv7Cx0Zt3Ry6Ui4Op1Lk8Mj5Hn2Gb9Vf7Dc4Xs3Za0Qw=="',
  'resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz#5b8a3a7765dfe001261dde915589e782f8c94d1e"',
  'commit 9fceb02d0ae598e95dc970b74767f19372d61af8',
  'id: 123e4567-e89b-12d3-a456-426614174000',
  '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u\n-----END PUBLIC KEY-----',
  '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGRhfJIBEADNzFrq3w5N0d7hVZr6bq5SxJ9tLWbVc3v1e1U8h2b6J4YQZl0N\n-----END PGP PUBLIC KEY BLOCK-----',
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl dev@laptop',
  'password: string;',
  'const token = await getToken(scope);',
  'password = os.environ["DB_PASSWORD"]',
  'TOKEN=$(vault read -field=token secret/ci)',
  'PASS=`etcdctl get /app/pass`',
  'api_key: "{{ vault_api_key }}"',
  'client_vpn_endpoint_id = aws_ec2_client_vpn_endpoint.client-vpn-endpoint.id',
  'passwordMinLength = 12',
  'token_type: bearer',
  'if (password == null) throw new Error("missing");',
  'secretName: db-credentials',
  'src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="',
  'import { UserAccountSettingsPanelComponent } from "./settings/UserAccountSettingsPanelComponent";',
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx',
  'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'label: "Forgot password?"',
  'sort -u names.txt | head',
  'https://user@example.com/repo.git',
  // Twenty-eighth round: public keys and a certificate request in base64 (DER: a SEQUENCE first, no version), a
  // truststore (its first entry a certificate), an extended public key, minisign's public key.
  'ED25519_PUBLIC_KEY=MCowBQYDK2VwAyEAsHDy4X6U8rAWwjhwho9K1LqPoyqFg9foj0FPq2H02N4=',
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0',
  'csr: MIICijCCAXICAQDmnDVN2ST3i4ZFkn8zaYkdgAGaYAeJ+AuE6maLzf2QH30XsCoQ7ol1aev0zOxnRD95fiBWb+bQ7+breYY=',
  'truststore.jks: /u3+7QAAAAIAAAABAAAAAugBYIyRp+GAy9HxV3ZTpvs0Gbjd0cyk7LcfNj7mY/sW+k+J+sruUkM=',
  'xpub661MyMwAqRbcEnsi6ao2ZA4LUS3GdvuKmQQYBN5xrGifP1UKp8Mrw2asDVnM8MT9TdPoDyg834rFShRc1ESsV2rTL9SsQSoKshFJU57YBDP',
  'untrusted comment: minisign public key 6F3C2A1B9E8D7C6B\nRWT9SO2sGJQPIvOudhPDGFNkd22DWm41mV8DorMK2DMuaHRcvV5n6zGa',
];

function seededPick(seed: number): Pick {
  const random = seededRandom(seed);
  return (alphabet, n) => {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(random() * alphabet.length)];
    return out;
  };
}

/** One token of each documented format (for inputs built to stress the patterns). */
export function vendorFormatTokens(seed = 7): { name: string; token: string }[] {
  const pick = seededPick(seed);
  return formats.map((f) => ({ name: f.name, token: f.make(pick) }));
}

export function vendorFormatCorpus(seed = 7): CorpusItem[] {
  const pick = seededPick(seed);
  const items: CorpusItem[] = [];
  formats.forEach((f, i) => {
    for (let k = 0; k < 2; k++) {
      const v = f.make(pick);
      items.push({ text: contexts[(i + k) % contexts.length]!(f.env, v), secrets: [v], label: 'secret' });
    }
    for (const text of lookAlikes(pick, f)) items.push({ text, secrets: [], label: 'clean' });
    // Right after an escape, glued to it (sixteenth round): a JSON log line's `\n`, an encoded query's `%3D`.
    if (!f.placeOnly) {
      const v = f.make(pick);
      items.push({ text: i % 2 ? `{"msg": "deploy ok\\n${v}\\n"}` : `next=%2Fcb%3Fcode%3D${v}%26state%3D1`, secrets: [v], label: 'secret' });
    }
  });
  items.push(...otherSecrets(pick));
  for (const text of commonClean) items.push({ text, secrets: [], label: 'clean' });
  return items;
}

export const vendorFormatCount = formats.length;
