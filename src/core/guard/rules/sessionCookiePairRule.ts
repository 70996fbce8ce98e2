// A session cookie given as its name and its value apart, under a framework's documented session cookie name
// (sessionCookieName.ts): HAR 1.2's `cookies` objects and the name/value objects browsers' and HTTP libraries'
// APIs take (`{"name": "sessionid", "value": "…"}`, Go's `http.Cookie{Name: "…", Value: "…"}`, Puppeteer's and
// Playwright's `{name, value}`); a constructor's or a jar's two arguments (Jakarta Servlet's `new Cookie(name,
// value)`, Requests' `jar.set(name, value)`); a cookie dictionary (Requests' `cookies={'sessionid': '…'}`);
// and a line of the Netscape cookie file curl and wget read and write (curl's documentation: seven fields
// apart by tabs — domain, subdomains, path, secure, expiry, name, value).
// Linear: each keyword's name is bounded by its quotes or tabs and read once, its value to its line's end.
import type { SecretRule } from '../secretRule';
import { spanKind, type SpanList } from '../spanList';
import { isCookieNameChar as isNameChar, isDocumentedSessionName, isSessionCookie } from './sessionCookieName';

const KIND = spanKind('session-cookie-pair');
// (Every documented name holds one of these.)
const KEYWORDS = ['sess', 'connect.sid', 'aspxauth', '.aspnetcore.', 'cfid', 'cftoken', 'csrftoken', 'xsrf-token'];
const ANY_KEYWORD = /sess|connect\.sid|aspxauth|\.aspnetcore\.|cfid|cftoken|csrftoken|xsrf-token/gi;
const MAX_NAME = 64;
const MAX_VALUE = 4096;
// Before a name's quote: a `name` key (`"name": `, `Name: `, `name=`).
const NAME_KEY = /name["']?[ \t]*[:=][ \t]*$/i;
// After the name and its comma: a `value` key.
const VALUE_KEY = /["']?value["']?[ \t]*[:=][ \t]*(?=["'`])/iy;
// Before a name's quote: a call whose two first arguments are a cookie's name and value.
const COOKIE_CALL = /(?:cookie|jar)[A-Za-z0-9_.]{0,24}\([ \t]*$/i;
const COOKIE_WORD = /cookie/i;
// (The five fields before the name, at most as long as their bounds below.)
const MAX_HEAD = 1320;
const NETSCAPE_HEAD = /^(?:#HttpOnly_)?[^\t\s]{1,253}\t(?:TRUE|FALSE)\t[^\t\s]{1,1024}\t(?:TRUE|FALSE)\t\d{1,20}\t$/;

export const sessionCookiePairRule: SecretRule = {
  id: 'session-cookie-pair',
  keywords: KEYWORDS,
  nearKeywords: true,
  find(text, found, near) {
    // (A name holding two keywords, `.AspNetCore.Session`, is read once: the next read starts past the last name.)
    let after = 0;
    if (near) {
      for (const end of near) if (end >= after) after = readNameAt(text, end, found);
      return;
    }
    ANY_KEYWORD.lastIndex = 0;
    // (`test`, not `exec`: no match array per keyword, where the text is dense with them.)
    while (ANY_KEYWORD.test(text)) {
      // (The search goes on past the name read, not from inside it.)
      after = readNameAt(text, ANY_KEYWORD.lastIndex, found);
      ANY_KEYWORD.lastIndex = after;
    }
  },
};

/** Reads the name holding the keyword that ends at `at`, and its value where the name's place gives one; where the name ends. */
function readNameAt(text: string, at: number, found: SpanList): number {
  // (The name's end first: most keywords stand in a name no quote or tab closes, `session.headers`, `sessionkey:`,
  // and are let go before the reading back to where the name opens.)
  let end = at;
  while (end < text.length && end - at < MAX_NAME && isNameChar(text.charCodeAt(end))) end++;
  const close = text.charCodeAt(end);
  if (close !== 34 && close !== 39 && close !== 9) return end;
  if (close !== 9 && !opensValue(text, end + 1)) return end;
  let start = at;
  while (start > 0 && end - start < MAX_NAME && isNameChar(text.charCodeAt(start - 1))) start--;
  if (text.charCodeAt(start - 1) !== close) return end;
  const name = text.slice(start, end);
  if (!isDocumentedSessionName(name)) return end;
  const value = close === 9 ? netscapeValue(text, start, end) : quotedValue(text, start - 1, end + 1);
  if (value && isSessionCookie(name, text.slice(value[0], value[1]))) found.push(KIND, value[0], value[1]);
  return end;
}

/** Whether a `,` or a `:` follows `i` past blanks on its line: the places above after a quoted name. */
function opensValue(text: string, i: number): boolean {
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const c = text.charCodeAt(i);
  return c === 44 || c === 58;
}

/** The value after a quoted name, in the places above; undefined elsewhere. */
function quotedValue(text: string, quote: number, i: number): [number, number] | undefined {
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const c = text.charCodeAt(i);
  const before = text.slice(Math.max(0, quote - 40), quote);
  if (c === 44) {
    i++;
    while (i < text.length && i - quote < 80 && isBlank(text.charCodeAt(i))) i++;
    if (NAME_KEY.test(before)) {
      VALUE_KEY.lastIndex = i;
      if (!VALUE_KEY.test(text)) return undefined;
      return stringAt(text, VALUE_KEY.lastIndex);
    }
    return COOKIE_CALL.test(before) ? stringAt(text, i) : undefined;
  }
  if (c === 58) {
    i++;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
    // (A dictionary of cookies: the word within the 120 characters before the name.)
    return COOKIE_WORD.test(text.slice(Math.max(0, quote - 120), quote)) ? stringAt(text, i) : undefined;
  }
  return undefined;
}

/** A string literal's contents at `i` (its opening quote), on one line; undefined if none opens there. */
function stringAt(text: string, i: number): [number, number] | undefined {
  const q = text.charCodeAt(i);
  if (q !== 34 && q !== 39 && q !== 96) return undefined;
  const stop = Math.min(text.length, i + 1 + MAX_VALUE);
  let j = i + 1;
  while (j < stop && text.charCodeAt(j) !== q && text.charCodeAt(j) !== 10) j++;
  return text.charCodeAt(j) === q ? [i + 1, j] : undefined;
}

/** A Netscape cookie file line's value: the name its sixth field, the five before it as curl writes them. */
function netscapeValue(text: string, start: number, end: number): [number, number] | undefined {
  let lineStart = start;
  while (lineStart > 0 && start - lineStart <= MAX_HEAD && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if ((lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) || !NETSCAPE_HEAD.test(text.slice(lineStart, start))) return undefined;
  let j = end + 1;
  const stop = Math.min(text.length, j + MAX_VALUE);
  while (j < stop && text.charCodeAt(j) > 32) j++;
  return j > end + 1 ? [end + 1, j] : undefined;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
