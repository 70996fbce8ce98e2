// Whether the value read after a secret-named key is a secret: not a placeholder, filler typed
// into the slot, a reference, a type or a name that merely names a secret, a number, prose or code; a weak key's value must look random.
import { looksPlaceholder, placeholderExpressions } from '../secretRule';
import { hasPublicPrefix } from '../publicKeyPrefix';
import { isVendorPrefixAlone } from './vendorPrefixAlone';
import { CharPrefilter, type CharNeeds } from '../charPrefilter';
import { FoldedWords } from './foldedWords';
import { looksRandomValue } from './randomValue';
import { commonPairShare } from '../letterPairs';
import { readsAsIdentifier } from '../identifierWords';
import { LOCATION_SIGNS, looksLocation } from './valueContext';
import { isKeyWord, keyStrength, namesChosenSecret, namesIssuedCredential, namesPassword, type Strength } from './keyStrength';
import { isDigit, isLower, isUpper } from '../charCodes';
import { namesASecret, quotedName, sameName } from './valueNames';
import { spellsOwnKey } from './ownKeyWords';
import { nameWords } from './nameWords';
import { isOwnKey } from './ownKeyValue';

export interface FoundValue {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly quoted: boolean;
  /** KEY=VALUE at the start of a line: a config or env file, where a bare word is a value (set once the line is known). */
  configLine: boolean;
  /** The operator was a comma (`key, value` as in a call's arguments): never a config line. */
  readonly afterComma: boolean;
  /** One of a list of literals given to a list of names (`a, b := "x", "y"`). */
  listed: boolean;
  /** A field of a connection string or a query (`;Password=…;`): only a literal stands there (set once known). */
  field: boolean;
}

// Words that are no value in any grammar, quoted or bare: a language's empty and boolean values, an
// auth scheme's name (RFC 7235: the scheme, not its credentials), where OpenAPI puts a key.
const MODE_WORDS_LIST = [
  'null', 'nil', 'none', 'undefined', 'true', 'false', 'empty', 'n/a', 'na', 'yes', 'no', 'on', 'off', 'bearer', 'basic', 'jwt',
  'oauth', 'oauth2', 'header', 'query', 'cookie',
  // typeof's answers (`typeof creds.getToken === "function"`, `typeof clientCredentials === "string"`)
  // and fetch's credentials modes.
  'function', 'symbol', 'bigint', 'string', 'number', 'boolean', 'object', 'include', 'omit', 'same-origin',
  // An encoding's name (`Buffer.from("accountKey", "base64")`: the second argument after a key's name).
  'base64', 'base64url', 'hex', 'utf8', 'utf-8', 'ascii', 'latin1', 'binary', 'utf16le', 'ucs2',
  // A JWS algorithm's registered name (RFC 7518 §3.1), passed beside a key (`JWT::encode($p, $key, 'HS256')`).
  'hs256', 'hs384', 'hs512', 'rs256', 'rs384', 'rs512', 'es256', 'es384', 'es512', 'ps256', 'ps384', 'ps512', 'eddsa',
  // An access level (a workflow's `permissions: id-token: write`).
  'read', 'write', 'read-all', 'write-all',
];
const MODE_WORDS = new FoldedWords(MODE_WORDS_LIST);
// Bare, a type's name too (`password: string`, `token: Optional`, `user.password required`): a schema,
// a .properties or YAML line, a struct's field (a config line's grammar reads `Setsecret_cnt  uint64` alike).
const TYPE_NAMES_LIST = [
  ...MODE_WORDS_LIST,
  'str', 'int', 'integer', 'bool', 'any', 'unknown', 'bytes', 'optional', 'required', 'secretstr', 'text', 'char', 'varchar', 'void',
  'never',
  // A type as the languages' specs name their predeclared ones (Go, Rust, C's <stdint.h>): a struct's
  // field and its type (`Setsecret_cnt uint64`), a parameter's (`token: u32`).
  'uint8', 'uint16', 'uint32', 'uint64', 'int8', 'int16', 'int32', 'int64', 'float32', 'float64', 'complex64', 'complex128',
  'uintptr', 'byte', 'rune', 'error', 'u16', 'u32', 'u64', 'u128', 'usize', 'i16', 'i32', 'i64', 'i128', 'isize', 'f32', 'f64',
  'uint8_t', 'uint16_t', 'uint32_t', 'uint64_t', 'int8_t', 'int16_t', 'int32_t', 'int64_t', 'size_t', 'ssize_t', 'uintptr_t',
];
const TYPE_NAMES = new FoldedWords(TYPE_NAMES_LIST);
// Bare in code (off a config line, outside a field), a name too: a variable or a field named for the slot
// (`token = secret`, `apiKey: value`), `self`, `this`, `env`. Quoted or on a config line, the slot's
// word is a literal: the policy's `password 'password'`, `Password=secret;`.
const CODE_WORDS = new FoldedWords([
  ...TYPE_NAMES_LIST,
  'secret', 'password', 'token', 'redacted', 'hidden', 'masked', 'default', 'todo', 'tbd', 'api_key', 'apikey', 'env', 'secretkeyref',
  'self', 'this', 'value', 'key',
  // A keyword that begins or joins an expression (`idToken = await this.importArray(…)`, `key = new Key(…)`):
  // what follows it is the value's code.
  'await', 'new', 'yield', 'typeof', 'delete', 'async', 'lambda', 'instanceof',
]);

/** Without trailing ; and , (a loop: a `[;,]+$` search is quadratic on a long inner run of them). */
function withoutTrailingSeparators(value: string): string {
  let end = value.length;
  while (end > 0 && (value.charCodeAt(end - 1) === 59 || value.charCodeAt(end - 1) === 44)) end--;
  return end === value.length ? value : value.slice(0, end);
}

/** Trimmed, where an edge may be blank (ASCII up to the space, or beyond ASCII): most values are not, and keep the call. */
function trimmed(value: string): string {
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  return first <= 32 || first >= 128 || last <= 32 || last >= 128 ? value.trim() : value;
}

/** A value quoted twice (`"'$PASS'"` in shell) is judged by what the inner quotes hold. */
function withoutInnerQuotes(v: string): string {
  const q = v.charCodeAt(0);
  return v.length > 2 && (q === 34 || q === 39) && v.charCodeAt(v.length - 1) === q ? v.slice(1, -1) : v;
}

/** Where a value comes from rather than the value: an environment variable, a config lookup, a vault. */
const REFERENCE = /^(?:process\.env|os\.environ|os\.getenv|env\(|getenv|System\.getenv|ENV\[|config\.|settings\.|secrets\.|vault:|arn:|ref\+|sm:\/\/|op:\/\/|https?:\/\/)/i;
const NUMBER = /^[-+]?\d+(?:\.\d+)?$/;
// 0x0B95, 0xc0406619: a flag or a constant written in hex (up to 64 bits; a key in hex is longer).
const HEX_NUMBER = /^0[xX][0-9a-fA-F]{1,16}$/;
const UUID_START = /^[0-9a-f]{8}-[0-9a-f]{4}-/i;
const CALL = /^[A-Za-z_$][\w$]*\(.*\)$/;
const BLANK = /[ \t]/;
// A message: words with a sentence's punctuation (`"Forgot password?"`, `"Wrong user, try again."`). Words
// alone are a passphrase (`'open sesame'`, `session({ secret: 'keyboard cat' })`): the policy's phrase.
const PROSE = /^[A-Za-z '-]*[A-Za-z][,.?!:][A-Za-z ,.'?!:-]*$/;
// (Capitalised, as a form or a prompt writes it: a lower-case word and a colon may be a user name in a `user:password` pair.)
const PROMPT_LABEL = /^[A-Z][A-Za-z ]{0,40}:$/;
const BRACKET = /[()[\]{}]/;
// a.b.c, also negated or optional (`!!request.tokens?.length`).
const MEMBER_CHAIN = /^!{0,2}[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+$/;
const KEBAB_NAME = /^[a-z]+(?:-[a-z]+)+$/;
// An expression of code (the languages' operator grammars; `18||!e.altKey`, `r.C0.ESC+o.key`,
// `e.altKey?r.C0.ESC+r.C0.CR:r.C0.CR`, `t.TwoKeyMap=void`, `n.apiKey||t.env.API_KEY||`): names, member chains and
// numbers, maybe negated, joined by operators, maybe ending in a fallback's `||`/`&&` (cut before its string).
// (`-`, `/`, `*` and `%` are left out: kebab names, paths and base64 hold them.)
const EXPRESSION_OPERAND = '!{0,2}(?:[A-Za-z_$][\\w$]*(?:\\??\\.[A-Za-z_$][\\w$]*)*|\\d+)';
const EXPRESSION = new RegExp(`^${EXPRESSION_OPERAND}(?:(?:\\|\\||&&|[!=]==?|[<>]=?|[+?:=])${EXPRESSION_OPERAND})+(?:\\|\\||&&)?$`);
// What only code writes there: a member's dot or an operator of logic or comparison, which no generated
// alphabet holds (base64's `+` and `=` alone do not make an expression). (A condition's else branch comes
// alone after its key: `o.key=r.C0.NUL:e.keyCode` in `c===32?o.key=r.C0.NUL:e.keyCode`.)
const CODE_OPERATOR = /[.|&?]|[!=]=/;
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const EQUALS = /=/;

/** Each expression of acceptValue that most values skip, and characters it cannot match without. */
export const valueExpressions: readonly CharNeeds[] = [
  { pattern: REFERENCE, needs: '.([:+gG' }, // every reference has one of . ( [ : +, but getenv
  { pattern: NUMBER, needs: '0123456789' },
  { pattern: UUID_START, needs: '-' },
  { pattern: BLANK, needs: ' \t' },
  { pattern: BRACKET, needs: '()[]{}' },
  { pattern: MEMBER_CHAIN, needs: '.' },
  { pattern: EQUALS, needs: '=' },
  { pattern: KEBAB_NAME, needs: '-' },
  { pattern: LOCATION_SIGNS, needs: ':@/#.' },
  { pattern: EXPRESSION, needs: '|&=!<>+?:' },
];
// (The placeholder test's expressions after these: one reading of the value gives both their bits.)
const VALUE_CHARS = new CharPrefilter([...valueExpressions, ...placeholderExpressions]);
const PLACEHOLDER_BITS = valueExpressions.length;
const MAY_REFERENCE = 1;
const MAY_NUMBER = 2;
const MAY_UUID = 4;
const MAY_BLANK = 8;
const MAY_BRACKET = 16;
const MAY_MEMBER = 32;
const MAY_EQUALS = 64;
const MAY_KEBAB = 128;
const MAY_LOCATION = 256;
const MAY_EXPRESSION = 512;

/** Whether a string literal given to (or compared with) a strong key is a secret, as the rule judges quoted values. */
export function acceptsQuotedLiteral(text: string, start: number, end: number, key: string): boolean {
  const strength = keyStrength(key);
  return strength === 'strong' && acceptValue({ start, end, value: text.slice(start, end), quoted: true, configLine: false, afterComma: false, listed: false, field: false }, strength, key);
}

const WORD_NAME = /^[A-Za-z][A-Za-z_.-]*$/;
// An identifier or a member chain in code: `KeyAlgoRSASHA512`, `ssh.KeyAlgoECDSA384`, `self._ffi.NULL`.
const CODE_NAME = /^[A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63}){0,6}$/;
// 1.2.3-beta.4, v2.0, and as a dependency asks for one (`^9.0.0`, `~1.2`, `>=3.972.0 <4`, `1.x || 2.x`):
// a version, not a credential. (Each blank-separated part of a range is one of these.)
const VERSION = /^v?\d{1,4}(?:\.\d{1,6}){1,3}(?:[-+][a-z0-9.]{1,20})?$/;
const VERSION_BOUND = /^(?:[\^~]|[<>]=?|=)?v?\d{1,4}(?:\.(?:\d{1,6}|[x*])){0,3}(?:[-+][a-z0-9.]{1,20})?$/;
// A generated secret is ASCII: a value without one ASCII letter or digit (`パスワード`, `••••`) is a label.
const ASCII_ALNUM = /[A-Za-z0-9]/;
// One word of letters: Capitalised, upper case, or lower case up to four letters.
const ISSUED_NEVER = /^(?:[A-Z][a-z]+|[A-Z]+|[a-z]{1,4})$/;
// NonSharedBuffer, BinaryLike: a type's or a class's name, two capitalised words or more.
const TYPE_NAME = /^(?:[A-Z][a-z]+){2,6}$/;

// camelCase or PascalCase: a lower-case letter and an upper-case one after it.
const MIXED_CASE = /[a-z][A-Z]/;

/** The fewest characters a value of a key of this strength can be a secret with (a weak key's must look random). */
export function shortestSecret(strength: Strength): number {
  return strength === 'weak' ? 12 : 3;
}

/**
 * A version, a label without an ASCII letter or digit (maybe
 * written as `\uXXXX` escapes). Asked of
 * every value (a file of `pw: abc` lines has 100,000 a MB): each expression only where its first
 * character allows it.
 */
function namesOrLabels(v: string): boolean {
  const c = v.charCodeAt(0);
  if ((isDigit(c) || (c === 118 && isDigit(v.charCodeAt(1)))) && VERSION.test(v)) return true;
  if ((isDigit(c) || isVersionOperator(c)) && isVersionRange(v)) return true;
  // `"\uC18C\uC2A4 \uD0A4"`: a label in another script written as Java's or JSON's escapes.
  if (c === 92 && v.charCodeAt(1) === 117) return !ASCII_ALNUM.test(v.replace(UNICODE_ESCAPE, charOfEscape));
  // `"\x6d\x61\x73\x74\x65\x72 …"`: words written as C's hex escapes (TLS's "master secret" label).
  if (c === 92 && v.charCodeAt(1) === 120) return ESCAPED_WORDS.test(v.replace(HEX_ESCAPE, charOfEscape));
  return !(isDigit(c) || isLower(c) || isUpper(c)) && !ASCII_ALNUM.test(v);
}

const UNICODE_ESCAPE = /\\u([0-9a-fA-F]{4})/g;
const HEX_ESCAPE = /\\x([0-9a-fA-F]{2})/g;
const ESCAPED_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

function charOfEscape(_escape: string, hex: string): string {
  return String.fromCharCode(parseInt(hex, 16));
}

// A word (maybe numbered: `Algo`, `v2`, a curve's `Ed25519`) or an acronym (maybe numbered: `ECDSA521`, `X509`).
const NAME_WORD = /^(?:[A-Za-z][a-z]*\d{0,5}|[A-Z]{2,}\d{0,4}|[A-Z]\d{1,4})$/;

// `_bindgen_ty_5::IFLA_INET6_TOKEN`, `mio::Token`, `Foo\\Bar::BAZ`: identifiers joined by `::`.
const NAMESPACE_PATH = /^(?:[A-Za-z_][\w\\]{0,63}::){1,8}[A-Za-z_]\w{0,63}$/;

/**
 * A bare path in a namespace (Rust's and C++'s `::`, PHP's and Ruby's constants): a constant,
 * a variant or a type named where it is defined, not a value written out. A generated secret's
 * alphabet (base64, hex) has no `:`. (Quoted, it is a literal, and may be anything.)
 */
function namespacePath(v: string): boolean {
  return v.includes('::') && NAMESPACE_PATH.test(v);
}

// An expression's names: the words of its operands, apart at `_`, `$`, `.` and its operators.
const NAME_PARTS = /[A-Za-z0-9]{8,}/g;

/**
 * An expression of code: operands joined by operators, with a member's dot or an operator only code
 * writes, and no operand's name random (`jwt.token=fh2KFWZT0REi` glued to the next `jwt.token=` is a
 * value run into the next key, not code: names are words).
 */
function looksExpression(v: string): boolean {
  if (!CODE_OPERATOR.test(v) || !EXPRESSION.test(v)) return false;
  for (const part of v.match(NAME_PARTS) ?? []) if (looksRandomValue(part)) return false;
  return true;
}

/** `KeyAlgoECDSA521`, `SIGN_UP_V2`: every word of the name a word or an acronym; a generated key's are not. */
function readsAsWords(v: string): boolean {
  return nameWords(v).every((word) => NAME_WORD.test(word));
}

// Words' letter pairs are nearly all common, random letters' 37% (see letterPairs.ts). At 0.8, of 20,000
// random values of 12-41 letters, or letters and digits, in code (`\tsig = …`, `apiKey …`, a const
// block), 9 more are taken for names than c437260 takes (0.05%); at 0.6, 50.
const SPELLED_PAIRS = 0.8;
// Shorter, too few letter pairs to tell words from chance (`KCay33Oka`).
const MIN_SPELLED = 12;

/**
 * A name of words (identifierWords.ts: words spoken, acronyms and numbers; `CertAlgoRSAv01`,
 * `Ed25519PrivateKey`) whose letters pair as words' do. `readsAsWords` alone takes any camelCase run
 * of a letter or two and a digit (`Zx9Qm2Lp8Rt4`) or of random letters for words, as a generated key is.
 */
export function spelledAsWords(v: string): boolean {
  // (The pairs first: a loop without allocation, which most generated values already fail.)
  return v.length >= MIN_SPELLED && commonPairShare(v) >= SPELLED_PAIRS && readsAsIdentifier(v);
}

/** ^ ~ < > = */
function isVersionOperator(c: number): boolean {
  return c === 94 || c === 126 || c === 60 || c === 62 || c === 61;
}

/** `^9.0.0`, `>=3.972.0 <4`, `1.x || 2.x`, `1.2.3 - 2.3.4`: every part a version or a bound. */
function isVersionRange(v: string): boolean {
  // A digit after at most two operator characters, first; a number alone is no version (`Pwd=4471;` is a PIN).
  let i = 0;
  while (i < 2 && isVersionOperator(v.charCodeAt(i))) i++;
  if (v.length > 80 || !isDigit(v.charCodeAt(i)) || (i === 0 && !v.includes('.'))) return false;
  for (const part of v.split(' ')) {
    if (part !== '' && part !== '||' && part !== '-' && !VERSION_BOUND.test(part)) return false;
  }
  return true;
}

/**
 * A sentence: four words or more, nearly all of them words of letters (with their punctuation),
 * as a message or a description has them (`"Please run 'azd auth login' from a command prompt
 * …"`). (A passphrase of four words or more is read as a sentence too.)
 */
function looksSentence(v: string): boolean {
  // (Counted first, without allocating: most values with a blank hold one or two.)
  let blanks = 0;
  for (let at = v.indexOf(' '); at !== -1 && blanks < 3; at = v.indexOf(' ', at + 1)) blanks++;
  if (blanks < 3) return false;
  let words = 0;
  let lettered = 0;
  for (const word of v.split(' ')) {
    if (word === '') continue;
    words++;
    if (SENTENCE_WORD.test(word)) lettered++;
  }
  return words >= 4 && lettered >= 0.75 * words;
}

// A dotted piece as long as a generated key's shortest, and random: not a member's name.
const GENERATED_PIECE = 20;

/**
 * A dotted token (Mapbox's `sk.eyJ1Ijoi….P4lD1e…`, `tk.…`) holds a generated piece; a member
 * chain's names (`config.apiKey`, `Signature.RSA_SHA256`) do not.
 */
function holdsGeneratedPiece(v: string): boolean {
  for (const piece of v.split('.')) if (piece.length >= GENERATED_PIECE && looksRandomValue(piece)) return true;
  return false;
}

/**
 * Words that name a secret (`"Enter your password"`, `"Password is required"`): a message about the
 * slot, a prompt or an error. A passphrase does not name its own slot (`'open sesame'`, `'keyboard cat'`).
 */
function phraseNamesSlot(v: string): boolean {
  if (!PHRASE.test(v)) return false;
  for (const word of v.toLowerCase().split(' ')) if (isKeyWord(word) || (word.endsWith('s') && isKeyWord(word.slice(0, -1)))) return true;
  return false;
}

const PHRASE = /^[A-Za-z' -]+$/;
const SENTENCE_WORD = /^["'(]?[A-Za-z][a-z]*(?:['-][a-z]+)?[)"',.;:!?]{0,3}$/;

// The last value judged, with what its answer turns on (strength, key, and the found value's four
// flags): a value asked again right after itself (a line repeated down a file, one place read twice)
// is answered without reading it again. Judging is a pure function of these; nothing else is kept.
let lastValue: string | undefined;
let lastKey = '';
let lastHow = -1;
let lastAnswer = false;

/** Whether the value found after a key is a secret (below, `judgeValue`), the last answer given again for the same question. */
export function acceptValue(found: FoundValue, strength: Strength, key: string): boolean {
  const how = (strength === 'strong' ? 1 : strength === 'weak' ? 2 : 3) | (found.quoted ? 4 : 0) | (found.field ? 8 : 0) | (found.configLine ? 16 : 0) | (found.afterComma ? 32 : 0);
  if (how === lastHow && found.value === lastValue && key === lastKey) return lastAnswer;
  lastAnswer = judgeValue(found, strength, key);
  lastValue = found.value;
  lastKey = key;
  lastHow = how;
  return lastAnswer;
}

function judgeValue(found: FoundValue, strength: Strength, key: string): boolean {
  const v = withoutInnerQuotes(withoutTrailingSeparators(trimmed(found.value)));
  if (v.length < shortestSecret(strength)) return false;
  // `if sig == signal.SIGINT:`, `case EndTagToken:`: a bare name that ends a condition or a case
  // label; and a value run into the next key (`a: x1b2: y`). First, before the random look: every
  // test down to the field's only turns a value down, and on back-to-back `key: value` with no line
  // end (one every 26 characters, each value ending at the next key's colon) the tests before it were
  // most of the cost: `auth_password: aB3dE6gH9jK2` 1 MB, see bench/guard/README.md (sixteenth round).
  if (!found.quoted && v.charCodeAt(v.length - 1) === 58 && CODE_NAME.test(v.slice(0, -1))) return false;
  // A weak key's value must look random: the cheapest test, and the one most values fail, first.
  // So must a bare value off a config line and outside a field, whatever its key: every test
  // below only turns it down, but for the random look at the end.
  // (Its answer is kept: a bare value judged by it here is not judged again at the end.)
  const mustLookRandom = strength === 'weak' || (!found.quoted && !found.field && !found.configLine);
  const random = mustLookRandom && looksRandomValue(v);
  if (mustLookRandom && !random) return false;
  // In code, a constant given its own key's words (`CLIENT_CREDENTIALS_GRANT: "client_credentials"`).
  // (Asked before the tests below down to the field's, which only turn a value down too: a table of
  // such constants gives one a line, and they read the value's words and the key's before this did.)
  if (v !== key && !found.configLine && !found.field && spellsOwnKey(v, key)) return false;
  // `['apiKey', 'workloadIdentity']`, `equal(x, 'user:pass', 'userinfo')`: a word after a comma is
  // the next item of a list of names, not the value of the one before it.
  // (Bare, an identifier or member chain that reads as words is code: `KeyAlgoRSA, KeyAlgoRSASHA256`.)
  // (Every test down to the field's below only turns a value down, so the cheapest go first.)
  if (found.afterComma && (WORD_NAME.test(v) || (!found.quoted && CODE_NAME.test(v) && (!looksRandomValue(v) || readsAsWords(v))))) return false;
  // (Which of the expressions below the value's characters allow, read once: a dense file has a
  // value every few characters, most of them letters and digits that allow few.)
  const may = VALUE_CHARS.mayMatch(v);
  // Bare in code, an expression over names is code: a condition, a fallback, a concatenation of members.
  if (!found.quoted && !found.configLine && !found.field && (may & MAY_EXPRESSION) !== 0 && looksExpression(v)) return false;
  // (A connection string's or a query's field holds no CSS selector: `;Password=#gets0m3;` is a password.)
  if (looksPlaceholder(v, may >>> PLACEHOLDER_BITS) || ((may & MAY_LOCATION) !== 0 && !(found.field && v.charCodeAt(0) === 35) && looksLocation(v)) || hasPublicPrefix(v)) return false;
  // A bare path in a namespace (`mio::Token`), a vendor's prefix alone (`CFPAT-`).
  if (((may & MAY_LOCATION) !== 0 && !found.quoted && namespacePath(v)) || isVendorPrefixAlone(v)) return false;
  if ((found.quoted || found.field ? MODE_WORDS : found.configLine ? TYPE_NAMES : CODE_WORDS).has(v)) return false;
  // A name naming a secret, bare in code, is a variable's or a type's; on a config line (env, INI, YAML, but
  // also a type's member, `credential: TokenCredential;`) only a type's PascalCase says so: `smtp_password`
  // or `myPassword` there is a literal.
  if (namesOrLabels(v) || (found.quoted ? quotedName(v, key) : !found.field && (!found.configLine || (isUpper(v.charCodeAt(0)) && MIXED_CASE.test(v))) && namesASecret(v))) return false;
  // `exports.APIKeys = APIKeys`, `Vaults.Credentials = Credentials`: a member given the name it exports.
  // (In code's case: `db.password=password` is a .properties literal.)
  if (!found.quoted && !found.field && key.length > v.length && key.charCodeAt(key.length - v.length - 1) === 46 && key.endsWith(v) && /[A-Z]/.test(v)) return false;
  // `token = Operator`, `if token == 'def':`, `tok.token == "LPAREN"`: a machine issues tokens and
  // API keys, never a capitalised word, an upper-case one or a word of four letters; given to one,
  // such a word is a lexer's token, a mode, a type. (A longer lower-case word may be a secret
  // somebody chose for their own service: `API_KEY=letmein`.) (Such a word holds no digit: a generated value's
  // does, and its key is not looked up.)
  if (v.length <= 16 && (may & MAY_NUMBER) === 0 && namesIssuedCredential(key) && ISSUED_NEVER.test(v)) return false;
  if ((may & MAY_REFERENCE) !== 0 && REFERENCE.test(v)) return false;
  // A connection string's or a query's password field holds no code: a name (`specialbill_user`),
  // a short number (`pwd=1234;`), a value with `=` in it is the password.
  if (found.field && strength === 'strong') return true;
  if (v.length < 8 && (may & MAY_NUMBER) !== 0 && NUMBER.test(v)) return false; // a length, a port, a count
  if (v.length <= 18 && v.charCodeAt(0) === 48 && HEX_NUMBER.test(v)) return false;
  // `addMech(CKM_BLAKE2B_384_KEY_DERIVE, "CKM_BLAKE2B_384_KEY_DERIVE")`: a table of constants and
  // their names; a value that is its key as written names the slot (`db_password = "db_password"`). In code, a
  // constant or an enum member given its own name in another case (`CLIENT_SECRET = "client_secret"`,
  // `LOGIN: "login"`, `ResultKind["Pass"] = "pass"`) names the wire's word for it, as an enum does.
  // (One that spells its key's first or last words was turned down after the random look, above.)
  if (isOwnKey(v, key) || (!found.configLine && !found.field && sameName(v, key))) return false;
  // `key == CSS.Attribute.MARGIN`, `sig = Signature.RSA_SHA256`: a bare chain of members that
  // reads as words is code, whatever the key (a token's dotted parts do not read as words).
  if (!found.quoted && (may & MAY_MEMBER) !== 0 && MEMBER_CHAIN.test(v) && readsAsWords(v)) return false;
  // `CertSigAlgoRSAv01 = CertAlgoRSAv01`, `SigAlgoRSASHA2256 = KeyAlgoRSASHA256`: off a config line, a bare
  // name that reads as words and acronyms is a constant's or a variable's, a reference in code.
  if (!found.quoted && !found.configLine && !found.field && CODE_NAME.test(v) && spelledAsWords(v)) return false;
  // A UUID behind `cache_key` is an id; behind an environment setting (`LICENSE_KEY=…`) a credential.
  if (strength === 'weak') return !((may & MAY_UUID) !== 0 && UUID_START.test(v)) || (found.configLine && ENV_NAME.test(key));
  // A literal, even a short one; but not prose ("Forgot password?"), a prompt's label
  // ("Password: ", "API key:") nor a call in a string.
  // Words with blanks are a passphrase only where a person chooses the value: a machine issues no
  // phrase (`TOKEN_EOF: "end of template"`, `MSG_INVALID_KEY += ' or a KeyObject'`).
  if (found.quoted) return !(v.endsWith(')') && CALL.test(v)) && !(v.endsWith(':') && PROMPT_LABEL.test(v)) && !((may & MAY_BLANK) !== 0 && (PROSE.test(v) || looksSentence(v) || phraseNamesSlot(v) || (PHRASE.test(v) && !namesChosenSecret(key))));
  if ((may & MAY_MEMBER) !== 0 && MEMBER_CHAIN.test(v) && !holdsGeneratedPiece(v)) return false;
  if (isUpper(v.charCodeAt(0)) && TYPE_NAME.test(v)) return false;
  // A bare value is code unless the line is a KEY=VALUE config line or an operator of comparison;
  // on such a line it is the value without a bracket, an `=` or a kebab-case name's shape (a reference:
  // `existingSecret: db-creds`, a Kubernetes object's name; a password's key takes no object's name, and
  // there the words are the password, `password: open-sesame`), whatever its look. (Asked before the
  // random look, which then decides only the rest: a dense env or YAML file's every value is one of these.)
  if (found.configLine && (may & (MAY_BRACKET | MAY_EQUALS)) === 0 && !((may & MAY_KEBAB) !== 0 && !namesPassword(key) && KEBAB_NAME.test(v))) return true;
  return random || looksRandomValue(v);
}
