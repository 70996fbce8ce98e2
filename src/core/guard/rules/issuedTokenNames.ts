// Tokens a key's parts name that a server issues for a purpose other than the key's strength says: an anti-forgery token,
// a session's id (credentials, judged with a value that reads as generated) and a page of results' cursor (not one).
// keyStrength.ts asks these of a key's parts.

// Credentials a server generates and hands its client to bear back, named by the documents that define them; their
// names say "secret" only with a value that reads as generated (weak: `session = Session()`, `session = "default"`,
// `csrf_token = "{{ csrf_token() }}"` are none).
// - An anti-forgery token: csrftoken, csrfmiddlewaretoken (Django), X-XSRF-TOKEN / XSRF-TOKEN (Angular, Laravel), Rails'
//   authenticity_token, Express's and Spring Security's `_csrf`. OWASP's CSRF Prevention Cheat Sheet: the token must be
//   secret and unpredictable, bound to the user's session; whoever reads it forges that user's requests. (The key that
//   signs them, `WTF_CSRF_SECRET_KEY`, is strong.)
// - A session's identifier: sessionid (Django), PHPSESSID (PHP), JSESSIONID (Jakarta Servlet), ASP.NET_SessionId,
//   Rails' `_session_id` and `_<app>_session`, Laravel's `<app>_session`, Flask's `session`; OWASP's Session Management
//   Cheat Sheet: the session ID is a credential, for its life as strong as the application's strongest authentication,
//   generated with ≥ 64 bits of entropy. (`session_timeout`, `sessionStorage`, `session_cookie_name` name no id.)
const ANTI_FORGERY_PART = /^(?:csrf|xsrf|authenticity|forgery|antiforgery)$/;
const GLUED_ANTI_FORGERY_TOKEN = /^(?:csrf|xsrf)(?:[a-z]*tokens?)?$/;
const SESSION_ID = /^(?:php|j)?sess(?:ion)?ids?$|^session$/;
const SESSION_PART = /^sess(?:ion)?$/;

export function namesAntiForgeryToken(parts: readonly string[]): boolean {
  const last = parts[parts.length - 1]!;
  return GLUED_ANTI_FORGERY_TOKEN.test(last) || ((last === 'token' || last === 'tokens') && parts.some((p) => ANTI_FORGERY_PART.test(p)));
}

export function namesSessionId(parts: readonly string[]): boolean {
  const last = parts[parts.length - 1]!;
  return SESSION_ID.test(last) || ((last === 'id' || last === 'ids') && parts.length > 1 && SESSION_PART.test(parts[parts.length - 2]!));
}

// A page of results' cursor: AWS APIs' `NextToken` ("the token for the next set of results"), Google's AIP-158
// `page_token` / `next_page_token`, Azure's continuation token. Opaque, but it opens nothing the caller could not list.
const CURSOR_PART = /^(?:next|page|nextpage|continuation)$/;
const GLUED_CURSOR_TOKEN = /^(?:next|page|nextpage|continuation)tokens?$/;

export function namesPageCursor(parts: readonly string[]): boolean {
  const last = parts[parts.length - 1]!;
  if (GLUED_CURSOR_TOKEN.test(last)) return true;
  return (last === 'token' || last === 'tokens') && parts.length > 1 && CURSOR_PART.test(parts[parts.length - 2]!);
}
