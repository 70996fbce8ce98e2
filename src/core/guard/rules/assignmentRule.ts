// The value given to a secret-named key, whatever the file's syntax (detect-secrets' keyword
// plugin, with an assignment grammar per kind of file): `password = "…"`, `DB_PASSWORD_PROD=…`,
// `api-key: …`, `"apiKey": "…"`, `--x-api-key VALUE`, `if (api_key == "…")`, `PASS ?= …`,
// `<property name="password" value="…"/>`, `<password>…</password>`, `Password=…;` in a
// connection string. Linear: a keyword hit is widened to its key by a bounded scan, then the
// operator and the value at the key's end are read (by hand, or one sticky expression for flags
// and XML); the scan resumes past them.
import { looksPlaceholder, type SecretRule } from '../secretRule';
import { CharPrefilter, type CharNeeds } from '../charPrefilter';
import { spanKind } from '../spanList';
import { readAssignedValue, type AssignedValue } from './assignedValue';
import { looksRandomValue } from './randomValue';
import { colonFollows, endsItsLine, LastBefore, looksLocation, prefixedString, QuoteParity, quoteClosesKeyString } from './valueContext';
import { keyWords, nextKeyWordEnd } from './keyWordScan';
import { listAssignedLiteral, type ListMemo } from './listAssignment';
import { AMPERSAND, BACKTICK, CLOSE_BRACKET, COMMA, DASH, DOLLAR, DOUBLE_QUOTE, EQUALS as EQUALS_SIGN, COLON as COLON_SIGN, OPEN_BRACKET, OPEN_PAREN, QUESTION, SEMICOLON, SINGLE_QUOTE, SPACE } from './charCodes';

const MAX_KEY = 64;

function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

/** Cheap look at what follows a key: an operator, a blank (flags, headers), a quote or `>`. */
function operatorFollows(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  // = : ? + ! < , space tab " ' > and \ (an escaped quote closing the key: `{\"password\": …}`)
  return c === 61 || c === 58 || c === 63 || c === 43 || c === 33 || c === 60 || c === 44 || c === 32 || c === 9 || c === 34 || c === 39 || c === 62 || c === 92;
}

/** Key segments that name a secret on their own (strong) or only with a random-looking value (weak). */
const STRONG = new Set([
  'password', 'passwd', 'pass', 'passphrase', 'pwd', 'pw', 'secret', 'secrets', 'token', 'tokens', 'apikey', 'credential',
  'credentials', 'creds', 'login', 'privatekey', 'secretkey', 'accesskey', 'clientsecret', 'authtoken', 'accesstoken',
  'refreshtoken', 'authkey', 'apitoken', 'apisecret', 'masterkey', 'signingkey', 'encryptionkey', 'sessionkey', 'bearer',
  'contrasena', 'passwort', 'motdepasse', 'senha',
]);
// pat: a personal access token (`ado_pat`, `GITLAB_PAT`).
const WEAK = new Set(['key', 'auth', 'sig', 'signature', 'salt', 'authorization', 'cert', 'pat']);
/** Every key word the rule knows (for the bench's adversarial inputs, built from what the rule looks for). */
export const assignmentKeyWords: readonly string[] = [...STRONG, ...WEAK];
/** Segments that make a secret-looking key name something public. */
const PUBLIC = new Set([
  'public', 'pub', 'publishable', 'id', 'ids', 'name', 'names', 'file', 'path', 'dir', 'url', 'uri', 'type', 'length', 'len', 'size',
  'count', 'max', 'min', 'field', 'header', 'env', 'var', 'prefix', 'format', 'regex', 'pattern', 'label', 'hint', 'policy',
  'expires', 'expiry', 'expiration', 'ttl', 'timeout', 'endpoint', 'host', 'mode', 'enabled', 'required', 'placeholder', 'hash',
  // A lexer's or parser's token and its parts (`token.info`, `token.markup`, `token.level`).
  'info', 'tag', 'markup', 'nesting', 'level', 'state', 'status', 'line', 'column', 'offset', 'pos', 'position', 'range', 'class', 'category',
  // Code around a secret rather than the secret: `tokenCredentialOptions`, `secretClient`, `loginStyle`.
  'style', 'options', 'opts', 'config', 'settings', 'params', 'parameters', 'args', 'handler', 'callback', 'listener', 'factory',
  'builder', 'client', 'cache', 'request', 'response', 'result', 'error', 'errors', 'message', 'schema', 'validator', 'generator',
  'fingerprint', 'storage', 'store', 'provider', 'manager', 'service', 'kind', 'index', 'version', 'alias', 'reset', 'strength',
  'policy', 'rotation', 'created', 'updated', 'at', 'algorithm', 'algo', 'scheme', 'usage', 'ref', 'location', 'source', 'description',
]);

// A command-line flag's value (`--token VALUE`, `--token=VALUE`, only for keys with -); what
// follows any other key is read by readAssignedValue (operators = := ::= ?= += => == != : ,).
const FLAG_VALUE = /(?<op>[ \t]{1,4}|=)(?:(?<q>["'])(?<quoted>[^"'\r\n]{1,400})\k<q>|(?<bare>[^\s"'`;|&]{1,400}))/y;
// ENV DRONE_TOKEN value (Dockerfile), and what follows the key there.
const DOCKER_ENV = /^[ \t]*ENV[ \t]+$/;
const ENV_VALUE = /[ \t]{1,8}(?:(?<q>["'])(?<quoted>[^"'\r\n]{1,400})\k<q>|(?<bare>[^\s"'`;|&]{1,400}))/y;
// <property name="password" value="…"/>, <add key="ApiKey" value="…" />: the value attribute after the name.
const XML_VALUE = /["'][^<>\r\n]{0,200}?\b(?:value|content)[ \t]*=[ \t]*(?<q>["'])(?<quoted>[^"'<>\r\n]{1,400})\k<q>/y;
// <password>…</password>
const XML_ELEMENT = />(?<quoted>[^<>\r\n]{1,400})<\//y;
// <entry key="password">…</entry> (Java's XML properties): the element's text after the name attribute.
const XML_NAMED_TEXT = /["'][^<>\r\n]{0,200}?>(?<quoted>[^<>\r\n]{1,400})<\//y;

const KIND = spanKind('secret-assignment');

export const assignmentRule: SecretRule = {
  id: 'secret-assignment',
  keywords: keyWords,
  find(text, found) {
    let judgedTo = 0;
    const context = { newlines: new LastBefore(text, '\n'), tagOpens: new LastBefore(text, '<'), quotes: new QuoteParity(text), lists: { until: 0 } };
    // A keyword's last character is enough to widen from.
    for (let anchor = nextKeyWordEnd(text, 0); anchor !== -1; anchor = nextKeyWordEnd(text, judgedTo)) {
      // Each character is widened over at most once: the scan resumes where the last key or value ended.
      let start = anchor;
      let end = anchor + 1;
      while (start > judgedTo && anchor - start < MAX_KEY && isKeyChar(text.charCodeAt(start - 1))) start--;
      while (end < text.length && end - start <= MAX_KEY && isKeyChar(text.charCodeAt(end))) end++;
      judgedTo = end;
      if (end - start > MAX_KEY || !operatorFollows(text, end)) continue;
      const key = text.slice(start, end);
      const strength = keyStrength(key);
      if (strength === 'none') continue;
      const value = valueAfter(text, context, start, end, key);
      if (!value) continue;
      const accepted = acceptValue(value, strength, key);
      // The scan goes on after an accepted or long value (which keeps it linear); a short value
      // that was not a secret may be a key itself (`<add key="ApiKey" value="…"/>`).
      // (A listed literal may lie past its list's next names: on from the key.)
      if (!value.listed) judgedTo = Math.max(judgedTo, accepted || value.end - value.start > MAX_KEY ? value.end : value.start);
      if (accepted) found.push(KIND, value.start, value.end);
    }
  }
};

interface LineContext {
  readonly newlines: LastBefore;
  readonly tagOpens: LastBefore;
  readonly quotes: QuoteParity;
  readonly lists: ListMemo;
}

type Strength = 'strong' | 'weak' | 'none';

const HEAD_NOUN_LIKE_KEY_WORD = /^(?:pass(?!(?:word|wd|phrase|code|key)?s?$)|secret(?!s?$)|token(?!s?$))[a-z]{3,}$/;

// PGPASSWORD, dbpassword, authtoken: a key word glued to a prefix still names a secret. The short
// ones (pass, pwd, pw) only glued to whose or what password it is (`userpass`, `dbpwd`,
// `rootpw`): `bypass`, `compass` and `surpass` are words of their own.
const GLUED_STRONG = /(?:password|passwd|passphrase|secret|token|apikey)s?$|^(?:pass|pwd)s?$|^(?:user|admin|root|db|sql|mysql|pg|postgres|ftp|sftp|smtp|mail|ldap|redis|ssh|app|bind|proxy|wifi|vnc|master|sys|svc|sa)(?:pass|pwd|pw)$/;

const strengths = new Map<string, Strength>();

/** How much a key name says "secret": split on _ - . and camelCase, look at the segments. */
export function keyStrength(key: string): Strength {
  let known = strengths.get(key);
  if (known === undefined) {
    known = judgeKey(key);
    if (strengths.size > 5_000) strengths.clear();
    strengths.set(key, known);
  }
  return known;
}

function judgeKey(key: string): Strength {
  // A member access names its last member: `cachedToken.resource` is a resource, `db.password` a password.
  const member = key.lastIndexOf('.');
  const parts = (member > 0 && member < key.length - 1 ? key.slice(member + 1) : key)
    .replace(/^-+/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_.-]+/)
    // password01, key2: a number only tells keys of one kind apart.
    .map((p) => p.replace(/\d+$/, ''))
    .filter(Boolean);
  if (parts.length === 0) return 'none';
  // passwordForPassenger, secretSecretary: a compound is named by its last word, and a longer
  // word that merely begins like a key word (passenger, passthrough, secretary) is not one.
  if (parts.length > 1 && HEAD_NOUN_LIKE_KEY_WORD.test(parts[parts.length - 1]!)) return 'none';
  let strength: Strength = 'none';
  for (let i = 0; i < parts.length; i++) {
    const one = parts[i]!;
    const two = i + 1 < parts.length ? one + parts[i + 1] : '';
    if (STRONG.has(one) || STRONG.has(two) || GLUED_STRONG.test(one)) strength = 'strong';
    else if (strength === 'none' && (WEAK.has(one) || /key$/.test(one) && one.length <= 12)) strength = 'weak';
  }
  // passwordLength, token_type, public_key: the key names something about the secret, not it.
  const last = parts[parts.length - 1]!;
  if (PUBLIC.has(last) || parts.some((p) => p === 'public' || p === 'pub' || p === 'publishable' || p === 'pubkey' || p === 'publickey')) return 'none';
  return strength;
}

interface FoundValue {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly quoted: boolean;
  /** KEY=VALUE at the start of a line: a config or env file, where a bare word is a value (set once the line is known). */
  configLine: boolean;
  /** The operator was a comma (`key, value` as in a call's arguments): never a config line. */
  readonly afterComma: boolean;
  /** One of a list of literals given to a list of names (`a, b := "x", "y"`). */
  readonly listed?: boolean;
  /** A field of a connection string or a query (`;Password=…;`): only a literal stands there (set once known). */
  field?: boolean;
}

// HTTP header style without an operator, as in `Api-Token abc…` after a header name.
const HEADER_NAME = /^[A-Za-z]+(?:-[A-Za-z]+)+$/;
const HEADER_VALUE = /[ \t]{1,4}(?<bare>[A-Za-z0-9._~+/=-]{16,400})(?![^\s])/y;
/** How far back on its line a key's context is read (bounded, so linear). */
const MAX_BEFORE = 160;

function valueAfter(text: string, context: LineContext, keyStart: number, keyEnd: number, key: string): FoundValue | undefined {
  const from = Math.max(context.newlines.at(keyStart) + 1, keyStart - MAX_BEFORE);
  // The last '<' before the key on its line (within the bounded context).
  const tag = context.tagOpens.at(keyStart);
  if (tag >= from && (tag === keyStart - 1 || xmlNameAttribute(text.slice(from, keyStart), tag - from))) {
    const m = tag === keyStart - 1 ? matchAt(XML_ELEMENT, text, keyEnd) : matchAt(XML_VALUE, text, keyEnd) ?? matchAt(XML_NAMED_TEXT, text, keyEnd);
    if (m) return m;
  }
  if (key.startsWith('--') || key.startsWith('-')) {
    const m = matchAt(FLAG_VALUE, text, keyEnd);
    if (m) m.configLine = true;
    return m;
  }
  // A Dockerfile's `ENV KEY value`: the blank is the operator.
  if (text.charCodeAt(keyEnd) === 32 && keyStart - from >= 4 && DOCKER_ENV.test(text.slice(from, keyStart))) {
    const m = matchAt(ENV_VALUE, text, keyEnd);
    if (m) m.configLine = true;
    return m;
  }
  // `a, b := "x", "y"`, `var pw string = "x"`: the literal at the key's place.
  const next = text.charCodeAt(keyEnd);
  if (next === COMMA || next === SPACE) {
    const listed = listAssignedLiteral(text, keyStart, keyEnd, context.lists);
    if (listed) return { ...valueFound(text, listed.start, listed.end, true, false)!, listed: true };
  }
  // `cmd` is a command substitution, not a value. A subscript's key (`$config['db_password'] =`)
  // is read past its closing bracket.
  const subscript = (text.charCodeAt(keyEnd) === SINGLE_QUOTE || text.charCodeAt(keyEnd) === DOUBLE_QUOTE) && text.charCodeAt(keyEnd + 1) === CLOSE_BRACKET;
  const assigned = readAssignedValue(text, subscript ? keyEnd + 2 : typeAnnotationEnd(text, keyEnd));
  // The quote after the operator may close the string the key was written in: then it is code.
  if (assigned && assigned.quote !== 0 && quoteClosesKeyString(text, context.quotes, keyStart, keyEnd, assigned.quote)) return undefined;
  const afterComma = assigned !== undefined && text.charCodeAt(assigned.opStart) === COMMA;
  // `f"…"`, `b'…'`, `@"…"`: a string with a prefix; an interpolated one holding `{` is code.
  const prefixed = assigned && assigned.quote === 0 ? prefixedString(text, assigned.valueStart, assigned.valueEnd) : undefined;
  if (prefixed === null) return undefined;
  // `"password": pw, "previousPassword": …`: after a comma, a string followed by a colon is the next key.
  if (afterComma && assigned!.quote !== 0 && colonFollows(text, assigned!.end)) return undefined;
  // `key = derive(…)`, `key = keys[0]`: a bare name right before a call or a subscript is code.
  if (assigned && assigned.quote === 0 && !prefixed && (text.charCodeAt(assigned.valueEnd) === OPEN_PAREN || text.charCodeAt(assigned.valueEnd) === OPEN_BRACKET)) return undefined;
  const m = prefixed
    ? valueFound(text, prefixed.start, prefixed.end, true, afterComma)
    : assigned && assigned.quote !== BACKTICK ? valueFound(text, assigned.valueStart, assigned.valueEnd, assigned.quote !== 0, afterComma) : undefined;
  if (!m) {
    return key.includes('-') && HEADER_NAME.test(key) && isConfigLine(text, from, keyStart) ? matchAt(HEADER_VALUE, text, keyEnd) : undefined;
  }
  if (!m.quoted && !m.afterComma) {
    const field = asField(text, from, keyStart, m);
    if (field) return field;
  }
  // KEY=VALUE: the value is the rest of the line; `KEY = new Thing(…)` is code.
  // (`this.token = token;` at a line's start is a statement of a method, never a config line.)
  m.configLine = !m.afterComma && !MEMBER_OF_SELF.test(key) && isConfigLine(text, from, keyStart) && (m.quoted || endsItsLine(text, m.end) || envPrefix(text, key, keyEnd, assigned));
  return m;
}

const MEMBER_OF_SELF = /^(?:this|self|me)\./;

/** `PGPASSWORD=… psql …`: an environment variable set for one command, `=` glued on both sides. */
function envPrefix(text: string, key: string, keyEnd: number, assigned: AssignedValue | undefined): boolean {
  return assigned !== undefined && assigned.quote === 0 && assigned.opStart === keyEnd && assigned.opEnd === assigned.valueStart &&
    text.charCodeAt(assigned.opStart) === EQUALS_SIGN && isBlank(text.charCodeAt(assigned.valueEnd)) && ENV_VARIABLE.test(key);
}

const ENV_VARIABLE = /^[A-Z][A-Z0-9_]{2,63}$/;

/** What may follow a field's value: the next field, the end of the string, of the line or of the text. */
function endsField(c: number): boolean {
  return c !== c || c === SEMICOLON || c === AMPERSAND || c === SINGLE_QUOTE || c === DOUBLE_QUOTE || c <= SPACE;
}

// `;Initial Catalog=`, `; User ID =`: the next field of a connection string, whose keys hold blanks.
const NEXT_FIELD = /;[ \t]{0,4}[A-Za-z][A-Za-z0-9 _]{0,30}=/y;

/**
 * A bare value in a field of a connection string or a URL query (`Server=h;Password=…;`,
 * `?user=u&pass=…`): the key follows a `;`, `?` or `&`, or the value is followed by the next
 * `;Key=`. The value runs to the next separator, and nothing but a literal stands there: no
 * type annotation, no code (see `acceptValue`).
 */
function asField(text: string, from: number, keyStart: number, m: FoundValue): FoundValue | undefined {
  const before = separatorBefore(text, from, keyStart);
  let end = m.end;
  if (before === 0) {
    // (Most bare values are not followed by `;`: one comparison spares them the expression.)
    if (text.charCodeAt(end) !== SEMICOLON) return undefined;
    NEXT_FIELD.lastIndex = end;
    if (!NEXT_FIELD.test(text)) return undefined;
  } else {
    if (before === QUESTION || before === AMPERSAND) {
      const amp = text.indexOf('&', m.start);
      if (amp !== -1 && amp < end) end = amp;
    }
    if (!endsField(text.charCodeAt(end))) return undefined;
  }
  const field = end === m.end ? m : valueFound(text, m.start, end, false, false)!;
  field.configLine = true;
  field.field = true;
  return field;
}

// `apiKey: string = "…"`, `password: str = "…"`, `val pw: String? = "…"`, `token?: string | null = "…"`.
const TYPE_ANNOTATION = /[?!]?[ \t]*:[ \t]*[A-Za-z_][\w.]{0,40}(?:<[\w., ]{0,40}>|\[[\w., ]{0,40}\])?\??(?:[ \t]*\|[ \t]*[A-Za-z_][\w.]{0,40}){0,3}[ \t]*(?==[^=>])/y;

/** Past a type annotation between a key and its `=` (TypeScript, Python, Kotlin, Swift), else the key's end. */
function typeAnnotationEnd(text: string, keyEnd: number): number {
  const c = text.charCodeAt(keyEnd);
  if (c !== COLON_SIGN && c !== QUESTION && c !== 33) return keyEnd;
  TYPE_ANNOTATION.lastIndex = keyEnd;
  return TYPE_ANNOTATION.test(text) ? TYPE_ANNOTATION.lastIndex : keyEnd;
}

/**
 * A line of an env, ini, YAML or properties file; a field of a connection string or query. Asked
 * only where the answer is used: most keys have no value to judge.
 */
function isConfigLine(text: string, from: number, keyStart: number): boolean {
  return startsConfigLine(text, from, keyStart) || isYamlListItem(text, from, keyStart) || endsWithFieldSeparator(text, from, keyStart);
}

/**
 * Nothing but blanks before the key on its line, or a word that opens an assignment (shell
 * `export`, batch `set`/`SET`, Dockerfile `ENV`/`ARG`, …), `$env:` or a quote after them: a line
 * of an env, ini, properties, batch or Dockerfile. Or a command's environment flag right before
 * the key (`docker run -e KEY=…`, `--build-arg KEY=…`, `helm --set db.password=…`).
 */
function startsConfigLine(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  if (i === to) return true;
  const c = text.charCodeAt(i);
  if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) return i + 1 === to;
  if (c === DOLLAR) return to - i === 5 && text.startsWith('$env:', i);
  for (const word of LINE_OPENERS) {
    if (text.startsWith(word, i)) return i + word.length < to && onlyBlanks(text, i + word.length, to);
  }
  // (On the few characters before the key only: an expression run on the text would read on to
  // the line's end at every key, quadratic on a long line.)
  return ENV_FLAG_BEFORE.test(text.slice(Math.max(from, to - 24), to));
}

const LINE_OPENERS = ['export', 'setx', 'set', 'SET', 'ENV', 'ARG', 'declare -x', 'readonly', 'local'];
const ENV_FLAG_BEFORE = /[ \t](?:-e|--env|--build-arg|--set(?:-string)?)[ \t=]$/;

/** `- ` (blanks around) before the key: an item of a YAML list. (`^[ \t]*-[ \t]+$`.) */
function isYamlListItem(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === DASH && i + 1 < to && onlyBlanks(text, i + 1, to);
}

/** `;`, `?` or `&` then blanks right before the key: a field of a connection string or a query. */
function endsWithFieldSeparator(text: string, from: number, to: number): boolean {
  return separatorBefore(text, from, to) !== 0;
}

/** The `;`, `?` or `&` (its code) before the key and blanks, or 0. */
function separatorBefore(text: string, from: number, to: number): number {
  let i = to - 1;
  while (i >= from && isBlank(text.charCodeAt(i))) i--;
  if (i < from) return 0;
  const c = text.charCodeAt(i);
  return c === SEMICOLON || c === QUESTION || c === AMPERSAND ? c : 0;
}

function onlyBlanks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

// `<add key="` or `<property name="` right before the key. Nothing after its '<' may be another
// '<', so the last '<' of the line is the only place such a tag can start.
const XML_NAME_ATTRIBUTE = /<[A-Za-z:]+[^<>\n]{0,120}(?:name|key|id)[ \t]*=[ \t]*["']$/y;

function xmlNameAttribute(before: string, tag: number): boolean {
  XML_NAME_ATTRIBUTE.lastIndex = tag;
  return XML_NAME_ATTRIBUTE.test(before);
}

const AUTH_SCHEME = /^(?:Bearer|Basic|Token|Digest|Bot|ApiKey|SSWS)[ \t]+/i;
const SCHEME_ALONE = /^(?:Bearer|Basic|Token)$/i;
const SCHEME_INITIALS = new Set([...'BTDAS', ...'btdas'].map((c) => c.charCodeAt(0)));
const CREDENTIAL_AFTER_SCHEME = /^[ \t]+([A-Za-z0-9._~+/=-]{8,400})/;

/** What one of the rule's expressions (flag, XML, header) reads at `at`. */
function matchAt(re: RegExp, text: string, at: number): FoundValue | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return undefined;
  const g = m.groups ?? {};
  const raw = g.quoted ?? g.bare;
  if (raw === undefined) return undefined;
  // Every pattern ends right after its value, but for a closing quote or `</`.
  const end = m.index + m[0].length - (g.quoted === undefined ? 0 : re === XML_ELEMENT || re === XML_NAMED_TEXT ? 2 : g.q!.length);
  return valueFound(text, end - raw.length, end, g.quoted !== undefined, false);
}

/** The value in [start, end); after an authorization scheme (`Bearer abc…`), the credential that follows it. */
function valueFound(text: string, start: number, end: number, quoted: boolean, afterComma: boolean): FoundValue | undefined {
  let valueText = text.slice(start, end);
  // (Each expression only where its first letter or its length allows a match: most values are neither.)
  const scheme = SCHEME_INITIALS.has(valueText.charCodeAt(0)) ? AUTH_SCHEME.exec(valueText) : null;
  if (scheme && valueText.length > scheme[0].length) {
    start += scheme[0].length;
    valueText = valueText.slice(scheme[0].length);
  } else if (!quoted && (valueText.length === 5 || valueText.length === 6) && SCHEME_ALONE.test(valueText)) {
    const next = CREDENTIAL_AFTER_SCHEME.exec(text.slice(end, end + 410));
    if (next) return { start: end + next[0].length - next[1]!.length, end: end + next[0].length, value: next[1]!, quoted: false, configLine: true, afterComma };
  }
  return { start, end, value: valueText, quoted, configLine: false, afterComma };
}

const TYPE_WORDS = new Set([
  'string', 'str', 'number', 'int', 'integer', 'bool', 'boolean', 'any', 'unknown', 'null', 'nil', 'none', 'undefined', 'true', 'false',
  'bytes', 'optional', 'required', 'secretstr', 'secret', 'password', 'token', 'text', 'char', 'varchar', 'object', 'void', 'never',
  'redacted', 'hidden', 'masked', 'empty', 'default', 'todo', 'tbd', 'n/a', 'na', 'yes', 'no', 'on', 'off', 'bearer', 'basic', 'jwt',
  'oauth', 'oauth2', 'api_key', 'apikey', 'header', 'query', 'cookie', 'env', 'secretkeyref', 'self', 'this', 'value', 'key',
  // typeof's answers (`typeof creds.getToken === "function"`) and fetch's credentials modes.
  'function', 'symbol', 'bigint', 'include', 'omit', 'same-origin',
]);

const LONGEST_TYPE_WORD = Math.max(...[...TYPE_WORDS].map((w) => w.length));

/** Without trailing ; and , (a loop: a `[;,]+$` search is quadratic on a long inner run of them). */
function withoutTrailingSeparators(value: string): string {
  let end = value.length;
  while (end > 0 && (value[end - 1] === ';' || value[end - 1] === ',')) end--;
  return value.slice(0, end);
}

/** A value quoted twice (`"'$PASS'"` in shell) is judged by what the inner quotes hold. */
function withoutInnerQuotes(v: string): string {
  const q = v.charCodeAt(0);
  return v.length > 2 && (q === 34 || q === 39) && v.charCodeAt(v.length - 1) === q ? v.slice(1, -1) : v;
}

/** Where a value comes from rather than the value: an environment variable, a config lookup, a vault. */
const REFERENCE = /^(?:process\.env|os\.environ|os\.getenv|env\(|getenv|System\.getenv|ENV\[|config\.|settings\.|secrets\.|vault:|arn:|ref\+|sm:\/\/|op:\/\/|https?:\/\/)/i;
const NUMBER = /^[-+]?\d+(?:\.\d+)?$/;
const UUID_START = /^[0-9a-f]{8}-[0-9a-f]{4}-/i;
const CALL = /^[A-Za-z_$][\w$]*\(.*\)$/;
const BLANK = /[ \t]/;
const PROSE = /^[A-Za-z ,.'?!:-]+$/;
const BRACKET = /[()[\]{}]/;
// a.b.c, also negated or optional (`!!request.tokens?.length`).
const MEMBER_CHAIN = /^!{0,2}[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+$/;
const KEBAB_NAME = /^[a-z]+(?:-[a-z]+)+$/;
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** Each expression of acceptValue that most values skip, and characters it cannot match without. */
export const valueExpressions: readonly CharNeeds[] = [
  { pattern: REFERENCE, needs: '.([:+gG' }, // every reference has one of . ( [ : +, but getenv
  { pattern: NUMBER, needs: '0123456789' },
  { pattern: UUID_START, needs: '-' },
  { pattern: BLANK, needs: ' \t' },
  { pattern: BRACKET, needs: '()[]{}' },
];
const VALUE_CHARS = new CharPrefilter(valueExpressions);
const MAY_REFERENCE = 1;
const MAY_NUMBER = 2;
const MAY_UUID = 4;
const MAY_BLANK = 8;
const MAY_BRACKET = 16;

/** Whether a string literal given to (or compared with) a strong key is a secret, as the rule judges quoted values. */
export function acceptsQuotedLiteral(text: string, start: number, end: number, key: string): boolean {
  const strength = keyStrength(key);
  return strength === 'strong' && acceptValue({ start, end, value: text.slice(start, end), quoted: true, configLine: false, afterComma: false }, strength, key);
}

const IDENTIFIER = /^[A-Za-z_$][\w$. -]{2,63}$/;
const WORD_NAME = /^[A-Za-z][A-Za-z_.-]*$/;
// A word of a name, maybe numbered (`V2`); digits inside it (`s3cr3t`) make it a password's.
const NAME_PART = /^[a-z]+\d{0,2}$/;
// NonSharedBuffer, BinaryLike: a type's or a class's name, two capitalised words or more.
const TYPE_NAME = /^(?:[A-Z][a-z]+){2,6}$/;

/**
 * A name made of words, one of them a secret's (`accessToken`, `AdminAPIKeys`, `"id_token"`,
 * `RESET_PASSWORD_V2`, `"id_token refresh_token"`): the name of a variable, a type, a field or
 * an enum member, not a value (`token = accessToken`, `ACCESS_TOKEN: "AccessToken"`). A glued
 * word (`supersecret`, `Token2024`), a word and a number (`Password_123`) or a word spelt with
 * digits (`s3cr3tPass`) can be a password.
 */
function namesASecret(v: string): boolean {
  // (The key-word scan first: most values hold no key word, and the split below allocates.)
  if (nextKeyWordEnd(v, 0) === -1 || !IDENTIFIER.test(v)) return false;
  const parts = v.replace(/([a-z0-9])([A-Z])|([A-Z])([A-Z][a-z])/g, '$1$3 $2$4').toLowerCase().split(/[ _.$-]+/).filter(Boolean);
  if (parts.some((p) => !NAME_PART.test(p))) return false;
  return parts.some((p) => STRONG.has(p) || WEAK.has(p) || (p.endsWith('s') && (STRONG.has(p.slice(0, -1)) || WEAK.has(p.slice(0, -1)))));
}

function acceptValue(found: FoundValue, strength: Strength, key: string): boolean {
  const v = withoutInnerQuotes(withoutTrailingSeparators(found.value.trim()));
  if (v.length < 3 || (strength === 'weak' && v.length < 12)) return false;
  // A weak key's value must look random: the cheapest test, and the one most values fail, first.
  if (strength === 'weak' && !looksRandomValue(v)) return false;
  if (looksPlaceholder(v) || looksLocation(v)) return false;
  // `['apiKey', 'workloadIdentity']`, `equal(x, 'user:pass', 'userinfo')`: a word after a comma is
  // the next item of a list of names, not the value of the one before it.
  if (found.afterComma && WORD_NAME.test(v)) return false;
  // (Lower-casing never shortens a string: a longer value cannot be a type word.)
  if (v.length <= LONGEST_TYPE_WORD && TYPE_WORDS.has(v.toLowerCase())) return false;
  if (namesASecret(v)) return false;
  const may = VALUE_CHARS.mayMatch(v);
  if ((may & MAY_REFERENCE) !== 0 && REFERENCE.test(v)) return false;
  // A connection string's or a query's password field holds no code: a name (`specialbill_user`),
  // a short number (`pwd=1234;`), a value with `=` in it is the password.
  if (found.field && strength === 'strong') return true;
  if (v.length < 8 && (may & MAY_NUMBER) !== 0 && NUMBER.test(v)) return false; // a length, a port, a count
  // A UUID behind `cache_key` is an id; behind an environment setting (`LICENSE_KEY=…`) a credential.
  if (strength === 'weak') return !((may & MAY_UUID) !== 0 && UUID_START.test(v)) || (found.configLine && ENV_NAME.test(key));
  // A literal, even a short one; but not prose ("Forgot password?") nor a call in a string.
  if (found.quoted) return !(v.endsWith(')') && CALL.test(v)) && !((may & MAY_BLANK) !== 0 && PROSE.test(v));
  if (v.includes('.') && MEMBER_CHAIN.test(v)) return false;
  if (TYPE_NAME.test(v)) return false;
  if (looksRandomValue(v)) return true;
  // A bare value is code unless the line is a KEY=VALUE config line or an operator of comparison.
  if ((may & MAY_BRACKET) !== 0) return false;
  if (found.configLine) return !v.includes('=') && !(v.includes('-') && KEBAB_NAME.test(v)); // a kebab-case name is a reference
  return false;
}
