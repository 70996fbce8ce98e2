// A session cookie handed over in an HTTP header (`Cookie: sessionid=…`, `Set-Cookie:
// JSESSIONID=…; Path=/`, `"Cookie": "…"` in code, curl's `--cookie`): whoever holds the value is
// logged in as its user. Only cookies named for a session or a login are taken; preferences,
// tracking ids and CSRF tokens (a CSRF token proves nothing without the session) are left.
// Linear: each header is read once, pair by pair, to its line's end or 4096 characters.
import type { SecretRule } from '../secretRule';
import { looksPlaceholder } from '../secretRule';
import { spanKind } from '../spanList';
import { shannonEntropy } from '../stringEntropy';
import { looksRandomValue } from './randomValue';

const KIND = spanKind('session-cookie');
const HEADER = /(?<![A-Za-z0-9_-])(?:(?:set-)?cookie["']?[ \t]*:[ \t]*["']?|--cookie[ \t=]{1,4}["']?)/gi;
const MAX_HEADER = 4096;
// sessionid, JSESSIONID, PHPSESSID, _session_id, connect.sid, laravel_session, auth_token, remember_token, jwt.
const SESSION_NAME = /sess|(?:^|[._-])sid$|^sid$|auth|token|jwt|remember/i;
const NOT_SESSION = /csrf|xsrf/i;

export const sessionCookieRule: SecretRule = {
  id: 'session-cookie',
  keywords: ['cookie'],
  find(text, found) {
    HEADER.lastIndex = 0;
    for (let m = HEADER.exec(text); m; m = HEADER.exec(text)) {
      let i = HEADER.lastIndex;
      const stop = Math.min(text.length, i + MAX_HEADER);
      while (i < stop) {
        const nameStart = i;
        while (i < stop && isNameChar(text.charCodeAt(i))) i++;
        const nameEnd = i;
        if (nameEnd === nameStart || text.charCodeAt(i) !== 61) break;
        const valueStart = ++i;
        while (i < stop && isValueChar(text.charCodeAt(i))) i++;
        if (isSession(text.slice(nameStart, nameEnd)) && isSessionValue(text.slice(valueStart, i))) found.push(KIND, valueStart, i);
        if (text.charCodeAt(i) !== 59) break; // ;
        i++;
        while (text.charCodeAt(i) === 32) i++;
      }
      if (i > HEADER.lastIndex) HEADER.lastIndex = i;
    }
  }
};

function isSession(name: string): boolean {
  return SESSION_NAME.test(name) && !NOT_SESSION.test(name);
}

/**
 * A value a server made: long, random, no stand-in (`sessionid=; expires=…` clears the cookie).
 * The name already says it is a session, so one run of letters and digits with a spread of
 * characters will do (Django's ids are 32 lower-case letters and digits, some repeated).
 */
function isSessionValue(value: string): boolean {
  if (value.length < 16 || looksPlaceholder(value)) return false;
  return looksRandomValue(value) || (value.length >= 20 && ALPHANUMERIC.test(value) && LETTER.test(value) && DIGIT.test(value) && shannonEntropy(value) >= 3);
}

const ALPHANUMERIC = /^[A-Za-z0-9]+$/;
const LETTER = /[A-Za-z]/;
const DIGIT = /\d/;

/** A cookie's name: letters, digits and `_ . -` (what names hold in practice). */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

/** A cookie's value runs to `;`, a blank, a quote, a comma or the line's end. */
function isValueChar(c: number): boolean {
  return c > 32 && c !== 59 && c !== 34 && c !== 39 && c !== 44 && c !== 92 && c < 127;
}
