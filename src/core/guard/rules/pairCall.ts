// A setter given two strings, a password's name and its value: `props.setProperty("password", "…")`,
// `env.put("pwd", "…")`, `os.Setenv("DB_PASSWORD", "…")`, PHP's `define('DB_PASSWORD', '…')`. sonar-java's
// hard-coded credential rule reads a call so (AbstractHardCodedCredentialChecker.isSettingCredential: exactly
// two arguments, the first a credential word), as bandit and sonar-python read a string key of a subscript
// or a dict entry (`d["password"] = "…"`); the name's last word is a password's, the words those tools
// share (password, passwd, pwd, passphrase). Only a setter's whole argument list is that pair: a third
// argument, a first that is not the quoted name alone, or a call that reads (`get("password", "input")`)
// leaves the strings a list of names (`['apiKey', 'workloadIdentity']`, `equal(x, 'user:pass', 'userinfo')`),
// as the comma's reading keeps them.
import { isBlank } from '../charCodes';
import { CLOSE_PAREN, OPEN_PAREN } from './charCodes';
import { isKeyChar } from './keyWordScan';
import { namesPassword } from './keyStrength';

/** Blanks allowed around the parentheses: a call's arguments are written tight, or with one space. */
const MAX_BLANKS = 4;
const MAX_METHOD = 40;
// A verb that gives, as setterArgument.ts reads a setter: set…/put… in camelCase or alone, and the
// environment's and PHP's setters written as one word.
const SETTER = /^(?:[sS]et|[pP]ut)(?:[A-Z_]|$)|^(?:[sS]etenv|[pP]utenv|setdefault|define)$/;

/**
 * The key (`keyStart`…`keyEnd`) names a password and is a setter's first argument alone in its quotes,
 * and the quoted value (closed at `closeEnd`) its second and last: `set("password", "…")`.
 */
export function isPairCall(text: string, keyStart: number, keyEnd: number, closeEnd: number): boolean {
  const quote = text.charCodeAt(keyStart - 1);
  if ((quote !== 34 && quote !== 39) || text.charCodeAt(keyEnd) !== quote) return false;
  let paren = keyStart - 2;
  while (paren >= 0 && keyStart - 2 - paren < MAX_BLANKS && isBlank(text.charCodeAt(paren))) paren--;
  if (text.charCodeAt(paren) !== OPEN_PAREN) return false;
  let after = closeEnd;
  while (after < text.length && after - closeEnd < MAX_BLANKS && isBlank(text.charCodeAt(after))) after++;
  if (text.charCodeAt(after) !== CLOSE_PAREN) return false;
  let method = paren;
  while (method > 0 && paren - method < MAX_METHOD && isKeyChar(text.charCodeAt(method - 1)) && text.charCodeAt(method - 1) !== 46) method--;
  // (Every setter SETTER takes starts with s, S, p, P or d: a lookup's call, `os.getenv("DB_PASSWORD", "…")` on
  // every line, is turned down at its name's first letter, neither cut nor matched.)
  const first = text.charCodeAt(method);
  if (first !== 115 && first !== 83 && first !== 112 && first !== 80 && first !== 100) return false;
  return SETTER.test(text.slice(method, paren)) && namesPassword(text.slice(keyStart, keyEnd));
}
