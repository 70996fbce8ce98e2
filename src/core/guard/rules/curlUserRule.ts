// curl -u user:pass, -u"user:pass", --user=user:pass, -uuser:pass (and the proxy's -U and
// --proxy-user): the credential curl sends, the user and the password as one (curl(1): "-u,
// --user <user:password>"), taken whole (credentialPair.ts). It is this expression:
//   (?<![A-Za-z0-9_-])(?:-u[ \t]{0,4}|--user(?:[ \t]{1,4}|=))(?:(?<q>["'])(?<user>[^\s:"'@]{1,100}):
//   (?<secret>(?:(?!\k<q>)[^\r\n]){3,200})\k<q>|(?<user>[^\s:"'@]{1,100}):(?=(?<secret>[^\s"']{3,200}))\k<secret>)(?=[\s"']|$)
// read by hand: the user and the password are each a whole run (of no blank, quote or colon;
// of no blank or quote; quoted, of anything but the closing quote on its line: the shell's
// quotes hold blanks and the other quote), so each run's end is found once and shared by every
// `-u` inside it, where the expression read up to 200 characters after every `-u` of `-u:-u-u:-u…`.
// A key given as the user with an empty password (`-u sk_live_…:`, as API docs write it) is a
// token: taken when it reads as a generated one.
import { COMMAND_LINE_OPENS } from '../referenceForms';
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { pairSpanKind } from '../credentialPair';
import { looksRandomValue } from './randomValue';
import { RunEnds } from './runEnds';
import { anonymousLogin } from './anonymousLogin';
import * as charCodes from './charCodes';
// Bound here once: run unbundled (tsx: the tests and the bench), every use of an imported
// binding calls the module's getter, a call per character in this file's scanning loops.
const { AT, CAPITAL_U, CLOSE_BRACKET, CLOSE_PAREN, COLON, CR, DASH, DOUBLE_QUOTE, EQUALS, LF, P, SINGLE_QUOTE, SPACE, TAB, U } = charCodes;

const KIND = pairSpanKind('curl-user', ':');
const MAX_USER = 100;
const MIN_PASSWORD = 3;
const MAX_PASSWORD = 200;
const MAX_BLANKS = 4;

export const curlUserRule: SecretRule = {
  id: 'curl-user',
  keywords: ['-u', '--user'],
  find(text, found) {
    const runs: Runs = {
      users: new RunEnds(text, isUserChar),
      passwords: new RunEnds(text, isPasswordChar),
      doubleQuoted: new RunEnds(text, (c) => c !== DOUBLE_QUOTE && c !== LF && c !== CR),
      singleQuoted: new RunEnds(text, (c) => c !== SINGLE_QUOTE && c !== LF && c !== CR),
    };
    for (let at = text.indexOf('-'); at !== -1; ) {
      const end = matchAt(text, at, runs);
      if (end === -1) {
        at = text.indexOf('-', at + 1);
        continue;
      }
      if (secretStart === secretEnd) {
        // `-u TOKEN:`: the user is the credential when it reads as a generated key.
        const user = text.slice(userStart, secretStart - 1);
        if (!COMMAND_LINE_OPENS.test(user) && looksRandomValue(user)) found.push(KIND, userStart, secretStart - 1);
      } else {
        const secret = text.slice(secretStart, secretEnd);
        const user = text.slice(userStart, secretStart - 1);
        if (!looksPlaceholder(secret) && !COMMAND_LINE_OPENS.test(secret) && !standsIn(secret) && !anonymousLogin(user, secret) && !colonOfAnotherGrammar(user, secret)) found.push(KIND, userStart, secretEnd);
      }
      // As the expression does after a match, found or let go: on from its end.
      at = text.indexOf('-', end);
    }
  },
};

// One letter repeated (`--user "xxx:yyy"`): a mask, as the placeholder policy reads `xxxx`. A word
// (`-u user:password`, `-u 'test:test'`) is the password the command sends; anonymous FTP's public login
// (`-u anonymous:guest`, anonymousLogin.ts) is none.
const ONE_LETTER = /^(.)\1+$/;

// `perldoc -u Some::Modulename`: a package's path (perlmod's `::`, C++'s and Ruby's scope operator), one colon the
// user's and the next the password's first; names of letters after the second colon (`admin::Xk9pQ2mZr7` stays taken).
const NAMESPACE_PATH = /^[A-Za-z_]\w*$/;
const NAMESPACE_REST = /^:[A-Za-z_]+(?:::[A-Za-z_]+)*$/;

/**
 * The colon is another grammar's, not the one between a user and a password: a package path's `::`, or a
 * parameter expansion's (`--user="${:LARAVEL_LOAD_USER}"`, Symfony Process's placeholder; POSIX's `${name:-word}`),
 * where the user is the expansion's opening `${`.
 */
function colonOfAnotherGrammar(user: string, password: string): boolean {
  return (NAMESPACE_REST.test(password) && NAMESPACE_PATH.test(user)) || user.endsWith('${');
}

function standsIn(password: string): boolean {
  // `az login -u http://app -p …`: a URL's scheme and its `//host`, not a user and a password.
  return ONE_LETTER.test(password) || password.startsWith('//');
}

// The user and the password of the last match (read right after matchAt returns); an empty password
// (secretStart === secretEnd) only after a user of a token's length, the rest as the expression says.
let userStart = 0;
let secretStart = 0;
let secretEnd = 0;

interface Runs {
  readonly users: RunEnds;
  readonly passwords: RunEnds;
  readonly doubleQuoted: RunEnds;
  readonly singleQuoted: RunEnds;
}

/** A token as the user, its password empty: as long as a generated key is, at least. */
const MIN_TOKEN_USER = 16;

/** Where the expression's match at `at` ends, or -1. */
function matchAt(text: string, at: number, runs: Runs): number {
  // (After a closing bracket, `-` is subtraction: `c=Un()-u;…`, minified code, is no option.)
  if (at > 0 && (isWordOrDash(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === CLOSE_PAREN || text.charCodeAt(at - 1) === CLOSE_BRACKET)) return -1;
  let p: number;
  if (text.charCodeAt(at + 1) === U || text.charCodeAt(at + 1) === CAPITAL_U) {
    // -u and up to 4 blanks (a fifth leaves a blank where the user must start: no match).
    p = afterBlanks(text, at + 2);
    if (p - (at + 2) > MAX_BLANKS) return -1;
  } else if (text.startsWith('-user', at + 1) || text.startsWith('-proxy-user', at + 1)) {
    const q = at + (text.charCodeAt(at + 2) === P ? 12 : 6);
    if (text.charCodeAt(q) === EQUALS) {
      p = q + 1;
    } else {
      p = afterBlanks(text, q);
      if (p === q || p - q > MAX_BLANKS) return -1;
    }
  } else {
    return -1;
  }
  // An opening quote is taken (without it the user would start with a quote, which it may not).
  const quote = isQuote(text.charCodeAt(p)) ? text.charCodeAt(p) : 0;
  if (quote !== 0) p++;
  const userEnd = runs.users.from(p);
  if (userEnd === p || userEnd - p > MAX_USER || text.charCodeAt(userEnd) !== COLON) return -1;
  const start = userEnd + 1;
  // Quoted, the password runs to the closing quote (blanks and the other quote are its own).
  const end = quote === 0 ? runs.passwords.from(start) : (quote === DOUBLE_QUOTE ? runs.doubleQuoted : runs.singleQuoted).from(start);
  const empty = end === start && userEnd - p >= MIN_TOKEN_USER;
  // A password run longer than 200 is followed by more of itself: neither the quote nor the end.
  if ((end - start < MIN_PASSWORD && !empty) || end - start > MAX_PASSWORD) return -1;
  let matchEnd = end;
  if (quote !== 0) {
    if (text.charCodeAt(end) !== quote) return -1;
    matchEnd = end + 1;
  }
  if (matchEnd < text.length && !isBlankOrQuote(text.charCodeAt(matchEnd))) return -1;
  userStart = p;
  secretStart = start;
  secretEnd = end;
  return matchEnd;
}

function afterBlanks(text: string, at: number): number {
  let p = at;
  // One past the limit is enough to know it was passed.
  while (p - at <= MAX_BLANKS && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) p++;
  return p;
}

function isQuote(c: number): boolean {
  return c === DOUBLE_QUOTE || c === SINGLE_QUOTE;
}

/** [A-Za-z0-9_-] */
function isWordOrDash(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === DASH;
}

/** JavaScript's \s. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** [^\s"'] */
function isPasswordChar(c: number): boolean {
  return !isSpace(c) && !isQuote(c);
}

/** [^\s:"'@] */
function isUserChar(c: number): boolean {
  return isPasswordChar(c) && c !== COLON && c !== AT;
}

/** [\s"'] */
function isBlankOrQuote(c: number): boolean {
  return isSpace(c) || isQuote(c);
}
