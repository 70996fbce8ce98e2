// A literal read in a secret-named key's slot that says it is not the value (bench/guard/README.md,
// "What the analysers call not a credential, in a credential-named binding", twenty-third round):
// - a query spliced by concatenation, `"… password='" + pwd + "'"`: the quote after `=` closes the
//   string and what the reader takes between the two quotes is code. sonar-python's and sonar-php's
//   S2068 skip a `password=` whose value opens with `'`, sonar-java's one opening with `\"`;
// - the field's own name with an option's dashes or its key's operator (`--password`, `"--token="`,
//   `"password="`, `"&secret="`), or a query's bind parameter named for it (`":password"`), or a long
//   option awaiting its value (`" --username="`): a key awaiting the value appended or bound to it.
//   sonar-java reports no `password=` with nothing after it, all three sonars none whose value opens
//   with `:` (a prepared statement's parameter), and all three and CodeQL's JavaScript query pass a
//   literal holding the credential word; the slot's name alone is set apart already (secretRule.ts);
//   so is the key with a placeholder after its `=` (`"Password=:param"`, `"pwd={0}"`), sonar-dotnet's
//   `ValidCredentialPattern` read after a literal's `password=`;
// - a literal the code formats (`"VS%0.f0COMNTOOLS" % version`, `"{0}-{1}".format(a, b)`): CodeQL's
//   Python query drops a format string, sonar-python an interpolated one, sonar-java a `%s`.
// A chosen password is none of these: the placeholder policy's literals (`hunter2`, `letmein`) stay secrets.
import { keyStrength } from './keyStrength';
import { spellsOwnKey } from './ownKeyWords';
import { AT, COLON, DASH, DOUBLE_QUOTE, EQUALS, SINGLE_QUOTE } from './charCodes';
import { isDigit } from '../charCodes';
import { keyInPackedData } from './packedDataKey';

const LONGEST_NAME = 64;

export function saysNotTheValue(value: string): boolean {
  // (Most values have no blank at either end: read as they are.)
  const v = isBlank(value.charCodeAt(0)) || isBlank(value.charCodeAt(value.length - 1)) ? value.trim() : value;
  const first = v.charCodeAt(0);
  if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) return splicedBetweenLiterals(v, first);
  const last = v.charCodeAt(v.length - 1);
  if (first === DASH || first === COLON || first === AT || first === 63 || first === 38 || first === 59 || last === EQUALS || last === COLON) return markedKeyName(v, first, last);
  // (`t` or `T` first: the sentence below starts so.)
  if ((first | 32) === 116 && SAYS_NOT_REAL.test(v)) return true;
  return keyWithPlaceholder(v);
}

// A value that says in a sentence it is none (`this-is-not-a-real-token`), as the placeholder policy's words of absence
// (`not_a_real_token`, placeholderValue.ts) say it in a word: nobody's token is named for its own absence.
const SAYS_NOT_REAL = /^this[-_ ]?is[-_ ]?not[-_ ]?a[-_ ]?(?:real[-_ ]?)?(?:secret|key|token|password)$/i;

// What sonar-dotnet's S2068 calls no credential after `password=` in a literal (`ValidCredentialPattern`:
// `?`, `:name`, a format item `{0}` or `{0,10}`, an empty pair of quotes), and sonar-java's and sonar-php's `%s`.
const PLACEHOLDER_AFTER_KEY = /^(?:\?|:\w{1,64}|\{\d{1,3}[^}]{0,20}\}|""|''|%s)$/;

/**
 * `Password=:param`, `pwd={0}`, `password=?`: the literal is a credential's key and a placeholder for its
 * value (a query's or a connection string's template), as the key alone with its operator is.
 */
function keyWithPlaceholder(v: string): boolean {
  const p = v.indexOf('=');
  if (p < 2 || p > LONGEST_NAME) return false;
  // (Every placeholder opens with one of these, maybe after blanks: most values are turned down here.)
  const next = v.charCodeAt(p + 1);
  if (next !== 63 && next !== COLON && next !== 123 && next !== DOUBLE_QUOTE && next !== SINGLE_QUOTE && next !== 37 && !isBlank(next)) return false;
  return PLACEHOLDER_AFTER_KEY.test(v.slice(p + 1).trim()) && markedKeyName(v.slice(0, p + 1), v.charCodeAt(0), EQUALS);
}

/**
 * `" + pwd + "`, `' . $pwd . '`, `" || pwd || "`: a quote and a concatenation operator at both ends
 * (the quote the same), something between. (A value never holds the quote that delimits it: this is
 * the other one, the enclosing literal's.)
 */
function splicedBetweenLiterals(v: string, quote: number): boolean {
  if (v.length < 5 || v.charCodeAt(v.length - 1) !== quote) return false;
  let i = 1;
  while (isBlank(v.charCodeAt(i))) i++;
  if (!isConcatenation(v.charCodeAt(i))) return false;
  let j = v.length - 2;
  while (j > i && isBlank(v.charCodeAt(j))) j--;
  return j > i + 1 && isConcatenation(v.charCodeAt(j));
}

/** + . | & (JavaScript's, Java's and C#'s `+`, PHP's and Perl's `.`, Lua's `..`, SQL's `||`, VB's `&`). */
function isConcatenation(c: number): boolean {
  return c === 43 || c === 46 || c === 124 || c === 38;
}

/**
 * `--password`, `-token`, `:password`, `password=`, `secret:`, `--api-key=`, `?token=`, `&password=`, `;pwd=`: marks
 * around a name of letters, `_`, `-` and `.` that is a strong key itself. A query's or a connection
 * string's separator (`?`, `&`, `;`) opens such a name only when its operator ends it. `@proxy_pass`, `@@secret`,
 * `@password`: a variable's sigil before such a name, Ruby's instance and class variables (Ruby's "Assignment":
 * an instance variable's name starts with `@`, a class variable's with `@@`) and T-SQL's parameters
 * (Transact-SQL's "Variables": a local variable's or a parameter's name starts with `@`): the variable holding it.
 */
function markedKeyName(v: string, first: number, last: number): boolean {
  let start = 0;
  if (first === DASH || first === AT) start = v.charCodeAt(1) === first ? 2 : 1;
  else if (first === COLON) start = 1;
  const operator = last === EQUALS || last === COLON;
  if (start === 0 && !operator) return false;
  if (start === 0 && (first === 63 || first === 38 || first === 59)) start = 1;
  const end = operator ? v.length - 1 : v.length;
  if (end - start < 2 || end - start > LONGEST_NAME || !isLetter(v.charCodeAt(start)) || !isLetter(v.charCodeAt(end - 1))) return false;
  for (let i = start + 1; i < end - 1; i++) {
    const c = v.charCodeAt(i);
    if (!isLetter(c) && c !== 95 && c !== DASH && c !== 46) return false;
  }
  // A long option with its `=` (`--username=`, GNU's `--name=value`) awaits its value whatever it names.
  return (first === DASH && start === 2 && last === EQUALS) || keyStrength(v.slice(start, end)) === 'strong';
}

/**
 * The literal whose closing quote is at `close` is formatted right after it: Python's and Ruby's `%`
 * operator (`"…%s" % x`, `% (a, b)`, `% [a]`), or `.format(` (Python, and Java's `.formatted(`), and it
 * holds a conversion's `%` or a field's `{`.
 */
export function formattedLiteral(text: string, value: string, close: number): boolean {
  // (What follows the quote first: most literals are followed by neither, and the value is not read.)
  let p = close + 1;
  while (p < text.length && isBlank(text.charCodeAt(p)) && p - close <= 8) p++;
  // (At the text's end neither follows.)
  if (p >= text.length) return false;
  const c = text.charCodeAt(p);
  let formatted = false;
  if (c === 37) {
    const next = text.charCodeAt(p + 1);
    formatted = isBlank(next) || next === 40 || next === 91 || isLetter(next) || next === 95;
  } else formatted = c === 46 && (text.startsWith('format(', p + 1) || text.startsWith('formatted(', p + 1));
  return formatted && (value.indexOf('%') !== -1 || value.indexOf('{') !== -1);
}

/**
 * What the key's own place says of the value read after it (asked with the key, once the value's judgement took it):
 * - a negated boolean option, `--no-maskSecrets`, takes no argument: the word after it is the command's next one
 *   (commander.js' "negatable boolean" `--no-sauce`, yargs' `--no-` negation, argparse's `BooleanOptionalAction`);
 * - an option's argument that spells the option's own name, `--client-secret clientSecret`, `--api-key apiKey`: the
 *   usage's name for the argument, never its value (argparse's help writes the argument of `--client-secret` as its
 *   `metavar`, by default the option's name: `--client-secret CLIENT_SECRET`; docs write it in any case);
 * - the key's own name with a file's extension, make's `target: target.o` (GNU make's manual, "Rule Syntax":
 *   `targets : prerequisites`), `credentials: credentials.json`: a file named for the key, not its content;
 * - the attribute's name given to Python's `hasattr`, `getattr`, `setattr`, `delattr` (`hasattr(token, '_pp')`): the
 *   builtins' second argument is "a string … the name of one of the object's attributes" (docs.python.org, "Built-in Functions");
 * - a CSS hex colour, `Token: '#000080'` (CSS Color Module Level 4, "The RGB hexadecimal notations": `#` and 3, 4, 6 or
 *   8 hex digits), as a syntax highlighter's style table gives each token kind;
 * - a digest's name, alone or in a mechanism's (`"md5", "password", "scram-sha-256"`, PostgreSQL's pg_hba.conf methods;
 *   `hmac-sha256`): FIPS 180-4's SHA-1 … SHA-512, FIPS 202's SHA3, RFC 1321's MD5, RFC 7677's SCRAM-SHA-256 name a method;
 * - a cipher transformation, `keyLimits=AES/GCM/NoPadding` (javax.crypto.Cipher: "algorithm/mode/padding", the padding
 *   named `…Padding` in Java's Standard Algorithm Names);
 * - a regular expression, `jsonnet_token = r'[^\W\d]\w*'`: a class escape with a quantifier after it (`\w*`, `\d+`,
 *   `\s{2}`: the special sequences of Python's `re`, ECMAScript's and PCRE's patterns), what no chosen password is written as;
 * - an option a manual names, `the --login command line option`, `--username and --password options` (optionNamedInProse);
 * - a key word inside packed data, `@3p1Pw:5p/Ou`, where no grammar puts a key (packedDataKey.ts);
 * - the key's own name in a namespace, `SECRET_KEY_BASE = "action_dispatch.secret_key_base"` (namespacedOwnName).
 * A chosen password is none of these: `--password letmein`, `--password tiger12` (a word beside the option's),
 * `password: hunter2.txt` (not the key's name), `token: '#a8Fk2q9'` (not hex) stay secrets.
 */
export function notTheKeysValue(text: string, keyStart: number, key: string, value: string): boolean {
  const first = key.charCodeAt(0);
  if (first === DASH && key.charCodeAt(1) === DASH) {
    if (key.startsWith('no-', 2) && isLetter(key.charCodeAt(5))) return true;
    // (In a source map's or a JSON string's text, the line break that ends the argument is escaped: `clientSecret\\n`.)
    if (spellsOwnKey(value.endsWith('\\n') ? value.slice(0, -2) : value, key)) return true;
    if (optionNamedInProse(text, keyStart + key.length, value)) return true;
  }
  if (keyInPackedData(text, keyStart, key)) return true;
  if (value.indexOf('.') !== -1 && namespacedOwnName(value, key)) return true;
  if (value.length > key.length + 1 && value.charCodeAt(key.length) === 46 && value.startsWith(key) && FILE_EXTENSION.test(value.slice(key.length + 1))) return true;
  // (Each expression asked only where a character it cannot match without is there: most values taken are none.)
  if (value.charCodeAt(0) === 35 && HEX_COLOUR.test(value)) return true;
  // (Every digest name ends in a digit: `…1`, `…224`, `…256`, `…384`, `…512`, `md5`.)
  if (value.length <= DIGEST_LONGEST && isDigit(value.charCodeAt(value.length - 1)) && DIGEST_NAME.test(value)) return true;
  if (value.endsWith('Padding') && CIPHER_TRANSFORMATION.test(value)) return true;
  if (value.indexOf('\\') !== -1 && QUANTIFIED_CLASS.test(value)) return true;
  return attributeNameArgument(text, keyStart);
}

// The nouns a manual names an option by: "the --login option", "--username and --password options" (GNU's coding
// standards and man-pages(7) write an option's name, then the noun).
const OPTION_NOUN = /^(?:command-line|options?|flags?|switch(?:es)?|arguments?|parameters?)$/;
const NOUN_AFTER = /(?:[ \t]+[a-z]{1,12}){0,2}?[ \t]+(?:options?|flags?|switch(?:es)?)\b/y;

/**
 * `the --login command line option`, `via the --username and --password options`: prose names the option, the word
 * after it is the noun ("option", "flag", "switch"), or a word of prose (lower-case letters) that starts the noun
 * phrase ending in it within two more words.
 * (The value is found at or after `from`, the key's end: a flag's value follows within its blanks, `=` or quote.)
 */
export function optionNamedInProse(text: string, from: number, value: string): boolean {
  // (Both readings need a lower-case word of at most twelve characters, `command-line` the one with a dash: most values
  // taken are longer or hold another character by their second, and nothing else is read.)
  if (value.length > 12) return false;
  let dash = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === DASH) dash = true;
    else if (c < 97 || c > 122) return false;
  }
  if (OPTION_NOUN.test(value)) return true;
  if (dash) return false;
  const at = text.indexOf(value, from);
  if (at === -1 || at - from > 6) return false;
  NOUN_AFTER.lastIndex = at + value.length;
  return NOUN_AFTER.test(text);
}

// Dotted lower-case names: a library's prefix (Rack's env keys "must contain at least one dot, and should be prefixed
// uniquely", the Rack SPEC), a Java system property's or a Spring property's namespace (`javax.net.ssl`, `spring.datasource`).
const NAMESPACE = /^[a-z][a-z0-9_]{0,63}(?:\.[a-z][a-z0-9_]{0,63}){0,8}$/;

/**
 * `SECRET_KEY_BASE = "action_dispatch.secret_key_base"`, `DB_PASSWORD = "app.db.password"`: the value is a name in a
 * namespace whose last member spells the key (its words, all of them or its first or last ones, ownKeyWords.ts): the
 * name under which the credential is looked up (Rails' `env["action_dispatch.secret_key_base"]`, Java's
 * `System.getProperty("javax.net.ssl.keyStorePassword")`), the slot's own name, which the placeholder policy sets apart.
 * A chosen password is not (`Winter.2024`, `my.hunter2`: no member spells the key).
 */
function namespacedOwnName(value: string, key: string): boolean {
  const dot = value.lastIndexOf('.');
  return dot > 0 && dot < value.length - 1 && NAMESPACE.test(value.slice(0, dot)) && spellsOwnKey(value.slice(dot + 1), key);
}

// An extension as files are named: a lower-case letter first, at most five characters (`o`, `json`, `pem`, `p12`).
const FILE_EXTENSION = /^[a-z][a-z0-9]{0,4}$/;
const HEX_COLOUR = /^#(?:[0-9A-Fa-f]{3,4}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$/;
const DIGEST_LONGEST = 'abcdefghijkl-sha3-512'.length;
const DIGEST_NAME = /^(?:[A-Za-z]{2,12}-)?(?:sha-?(?:1|224|256|384|512)|sha3-(?:224|256|384|512)|md5)$/i;
const CIPHER_TRANSFORMATION = /^[A-Za-z][A-Za-z0-9]{1,15}\/[A-Z][A-Z0-9]{1,11}\/[A-Za-z0-9-]{0,40}Padding$/;
const QUANTIFIED_CLASS = /\\[dDwWsS][*+?{]/;
const ATTRIBUTE_BUILTINS = ['hasattr', 'getattr', 'setattr', 'delattr'];

/** `hasattr(` (maybe a blank inside the parenthesis) right before the key: the key is the object, the literal after it the attribute's name. */
function attributeNameArgument(text: string, keyStart: number): boolean {
  let i = keyStart - 1;
  if (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  if (i < 0 || text.charCodeAt(i) !== 40) return false;
  const nameStart = i - 7;
  if (nameStart < 0 || (nameStart > 0 && isIdentifierChar(text.charCodeAt(nameStart - 1)))) return false;
  return ATTRIBUTE_BUILTINS.includes(text.slice(nameStart, i));
}

function isIdentifierChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 95 || c === 46;
}

/**
 * A braced connection-string field holding a composite format item's inside, `Password={0,10};`: .NET's composite
 * formatting writes an item `{index[,alignment][:formatString]}` (learn.microsoft.com, "Composite formatting"), a slot
 * `String.Format` fills, as `{0}` is one (a standard format string is a letter and up to two digits: `X8`, `C2`).
 */
export function compositeFormatItem(inside: string): boolean {
  return COMPOSITE_ITEM.test(inside);
}

const COMPOSITE_ITEM = /^\d{1,2}(?:,-?\d{1,3})?(?::[A-Za-z]\d{0,2})?$/;

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
