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
import { CLOSE_PAREN, COMMA, OPEN_PAREN } from './charCodes';
import { isKeyChar } from './keyWordScan';
import { keyStrength, namesPassword } from './keyStrength';

/** Blanks allowed around the parentheses: a call's arguments are written tight, or with one space. */
const MAX_BLANKS = 4;
const MAX_METHOD = 40;
// A verb that gives, as setterArgument.ts reads a setter: set…/put… in camelCase or alone, and the
// environment's and PHP's setters written as one word.
const SETTER = /^(?:[sS]et|[pP]ut)(?:[A-Z_]|$)|^(?:[sS]etenv|[pP]utenv|setdefault|define)$/;
// The environment's and the properties' setters, each documented as (name, value[, overwrite or target]): POSIX
// `setenv(envname, envval, overwrite)`, Go's `os.Setenv(key, value)`, Rust's `std::env::set_var(key, value)`, .NET's
// `Environment.SetEnvironmentVariable(variable, value[, target])`, MATLAB's `setenv(varname, value)`, Python's
// `os.environ.setdefault(key, default)`, Java's `System.setProperty(key, value)` and `Properties.setProperty(key, value)`:
// the variable or property is given the value, whatever secret it names (`API_TOKEN`, `jwt.secret`). And .NET's
// `AuthenticationHeaderValue(scheme, parameter)`, whose parameter is the scheme's credentials (`("Bearer", "…")`).
const ENVIRONMENT_SETTER = /^(?:[sS]etenv|set_var|SetEnvironmentVariable|setdefault|setProperty|AuthenticationHeaderValue)$/;
// A request's header setters, each documented as (name, value): the Fetch Standard's `Headers.set`/`append`,
// XMLHttpRequest's `setRequestHeader`, Go's `http.Header.Set`/`Add`, .NET's `HttpHeaders.Add`, OkHttp's
// `Request.Builder.header`/`addHeader`, Java's `URLConnection.setRequestProperty`, Spring's `HttpHeaders.put` (a map's).
const HEADER_SETTER = /^(?:[sS]et|[aA]dd|[pP]ut|append|header|addHeader|setHeader|setRequestHeader|setRequestProperty)$/;
// An HTTP field name of hyphenated words (RFC 9110 §5.1's token as headers are written: `X-Api-Key`, `X-Auth-Token`).
const HEADER_FIELD = /^[A-Za-z]+(?:-[A-Za-z]+)+$/;

/**
 * The key (`keyStart`…`keyEnd`) is a setter's first argument alone in its quotes and the quoted value (closed at
 * `closeEnd`) its second: `set("password", "…")` (a password's name, the value the last argument),
 * `os.Setenv("API_TOKEN", "…")` (any secret's name, an environment variable given its value),
 * `headers.append("X-Auth-Token", "…")` (a header field named for a secret, given its value).
 */
export function isPairCall(text: string, keyStart: number, keyEnd: number, closeEnd: number): boolean {
  const quote = text.charCodeAt(keyStart - 1);
  if ((quote !== 34 && quote !== 39) || text.charCodeAt(keyEnd) !== quote) return false;
  let paren = keyStart - 2;
  while (paren >= 0 && keyStart - 2 - paren < MAX_BLANKS && isBlank(text.charCodeAt(paren))) paren--;
  if (text.charCodeAt(paren) !== OPEN_PAREN) return false;
  let after = closeEnd;
  while (after < text.length && after - closeEnd < MAX_BLANKS && isBlank(text.charCodeAt(after))) after++;
  const last = text.charCodeAt(after) === CLOSE_PAREN;
  if (!last && text.charCodeAt(after) !== COMMA) return false;
  let method = paren;
  while (method > 0 && paren - method < MAX_METHOD && isKeyChar(text.charCodeAt(method - 1)) && text.charCodeAt(method - 1) !== 46) method--;
  // (Every verb the setters below take starts with s, S, p, P, d, a, A or h: a lookup's call, `os.getenv("DB_PASSWORD",
  // "…")` on every line, is turned down at its name's first letter, neither cut nor matched.)
  const first = text.charCodeAt(method);
  if (first !== 115 && first !== 83 && first !== 112 && first !== 80 && first !== 100 && first !== 97 && first !== 65 && first !== 104) return false;
  const verb = text.slice(method, paren);
  const name = text.slice(keyStart, keyEnd);
  if (ENVIRONMENT_SETTER.test(verb) && keyStrength(name) === 'strong') return true;
  if (!last) return false;
  if (HEADER_SETTER.test(verb) && HEADER_FIELD.test(name)) return keyStrength(name) === 'strong';
  return SETTER.test(verb) && namesPassword(name);
}
