// A session's identifier carried in a URL, where a server that cannot count on cookies writes it: whoever holds the
// URL holds the session (OWASP's Session Management Cheat Sheet: a session ID in a URL leaks through logs, history
// and Referer). Each form as its platform documents it:
// - Jakarta Servlet, §7.1.3 "URL Rewriting": the path parameter `;jsessionid=ID` (`/cart;jsessionid=…?item=3`).
// - PHP's `session.use_trans_sid`: the session's name as a query parameter, PHPSESSID by default (`session.name`).
// - ASP.NET's cookieless session state and forms authentication: the ids in the path, `/(S(id))/`, `/(X(1)S(id))/`,
//   `/(F(ticket))/` (S the session, F the forms ticket; A, an anonymous user's id, and X, the detection flag, are none).
// - Synology DSM's Web API (the File Station API Guide and the DSM Login Web API Guide, "Making Requests"): every request
//   `GET /webapi/<CGI_PATH>?api=<API_NAME>&version=<VERSION>&method=<METHOD>[&<PARAMS>][&_sid=<SID>]`, `_sid` the
//   "authorized session ID" SYNO.API.Auth's login returns (or the cookie `id`, which the cookie rules read).
// - QNAP's File Station HTTP API (QTS): every request `/cgi-bin/filemanager/utilRequest.cgi?func=<function>&sid=<sid>&…`,
//   the sid the login at `/cgi-bin/authLogin.cgi` returns as `<authSid>`; its other CGIs (`/cgi-bin/sys/sysRequest.cgi`…)
//   take it alike.
// - LuCI's dispatcher (openwrt/luci's `build_url`, before the token moved to the `sysauth` cookie alone, and the vendors'
//   firmware built on it): the session's token as a path parameter after the script's name,
//   `/cgi-bin/luci/;stok=<token>/admin/…`, the token `sys.uniqueid(16)`, 32 hex digits.
// The name says what the value is: judged by the placeholder policy alone, the test every pattern rule runs first
// (secretRule.ts; a literal in a secret's slot is that secret); a template or an expression in its place
// (`${sessionId}`, `<?php echo session_id(); ?>`) reads no value.
// Linear: bounded runs of one class each, the ASP.NET segments each opened by a letter and `(`.
import { looksPlaceholder, patternRule, type SecretRule } from '../secretRule';
import { spanKind } from '../spanList';

// (What may follow a value: not more of its characters, and not a template's or an expression's opening, which would
// make the value its head; the value starts with a letter or a digit: `;jsessionid=.*` in an expression is none.)
const OPENERS = String.raw`$\{<\[(*`;

// (Keywords without the path parameter's `;`: no keyword holds it, and a character of its own widens the prefilter's table.)
export const jsessionidUrlRule: SecretRule = patternRule({
  id: 'session-url-jsessionid', keywords: ['jsessionid='],
  pattern: new RegExp(String.raw`;jsessionid=(?<secret>[A-Za-z0-9][A-Za-z0-9._~%+-]{0,399})(?![A-Za-z0-9._~%+${OPENERS}-])`, 'i'),
  secretEndsMatch: true,
});

// (PHP's ids: session.sid_bits_per_character 4, 5 or 6 writes [0-9a-f], [0-9a-v] or [0-9a-zA-Z,-]; `&amp;` in HTML.)
export const phpSessionUrlRule: SecretRule = patternRule({
  id: 'session-url-phpsessid', keywords: ['phpsessid='],
  pattern: new RegExp(String.raw`[?&;]PHPSESSID=(?<secret>[A-Za-z0-9][A-Za-z0-9,-]{0,255})(?![A-Za-z0-9,${OPENERS}-])`, 'i'),
  secretEndsMatch: true,
});

// (DSM's ids: base64url's letters, digits, `-` and `_`; `_sid` glued to a longer name, `user_sid=`, is another field.)
export const synologySessionUrlRule: SecretRule = patternRule({
  id: 'session-url-synology-sid', keywords: ['_sid='],
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9_])_sid=(?<secret>[A-Za-z0-9][A-Za-z0-9_-]{7,255})(?![A-Za-z0-9_${OPENERS}-])`),
  secretEndsMatch: true,
});

// (QNAP's sids: letters and digits, eight in its examples. Read in a CGI's query after `?`, `&` or HTML's `&amp;`, the
// name whole; a value of digits alone is a record's number (`report.cgi?sid=20261207`), not the login's id. Linear: at most
// 24 parameters of 256 characters, none holding `&` or `?`, read from each `.cgi?`: a `?` ends the reading, so `.cgi?`
// glued to itself is read to the next one only — 166 → 15 ms/MB on 1 MB of it, the base's cost.)
export const cgiSidUrlRule: SecretRule = patternRule({
  id: 'session-url-cgi-sid', keywords: ['.cgi?'],
  pattern: new RegExp(String.raw`\.cgi\?(?:[^\s&#"'<>?]{0,256}&){0,24}(?:amp;)?sid=(?<secret>(?=[A-Za-z0-9]{0,63}[A-Za-z])[A-Za-z0-9]{8,64})(?![A-Za-z0-9_%${OPENERS}-])`, 'i'),
  secretEndsMatch: true,
});

// (LuCI's token: a segment's characters up to its `/`; shorter than 16 is no token of its `uniqueid`. Keyword without the `;`,
// as jsessionid's.)
export const luciStokUrlRule: SecretRule = patternRule({
  id: 'session-url-luci-stok', keywords: ['stok='],
  pattern: new RegExp(String.raw`;stok=(?<secret>[A-Za-z0-9]{16,128})(?![A-Za-z0-9_.~%+${OPENERS}-])`, 'i'),
  secretEndsMatch: true,
});

const KIND = spanKind('session-url-aspnet');
// `/(` then one to four segments `L(…)`, then `)`: the cookieless block of an ASP.NET path.
const BLOCK = /\/\((?:[A-Z]\([A-Za-z0-9_%.-]{0,400}\)){1,4}\)/g;
const SEGMENT = /([A-Z])\(([A-Za-z0-9_%.-]{0,400})\)/g;

// (The server writes these ids, nobody types them: SessionIDManager's are 24 characters, a ticket longer. A shorter
// run is no id of theirs: `/(S(a))/` is a regular expression.)
const MIN_ID = 8;

export const aspNetCookielessRule: SecretRule = {
  id: 'session-url-aspnet',
  keywords: ['/(s(', '/(f(', '/(x(', '/(a('],
  find(text, found) {
    BLOCK.lastIndex = 0;
    for (let m = BLOCK.exec(text); m; m = BLOCK.exec(text)) {
      SEGMENT.lastIndex = 0;
      const block = m[0];
      for (let s = SEGMENT.exec(block); s; s = SEGMENT.exec(block)) {
        const value = s[2]!;
        if ((s[1] !== 'S' && s[1] !== 'F') || value.length < MIN_ID || looksPlaceholder(value)) continue;
        const start = m.index + s.index + 2;
        found.push(KIND, start, start + value.length);
      }
    }
  },
};
