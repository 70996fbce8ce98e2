// A literal handed to a setter or builder named for a secret: `ds.setPassword("…")`,
// `.password("…")`, `client.withApiKey("…")`, `redis.auth("…")`. Java beans, builders and
// clients take their credentials this way where a config file would assign them. Only a verb
// that gives (set, with, use) or the secret's own name as the method: `getPassword("label")`,
// `validatePassword("x")`, `hashToken("…")` read or test one. And C++'s declaration that initialises
// a string under the secret's name with one literal.
import type { FoundValue } from './secretValue';

// ("…") or ('…'), one argument: a second one makes it a (name, value) or (user, password) call.
const ONE_LITERAL = /\([ \t]*(["'])([^"'\r\n]{1,400})\1[ \t]*\)/y;
const GIVING_VERB = /^(?:set|with|use)(?=[A-Z_])/;
// The method named for the secret itself, as a builder's fluent setter is (`.password(…)`); not
// `token(…)`, a parser's call for the next token of a kind. Each compound also as snake case, the method names of Rust's
// API guidelines (RFC 430) and Ruby's and Python's style guides (PEP 8): a builder's `.api_key("…")`, `.client_secret("…")`.
const SECRET_NAMED = /^(?:password|passwd|passphrase|secret|clientSecret|apiKey|apiSecret|apiToken|accessToken|authToken|auth|client_secret|api_key|api_secret|api_token|access_token|auth_token)$/;

// C++'s direct- and list-initialisation ([dcl.init]): `std::string API_KEY("…");`, `std::string_view token{"…"};`,
// a string type right before the declared name.
const STRING_TYPE_BEFORE = /(?:^|[\s(,;{])(?:const[ \t]+)?(?:std::)?(?:w?string(?:_view)?|QString|CString|String)[ \t]+$/;
const ONE_BRACED_LITERAL = /\{[ \t]*(["'])([^"'\r\n]{1,400})\1[ \t]*\}/y;

/**
 * The literal a call at `keyEnd` (the `(` after a secret-named method) is given, if it is a giving
 * call; or a C++ string declared under the key and initialised with one literal in `(…)` or `{…}`.
 */
export function setterArgument(text: string, keyStart: number, keyEnd: number): FoundValue | undefined {
  const key = text.slice(keyStart, keyEnd);
  const method = key.slice(key.lastIndexOf('.') + 1);
  const declared = STRING_TYPE_BEFORE.test(text.slice(Math.max(0, keyStart - 40), keyStart));
  if (!declared && (text.charCodeAt(keyEnd) === 123 || (!GIVING_VERB.test(method) && !SECRET_NAMED.test(method)))) return undefined;
  const initializer = text.charCodeAt(keyEnd) === 123 ? ONE_BRACED_LITERAL : ONE_LITERAL;
  initializer.lastIndex = keyEnd;
  const m = initializer.exec(text);
  if (!m) return undefined;
  const end = keyEnd + m[0].lastIndexOf(m[1]!);
  const start = end - m[2]!.length;
  return { start, end, value: m[2]!, quoted: true, configLine: false, afterComma: false, listed: false, field: false, afterColon: false };
}
