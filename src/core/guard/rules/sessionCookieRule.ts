// A session cookie handed over in a cookie string (RFC 6265 §4.2.1: `name=value; name2=value2`): whoever holds
// the value is logged in as its user (§8.6). Read where the string is written: the `Cookie:` request header and
// `Set-Cookie:` (§4.1: its first pair is the cookie) in HTTP messages, `.http` files, logs and headers in code
// (`"Cookie": "…"`, curl's `-H 'Cookie: …'`); curl's `--cookie`/`-b 'name=value'` (curl(1): an argument
// without `=` is a file's name); `document.cookie = "…"` (HTML's `document.cookie` setter); HAR 1.2's header
// objects (`{"name": "Cookie", "value": "…"}`). Which pairs are sessions: sessionCookieName.ts.
// Linear: each string is read once, pair by pair, to its line's end or 4096 characters.
import { ledPattern, type SecretRule } from '../secretRule';
import { spanKind, type SpanList } from '../spanList';
import { isCookieNameChar as isNameChar, isSessionCookie } from './sessionCookieName';

const KIND = spanKind('session-cookie');
const HEADER = /(?<![A-Za-z0-9_-])(?:(?:set-)?cookie["']?[ \t]*:[ \t]*["']?|--cookie[ \t=]{1,4}["']?|document\.cookie[ \t]*=[ \t]*["'`]|(?:set-)?cookie"[ \t]*,[ \t\r\n]{0,40}"value"[ \t]*:[ \t]*")/gi;
// curl's short option: `-b NAME=VALUE` (or `-bNAME=VALUE`), a cookie string when its argument holds `=`.
// (The option's literal first, where the engine searches fast; the blank before it looked at behind.)
const SHORT_OPTION = ledPattern(/-b(?<![^ \t]-b)[ \t]{0,4}["']?(?=[A-Za-z0-9_.-]{1,64}=)/g, ['-b']);
const MAX_STRING = 4096;

export const sessionCookieRule: SecretRule = {
  id: 'session-cookie',
  keywords: ['cookie'],
  find(text, found) {
    HEADER.lastIndex = 0;
    for (let m = HEADER.exec(text); m; m = HEADER.exec(text)) {
      const end = readCookieString(text, HEADER.lastIndex, found);
      if (end > HEADER.lastIndex) HEADER.lastIndex = end;
    }
  },
};

export const cookieOptionRule: SecretRule = {
  id: 'session-cookie-option',
  keywords: ['-b'],
  ...(SHORT_OPTION.near ? { nearKeywords: true } : {}),
  find(text, found, near) {
    SHORT_OPTION.forEach(text, SHORT_OPTION.near ? near : undefined, (m) => readCookieString(text, m.index + m[0].length, found));
  },
};

/** Reads the cookie string's pairs from `i`, adds each session's value to `found`; where the string ends. */
function readCookieString(text: string, i: number, found: SpanList): number {
  const stop = Math.min(text.length, i + MAX_STRING);
  while (i < stop) {
    const nameStart = i;
    while (i < stop && isNameChar(text.charCodeAt(i))) i++;
    const nameEnd = i;
    if (nameEnd === nameStart || text.charCodeAt(i) !== 61) break;
    const valueStart = ++i;
    while (i < stop && isValueChar(text.charCodeAt(i))) i++;
    if (isSessionCookie(text.slice(nameStart, nameEnd), text.slice(valueStart, i))) found.push(KIND, valueStart, i);
    if (text.charCodeAt(i) !== 59) break; // ;
    i++;
    while (text.charCodeAt(i) === 32) i++;
  }
  return i;
}

/** A cookie's value runs to `;`, a blank, a quote, a comma or the line's end. */
function isValueChar(c: number): boolean {
  return c > 32 && c !== 59 && c !== 34 && c !== 39 && c !== 44 && c !== 92 && c !== 96 && c < 127;
}
