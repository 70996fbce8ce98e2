// The credential of an Authorization header under any scheme, not only Basic and Bearer: vendors
// name their own (`SSWS` Okta, `GenieKey` Opsgenie, `DeepL-Auth-Key`, `Api-Key`, `Klaviyo-API-Key`,
// `Splunk`, `Token token=…`; Basic's pair is the basic-auth-header rule's). A header's value is `scheme credential` (RFC 9110, §11.4): one word,
// then a run of token characters; that run is the secret when it reads as generated. The header's
// name and its value are written apart as each grammar writes a header: `:`, `=`, `=>` or `,` (a
// call's arguments), a subscript's `"] =` (`request["Authorization"] = …`), or blanks alone (a web
// server's directive: nginx's `proxy_set_header Authorization "Bearer …";`, Apache's `RequestHeader
// set Authorization …`); the value in any string literal (`f"token …"`, a backtick template).
import { looksPlaceholder, patternRule, type SecretRule } from '../secretRule';
import { looksRandomValue } from './randomValue';

export const authorizationSchemeRule: SecretRule = patternRule({
  id: 'authorization-scheme', keywords: ['authorization'],
  pattern: /\b(?:Proxy-)?Authorization["'`]?\]?(?:[ \t]{0,8}(?:=>|[:=,])[ \t]{0,8}|[ \t]{1,8})(?:[fFbBrRuU@$]?["'`])?(?!Basic[ \t])[A-Za-z][A-Za-z0-9_-]{1,30}[ \t]+(?:token=)?["']?(?<secret>[A-Za-z0-9._~+/:=-]{16,400})(?![A-Za-z0-9._~+/:=-])/i,
  allow: (secret) => looksPlaceholder(secret) || !looksRandomValue(secret),
});
