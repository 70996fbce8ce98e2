// Credentials a URL carries as a path segment, where the vendor's document puts them, with no key word near: whoever holds
// the URL holds the credential. Only the segment is redacted; the host and the path around it say what the URL is.
// - Telegram Bot API: "https://api.telegram.org/bot<token>/METHOD_NAME", files at "https://api.telegram.org/file/bot<token>/
//   <file_path>"; a token "looks something like 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11" (the bot's id, `:`, 35 more).
// - Mattermost "Incoming webhooks": "https://your-mattermost-server.com/hooks/xxx-generatedkey-xxx … Treat this endpoint as a
//   secret"; the key is one of its ids, 26 lower-case letters and digits (any server's host, so the shape is all there is).
// - Rocket.Chat "Integrations": an incoming webhook's URL is `…/hooks/<integration id>/<token>`, Meteor ids of 17 and 48
//   letters and digits.
// - PagerDuty's Events API for Amazon CloudWatch: `https://events.pagerduty.com/integration/<integration key>/enqueue`.
// - Netlify "Build hooks": `https://api.netlify.com/build_hooks/<id>`; "anyone with the URL can trigger a build".
// - Oracle Cloud Object Storage "Pre-Authenticated Requests": `https://objectstorage.<region>.oraclecloud.com/p/<token>/n/
//   <namespace>/b/<bucket>/o/<object>` (and `<namespace>.objectstorage.<region>.oci.customer-oci.com`): the token grants the
//   access without other credentials.
// - Splunk On-Call (VictorOps) "REST endpoint integration": `https://alert.victorops.com/integrations/generic/20131114/alert/
//   <api key>/<routing key>`, the key a UUID.
// - Webex "Incoming webhooks": `https://webexapis.com/v1/webhooks/incoming/<id>` (`api.ciscospark.com` before), the URL the
//   only credential a post needs.
// And keys a vendor documents as a query parameter of its own name, which no key word names:
// - Azure Functions "Work with access keys": `https://<APP_NAME>.azurewebsites.net/api/<FUNCTION_NAME>?code=<API_KEY>`.
// - OpenWeather's APIs: `https://api.openweathermap.org/data/2.5/weather?q={city name}&appid={API key}`, 32 hex.
// Each expression opens with a literal the prefilter's keyword holds and has bounded classes only: linear.
import { patternRule, type SecretRule } from '../secretRule';

/** Letters and digits both: an issued id, not a word (`/hooks/incomingwebhookhandler…`) or a number. */
function notMixed(secret: string): boolean {
  return !/[a-z]/i.test(secret) || !/\d/.test(secret);
}

export const urlPathTokenRules: readonly SecretRule[] = [
  patternRule({
    id: 'telegram-bot-url', keywords: ['api.telegram.org/bot', 'api.telegram.org/file/bot'],
    pattern: /api\.telegram\.org\/(?:file\/)?bot(?<secret>\d{5,12}:[A-Za-z0-9_-]{30,40})(?![A-Za-z0-9_-])/, entropy: 3, secretEndsMatch: true,
  }),
  patternRule({
    id: 'mattermost-webhook', keywords: ['/hooks/'],
    pattern: /\/hooks\/(?<secret>[a-z0-9]{26})(?![A-Za-z0-9_/.-])/, entropy: 3, allow: notMixed, secretEndsMatch: true,
  }),
  patternRule({
    id: 'rocketchat-webhook', keywords: ['/hooks/'],
    pattern: /\/hooks\/[A-Za-z0-9]{17}\/(?<secret>[A-Za-z0-9]{48})(?![A-Za-z0-9_/.-])/, entropy: 3, allow: notMixed, secretEndsMatch: true,
  }),
  patternRule({
    id: 'pagerduty-integration-url', keywords: ['events.pagerduty.com/integration/'],
    pattern: /events\.pagerduty\.com\/integration\/(?<secret>[A-Za-z0-9]{32})(?=\/)/, entropy: 3, allow: notMixed, secretEndsMatch: true,
  }),
  patternRule({
    id: 'netlify-build-hook', keywords: ['api.netlify.com/build_hooks/'],
    pattern: /api\.netlify\.com\/build_hooks\/(?<secret>[a-f0-9]{24})(?![A-Za-z0-9_-])/, entropy: 3, allow: notMixed, secretEndsMatch: true,
  }),
  patternRule({
    id: 'oci-pre-authenticated-request', keywords: ['.oraclecloud.com/p/', '.customer-oci.com/p/'],
    pattern: /objectstorage\.[a-z0-9-]{2,40}\.(?:oraclecloud\.com|oci\.customer-oci\.com)\/p\/(?<secret>[A-Za-z0-9_.:+%-]{20,200})(?=\/n\/)/, entropy: 3, secretEndsMatch: true,
  }),
  patternRule({
    id: 'victorops-rest-endpoint', keywords: ['alert.victorops.com/integrations/'],
    pattern: /alert\.victorops\.com\/integrations\/generic\/\d{8}\/alert\/(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])/, entropy: 3, secretEndsMatch: true,
  }),
  patternRule({
    id: 'webex-incoming-webhook', keywords: ['webexapis.com/v1/webhooks/incoming/', 'api.ciscospark.com/v1/webhooks/incoming/'],
    pattern: /(?:webexapis|api\.ciscospark)\.com\/v1\/webhooks\/incoming\/(?<secret>[A-Za-z0-9_-]{40,200}={0,2})(?![A-Za-z0-9_=-])/, entropy: 3, secretEndsMatch: true,
  }),
  // (The query's fields before the key are passed over one `&` at a time: a field's class holds no `&`.)
  patternRule({
    id: 'azure-functions-key', keywords: ['.azurewebsites.net/api/'],
    pattern: /\.azurewebsites\.net\/api\/[A-Za-z0-9_.\/-]{1,200}\?(?:[^\s&#"'`<>]{0,200}&){0,8}code=(?<secret>[A-Za-z0-9_\/+-]{30,100}(?:={0,2}|(?:%3D){1,2}))(?![A-Za-z0-9_\/+=%-])/, entropy: 3, secretEndsMatch: true,
  }),
  patternRule({
    id: 'openweather-appid', keywords: ['api.openweathermap.org/'],
    pattern: /api\.openweathermap\.org\/[A-Za-z0-9_.\/-]{1,100}\?(?:[^\s&#"'`<>]{0,200}&){0,8}appid=(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])/, entropy: 3, secretEndsMatch: true,
  }),
];
