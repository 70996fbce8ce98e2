// A literal bound to a name that says nothing (`String p = "…";`, `var conn = "…"`, `const k = '…'`), then
// passed where the API's own documentation puts a credential: CWE-259's and CWE-798's demonstrative examples
// written with a variable, the flow a line-reader misses (guardrecall9 and guardrecall10 left it). The place
// is found first, by a bounded list of documented signatures and the argument's position: JDBC's
// `DriverManager.getConnection(url, user, password)`, java.net's and JavaMail's `PasswordAuthentication(user,
// password)`, `KeyStore.load(in, password.toCharArray())` and the JCA's other char[] passwords, .NET's
// `NetworkCredential(user, password[, domain])`, Apache HttpClient's `UsernamePasswordCredentials(user,
// password)`, requests' `HTTPBasicAuth(user, password)` and `auth=(user, password)`, smtplib's, imaplib's and
// ftplib's `login(user, password)`, PHP's `ldap_bind(link, dn, password)`, python-ldap's `simple_bind_s(dn,
// password)`, `new PDO(dsn, user, password)`, `mysqli_connect(host, user, password)`; a key: jsonwebtoken's
// `jwt.sign(payload, key)` and `verify`, PyJWT's `jwt.encode(payload, key)`, Python's `hmac.new(key, …)`,
// Go's `hmac.New(hash, key)`, Node's `createHmac(alg, key)` and `createCipheriv(alg, key, iv)`, Java's
// `new SecretKeySpec(key.getBytes(), alg)`, golang-jwt's `SignedString(key)`, PHP's `hash_hmac(algo, data,
// key)`; and a field or keyword argument named for a password (`mysql.createConnection({password: p})`,
// `psycopg2.connect(password=p)`, `'password' => $p`). Then the name passed there is looked up among the
// bindings at a line's start in the 4,000 characters before the call's line: taken only when every binding
// of that name seen is the same quoted literal (a name bound to a call, an environment lookup, another name,
// or to two literals, or never bound, a parameter, is left), judged as one given to the slot's name
// (acceptsQuotedLiteral: a placeholder, a reference, the slot's word, a constant's name left) and of three
// kinds of character at least. Each call's expression starts with its keyword and is tried once where that
// keyword occurs (the prefilter's ends, the keyword told by its last character), and only where it can find what
// it reads (twenty-sixth round, guardrecall12): on a line with a literal bound on a line within the 4,000
// characters before it (the text's first line, a one-line run of calls, is passed whole), at most four places a
// line. The lines before the places are read once each, forward (a line whose first `=` is not followed by a quote
// or a literal's bytes call not matched at all): linear.
import type { SecretRule } from '../secretRule';
import { spanKind, type SpanList } from '../spanList';
import { KeywordPrefilter } from '../keywordPrefilter';
import { acceptsQuotedLiteral } from './secretValue';
import { ANY_ARG, AS_BYTES } from './callSignatureRules';
import { hasKinds } from './positionalSecretRules';
import { keyWords } from './keyWordScan';

const KIND = spanKind('bound-credential-argument');
const FIELD_KIND = spanKind('bound-credential-field');
const OPEN = `[ \\t]*\\([ \\t]*`;
// The name as passed: bare, or made bytes or chars (`[]byte(k)`, `Buffer.from(k)`, `p.toCharArray()`,
// `k.getBytes()`, `k.encode()`), the argument ending there (or its line: one argument a line). (PHP's `$p` with its sigil;
// the name read whole, as a possessive would: a longer name is not tried shorter.)
const PASSED = `${AS_BYTES}(?=(?<name>\\$?[A-Za-z_]\\w{0,63}))\\k<name>(?:\\.(?:toCharArray|getBytes|encode)\\([^()\\r\\n]{0,40}\\))?\\)?(?=[ \\t]*(?:[,)}\\]]|\\r?\\n))`;
// A name passed only as chars (`KeyStore.load(in, p.toCharArray())`): `.load(in, x)` is anyone's.
const AS_CHARS = `(?<name>[A-Za-z_]\\w{0,63})\\.toCharArray\\(\\)`;

interface Place {
  /** Each match starts with one of `starts`, as written: the match starts where it does. */
  readonly pattern: RegExp;
  readonly starts: readonly string[];
  /** The name the literal is judged under, as if assigned to it. */
  readonly key: string;
}

const PLACES: readonly Place[] = [
  { key: 'password', starts: ['DriverManager.getConnection'], pattern: new RegExp(`\\bDriverManager\\.getConnection${OPEN}${ANY_ARG}${ANY_ARG}${PASSED}`, 'y') },
  { key: 'password', starts: ['PasswordAuthentication', 'UsernamePasswordCredentials', 'UsernamePasswordAuthenticationToken', 'NetworkCredential'], pattern: new RegExp(`\\b(?:PasswordAuthentication|UsernamePassword(?:Credentials|AuthenticationToken)|NetworkCredential)${OPEN}${ANY_ARG}${PASSED}`, 'y') },
  { key: 'password', starts: ['.load', '.store', '.getKey', '.getEntry', '.setKeyEntry', '.init'], pattern: new RegExp(`\\.(?:load|store|getKey|getEntry|setKeyEntry|init)${OPEN}(?:${ANY_ARG}){0,3}${AS_CHARS}`, 'y') },
  { key: 'password', starts: ['PBEKeySpec'], pattern: new RegExp(`\\bPBEKeySpec${OPEN}${AS_CHARS}`, 'y') },
  { key: 'password', starts: ['HTTPBasicAuth', 'HTTPDigestAuth', 'HttpNtlmAuth', 'BasicAuth'], pattern: new RegExp(`\\b(?:HTTP(?:Basic|Digest)|HttpNtlm|Basic)Auth${OPEN}${ANY_ARG}${PASSED}`, 'y') },
  { key: 'password', starts: ['auth='], pattern: new RegExp(`\\bauth=[ \\t]*\\([ \\t]*${ANY_ARG}${PASSED}`, 'y') },
  { key: 'password', starts: ['.login', '.Login'], pattern: new RegExp(`\\.(?:login|Login)${OPEN}${ANY_ARG}${PASSED}`, 'y') },
  { key: 'password', starts: ['ldap_bind'], pattern: new RegExp(`\\bldap_bind${OPEN}${ANY_ARG}${ANY_ARG}${PASSED}`, 'y') },
  { key: 'password', starts: ['.simple_bind', '.bind_s'], pattern: new RegExp(`\\.(?:simple_bind_s|simple_bind|bind_s)${OPEN}${ANY_ARG}${PASSED}`, 'y') },
  { key: 'password', starts: ['PDO', 'mysqli', 'mysql_connect'], pattern: new RegExp(`\\b(?:PDO|mysqli|mysqli?_connect)${OPEN}${ANY_ARG}${ANY_ARG}${PASSED}`, 'y') },
  { key: 'secret', starts: ['jwt.sign', 'jwt.verify', 'jwt.encode', 'jwt.decode'], pattern: new RegExp(`\\bjwt\\.(?:sign|verify|encode|decode)${OPEN}${ANY_ARG}${PASSED}`, 'y') },
  // Python's `hmac.new(key, msg, digestmod)`; Go's `hmac.New(hash, key)` (one keyword, the prefilter folds case).
  { key: 'secret', starts: ['hmac.new'], pattern: new RegExp(`\\bhmac\\.new${OPEN}(?:key[ \\t]*=[ \\t]*)?${PASSED}`, 'y') },
  { key: 'secret', starts: ['hmac.New', 'createHmac', 'createCipheriv'], pattern: new RegExp(`\\b(?:hmac\\.New|createHmac|createCipheriv)${OPEN}${ANY_ARG}${PASSED}`, 'y') },
  { key: 'secret', starts: ['SecretKeySpec'], pattern: new RegExp(`\\bSecretKeySpec${OPEN}${PASSED}`, 'y') },
  { key: 'secret', starts: ['.SignedString'], pattern: new RegExp(`\\.SignedString${OPEN}${PASSED}`, 'y') },
  { key: 'secret', starts: ['hash_hmac'], pattern: new RegExp(`\\bhash_hmac${OPEN}${ANY_ARG}${ANY_ARG}${PASSED}`, 'y') },
];

// The prefilter folds ASCII case: `hmac.new` is Python's and Go's `hmac.New` alike.
const KEYWORDS = [...new Set(PLACES.flatMap((p) => p.starts.map((start) => start.toLowerCase())))];
// Per last character of a keyword, the places whose starts it folds: a keyword's end says where to try.
const ENDING = new Map<number, { keyword: string; place: Place }[]>();
// Per start as written, its places; and all the starts in one expression, for a text where the prefilter
// recorded no ends (past its most, or the rule asked alone): literals in one alternation, one cheap pass.
const WRITTEN = new Map<string, Place[]>();
for (const place of PLACES) {
  for (const start of place.starts) {
    const keyword = start.toLowerCase();
    const last = keyword.charCodeAt(keyword.length - 1);
    const ending = ENDING.get(last) ?? [];
    if (!ending.some((e) => e.keyword === keyword && e.place === place)) ENDING.set(last, [...ending, { keyword, place }]);
    WRITTEN.set(start, [...(WRITTEN.get(start) ?? []), place]);
  }
}
const STARTS_WRITTEN = new RegExp([...WRITTEN.keys()].map((start) => start.replace(/[.]/g, '\\.')).join('|'), 'g');

// A field or keyword argument named for a password or a key whose value is a name: `{password: p}`, Go's
// `Password: p,`, `password=p` in a call, PHP's `'password' => $p`, JSON-like `"password": p`. Each field is found
// where one of the assignment rule's key words starts (`pass`, `secret`, `key`; the prefilter records those starts
// however many): fieldStart. The value ends at `,`, `)`, `}` or `]` (an env file's
// `API_KEY=abc`, YAML's `password: abc` hold no name); `=` only in a call's arguments (after `(` or `,`).
const FIELD_VALUE = `[ \\t]*${AS_BYTES}(?=(?<name>\\$?[A-Za-z_]\\w{0,63}))\\k<name>(?:\\.(?:toCharArray|getBytes|encode)\\([^()\\r\\n]{0,40}\\))?\\)?(?=[ \\t]*[,)}\\]])`;
const FIELD_PLACE = new RegExp(`(?<word>password|passwd|secret_key|client_secret|api_key)(?<fq>["']?)[ \\t]*(?<op>=(?![=>])|:(?![:=])|=>)${FIELD_VALUE}`, 'iy');
const STARTS = new KeywordPrefilter([keyWords], ['starts']);

// How far before the call's line a binding may stand.
const BACK = 4000;
// A binding first on its line: declaration words or a type before it (`final String`, `const`, `char[]`,
// `val`, `var`, `my`), the name, a type after it (`: string`), `=` or `:=`.
const BINDING = /(?:[\w[\]<>*?.]{1,60}[ \t]+){0,5}(\$?[A-Za-z_]\w{0,63})(?:[ \t]*:[ \t]*[\w[\]<>.?]{1,40})?[ \t]*:?=(?![=>~])[ \t]*/y;
// The literal a binding holds, alone to its statement's end (made bytes or chars, as PASSED reads them).
const BOUND_LITERAL = /(?:\[\]byte[ \t]*\([ \t]*|Buffer\.from[ \t]*\([ \t]*)?[bru]?(["'`])([^"'`\r\n\\]{0,200})\1(?:\.(?:toCharArray|getBytes|encode)\([^()\r\n]{0,40}\))?\)?(?=[ \t]*;?[ \t]*(?:[\r\n]|$|\/\/|#))/y;

/** A name's bindings seen so far: the one literal and its places (start, end pairs), or none that can be taken. */
interface Bound {
  readonly literal: string | undefined;
  readonly places: number[];
  /** How many of `places` were judged and pushed: each place once, however many calls pass the name. */
  judged: number;
  taken: boolean;
}

const UNTAKEN: Bound = { literal: undefined, places: [], judged: 0, taken: false };

export const boundCredentialArgumentRule: SecretRule = {
  id: 'bound-credential-argument',
  keywords: KEYWORDS,
  // (Every match starts where one of its keywords does.)
  nearKeywords: true,
  find(text: string, found: SpanList, near?: readonly number[]) {
    const lines = new PlaceLines(text);
    const tryAt = (place: Place, start: number): void => {
      if (!lines.take()) return;
      place.pattern.lastIndex = start;
      const m = place.pattern.exec(text);
      if (m) lines.pass(m.groups!.name!, place.key);
    };
    if (near) {
      for (let i = 0; i < near.length; i++) {
        const end = near[i]!;
        if (!lines.open(end - 1)) {
          i = firstFrom(near, lines.nextOpen() + 1, i) - 1;
          continue;
        }
        const last = text.charCodeAt(end - 1);
        for (const { keyword, place } of ENDING.get(last >= 65 && last <= 90 ? last + 32 : last) ?? []) {
          const start = end - keyword.length;
          if (start >= 0 && keywordAt(text, start, keyword)) tryAt(place, start);
        }
      }
    } else {
      // (The calls sought only from a line where a place may be tried: lines where none may are passed whole.)
      STARTS_WRITTEN.lastIndex = lines.nextOpen();
      for (let m = STARTS_WRITTEN.exec(text); m; m = STARTS_WRITTEN.exec(text)) {
        if (!lines.open(m.index)) {
          STARTS_WRITTEN.lastIndex = lines.nextOpen();
          continue;
        }
        for (const place of WRITTEN.get(m[0])!) tryAt(place, m.index);
      }
    }
    lines.push(found, KIND);
  },
};

export const boundCredentialFieldRule: SecretRule = {
  id: 'bound-credential-field',
  keywords: keyWords,
  // (Where the key words start, from the redactor's prefilter pass, as the assignment rule reads them.)
  keywordStarts: true,
  find(text: string, found: SpanList, near?: readonly number[]) {
    const lines = new PlaceLines(text);
    const starts = near ?? startsOf(text);
    for (let i = 0; i < starts.length; i++) {
      const at = starts[i]!;
      // (On a line where no place may be tried, the key words up to the next line where one may are passed at once.)
      if (lines.closedAt(at)) {
        i = firstFrom(starts, lines.nextOpen(), i) - 1;
        continue;
      }
      const start = fieldStart(text, at);
      // (A field's second letter is lower case, `password`, Go's `Password`: `PASSWORD=`, `API_KEY=` are an env file's.)
      const second = text.charCodeAt(start + 1);
      if (start < 0 || second < 97 || second > 122 || !opensField(text, start) || !lines.open(at) || !lines.take()) continue;
      FIELD_PLACE.lastIndex = start;
      const m = FIELD_PLACE.exec(text);
      if (!m) continue;
      const { word, fq, op, name } = m.groups!;
      // (A quoted field's quotes match; `=` is a keyword argument's; the field stands where a field does.)
      if ((fq !== '' && text[start - 1] !== fq) || (fq === '' && op === '=>')) continue;
      if (fieldPlace(text, fq === '' ? start : start - 1, op === '=')) lines.pass(name!, word!.toLowerCase());
    }
    lines.push(found, FIELD_KIND);
  },
};

// The most places tried on one line: code passes a credential once or twice a line; a line of a minified bundle
// or a run of `mysqli_connect(a, b, ` is tried at its first places only.
const TRIES_A_LINE = 4;

/**
 * The places' lines and the bindings before them, read forward, each line once: a place is tried only where a line
 * within BACK before its own binds a literal (the text's first line, a run of calls with no such line, is passed
 * whole), and at most TRIES_A_LINE a line; a name passed there is looked up at once among the bindings read.
 */
class PlaceLines {
  /** Where the current place's line starts and ends (its newline, or the text's end). */
  private start = 0;
  private end: number;
  private left = 0;
  private readonly bindings = new Map<string, Bound>();
  /** The next line to read for bindings; the first `=` at or after an earlier line (the text's length: none), found once for many lines. */
  private cursor = 0;
  private equals = -1;
  /** Where the last literal a binding holds opens. */
  private lastLiteral = -BACK - 1;
  private readonly spans: number[] = [];
  /** The lines read since the last look-up whose `=` opens no literal (start, end pairs). */
  private readonly pending: number[] = [];

  constructor(private readonly text: string) {
    this.end = lineEndFrom(text, 0);
  }

  /** Moves to the line holding `at` (at or after the last one's); whether a place may still be tried there. */
  open(at: number): boolean {
    if (at > this.end) {
      this.start = lineStartBack(this.text, at, this.end + 1);
      this.end = lineEndFrom(this.text, at);
      this.left = this.readTo(this.start) ? TRIES_A_LINE : 0;
    }
    return this.left > 0;
  }

  /** Moves to the first line after the current one where a place may be tried; its start (the text's length: none). */
  nextOpen(): number {
    const { text } = this;
    let start = this.end + 1;
    while (start < text.length) {
      if (this.readTo(start)) {
        this.start = start;
        this.end = lineEndFrom(text, start);
        this.left = TRIES_A_LINE;
        return start;
      }
      // (No literal bound within BACK before this line: the next line that may be tried follows the next `=` a literal
      // may follow, sought by one expression; of the lines before that one's, only the BACK before it are read.)
      // (A text without another `=` is passed by one `indexOf`, cheaper than the expression's scan.)
      const equals = this.firstEquals(start);
      if (equals === text.length) break;
      LITERAL_EQUALS.lastIndex = equals;
      const literal = LITERAL_EQUALS.exec(text);
      if (!literal) break;
      const line = lineStartBack(text, literal.index, start);
      if (this.cursor < line - BACK) {
        this.cursor = text.indexOf('\n', line - BACK - 1) + 1;
        this.pending.length = 0;
      }
      start = lineEndFrom(text, literal.index) + 1;
    }
    this.end = text.length;
    return text.length;
  }

  /** Whether `at` stands on the current line and nothing more may be tried there. */
  closedAt(at: number): boolean {
    return at <= this.end && this.left <= 0;
  }

  /** Counts one try on the current line; false when none is left. */
  take(): boolean {
    return this.left-- > 0;
  }

  /** Takes the literal `name` is bound to, once, where every binding of it before this line is that literal. */
  pass(name: string, key: string): void {
    for (let i = 0; i < this.pending.length; i += 2) if (this.pending[i]! >= this.start - BACK) this.readBinding(this.pending[i]!, this.pending[i + 1]!);
    this.pending.length = 0;
    const bound = this.bindings.get(name);
    if (bound?.literal === undefined || this.start - bound.places[bound.places.length - 2]! > BACK) return;
    const [start, end] = [bound.places[0]!, bound.places[1]!];
    if (bound.judged === 0) bound.taken = hasKinds(this.text, start, end, 3) && acceptsQuotedLiteral(this.text, start, end, key);
    else if (!bound.taken) return;
    for (; bound.judged < bound.places.length; bound.judged += 2) if (bound.taken) this.spans.push(bound.places[bound.judged]!, bound.places[bound.judged + 1]!);
  }

  /** The spans taken, rising, each once: two calls may pass one binding, or bindings out of order. */
  push(found: SpanList, kind: number): void {
    const pairs: [number, number][] = [];
    for (let i = 0; i < this.spans.length; i += 2) pairs.push([this.spans[i]!, this.spans[i + 1]!]);
    pairs.sort((a, b) => a[0] - b[0]);
    let last = -1;
    for (const [start, end] of pairs) {
      if (start === last) continue;
      found.push(kind, start, end);
      last = start;
    }
  }

  /** Reads the lines before the one at `lineStart` (from BACK before it); whether one within BACK binds a literal. */
  private readTo(lineStart: number): boolean {
    const { text } = this;
    if (this.cursor < lineStart - BACK) this.cursor = text.indexOf('\n', lineStart - BACK - 1) + 1;
    // (A binding's first `=` is its own, a literal or its bytes' call after it: only the lines holding an `=` are read.)
    while (this.cursor < lineStart && this.firstEquals(this.cursor) < lineStart) {
      const line = lineStartBack(text, this.equals, this.cursor);
      const next = lineEndFrom(text, this.equals) + 1;
      // (A line binding no literal only un-takes its name: read when a name is looked up after it.)
      if (mayHoldLiteral(text, this.equals + 1)) this.readBinding(line, next);
      else this.pending.push(line, next);
      this.cursor = next;
    }
    if (this.cursor < lineStart) this.cursor = lineStart;
    return lineStart - this.lastLiteral <= BACK;
  }

  /** The first `=` at or after `from` (the text's length: none), sought again only past the last one found. */
  private firstEquals(from: number): number {
    if (this.equals < from) {
      const equals = this.text.indexOf('=', from);
      this.equals = equals === -1 ? this.text.length : equals;
    }
    return this.equals;
  }

  /** Records the binding first on the line from `start` to `next`, and where its literal opens if it holds one. */
  private readBinding(start: number, next: number): void {
    const { text, bindings } = this;
    let at = start;
    while (at < next && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
    BINDING.lastIndex = at;
    const m = BINDING.exec(text);
    if (!m || m.index + m[0].length > next) return;
    BOUND_LITERAL.lastIndex = m.index + m[0].length;
    const v = BOUND_LITERAL.exec(text);
    const before = bindings.get(m[1]!);
    // (Bound to something else, or again to another literal: not one value.)
    if (!v || (before !== undefined && before.literal !== v[2])) {
      bindings.set(m[1]!, UNTAKEN);
      return;
    }
    const open = v.index + v[0].indexOf(v[1]!) + 1;
    if (before === undefined) bindings.set(m[1]!, { literal: v[2]!, places: [open, open + v[2]!.length], judged: 0, taken: false });
    else before.places.push(open, open + v[2]!.length);
    this.lastLiteral = open;
  }
}

// An `=` a literal may follow, as mayHoldLiteral reads it.
const LITERAL_EQUALS = /=[ \t]*(?:[bru]?["'`]|\[\]byte|Buffer\.from)/g;

/** Whether what follows a binding's `=` at `at` may open a literal: a quote, `b"`, `r'`, `u"`, `[]byte(`, `Buffer.from(`. */
function mayHoldLiteral(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const c = text.charCodeAt(i);
  // ", ', `, b, r, u, [, B
  return c === 34 || c === 39 || c === 96 || c === 98 || c === 114 || c === 117 || c === 91 || c === 66;
}

/** Whether `keyword` (lower-case) stands at `start`, ASCII letters in either case. */
function keywordAt(text: string, start: number, keyword: string): boolean {
  for (let i = 0; i < keyword.length; i++) {
    const c = text.charCodeAt(start + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== keyword.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The start of the line holding `at`, read back to `floor` at most (a line's start known to be at or before it):
 * a loop of reads, where `lastIndexOf` is a call into the runtime a line (a place every short line paid it).
 */
function lineStartBack(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && text.charCodeAt(i - 1) !== 10) i--;
  return i;
}

/** The index of the first of `sorted` (rising) at or after `from`, sought after index `after` (binary search). */
function firstFrom(sorted: readonly number[], from: number, after: number): number {
  let lo = after + 1;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lineEndFrom(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline;
}

/** A field's place: after `(` or `,` (a call's keyword argument), or, not for `=`, after `{` or `[` or first on its line (a `$` before it, PHP's). */
function fieldPlace(text: string, at: number, keywordArgument: boolean): boolean {
  let i = at - 1;
  if (!keywordArgument && text.charCodeAt(i) === 36) i--;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  const c = i < 0 ? '\n' : text[i]!;
  if (c === '(' || c === ',') return true;
  return !keywordArgument && (c === '{' || c === '[' || c === '\n' || c === '\r');
}

/** Where a field word stands that the key word starting at `at` begins or ends (`pass`word, `secret`_key, client_`secret`, api_`key`), or -1. */
function fieldStart(text: string, at: number): number {
  const c = text.charCodeAt(at) | 32;
  if (c === 112) return keywordAt(text, at + 1, 'assw') ? at : -1;
  if (c === 115) return keywordAt(text, at + 6, '_key') ? at : at >= 7 && keywordAt(text, at - 7, 'client_') ? at - 7 : -1;
  if (c === 107) return at >= 4 && keywordAt(text, at - 4, 'api_') ? at - 4 : -1;
  return -1;
}

/**
 * Whether the field word at `start` (fieldStart's) is followed by what may stand before a field's operator: a quote, a
 * blank, `=` or `:` (`passwords:`, `password_hint=`, `passwordField` are other words: the expression is not tried).
 */
function opensField(text: string, start: number): boolean {
  const c = text.charCodeAt(start) | 32;
  // (passwd or password, secret_key, client_secret, api_key.)
  const length = c === 112 ? ((text.charCodeAt(start + 5) | 32) === 100 ? 6 : 8) : c === 115 ? 10 : c === 99 ? 13 : 7;
  const next = text.charCodeAt(start + length);
  return next === 34 || next === 39 || next === 32 || next === 9 || next === 61 || next === 58;
}

/** Where the key words start, when the redactor did not hand them (the rule asked alone). */
function startsOf(text: string): readonly number[] {
  const near: (number[] | null | undefined)[] = [];
  STARTS.needed(text, near);
  return near[0] ?? [];
}
