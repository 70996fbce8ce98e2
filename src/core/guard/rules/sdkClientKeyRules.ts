// A key handed to an SaaS or cloud SDK's client where the vendor's reference puts it by position, or under a name the
// call itself spells (forty-second round): the documented constructor, factory or credential object, read at the
// argument its reference names the key, so a plain or word-like key (`"hunter2-prod"`) is taken there as a named one is.
// Each family's calls as their documents write them:
// - the key alone, first: Resend's `new Resend(key)` (Node, Java, Kotlin), `ResendClient.Create(key)` (.NET),
//   `Resend::client(key)` (PHP), `resend.NewClient(key)` (Go); Postmark's `new postmark.ServerClient(token)` and
//   `AccountClient`, `new PostmarkClient(token)` / `PostmarkAdminClient` (PHP, .NET), `Postmark::ApiClient.new(token)`
//   (Ruby), `Postmark.getApiClient(token)` (Java); mehanizm/airtable's
//   `airtable.NewClient(token)`; jomei/notionapi's `notionapi.Token(token)`; Google Cloud's `option.WithAPIKey(key)`
//   and Fern-built SDKs' `option.WithToken(token)` (Square's Go SDK); azcore's `NewKeyCredential(key)`;
//   System.ClientModel's `new ApiKeyCredential(key)`; Weaviate's `new weaviate.ApiKey(key)` (TypeScript) and
//   `auth.ApiKey{Value: key}` (Go); googlemaps' `Client(key=…)` and notion-client's `Client(auth=…)` (Python);
// - after an application id or account: Algolia's `algoliasearch(appId, apiKey)`, `searchClient(…)`, Python's
//   `SearchClientSync(…)` and v3's `SearchClient.create(…)`, PHP's `SearchClient::create(…)`, Ruby's
//   `Algolia::Search::Client.create(…)`, Go's `search.NewClient(…)`, .NET's `new SearchConfig(…)`, Java's and .NET's
//   `new SearchClient(appId, apiKey)` (two arguments only: Azure's SearchClient takes an endpoint, an index and a
//   credential); Vonage's PHP `new Credentials\Basic(key, secret)` and Go `CreateAuthFromKeySecret(key, secret)`;
//   Pusher's PHP `new Pusher\Pusher(key, secret, appId)`; OpenAPI Generator's PHP clients' (Brevo's, its README's
//   "Getting Started") `Configuration::getDefaultConfiguration()->setApiKey('api-key', key)` after the header's name;
// - later: Pusher's Java and .NET `new Pusher(appId, key, secret)` (after the numeric app id), Braintree's Java and
//   .NET `new BraintreeGateway(environment, merchantId, publicKey, privateKey)`.
// Left to the call's other readings: Supabase's `createClient(url, key)`, whose key may be the public anon key; a
// pyairtable `Api(token)`, a name anyone's class has; Intercom's PHP `new IntercomClient(token)`, intercom-token's
// (which reads the token's own shape and leaves its stand-ins). The literal is judged as one given to the slot's name.
import type { SecretRule } from '../secretRule';
import { ARG, LITERAL, positionalRule } from './positionalSecretRules';
import { ANY_ARG } from './callSignatureRules';

const OPEN = `[ \\t]*\\([ \\t]*`;
const NEW = `\\bnew[ \\t]+`;

export const sdkClientKeyRules: readonly SecretRule[] = [
  positionalRule('sdk-client-key-argument', ['resend', 'postmark', 'airtable.newclient', 'notionapi.token', 'option.with', 'newkeycredential', 'apikeycredential', 'apikey(', 'apikey (', 'auth.apikey'], [
    { key: 'api_key', pattern: new RegExp(`(?:(?:${NEW})?\\bResend|\\bResendClient\\.Create|\\bResend::client|\\bresend\\.NewClient)${OPEN}${LITERAL}`, 'dg') },
    { key: 'server_token', pattern: new RegExp(`(?:${NEW}postmark\\.(?:Server|Account|Admin)Client|${NEW}Postmark(?:Admin)?Client|\\bPostmark::(?:Account)?ApiClient\\.new|\\bPostmark\\.get(?:Account)?ApiClient)${OPEN}${LITERAL}`, 'dg') },
    { key: 'access_token', pattern: new RegExp(`(?:\\bairtable\\.NewClient|\\bnotionapi\\.Token|\\boption\\.WithToken)${OPEN}${LITERAL}`, 'dg') },
    { key: 'api_key', pattern: new RegExp(`(?:\\boption\\.WithAPIKey|\\bazcore\\.NewKeyCredential|${NEW}ApiKeyCredential|${NEW}(?:weaviate\\.)?ApiKey)${OPEN}${LITERAL}`, 'dg') },
    { key: 'api_key', pattern: new RegExp(`\\bauth\\.ApiKey[ \\t]*\\{[ \\t]*Value[ \\t]*:[ \\t]*${LITERAL}`, 'dg') },
  ]),
  // (Apart: `client(` is common, and these two read a keyword argument right after it.)
  positionalRule('sdk-client-keyword-key', ['client(', 'client ('], [
    { key: 'api_key', pattern: new RegExp(`\\bgooglemaps\\.Client${OPEN}key[ \\t]*=[ \\t]*${LITERAL}`, 'dg') },
    { key: 'auth_token', pattern: new RegExp(`\\bClient${OPEN}auth[ \\t]*=[ \\t]*${LITERAL}`, 'dg') },
    { key: 'auth_token', pattern: new RegExp(`${NEW}Client${OPEN}\\{[ \\t]*(?:\\r?\\n[ \\t]*)?auth[ \\t]*:[ \\t]*${LITERAL}`, 'dg') },
  ]),
  // Fern-built Java SDKs' `Client.builder().token(token)` (Square's quickstart): the builder's first step only.
  positionalRule('sdk-builder-token', ['.token(', '.token ('], [
    { key: 'access_token', pattern: new RegExp(`(?<=\\.builder\\(\\)[ \\t]*(?:\\r?\\n[ \\t]*)?)\\.token${OPEN}${LITERAL}`, 'dg') },
  ]),
  positionalRule('sdk-client-second-key-argument', ['algoliasearch', 'searchclient', 'search::client.create', 'search.newclient', 'searchconfig', 'credentials\\basic', 'createauthfromkeysecret', 'pusher\\pusher', '->setapikey'], [
    { key: 'api_key', pattern: new RegExp(`(?:\\balgoliasearch|\\bsearchClient|\\bSearchClientSync|\\bSearchClient\\.create|\\bSearchClient::create|\\bAlgolia::Search::Client\\.create|\\bsearch\\.NewClient|${NEW}SearchConfig)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    { key: 'api_key', pattern: new RegExp(`${NEW}SearchClient${OPEN}${ARG}${LITERAL}[ \\t]*\\)`, 'dg') },
    { key: 'secret', pattern: new RegExp(`(?:\\bCredentials\\\\Basic|\\bvonage\\.CreateAuthFromKeySecret|${NEW}\\\\?Pusher\\\\Pusher)${OPEN}${ANY_ARG}${LITERAL}`, 'dg') },
    // OpenAPI Generator's PHP clients (Brevo's README): `->setApiKey('api-key', key)`, the scheme's header name first.
    { key: 'api_key', pattern: new RegExp(`->setApiKey${OPEN}(["'])[A-Za-z][\\w-]{0,60}\\1[ \\t]*,[ \\t]*${LITERAL}`, 'dg') },
  ]),
  positionalRule('sdk-client-later-key-argument', ['pusher', 'braintreegateway'], [
    { key: 'secret', pattern: new RegExp(`${NEW}Pusher${OPEN}(["'])\\d{1,12}\\1[ \\t]*,[ \\t]*${ARG}${LITERAL}`, 'dg') },
    { key: 'private_key', pattern: new RegExp(`${NEW}BraintreeGateway${OPEN}${ARG}${ARG}${ARG}${LITERAL}`, 'dg') },
  ]),
];
