// Credentials a URL carries where its scheme's or its vendor's document puts them, with no key word near: a token as
// RFC 3986's userinfo (alone, or after the user name a forge documents for it), RFC 6750 §2.3's `access_token` in a
// query and RFC 6749 §4.2.2's in a fragment, pre-signed URLs' signatures and session tokens, and webhook URLs whose
// path is the secret. §V§ the credential, each form with the values its issuer draws (several alphabets where the
// document gives none); a cell is read when the value is gone, and over-read when a part the form says is public (the
// host, a key pair's id, the algorithm, the date, a user name) is gone with it. Look-alikes (public ids in the same
// places, a user name alone, references in the credential's place, a URL's ordinary path and query) must be left whole.
//
// Then the placed forms (forty-first round): the query and fragment parameters a document names as the credential, and
// values percent-encoded (RFC 3986 §2.1), each URL written into every place of urlPlaces.ts; a cell is read when every
// piece of the value between its escapes is gone (a redaction stopping at `%2F` leaves the rest), and the placed
// look-alikes (public parameters beside them) must be left whole.
//
//   npx tsx bench/guard/urlCredentialProbe.ts [--show] [--form REGEX] [--by-form]
import { seededRandom } from '../../src/core/seededRandom';
import { DIGITS, LOWER, UPPER, drawWith } from './matrixAlphabets';
import { runKeptPartsProbe, type KeptPartsCell } from './keptPartsTally';
import { runPlacedUrlProbe, type PlacedUrlForm } from './placedUrlTally';

type Draw = (random: () => number) => string;
const HEX = '0123456789abcdef';
const B64URL = UPPER + LOWER + DIGITS + '-_';
const B64 = UPPER + LOWER + DIGITS + '+/';
/** `n` characters of `chars`, every class of `required` present. */
const of = (chars: string, n: number, required: readonly string[] = []): Draw => (r) => drawWith(r, chars, n, required);
/** Base64 of `bytes` bytes, URL-encoded as a query carries it (`+` `%2B`, `/` `%2F`, `=` `%3D`). */
const encodedBase64 = (bytes: number): Draw => (r) => {
  const chars = Math.ceil((bytes * 4) / 3);
  const pad = (3 - (bytes % 3)) % 3;
  return encodeURIComponent(drawWith(r, B64, chars, [UPPER, LOWER, DIGITS, '+/']) + '='.repeat(pad));
};
/** CloudFront's base64: `+` `-`, `=` `_`, `/` `~` (the signed URLs' "Creating a signature" page). */
const cloudFrontBase64 = (bytes: number): Draw => (r) => drawWith(r, B64, Math.ceil((bytes * 4) / 3), [UPPER, LOWER, DIGITS, '+/']).replace(/\+/g, '-').replace(/\//g, '~') + '_'.repeat((3 - (bytes % 3)) % 3);
const uuid: Draw = (r) => `${of(HEX, 8)(r)}-${of(HEX, 4)(r)}-4${of(HEX, 3)(r)}-a${of(HEX, 3)(r)}-${of(HEX, 12)(r)}`;

/** What forges' and clouds' tokens look like where the document names no format: each a generator's common shape. */
const TOKENS: Readonly<Record<string, Draw>> = {
  base62_32: of(UPPER + LOWER + DIGITS, 32, [UPPER, LOWER, DIGITS]),
  base62_40: of(UPPER + LOWER + DIGITS, 40, [UPPER, LOWER, DIGITS]),
  hex40: of(HEX, 40, [DIGITS, 'abcdef']),
  base64url43: of(B64URL, 43, [UPPER, LOWER, DIGITS]),
  uuid,
  lower20: of(LOWER + DIGITS, 20, [LOWER, DIGITS]),
  // RFC 6750 §2.1's b64token, as its own examples write one (`mF_9.B5f-4.1JqM`).
  b64token: (r) => `${of(B64URL, 4)(r)}.${of(B64URL, 8)(r)}.${of(UPPER + LOWER + DIGITS, 12, [UPPER, LOWER, DIGITS])(r)}`,
};

interface Form {
  readonly id: string;
  /** §V§ the credential; §T§ a second token-shaped value that is not measured. */
  readonly template: string;
  /** The values the issuer draws, by name. */
  readonly values: Readonly<Record<string, Draw>>;
  /** Parts the form says are public: each must survive the redaction. */
  readonly keep: readonly string[];
}

const AWS_QUERY = 'X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20260105%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260105T120000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host';
const GOOG_QUERY = 'X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=uploader%40acme-prod.iam.gserviceaccount.com%2F20260105%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20260105T120000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host';
const SAS_TERMS = 'sp=r&st=2026-01-05T10:00:00Z&se=2026-01-05T18:00:00Z&spr=https&sv=2022-11-02&sr=b';

const forms: readonly Form[] = [
  // RFC 3986 §3.2.1 userinfo; GitHub Docs "About authentication to GitHub" / Azure Repos: a PAT as the user name.
  { id: 'userinfo token alone (git clone)', template: 'git clone https://§V§@github.com/acme/widgets.git\n', values: TOKENS, keep: ['github.com/acme/widgets.git'] },
  { id: 'userinfo token alone (remote set-url)', template: 'git remote set-url origin "https://§V§@dev.azure.com/acme/widgets/_git/widgets"\n', values: TOKENS, keep: ['dev.azure.com/acme/widgets/_git/widgets'] },
  // GitHub Docs "Authenticating as a GitHub App installation": `https://x-access-token:TOKEN@github.com/owner/repo.git`.
  { id: 'userinfo x-access-token', template: 'git clone https://x-access-token:§V§@github.com/acme/widgets.git\n', values: TOKENS, keep: ['x-access-token', 'github.com/acme/widgets.git'] },
  // GitLab Docs: OAuth 2.0 token with Git over HTTPS (`oauth2:<token>`), CI/CD job token (`gitlab-ci-token:<token>`),
  // deploy and project tokens (any user name), PyPI registry (`__token__:<token>`).
  { id: 'userinfo oauth2', template: "url: 'https://oauth2:§V§@gitlab.example.com/acme/widgets.git'\n", values: TOKENS, keep: ['oauth2', 'gitlab.example.com/acme/widgets.git'] },
  { id: 'userinfo gitlab-ci-token', template: 'git clone https://gitlab-ci-token:§V§@gitlab.example.com/acme/widgets.git\n', values: TOKENS, keep: ['gitlab-ci-token', 'gitlab.example.com/acme/widgets.git'] },
  { id: 'userinfo __token__ (pypi registry)', template: 'pip install widgets --index-url https://__token__:§V§@gitlab.example.com/api/v4/projects/42/packages/pypi/simple\n', values: TOKENS, keep: ['__token__', 'gitlab.example.com/api/v4/projects/42/packages/pypi/simple'] },
  // Bitbucket Cloud "Using access tokens": `https://x-token-auth:{access_token}@bitbucket.org/…`.
  { id: 'userinfo x-token-auth', template: '"repository": "https://x-token-auth:§V§@bitbucket.org/acme/widgets.git",\n', values: TOKENS, keep: ['x-token-auth', 'bitbucket.org/acme/widgets.git'] },
  // GitHub's OAuth basic-auth form, `https://<token>:x-oauth-basic@github.com/…` (the token as the user).
  { id: 'userinfo token:x-oauth-basic', template: 'https://§V§:x-oauth-basic@github.com/acme/widgets.git\n', values: TOKENS, keep: ['github.com/acme/widgets.git'] },
  // A legacy Sentry DSN's secret key (`{PUBLIC_KEY}:{SECRET_KEY}@`), deprecated but still accepted: a password.
  { id: 'sentry legacy dsn secret key', template: "SENTRY_DSN = 'https://e3b0c44298fc1c149afbf4c8996fb924:§V§@sentry.acme.io/42'\n", values: { hex32: of(HEX, 32, [DIGITS, 'abcdef']) }, keep: ['@sentry.acme.io/42'] },
  // Gemfury "Private repository URLs": the token as the user, an empty password (`https://TOKEN:@pypi.fury.io/ACCOUNT/`).
  { id: 'userinfo token:(empty)', template: 'extra-index-url = https://§V§:@pypi.fury.io/acme/\n', values: TOKENS, keep: ['pypi.fury.io/acme/'] },
  // RFC 6750 §2.3 (URI query parameter), its own request layout; and an API URL with other fields.
  { id: 'query access_token (request line)', template: 'GET /resource?access_token=§V§ HTTP/1.1\nHost: server.example.com\n', values: TOKENS, keep: ['/resource?', 'server.example.com'] },
  { id: 'query access_token (url)', template: 'curl "https://graph.example.com/v19.0/me?fields=id,name&access_token=§V§"\n', values: TOKENS, keep: ['graph.example.com/v19.0/me?fields=id,name'] },
  // RFC 6749 §4.2.2: the implicit grant's redirect, the token in the fragment.
  { id: 'fragment access_token (implicit)', template: 'Location: http://example.com/cb#access_token=§V§&state=xyz&token_type=example&expires_in=3600\n', values: TOKENS, keep: ['example.com/cb#', 'state=xyz', 'token_type=example'] },
  { id: 'fragment access_token (in code)', template: "const hash = 'https://app.example.com/callback#access_token=§V§&token_type=Bearer&expires_in=3600';\n", values: TOKENS, keep: ['app.example.com/callback#', 'token_type=Bearer'] },
  // RFC 6749 §6 and §2.3.1: the refresh request's form body, the client's secret beside it.
  { id: 'form body refresh_token', template: 'grant_type=refresh_token&refresh_token=§V§\n', values: TOKENS, keep: ['grant_type=refresh_token'] },
  { id: 'form body client_secret', template: 'grant_type=refresh_token&refresh_token=§T§&client_id=s6BhdRkqt3&client_secret=§V§\n', values: TOKENS, keep: ['client_id=s6BhdRkqt3'] },
  // AWS S3 "Authenticating Requests: Using Query Parameters (AWS Signature Version 4)": the signature, 64 hex; with
  // temporary credentials the session token rides in X-Amz-Security-Token.
  { id: 'aws sigv4 X-Amz-Signature', template: `https://acme-uploads.s3.amazonaws.com/report.pdf?${AWS_QUERY}&X-Amz-Signature=§V§\n`, values: { hex64: of(HEX, 64, [DIGITS, 'abcdef']) }, keep: ['acme-uploads.s3.amazonaws.com/report.pdf', 'X-Amz-Algorithm=AWS4-HMAC-SHA256', 'X-Amz-Date=20260105T120000Z'] },
  { id: 'aws sigv4 X-Amz-Security-Token', template: `https://acme-uploads.s3.amazonaws.com/report.pdf?${AWS_QUERY}&X-Amz-Security-Token=§V§&X-Amz-Signature=§T§\n`, values: { session_token: (r) => 'IQoJb3JpZ2luX2Vj' + encodedBase64(300)(r) }, keep: ['acme-uploads.s3.amazonaws.com/report.pdf', 'X-Amz-Algorithm=AWS4-HMAC-SHA256'] },
  // The same (AWS Signature Version 2, "Query string request authentication alternative"): base64 of an HMAC-SHA1.
  { id: 'aws sigv2 Signature', template: 'https://acme-uploads.s3.amazonaws.com/photo.jpg?AWSAccessKeyId=AKIAQWERTYUIOPASDFGH&Expires=1767225600&Signature=§V§\n', values: { base64_20: encodedBase64(20) }, keep: ['acme-uploads.s3.amazonaws.com/photo.jpg', 'Expires=1767225600'] },
  // Google Cloud Storage "Signed URLs" (V4: hex of an RSA-SHA256 signature, 512, or of an HMAC, 64; V2: base64).
  { id: 'gcs v4 X-Goog-Signature (rsa)', template: `https://storage.googleapis.com/acme-bucket/report.pdf?${GOOG_QUERY}&X-Goog-Signature=§V§\n`, values: { hex512: of(HEX, 512, [DIGITS, 'abcdef']) }, keep: ['storage.googleapis.com/acme-bucket/report.pdf', 'X-Goog-Algorithm=GOOG4-RSA-SHA256'] },
  { id: 'gcs v4 X-Goog-Signature (hmac)', template: `https://storage.googleapis.com/acme-bucket/report.pdf?${GOOG_QUERY.replace('RSA', 'HMAC')}&X-Goog-Signature=§V§\n`, values: { hex64: of(HEX, 64, [DIGITS, 'abcdef']) }, keep: ['storage.googleapis.com/acme-bucket/report.pdf'] },
  { id: 'gcs v2 Signature', template: 'https://storage.googleapis.com/acme-bucket/cat.jpeg?GoogleAccessId=uploader@acme-prod.iam.gserviceaccount.com&Expires=1767225600&Signature=§V§\n', values: { base64_256: encodedBase64(256) }, keep: ['storage.googleapis.com/acme-bucket/cat.jpeg', 'Expires=1767225600'] },
  // Azure Storage "Create a service SAS": the signature `sig`, base64 of an HMAC-SHA256, URL-encoded.
  { id: 'azure sas sig', template: `https://acme.blob.core.windows.net/reports/q4.pdf?${SAS_TERMS}&sig=§V§\n`, values: { base64_32: encodedBase64(32) }, keep: ['acme.blob.core.windows.net/reports/q4.pdf'] },
  // Azure Logic Apps "Call, trigger, or nest logic apps by using HTTPS endpoints" (and Teams' Workflows webhooks on it):
  // the callback URL's `sig`, base64url of 32 bytes.
  { id: 'logic apps sig', template: 'https://prod-27.westus.logic.azure.com:443/workflows/4f8c2a9e1b7d4c3e9a6f5b2d8e1c7a4b/triggers/manual/paths/invoke?api-version=2016-10-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=§V§\n', values: { base64url43: of(B64URL, 43, [UPPER, LOWER, DIGITS]) }, keep: ['prod-27.westus.logic.azure.com', 'api-version=2016-10-01'] },
  { id: 'power automate sig', template: 'TEAMS_WORKFLOW = "https://default1234abcd.ab.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/b950a56150be4c05b3ace20939dcfd32/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=§V§"\n', values: { base64url43: of(B64URL, 43, [UPPER, LOWER, DIGITS]) }, keep: ['environment.api.powerplatform.com'] },
  // Amazon CloudFront "Create a signed URL using a canned policy" / "a custom policy": Signature in CloudFront's base64;
  // Key-Pair-Id names the public key and stays.
  { id: 'cloudfront canned Signature', template: 'https://d111111abcdef8.cloudfront.net/image.jpg?Expires=1767225600&Signature=§V§&Key-Pair-Id=K2JCJMDEHXQW5F\n', values: { rsa2048: cloudFrontBase64(256), rsa1024: cloudFrontBase64(128) }, keep: ['d111111abcdef8.cloudfront.net/image.jpg', 'Key-Pair-Id=K2JCJMDEHXQW5F', 'Expires=1767225600'] },
  { id: 'cloudfront custom Signature', template: 'https://d111111abcdef8.cloudfront.net/video.mp4?Policy=eyJTdGF0ZW1lbnQiOlt7IlJlc291cmNlIjoiaHR0cHM6Ly9kMTExMTExYWJjZGVmOC5jbG91ZGZyb250Lm5ldC8qIn1dfQ__&Signature=§V§&Key-Pair-Id=K2JCJMDEHXQW5F\n', values: { rsa2048: cloudFrontBase64(256) }, keep: ['d111111abcdef8.cloudfront.net/video.mp4', 'Key-Pair-Id=K2JCJMDEHXQW5F'] },
  // Alibaba Cloud OSS "Add signatures to URLs" (V1: OSSAccessKeyId, Expires, Signature); Tencent COS "Request signature".
  { id: 'oss v1 Signature', template: 'https://acme.oss-cn-hangzhou.aliyuncs.com/report.pdf?OSSAccessKeyId=LTAI5tQwErTyUiOpAsDf&Expires=1767225600&Signature=§V§\n', values: { base64_20: encodedBase64(20) }, keep: ['acme.oss-cn-hangzhou.aliyuncs.com/report.pdf'] },
  { id: 'cos q-signature', template: 'https://acme-1250000000.cos.ap-guangzhou.myqcloud.com/report.pdf?q-sign-algorithm=sha1&q-ak=AKIDQwErTyUiOpAsDfGhJkLzXcVbNm1234&q-sign-time=1767222000;1767225600&q-key-time=1767222000;1767225600&q-header-list=host&q-url-param-list=&q-signature=§V§\n', values: { hex40: of(HEX, 40, [DIGITS, 'abcdef']) }, keep: ['acme-1250000000.cos.ap-guangzhou.myqcloud.com/report.pdf', 'q-sign-algorithm=sha1'] },
  // Oracle Cloud "Using Pre-Authenticated Requests": the request's token is the path segment after `/p/`.
  { id: 'oci pre-authenticated request', template: 'curl -O https://objectstorage.us-ashburn-1.oraclecloud.com/p/§V§/n/acmens/b/backups/o/db.dump\n', values: { par64: of(B64URL, 64, [UPPER, LOWER, DIGITS]) }, keep: ['objectstorage.us-ashburn-1.oraclecloud.com/p/', '/n/acmens/b/backups/o/db.dump'] },
  // Discord "Execute Webhook": /webhooks/{webhook.id}/{webhook.token}; the id is a public snowflake.
  { id: 'discord webhook token', template: 'DISCORD_URL=https://discord.com/api/webhooks/1187654321098765432/§V§\n', values: { token68: of(B64URL, 68, [UPPER, LOWER, DIGITS]) }, keep: ['discord.com/api/webhooks/1187654321098765432'] },
  // Microsoft Teams incoming webhook (Office 365 connector): …/IncomingWebhook/<32 hex>/<uuid>.
  { id: 'teams connector webhook', template: 'webhook_url: https://acme.webhook.office.com/webhookb2/3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f@72f988bf-86f1-41af-91ab-2d7cd011db47/IncomingWebhook/§V§/6e7f8a9b-0c1d-4e2f-a3b4-c5d6e7f8a9b0\n', values: { hex32: of(HEX, 32, [DIGITS, 'abcdef']) }, keep: ['acme.webhook.office.com/webhookb2/'] },
  // Google Chat "Send messages with incoming webhooks": `…/messages?key=…&token=…`.
  { id: 'google chat webhook token', template: 'https://chat.googleapis.com/v1/spaces/AAAAbCdEfGh/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=§V§\n', values: { base64url43: (r) => of(B64URL, 43, [UPPER, LOWER, DIGITS])(r) + '%3D' }, keep: ['chat.googleapis.com/v1/spaces/AAAAbCdEfGh/messages'] },
  // Mattermost "Incoming webhooks": `https://your-mattermost-server.com/hooks/xxx-generatedkey-xxx`, "Treat this endpoint as
  // a secret"; its ids are 26 of [a-z0-9].
  { id: 'mattermost webhook', template: 'curl -i -X POST -d \'{"text": "deployed"}\' https://chat.acme.io/hooks/§V§\n', values: { id26: of(LOWER + DIGITS, 26, [LOWER, DIGITS]) }, keep: ['chat.acme.io/hooks/'] },
  // IFTTT Webhooks: `https://maker.ifttt.com/trigger/{event}/with/key/{key}`.
  { id: 'ifttt webhook key', template: 'https://maker.ifttt.com/trigger/door_open/with/key/§V§\n', values: { key22: of(B64URL, 22, [UPPER, LOWER, DIGITS]) }, keep: ['maker.ifttt.com/trigger/door_open/with/key/'] },
  // Telegram Bot API: `https://api.telegram.org/bot<token>/METHOD_NAME`, a token "like 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11".
  { id: 'telegram bot url', template: 'curl https://api.telegram.org/bot§V§/getMe\n', values: { issued: (r) => `${of(DIGITS, 10)(r)}:AA${of(B64URL, 33, [UPPER, LOWER, DIGITS])(r)}`, documented: (r) => `${of(DIGITS, 6)(r)}:${of(B64URL, 35, [UPPER, LOWER, DIGITS])(r)}` }, keep: ['api.telegram.org/bot', '/getMe'] },
  { id: 'telegram file url', template: "url = f'https://api.telegram.org/file/bot§V§/photos/file_0.jpg'\n", values: { issued: (r) => `${of(DIGITS, 10)(r)}:AA${of(B64URL, 33, [UPPER, LOWER, DIGITS])(r)}` }, keep: ['api.telegram.org/file/bot', '/photos/file_0.jpg'] },
  // Slack "Sending messages using incoming webhooks": …/services/T…/B…/<24>.
  { id: 'slack webhook', template: 'SLACK_URL=https://hooks.slack.com/services/T024BE7LD/B01ABCDEF12/§V§\n', values: { alnum24: of(UPPER + LOWER + DIGITS, 24, [UPPER, LOWER, DIGITS]) }, keep: ['hooks.slack.com/services/'] },
  // PagerDuty's Amazon CloudWatch integration: `https://events.pagerduty.com/integration/<integration key>/enqueue`.
  { id: 'pagerduty integration url', template: 'Endpoint: https://events.pagerduty.com/integration/§V§/enqueue\n', values: { hex32: of(HEX, 32, [DIGITS, 'abcdef']) }, keep: ['events.pagerduty.com/integration/', '/enqueue'] },
  // Netlify "Build hooks": `https://api.netlify.com/build_hooks/<id>`, which anyone holding it can POST to.
  { id: 'netlify build hook', template: 'curl -X POST -d {} https://api.netlify.com/build_hooks/§V§\n', values: { hex24: of(HEX, 24, [DIGITS, 'abcdef']) }, keep: ['api.netlify.com/build_hooks/'] },
  // Rocket.Chat "Incoming webhook": `…/hooks/<integration id>/<token>`.
  { id: 'rocket.chat webhook', template: 'https://chat.acme.io/hooks/6Tm9sPRdbgBSDXDLc/§V§\n', values: { token48: of(UPPER + LOWER + DIGITS, 48, [UPPER, LOWER, DIGITS]) }, keep: ['chat.acme.io/hooks/'] },
  // Keys a vendor documents as a query parameter of its own name, with no key word of the assignment grammar's.
  // Azure Functions "Work with access keys": `https://<APP>.azurewebsites.net/api/<FUNCTION>?code=<API_KEY>`.
  { id: 'azure functions code', template: 'curl "https://acme-fn.azurewebsites.net/api/HttpTrigger1?code=§V§&name=Ada"\n', values: { function_key: (r) => of(B64URL, 54, [UPPER, LOWER, DIGITS])(r) + '==' }, keep: ['acme-fn.azurewebsites.net/api/HttpTrigger1', 'name=Ada'] },
  // OpenWeather "Current weather data": `…/weather?q={city name}&appid={API key}` (32 hex).
  { id: 'openweather appid', template: 'fetch(`https://api.openweathermap.org/data/2.5/weather?q=London&appid=§V§`)\n', values: { hex32: of(HEX, 32, [DIGITS, 'abcdef']) }, keep: ['api.openweathermap.org/data/2.5/weather?q=London'] },
  // Datadog "Send logs": `https://http-intake.logs.datadoghq.com/api/v2/logs?dd-api-key=<DATADOG_API_KEY>` (32 hex).
  { id: 'datadog dd-api-key', template: 'https://http-intake.logs.datadoghq.com/api/v2/logs?dd-api-key=§V§&ddsource=nginx\n', values: { hex32: of(HEX, 32, [DIGITS, 'abcdef']) }, keep: ['http-intake.logs.datadoghq.com/api/v2/logs', 'ddsource=nginx'] },
  // Firebase Realtime Database "Authenticate REST Requests": `…/users/ada/name.json?auth=<ID_TOKEN>` (or a legacy database secret, 40).
  { id: 'firebase rtdb auth', template: "curl 'https://acme-default-rtdb.firebaseio.com/users/ada/name.json?auth=§V§'\n", values: { secret40: of(UPPER + LOWER + DIGITS, 40, [UPPER, LOWER, DIGITS]) }, keep: ['acme-default-rtdb.firebaseio.com/users/ada/name.json'] },
  // Jenkins "Trigger builds remotely": `JENKINS_URL/job/NAME/build?token=TOKEN_NAME`; Jupyter Server: the login URL's `?token=` (48 hex).
  { id: 'jenkins build token', template: 'curl -X POST "https://ci.acme.io/job/deploy/build?token=§V§"\n', values: { base62_32: TOKENS.base62_32!, hex40: TOKENS.hex40! }, keep: ['ci.acme.io/job/deploy/build'] },
  { id: 'jupyter token', template: '    http://127.0.0.1:8888/lab?token=§V§\n', values: { hex48: of(HEX, 48, [DIGITS, 'abcdef']) }, keep: ['127.0.0.1:8888/lab'] },
  // Splunk On-Call (VictorOps) REST endpoint: `…/integrations/generic/20131114/alert/<api key>/<routing key>`.
  { id: 'victorops rest endpoint', template: 'https://alert.victorops.com/integrations/generic/20131114/alert/§V§/database\n', values: { uuid }, keep: ['alert.victorops.com/integrations/generic/20131114/alert/', '/database'] },
  // Webex "Incoming webhooks": `https://webexapis.com/v1/webhooks/incoming/<id>`, the id base64 of the hook's URI.
  { id: 'webex incoming webhook', template: 'WEBEX_HOOK=https://webexapis.com/v1/webhooks/incoming/§V§\n', values: { id: (r) => 'Y2lzY29zcGFyazovL3VzL1dFQkhPT0sv' + of(B64URL, 56, [UPPER, LOWER, DIGITS])(r) }, keep: ['webexapis.com/v1/webhooks/incoming/'] },
];

/** Look-alikes: the same places holding public ids, user names, references, or a URL's ordinary parts. Nothing to take. */
const lookalikes: readonly (readonly [string, string])[] = [
  ['user name alone (https)', 'git clone https://octocat@github.com/acme/widgets.git\n'],
  ['user name alone (azure devops org)', 'git clone https://acme@dev.azure.com/acme/widgets/_git/widgets\n'],
  ['user name alone (ssh)', 'git clone ssh://git@github.com/acme/widgets.git\n'],
  ['forge user, token referenced', 'git clone https://x-access-token:${GITHUB_TOKEN}@github.com/acme/widgets.git\n'],
  ['gitlab-ci-token referenced', 'git clone https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.example.com/acme/widgets.git\n'],
  ['oauth2 placeholder', 'git clone https://oauth2:<your_access_token>@gitlab.example.com/acme/widgets.git\n'],
  // (Not a Sentry DSN's public key, `https://<32 hex>@o1.ingest.sentry.io/42`, though Sentry's "DSN Explainer" calls DSNs
  // "safe to keep public": it is taken as a token in the userinfo, and leaving it cost a held-out split 4 of its secrets
  // (thirty-fourth round, README): public detectors label it a secret, and taking it costs a prompt nothing it needs.)
  ['user with empty password', 'https://deploy:@registry.example.com/v2/\n'],
  ['repository blob url', 'https://github.com/acme/widgets/blob/9fceb02d0ae598e95dc970b74767f19372d61af8/src/index.ts?plain=1#L10\n'],
  ['commit url', 'See https://github.com/acme/widgets/commit/9fceb02d0ae598e95dc970b74767f19372d61af8 for the fix.\n'],
  ['search query', 'https://www.google.com/search?q=rfc6750+access+token+query&sourceid=chrome&ie=UTF-8\n'],
  ['hex id in a query', 'https://app.example.com/orders?id=8f14e45fceea167a5a36dedd4bea2543&ref=home\n'],
  ['utm query', 'https://www.example.com/pricing?utm_source=newsletter&utm_medium=email&utm_campaign=q4_launch\n'],
  ['page token', 'GET https://www.googleapis.com/drive/v3/files?pageSize=100&pageToken=CAESBggDEAEYAQ\n'],
  ['oauth authorization request', 'https://auth.example.com/authorize?response_type=code&client_id=s6BhdRkqt3&state=xyz&redirect_uri=https%3A%2F%2Fclient%2Eexample%2Ecom%2Fcb\n'],
  ['implicit redirect, token referenced', 'window.location = `${redirectUri}#access_token=${token}&token_type=Bearer`;\n'],
  ['aws query without signature', `const params = '${AWS_QUERY}';\n`],
  ['aws payload hash', 'X-Amz-Content-Sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n'],
  ['aws signature referenced', `url = f"https://acme.s3.amazonaws.com/a.txt?${AWS_QUERY}&X-Amz-Signature={signature}"\n`],
  ['s3 version id', 'https://acme-uploads.s3.amazonaws.com/report.pdf?versionId=3HL4kqtJlcpXroDTDmJ-rmSpXd3dIbrHY\n'],
  ['cloudfront key pair id', 'CLOUDFRONT_KEY_PAIR_ID=K2JCJMDEHXQW5F\n'],
  ['cloudfront key pair id in a query', 'https://d111111abcdef8.cloudfront.net/image.jpg?Expires=1767225600&Key-Pair-Id=K2JCJMDEHXQW5F\n'],
  ['azure sas terms without sig', `https://acme.blob.core.windows.net/reports/q4.pdf?${SAS_TERMS}\n`],
  ['logic apps url without sig', 'https://prod-27.westus.logic.azure.com:443/workflows/4f8c2a9e1b7d4c3e9a6f5b2d8e1c7a4b/triggers/manual/paths/invoke?api-version=2016-10-01\n'],
  ['discord webhook id alone', 'The webhook 1187654321098765432 posts to #deploys: https://discord.com/api/webhooks/1187654321098765432\n'],
  ['discord invite', 'Join us: https://discord.gg/acmeDevs42\n'],
  ['telegram placeholder', 'curl https://api.telegram.org/bot<token>/getMe\n'],
  ['telegram templated', "url = f'https://api.telegram.org/bot{TOKEN}/sendMessage?chat_id={chat_id}'\n"],
  ['telegram t.me', 'https://t.me/acme_deploy_bot?start=welcome\n'],
  ['mattermost doc placeholder', 'https://your-mattermost-server.com/hooks/xxx-generatedkey-xxx\n'],
  ['mattermost api path', 'GET https://chat.acme.io/api/v4/hooks/incoming?page=0&per_page=60\n'],
  ['slack doc placeholder', 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\n'],
  ['webhooks path in docs', 'POST /hooks/:id handles incoming webhooks; see https://docs.acme.io/hooks/incoming\n'],
  ['azure functions url without a key', 'curl "https://acme-fn.azurewebsites.net/api/HttpTrigger1?name=Ada&code=<API_KEY>"\n'],
  ['azure functions oauth code elsewhere', 'https://app.example.com/callback?code=SplxlOBeZQQYbYS6WxSbIA0123456789ab&state=xyz\n'],
  ['openweather placeholder', 'https://api.openweathermap.org/data/2.5/weather?q=London&appid={API key}\n'],
  ['openweather city id', 'https://api.openweathermap.org/data/2.5/weather?id=2172797&units=metric\n'],
  ['victorops placeholder', 'https://alert.victorops.com/integrations/generic/20131114/alert/$API_KEY/$ROUTING_KEY\n'],
  ['webex api path', 'GET https://webexapis.com/v1/webhooks?max=100\n'],
  ['cache-busting query', '<script src="https://cdn.acme.io/app.js?v=3f2a9c1e7b5d"></script>\n'],
  ['font query with @', '<link href="https://fonts.googleapis.com/css2?family=Roboto:wght@400;700&display=swap" rel="stylesheet">\n'],
  ['package url with @', 'https://unpkg.com/react@18.2.0/umd/react.production.min.js\n'],
  ['youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s\n'],
  ['netlify site api', 'GET https://api.netlify.com/api/v1/sites/3970e0fe-8564-4903-9a55-c5f8de49fb8b/deploys\n'],
  ['pagerduty service url', 'https://acme.pagerduty.com/service-directory/PABC123\n'],
];

const SEEDS = 3;
runKeptPartsProbe(forms, lookalikes, cellsOf, 'credential cells');

function* cellsOf(form: Form): Iterable<KeptPartsCell> {
  for (const [alphabet, draw] of Object.entries(form.values)) {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const random = seededRandom(0x0de1 * seed + alphabet.length);
      const value = draw(random);
      const other = of(HEX, 64, [DIGITS, 'abcdef'])(random);
      yield { alphabet, value, text: form.template.replace('§V§', value).replace('§T§', other) };
    }
  }
}

/** A URL whose §V§ is the credential, written into every place; `keep` the parts its document says are public. */
interface PlacedForm {
  readonly id: string;
  readonly url: string;
  readonly values: Readonly<Record<string, Draw>>;
  readonly keep: readonly string[];
}

/** A JWT's three base64url parts, as an OpenID Provider signs an ID token (RS256 header). */
const jwt: Draw = (r) => `eyJhbGciOiJSUzI1NiIsImtpZCI6IjFlOWdkazcifQ.eyJpc3MiOiJodHRwczovL3NlcnZlci5leGFtcGxlLmNvbSIsInN1YiI6IjI0ODI4OTc2MTAwMSIsImF1ZCI6InM2QmhkUmtxdDMiLCJub25jZSI6Im4tMFM2X1d6QTJNaiIsImV4cCI6MTc2NzIyNTYwMH0.${of(B64URL, 342, [UPPER, LOWER, DIGITS])(r)}`;
/** A secret holding `/ + = :`, written into the query percent-encoded as encodeURIComponent writes it. */
const encodedSymbols = (n: number): Draw => (r) => encodeURIComponent(drawWith(r, UPPER + LOWER + DIGITS + '/+=:', n, [UPPER, LOWER, DIGITS, '/', '+', ':']));
/** A password holding `@ : /` and a space, percent-encoded as PostgreSQL's and MongoDB's manuals tell a userinfo password to be. */
const encodedPassword: Draw = (r) => encodeURIComponent(drawWith(r, UPPER + LOWER + DIGITS + '@:/ ', 16, [UPPER, LOWER, DIGITS, '@', ':']));
const TRELLO_KEY = '7d0e8b1c5a9f4e2d3b6c8a1f0e9d7c5b';
const ETH_ADDRESS = '0xde0b295669a9fd93d5f28d9ec85e40f4cb697bae';

const placedForms: readonly PlacedForm[] = [
  // RFC 6750 §2.3: `access_token` as a URI query parameter (GitLab's "REST API authentication" writes
  // `…/api/v4/projects?access_token=OAUTH-TOKEN`; Mapbox's secret `sk.` tokens go in the same parameter).
  { id: 'query access_token', url: 'https://api.example.com/v1/me?fields=id,name&access_token=§V§', values: { base62_40: TOKENS.base62_40!, b64token: TOKENS.b64token! }, keep: ['api.example.com/v1/me?fields=id,name'] },
  // RFC 6749 §4.2.2: the implicit grant's redirect carries the token in the fragment, with token_type, expires_in, state.
  { id: 'fragment access_token', url: 'https://app.example.com/callback#access_token=§V§&token_type=Bearer&expires_in=3600&state=af0ifjsldkj', values: { base62_40: TOKENS.base62_40!, hex40: TOKENS.hex40! }, keep: ['app.example.com/callback#', '&token_type=Bearer', '&state=af0ifjsldkj'] },
  // OpenID Connect Core 1.0 §3.2.2.5: the implicit flow's response, `#id_token=…&state=…` (the ID token a JWT, §2).
  { id: 'fragment id_token (oidc)', url: 'https://client.example.org/cb#id_token=§V§&state=af0ifjsldkj', values: { jwt }, keep: ['client.example.org/cb#', '&state=af0ifjsldkj'] },
  // RFC 6749 §2.3.1 (client_secret, "NOT RECOMMENDED" in the URI but accepted) and §6 (refresh_token) in a token request's query.
  { id: 'query client_secret', url: 'https://login.example.com/oauth2/token?grant_type=client_credentials&client_id=s6BhdRkqt3&client_secret=§V§', values: { base62_40: TOKENS.base62_40!, base64url43: TOKENS.base64url43! }, keep: ['grant_type=client_credentials', 'client_id=s6BhdRkqt3'] },
  { id: 'query refresh_token', url: 'https://login.example.com/oauth2/token?grant_type=refresh_token&refresh_token=§V§&client_id=s6BhdRkqt3', values: { base62_40: TOKENS.base62_40!, uuid }, keep: ['grant_type=refresh_token', '&client_id=s6BhdRkqt3'] },
  // AWS "Authenticating Requests: Using Query Parameters (AWS Signature Version 4)": X-Amz-Signature (64 hex) is the
  // signature, X-Amz-Security-Token the session token; X-Amz-Credential's access key id, the date, scope and expiry are not secret.
  { id: 'aws X-Amz-Signature', url: `https://acme-uploads.s3.amazonaws.com/report.pdf?${AWS_QUERY}&X-Amz-Signature=§V§`, values: { hex64: of(HEX, 64, [DIGITS, 'abcdef']) }, keep: ['X-Amz-Date=20260105T120000Z', 'X-Amz-Expires=3600'] },
  { id: 'aws X-Amz-Security-Token', url: `https://acme-uploads.s3.amazonaws.com/report.pdf?${AWS_QUERY}&X-Amz-Security-Token=§V§&X-Amz-Signature=§T§`, values: { session_token: (r) => 'IQoJb3JpZ2luX2Vj' + encodedBase64(200)(r) }, keep: ['X-Amz-Date=20260105T120000Z'] },
  // Google Cloud Storage "Signed URLs" (V4): X-Goog-Signature; X-Goog-Credential names the service account.
  { id: 'gcs X-Goog-Signature', url: `https://storage.googleapis.com/acme-bucket/report.pdf?${GOOG_QUERY}&X-Goog-Signature=§V§`, values: { hex512: of(HEX, 512, [DIGITS, 'abcdef']) }, keep: ['X-Goog-Date=20260105T120000Z'] },
  // Azure Storage "Create a service SAS": `sig` the signature; sv, sp, st, se, spr, sr the token's public terms.
  { id: 'azure sas sig', url: `https://acme.blob.core.windows.net/reports/q4.pdf?${SAS_TERMS}&sig=§V§`, values: { base64_32: encodedBase64(32) }, keep: ['acme.blob.core.windows.net/reports/q4.pdf'] },
  // GitLab "REST API authentication": `…/api/v4/projects?private_token=<your_access_token>`.
  { id: 'gitlab private_token', url: 'https://gitlab.example.com/api/v4/projects?private_token=§V§&per_page=50', values: { glpat: (r) => 'glpat-' + of(B64URL, 20, [UPPER, LOWER, DIGITS])(r), legacy20: of(UPPER + LOWER + DIGITS + '-_', 20, [UPPER, LOWER, DIGITS]) }, keep: ['gitlab.example.com/api/v4/projects', '&per_page=50'] },
  // Jenkins "Trigger builds remotely (e.g., from scripts)": `JENKINS_URL/job/NAME/build?token=TOKEN_NAME`.
  { id: 'jenkins build token', url: 'https://ci.example.com/job/deploy/buildWithParameters?token=§V§&BRANCH=main', values: { base62_32: TOKENS.base62_32!, hex40: TOKENS.hex40! }, keep: ['ci.example.com/job/deploy/buildWithParameters', '&BRANCH=main'] },
  // api.nasa.gov "Authentication": `?api_key=DEMO_KEY` (a signed-up key, 40 letters and digits).
  { id: 'query api_key (nasa)', url: 'https://api.nasa.gov/planetary/apod?date=2026-12-01&api_key=§V§', values: { base62_40: TOKENS.base62_40! }, keep: ['api.nasa.gov/planetary/apod?date=2026-12-01'] },
  // TMDB API v3 "Authentication": `?api_key=` (32 hex).
  { id: 'query api_key (tmdb)', url: 'https://api.themoviedb.org/3/movie/550?language=en-US&api_key=§V§', values: { hex32: of(HEX, 32, [DIGITS, 'abcdef']) }, keep: ['api.themoviedb.org/3/movie/550?language=en-US'] },
  // Etherscan "Set up your API key": every request's `apikey` (34 upper-case letters and digits).
  { id: 'query apikey (etherscan)', url: `https://api.etherscan.io/v2/api?chainid=1&module=account&action=balance&address=${ETH_ADDRESS}&tag=latest&apikey=§V§`, values: { upper34: of(UPPER + DIGITS, 34, [UPPER, DIGITS]) }, keep: [ETH_ADDRESS] },
  // Google APIs "Using API keys": `?key=API_KEY` (an `AIza` key).
  { id: 'query key (google apis)', url: 'https://www.googleapis.com/youtube/v3/videos?id=dQw4w9WgXcQ&part=snippet&key=§V§', values: { aiza: (r) => 'AIza' + of(B64URL, 35, [UPPER, LOWER, DIGITS])(r) }, keep: ['id=dQw4w9WgXcQ&part=snippet'] },
  // Trello "Authorizing with Trello's REST API": `key=` the application's key ("intended to be publicly accessible",
  // Trello's API introduction), `token=` the user's token (64 hex, or `ATTA` and 72 more since 2023).
  { id: 'query token (trello)', url: `https://api.trello.com/1/members/me/boards?key=${TRELLO_KEY}&token=§V§`, values: { hex64: of(HEX, 64, [DIGITS, 'abcdef']) }, keep: ['api.trello.com/1/members/me/boards'] },
  // The Subsonic API's "Authentication" (and OpenSubsonic's, Navidrome's, Ampache's copies): `p` the password, clear or
  // `enc:` and its hex, or `t` = md5(password + salt) with `s` the salt; `u`, `v`, `c` beside them.
  { id: 'subsonic p (clear)', url: 'https://music.example.com/rest/getAlbumList2.view?u=joe&p=§V§&v=1.16.1&c=myapp&f=json&type=newest', values: { unreserved14: of(UPPER + LOWER + DIGITS + '-._~', 14, [UPPER, LOWER, DIGITS]) }, keep: ['u=joe', '&v=1.16.1', '&c=myapp'] },
  { id: 'subsonic p (enc:)', url: 'https://music.example.com/rest/ping.view?u=joe&p=§V§&v=1.12.0&c=myapp', values: { hex: (r) => 'enc:' + Buffer.from(of(UPPER + LOWER + DIGITS, 12, [UPPER, LOWER, DIGITS])(r)).toString('hex') }, keep: ['u=joe', '&v=1.12.0'] },
  { id: 'subsonic t (token)', url: 'https://music.example.com/rest/stream?u=joe&t=§V§&s=c19b2d&v=1.16.1&c=myapp&id=tr-300', values: { md5: of(HEX, 32, [DIGITS, 'abcdef']) }, keep: ['u=joe', '&s=c19b2d', '&id=tr-300'] },
  // RFC 3986 §2.1: a value holding `/ + = :` is written percent-encoded; the whole value is the secret.
  { id: 'percent-encoded client_secret', url: 'https://login.example.com/oauth2/token?grant_type=client_credentials&client_id=s6BhdRkqt3&client_secret=§V§', values: { symbols40: encodedSymbols(40) }, keep: ['client_id=s6BhdRkqt3'] },
  { id: 'percent-encoded access_token', url: 'https://api.example.com/v1/files?access_token=§V§&page=2', values: { base64_48: encodedBase64(48), symbols40: encodedSymbols(40) }, keep: ['&page=2'] },
  { id: 'percent-encoded api_key', url: 'https://api.example.com/v2/search?q=weather&api_key=§V§', values: { symbols32: encodedSymbols(32) }, keep: ['q=weather'] },
  // RFC 3986 §3.2.1 with §2.1: a userinfo password holding `@ : /` percent-encoded (PostgreSQL "Connection URIs",
  // MongoDB "Connection Strings": reserved characters in the password must be percent-encoded).
  { id: 'percent-encoded userinfo password', url: 'https://deploy:§V§@registry.example.com/v2/', values: { symbols16: encodedPassword }, keep: ['registry.example.com/v2/'] },
  { id: 'percent-encoded userinfo password (postgresql)', url: 'postgresql://app:§V§@db.example.com:5432/shop?sslmode=require', values: { symbols16: encodedPassword }, keep: ['db.example.com:5432/shop?sslmode=require'] },
];

/** URLs with no credential in them, written into every place: public parameters beside the credentials' places. */
const placedLookalikes: readonly (readonly [string, string])[] = [
  // RFC 7636 §4.3 and Appendix B: the authorization request's code_challenge (a hash of the verifier) and state.
  ['pkce authorization request', 'https://auth.example.com/authorize?response_type=code&client_id=s6BhdRkqt3&state=af0ifjsldkj&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&redirect_uri=https%3A%2F%2Fclient.example.org%2Fcb'],
  ['oauth state alone', 'https://client.example.org/cb?state=Qm9vNHpZZnNhbXBsZVN0YXRlVmFsdWU&iss=https%3A%2F%2Fauth.example.com'],
  // AWS's own example: the query before its signature (the access key id AWS's documented AKIAIOSFODNN7EXAMPLE).
  ['aws query terms alone', 'https://acme-uploads.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20260105T120000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host'],
  ['azure sas terms alone', `https://acme.blob.core.windows.net/reports/q4.pdf?${SAS_TERMS}`],
  // Mapbox "Access tokens": public tokens (`pk.`) "can be safely exposed in web browsers".
  ['mapbox public token', 'https://api.mapbox.com/styles/v1/mapbox/streets-v12/tiles/1/0/0?access_token=pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNsdzNxOHd6bTBhYjAya3BqZ2t6dDR2NHcifQ.Zx8Kq3LmN7pR2sT5vW9yBg'],
  ['trello public key alone', `https://trello.com/1/authorize?expiration=1day&name=Nightly&scope=read&response_type=token&key=${TRELLO_KEY}`],
  ['cache key', 'https://cache.example.com/v1/get?key=user:42:profile&ttl=300'],
  ['object key', 'https://api.example.com/v1/objects?key=reports%2F2026%2Fq4.pdf&version=3'],
  ['search query percent-encoded', 'https://www.google.com/search?q=rfc+3986+percent%2Dencoding%3A+%2F+%2B+%3D&hl=en'],
  ['redirect uri percent-encoded', 'https://login.example.com/logout?post_logout_redirect_uri=https%3A%2F%2Fapp.example.com%2Fsigned-out%3Fnext%3D%252Fhome'],
  ['page token', 'https://www.googleapis.com/drive/v3/files?pageSize=100&pageToken=CAESBggDEAEYAQ'],
  ['token referenced', 'https://api.example.com/v1/me?access_token=${ACCESS_TOKEN}'],
  ['token placeholder', 'https://gitlab.example.com/api/v4/projects?private_token=<your_access_token>'],
  ['user with percent-encoded name', 'https://jane.doe%40example.com@registry.example.com/v2/'],
  ['subsonic request, credentials referenced', 'https://music.example.com/rest/getCoverArt.view?u=joe&p=${SUBSONIC_PASSWORD}&v=1.16.1&c=myapp&id=al-42&size=300'],
  ['subsonic-like path without its parameters', 'https://jira.example.com/rest/search?jql=project%3DOPS&p=2&t=summary'],
  ['etherscan docs placeholder', `https://api.etherscan.io/v2/api?chainid=1&module=account&action=balance&address=${ETH_ADDRESS}&tag=latest&apikey=YourApiKeyToken`],
];

/** The placed forms' cells: each alphabet's values over the seeds, written into the URL as drawn. */
function placedCells(form: PlacedForm): PlacedUrlForm {
  return {
    id: form.id,
    keep: form.keep,
    *cells() {
      for (const [alphabet, draw] of Object.entries(form.values)) {
        for (let seed = 1; seed <= SEEDS; seed++) {
          const random = seededRandom(0x0de1 * seed + alphabet.length);
          const value = draw(random);
          yield { alphabet, url: form.url.replace('§V§', value).replace('§T§', of(HEX, 64, [DIGITS, 'abcdef'])(random)), written: value };
        }
      }
    },
  };
}

const tally = runPlacedUrlProbe(placedForms.map(placedCells), placedLookalikes, 'placed ');
console.log(`placed cells read whole ${tally.read}/${tally.tried} (over-read, a public part lost: ${tally.over}); placed look-alikes taken ${tally.taken}/${tally.count}`);
