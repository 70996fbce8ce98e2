// Where the credential stands in an `Authorization` or `Proxy-Authorization` header's value (RFC 9110 §11.6.2, §11.7.2):
// `auth-scheme [ 1*SP ( token68 / #auth-param ) ]` (§11.4), or a bare credential with no scheme (what vendors document
// as `Authorization: <key>`). Read where a header's name and value are given apart (HAR's and Postman's pairs, Apple's
// `setValue(_:forHTTPHeaderField:)`).

const AUTHORIZATION = /^(?:proxy-)?authorization$/i;
// A scheme's name and its blanks, before a credential.
const SCHEME = /^([A-Za-z][A-Za-z0-9_-]{1,30})[ \t]+(?=[^ \t])/;
const BASIC = /^basic$/i;
// A scheme's name alone, no credential after it: IANA's HTTP Authentication Scheme Registry, and NTLM's and `Token`.
const SCHEME_ALONE = /^(?:basic|bearer|concealed|digest|dpop|gnap|hoba|mutual|negotiate|ntlm|oauth|privatetoken|scram-sha-(?:1|256)|vapid|token)$/i;
// Auth-params, `Digest username="…", response="…"`: no one credential (Digest's response is a hash); other rules read them.
const AUTH_PARAM = /^[A-Za-z][A-Za-z0-9_-]*=(?!=*$)/;

/** Whether a header's name is `Authorization` or `Proxy-Authorization`. */
export function isAuthorizationHeader(name: string): boolean {
  return AUTHORIZATION.test(name);
}

/**
 * Where the credential starts in such a header's value: past its scheme and blanks, 0 for a bare one; -1 where there is
 * none to judge here: Basic's pair (the basic-auth-header rule decodes it), a scheme's name alone, auth-params.
 */
export function credentialStart(value: string): number {
  const scheme = SCHEME.exec(value);
  if (scheme && BASIC.test(scheme[1]!)) return -1;
  const start = scheme ? scheme[0].length : 0;
  if ((!scheme && SCHEME_ALONE.test(value.trimEnd())) || AUTH_PARAM.test(value.slice(start))) return -1;
  return start;
}
