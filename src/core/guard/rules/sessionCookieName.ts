// Whether a cookie's name says its value is a session: RFC 6265 §8.6 and OWASP's Session Management Cheat Sheet
// (a session ID is, for its life, as good as the strongest authentication the application has). Two readings:
// - a framework's documented default name: the value is that session's id (or its signed or encrypted state),
//   whatever it looks like, and is judged by the placeholder policy alone (a literal in a secret's slot is that
//   secret). PHP `session.name` PHPSESSID; Jakarta Servlet §7.1.1 JSESSIONID; ASP.NET `sessionState cookieName`
//   ASP.NET_SessionId, forms authentication's .ASPXAUTH; ASP.NET Core's `SessionDefaults.CookieName`
//   .AspNetCore.Session, `CookieAuthenticationDefaults.CookiePrefix` + scheme (.AspNetCore.Cookies,
//   .AspNetCore.Identity.Application); express-session's `name` connect.sid; Django `SESSION_COOKIE_NAME`
//   sessionid; Flask `SESSION_COOKIE_NAME` session (cookie-session's and Spring Session's too); Rack's
//   `Rack::Session::Cookie` rack.session; koa-session koa.sess; ColdFusion's client cookies CFID and CFTOKEN;
//   a name ending `_session`: Rails' cookie store key `_<app>_session`, Laravel's `<app>_session`, CodeIgniter's
//   ci_session, Play's PLAY_SESSION.
// - any other name holding a session's or a login's word (`sess`, `sid`, `auth`, `token`, `jwt`, `remember`): the
//   value must read as a server made it (long, random); `session_timeout=30` is no credential.
// - an anti-forgery cookie under its documented name: ASP.NET Core's `.AspNetCore.Antiforgery.<hash>` ("Prevent
//   Cross-Site Request Forgery attacks in ASP.NET Core": the cookie's default name), Django's `CSRF_COOKIE_NAME`
//   csrftoken, Angular's and Laravel's XSRF-TOKEN. By OWASP's CSRF Prevention Cheat Sheet the token is a per-session
//   secret whose reader forges that user's requests (the thirty-second round's ruling, keyStrength.ts): a credential
//   only as a generated value, as under any other session word (`csrftoken=abc` is no token).
import { looksPlaceholder } from '../secretRule';
import { shannonEntropy } from '../stringEntropy';
import { looksRandomValue } from './randomValue';

const DOCUMENTED = /^(?:sessionid|phpsessid|jsessionid|asp\.net_sessionid|\.aspxauth|\.aspnetcore\.(?:session|cookies|identity\.[a-z0-9.]{1,40})|connect\.sid|session|rack\.session|koa\.sess|cfid|cftoken|_?[a-z0-9]{1,40}(?:_[a-z0-9]{1,40}){0,4}_session)$/i;
const ANTI_FORGERY = /^(?:\.aspnetcore\.antiforgery\.[\w-]{1,40}|csrftoken|xsrf-token)$/i;
const NAMED = /sess|(?:^|[._-])sid$|^sid$|auth|token|jwt|remember/i;
// PHP's `setcookie` with an empty value sends `name=deleted` with a past expiry: the cookie's removal.
const REMOVED = /^deleted$/i;

/** Whether `value`, given under the cookie `name`, is a session credential (see above); false for a name that is no session's. */
export function isSessionCookie(name: string, value: string): boolean {
  // (A cookie cleared, `sessionid=; expires=…`, is asked nothing of its name.)
  if (value === '') return false;
  if (DOCUMENTED.test(name)) return !looksPlaceholder(value) && !REMOVED.test(value);
  return (NAMED.test(name) || ANTI_FORGERY.test(name)) && looksSessionValue(value);
}

/** Whether `name` is a framework's documented session or anti-forgery cookie (the pair readers' test before they read a value). */
export function isDocumentedSessionName(name: string): boolean {
  return DOCUMENTED.test(name) || ANTI_FORGERY.test(name);
}

/**
 * A value a server made: long, random, no stand-in. The name already says it is a session, so one run of letters
 * and digits with a spread of characters will do (Django's ids are 32 lower-case letters and digits, some repeated).
 */
function looksSessionValue(value: string): boolean {
  if (value.length < 16 || looksPlaceholder(value)) return false;
  return looksRandomValue(value) || (value.length >= 20 && ALPHANUMERIC.test(value) && LETTER.test(value) && DIGIT.test(value) && shannonEntropy(value) >= 3);
}

const ALPHANUMERIC = /^[A-Za-z0-9]+$/;
const LETTER = /[A-Za-z]/;
const DIGIT = /\d/;

/** A cookie's name: letters, digits and `_ . -` (what names hold in practice: RFC 6265's token, less what none uses). */
export function isCookieNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}
