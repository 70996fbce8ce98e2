// A URL's userinfo: user:password (or a token as the user) before its host. Its expression is tried
// only where a match can start, for each `://` the text holds: at the start of the run of scheme
// characters that ends there. Read over the whole text as a pattern rule reads it (past 1024 `://`,
// the prefilter's places are given up), it was tried at every letter of the text: a fifth of an
// every-line URL file's time. The answers are the same: the lookbehind allows no start inside a run of
// scheme characters, and a match holds one `://` (no `/` past it before the `@`), so each `://` has
// at most one start, and the starts rise as the `://` do.
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { pairSpanKind, pairUserStart } from '../credentialPair';
import { looksRandomValue } from './randomValue';
import { saysNotTheValue } from './notTheValue';
import { anonymousLogin } from './anonymousLogin';
import { userinfoPassword } from './userinfoPassword';
import type { SpanList } from '../spanList';

// The password may hold an '@' itself: the host follows the last one, but not past a comma
// (`u:p@host1:5432,u:p@host2`: several hosts). The user may be empty (`redis://:password@host`).
// A token may stand alone as the user (`https://<token>@github.com/…`, as git takes one).
// The scheme is RFC 3986's `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`, any length a real one
// has (SQLAlchemy's `postgresql+psycopg2cffi`, 23). The host may be empty (`user:pw@/db?host=/run/…`,
// libpq's socket directory), then only after a password (`user:`), not a lone token.
// (Sticky, without match indices: the secret ends two characters before the match, its `@` and the host's first.)
export const URL_CREDENTIALS = /(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{0,40}:\/\/(?:[^\s:/@"'`<>]{0,100}:)?(?<secret>[^\s/"'`<>,]{3,200})@(?:[A-Za-z0-9.[\]-]|\/(?=[\w.-]))/iy;
/** The most scheme characters before `://` (the expression's `[a-z][a-z0-9+.-]{0,40}`). */
const MAX_SCHEME = 41;

const KIND = pairSpanKind('url-credentials', ':');

export const urlCredentialRule: SecretRule = {
  id: 'url-credentials',
  keywords: ['://'],
  find(text, found) {
    forEachUrlMatch(
      text,
      (m) => {
        const secret = m.groups!.secret!;
        const e = m.index + m[0].length - 2;
        const s = e - secret.length;
        if (looksPlaceholder(secret) || allowed(secret, text, s)) return;
        pushPassword(text, found, s, e);
      },
      // A password holding what the expression stops at (`'`, `,`, an `@` before the host's): userinfoPassword.ts.
      (start, authority) => {
        const span = userinfoPassword(text, authority, text.charCodeAt(start - 1));
        if (!span) return undefined;
        const password = text.slice(span[0], span[1]);
        if (looksPlaceholder(password) || !urlPassword(password, text, span[0])) return undefined;
        pushPassword(text, found, span[0], span[1]);
        return span[1] + 1;
      },
    );
  },
};

/** The password at [s, e) (a token alone as the user when no `:` stands before it), with its user as one pair. */
function pushPassword(text: string, found: SpanList, s: number, e: number): void {
  if (text.charCodeAt(s - 1) !== 58) {
    found.push(KIND, s, e);
    return;
  }
  // (A forge's documented user name before a token is its constant, no one's identity: the token alone is taken.)
  const userStart = pairUserStart(text, s - 1);
  found.push(KIND, isTokenUserName(text, userStart, s - 1) ? s : userStart, e);
}

/**
 * Every match of `URL_CREDENTIALS` a global reading of the text finds, in order, each tried only at its `://`'s scheme
 * start. Where there is none, `unread` may read the userinfo its own way (given the scheme's start and the
 * authority's): it returns where its reading ended, or undefined.
 */
export function forEachUrlMatch(text: string, visit: (m: RegExpExecArray) => void, unread?: (start: number, authority: number) => number | undefined): void {
  let resume = 0;
  for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 1)) {
    let start = at;
    while (start > 0 && at - start <= MAX_SCHEME && isSchemeChar(text.charCodeAt(start - 1))) start--;
    if (start < resume || at - start > MAX_SCHEME || !isLetter(text.charCodeAt(start))) continue;
    URL_CREDENTIALS.lastIndex = start;
    const m = URL_CREDENTIALS.exec(text);
    if (m) {
      resume = m.index + m[0].length;
      visit(m);
      continue;
    }
    const end = unread?.(start, at + 3);
    if (end !== undefined) resume = Math.max(resume, end);
  }
}

/** A token alone as the user is one only where random (or the path goes on: `https://t@/…`); a password unless it is none (`urlPassword`). */
function allowed(secret: string, text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 47 ? text.charCodeAt(start + secret.length + 1) === 47 || !tokenAsUser(secret) : !urlPassword(secret, text, start);
}

/** [A-Za-z0-9+.-] */
function isSchemeChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 43 || c === 46 || c === 45;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Not a password: a placeholder (secretRule.ts: a reference, `<password>`, a mask, the slot's name),
 * printf's `%s`, one character repeated; nor the userinfo naming its own fields or repeating the user
 * (`user:password@`, `username:pass@`, `guest:guest@`): RFC 3986 §3.2.1 names the form "user:password",
 * and docs and tests write URLs so; nor anonymous FTP's public login (`anonymous:guest@`, anonymousLogin.ts). Any other word
 * is the password the URL sends (`app:hunter2@`).
 * (Without a user, a number is a port: `http://:8080@…` is no credential.)
 */
function urlPassword(secret: string, text: string, start: number): boolean {
  if (/^(?:\$|<|\{\{|%s$)/.test(secret) || looksPlaceholder(secret) || /^(.)\1+$/.test(secret)) return false;
  // `https://user::pwd@host`: a bind parameter named for the password (`:pwd`), the field's name with its marks (notTheValue.ts).
  if (secret.charCodeAt(0) === 58 && saysNotTheValue(secret)) return false;
  // `cvs://:pserver:anoncvs@host`: CVS's CVSROOT, `:method:[user[:password]@]host` (the CVS manual, "Remote
  // repositories"): an access method and a user, no password (one after a second `:` is one).
  if (CVS_METHOD.test(secret)) return false;
  if (text.charCodeAt(start - 2) === 47 && /^\d+$/.test(secret)) return false;
  // `jdbc:sqlserver://host:1433;user=app;password={p@ss}`: a port, then SQL Server's JDBC properties (Microsoft's
  // "Building the connection URL"), not a password; the `password` property's value is read as a key's.
  if (/^\d+;/.test(secret)) return false;
  const user = text.slice(text.lastIndexOf('/', start - 1) + 1, start - 1);
  return user !== secret && !anonymousLogin(user, secret);
}

const CVS_METHOD = /^(?:pserver|gserver|kserver|ext|server|fork|local|sspi|extssh):[^:]*$/;

/**
 * A user part that is a token: long, and random as a key's value must be; an empty password after it
 * (`https://TOKEN:@pypi.fury.io/ACCOUNT/`, Gemfury's private repository URLs) leaves it one.
 */
function tokenAsUser(userinfo: string): boolean {
  const user = userinfo.charCodeAt(userinfo.length - 1) === 58 ? userinfo.slice(0, -1) : userinfo;
  return user.length >= 16 && !user.includes('@') && !user.includes(':') && looksRandomValue(user);
}

/**
 * The user names forges document for a token given as the password, the same for everyone: GitHub's
 * `x-access-token` (a GitHub App installation's token), GitLab's `oauth2` (an OAuth token over HTTPS) and
 * `gitlab-ci-token` (a CI/CD job token), Bitbucket's `x-token-auth` (an access token), and `__token__`
 * (PyPI's API tokens, and GitLab's package registry after it).
 */
const TOKEN_USER_NAMES = new Set(['x-access-token', 'oauth2', 'gitlab-ci-token', 'x-token-auth', '__token__']);
const LONGEST_TOKEN_USER_NAME = 15;

function isTokenUserName(text: string, start: number, end: number): boolean {
  return end - start <= LONGEST_TOKEN_USER_NAME && TOKEN_USER_NAMES.has(text.slice(start, end).toLowerCase());
}
