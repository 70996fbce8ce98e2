// The operator and the value right after a secret-named key, read by hand. It is this expression,
// matched sticky at the key's end, with the same backtracking (the unit tests hold the two to
// the same answers):
//   (?:\\["']|["'])?[ \t]{0,8}(?<op>::?=|\?=|\+=|\?\?=|\|\|=|=>|===?|!==?|<-|=|:(?!:)|,)[ \t]{0,40}
//   (?:(?<tq>"""|''')(?<tquoted>(?:(?!\k<tq>)[^\r\n]){1,400})\k<tq>|(?<q>["'`])(?<quoted>(?:(?!\k<q>)[^\r\n]){1,400})\k<q>
//     |\\(?<eq>["'])(?<escaped>(?:(?!\\\k<eq>)[^\r\n]){1,400})\\\k<eq>|(?<bare>[^\s"'`,;)(<>[\]{}]{1,400}))
// The escaped quotes (`\"`) are those of a string inside a string: JSON or code held in a literal;
// the triple quotes open TOML's and Python's strings that may hold a quote. Besides the expression,
// a quoted value holds a quote doubled (`'p''q'`) and a quote glued to a letter or digit before a
// later quote on its line (`'Xk9p'Q2m'`): neither closes a literal.
// A literal of another language's delimiters where the value starts (`r#"…"#`, `[[…]]`, `<<~EOS`, a
// text block opened at its line's end: `delimitedLiteral.ts`) is the value.
// A dense env file has a key every dozen characters; the expression's match object, its groups
// and their strings cost more per key than the rest of the rule, and this reader makes none.
import * as charCodes from './charCodes';
import { codeAt, isUnicodeSpace } from '../charCodes';
import { delimitedAt, prefixedDelimitedAt, type DelimitedContent } from './delimitedLiteral';
// Bound here once: run unbundled (tsx: the tests and the bench), every use of an imported
// binding calls the module's getter, a call per character in this file's scanning loops.
const { BACKSLASH, BACKTICK, BANG, CLOSE_BRACE, CLOSE_PAREN, COLON, COMMA, CR, DASH, DOUBLE_QUOTE, EQUALS, GREATER, LESS, LF, OPEN_BRACE, OPEN_BRACKET, OPEN_PAREN, PIPE, PLUS, QUESTION, SEMICOLON, SINGLE_QUOTE, SPACE, TAB } = charCodes;

/** Where the operator and the value are; `quote` is the quote's char code (a backslash's for an escaped one), 0 for a bare value. */
export interface AssignedValue {
  readonly opStart: number;
  readonly opEnd: number;
  readonly quote: number;
  readonly valueStart: number;
  readonly valueEnd: number;
  /** Where the match ends: after the closing quote, if any. */
  readonly end: number;
}

const BLANKS_BEFORE_OPERATOR = 8;
// Values aligned in a column (gofmt's composite literals, aligned YAML and objects) sit up to 40
// blanks after a short key's operator. (Not before it: a block of constants aligned on `=` is
// names given to names and numbers.)
const BLANKS_AFTER_OPERATOR = 40;
const MAX_VALUE = 400;
/** A token's shortest run before a quote it holds: a generated key's, not a word's (`"abc"sv`). */
const MIN_GLUED_TOKEN = 16;

/** The value assigned at `at` (the end of a key), or undefined when the expression does not match there. */
export function readAssignedValue(text: string, at: number): AssignedValue | undefined {
  let p = at;
  // An optional closing quote of the key: no operator starts with one, so taking it never costs a match.
  const first = text.charCodeAt(p);
  if (first === BACKSLASH && isQuote(text.charCodeAt(p + 1))) p += 2;
  else if (isQuote(first)) p++;
  p = afterBlanks(text, p, BLANKS_BEFORE_OPERATOR);
  if (p === -1) return undefined;
  // The operators that match here, in the expression's order (longer first where one is the
  // other's prefix): the first whose value reads wins, as the expression backtracks.
  // (The operator may be a key's last character or two before the text's end: -1 past it, equal to none.)
  const c = codeAt(text, p);
  const c1 = codeAt(text, p + 1);
  const c2 = codeAt(text, p + 2);
  switch (c) {
    case COLON:
      // ::= (never ':' before ':'); Jsonnet's hidden and forced fields `key:: '…'`, `key::: '…'`, a quoted value only (`Token::new` is a path).
      if (c1 === COLON) return c2 === EQUALS ? valueAfterOperator(text, p, 3) : quotedOnly(valueAfterOperator(text, p, c2 === COLON ? 3 : 2));
      return (c1 === EQUALS ? valueAfterOperator(text, p, 2) : undefined) ?? valueAfterOperator(text, p, 1); // := then :
    case QUESTION:
      if (c1 === QUESTION) return c2 === EQUALS ? valueAfterOperator(text, p, 3) : undefined; // ??=
      return c1 === EQUALS ? valueAfterOperator(text, p, 2) : undefined; // ?=
    case PLUS:
      return c1 === EQUALS ? valueAfterOperator(text, p, 2) : undefined; // +=
    case PIPE:
      return c1 === PIPE && c2 === EQUALS ? valueAfterOperator(text, p, 3) : undefined; // ||= (Ruby)
    case EQUALS:
      return (
        (c1 === GREATER ? valueAfterOperator(text, p, 2) : undefined) ?? // =>
        (c1 === EQUALS && c2 === EQUALS ? valueAfterOperator(text, p, 3) : undefined) ?? // ===
        (c1 === EQUALS ? valueAfterOperator(text, p, 2) : undefined) ?? // ==
        valueAfterOperator(text, p, 1) // =
      );
    case BANG:
      if (c1 !== EQUALS) return undefined;
      return (c2 === EQUALS ? valueAfterOperator(text, p, 3) : undefined) ?? valueAfterOperator(text, p, 2); // !== then !=
    case LESS:
      if (c1 === LESS) return c2 === DASH ? valueAfterOperator(text, p, 3) : undefined; // <<- (R's superassignment)
      return c1 === DASH ? valueAfterOperator(text, p, 2) : undefined; // <-
    // A pair's key and value, both quoted: Scala's `"password" -> "…"`, Kotlin's `"password" to "…"`.
    case DASH:
      return p > at && isQuote(first) && c1 === GREATER ? quotedOnly(valueAfterOperator(text, p, 2)) : undefined;
    case LOWER_T:
      return p > at && isQuote(first) && c1 === LOWER_O && isBlank(c2) ? quotedOnly(valueAfterOperator(text, p, 2)) : undefined;
    // Kotlin's lazy property, `val token by lazy { "…" }` (kotlinlang.org, "Delegated properties"): the lambda's one literal.
    case LOWER_B:
      return p > at && c1 === LOWER_Y ? lazyLiteral(text, p) : undefined;
    case COMMA:
      return valueAfterOperator(text, p, 1);
    default:
      return undefined;
  }
}

function valueAfterOperator(text: string, opStart: number, opLength: number): AssignedValue | undefined {
  const opEnd = opStart + opLength;
  const r = afterBlanks(text, opEnd, BLANKS_AFTER_OPERATOR);
  if (r === -1) return undefined;
  return valueAt(text, opStart, opEnd, r, false);
}

/** The value starting at `r`; `continued` once a line continuation was followed (never two). */
function valueAt(text: string, opStart: number, opEnd: number, r: number, continued: boolean): AssignedValue | undefined {
  const c = text.charCodeAt(r);
  // `"\"…\""`: a string holding a quoted literal, as a code generator takes it (Gradle's and Android's
  // `buildConfigField("String", "API_KEY", "\"…\"")`): the inner literal is the value.
  if (c === DOUBLE_QUOTE && text.charCodeAt(r + 1) === BACKSLASH && text.charCodeAt(r + 2) === DOUBLE_QUOTE) {
    const inner = escapedString(text, r + 1);
    if (inner && text.charCodeAt(inner + 2) === DOUBLE_QUOTE) return { opStart, opEnd, quote: BACKSLASH, valueStart: r + 3, valueEnd: inner, end: inner + 3 };
  }
  if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE || c === BACKTICK) {
    // The content runs to the first quote of the same kind: the others are part of it (`'a"b'`).
    // A quote doubled inside it is one quote of the content (ADO.NET's and ODBC's connection
    // strings, SQL's and PowerShell's literals: `Password="p""q"`), or Python's adjacent literals joined.
    let e = r + 1;
    for (;;) {
      // (The run's test written in its loop, not a call a character: whether V8 inlines such a call depends on what the
      // process ran before (guardspeed37's bare run, README, twenty-seventh round).)
      for (; e < text.length && e - r - 1 <= MAX_VALUE; e++) {
        const b = text.charCodeAt(e);
        if (b === c || b === CR || b === LF) break;
      }
      if (e > r + 1 && e + 2 < text.length && c !== BACKTICK && text.charCodeAt(e) === c && text.charCodeAt(e + 1) === c && isQuotedChar(text.charCodeAt(e + 2), c)) e += 2;
      else break;
    }
    if (e - r - 1 >= MIN_GLUED_TOKEN && c !== BACKTICK && text.charCodeAt(e) === c && isAlphanumeric(text.charCodeAt(e + 1))) e = pastGluedQuote(text, r, e, c);
    const length = e - r - 1;
    // `"""…"""`, `'''…'''`: TOML's and Python's triple-quoted string, closed on its line; else one
    // opened at its line's end (a text block), or Nix's and Dhall's `''…''`.
    if (length === 0 && text.charCodeAt(e) === c && text.charCodeAt(e + 1) === c && c !== BACKTICK) return tripleQuoted(text, opStart, opEnd, r, c) ?? delimited(opStart, opEnd, delimitedAt(text, r));
    if (length === 0 && c === SINGLE_QUOTE && text.charCodeAt(e) === SINGLE_QUOTE) return delimited(opStart, opEnd, delimitedAt(text, r));
    if (length < 1 || length > MAX_VALUE || text.charCodeAt(e) !== c) return undefined;
    return { opStart, opEnd, quote: c, valueStart: r + 1, valueEnd: e, end: e + 1 };
  }
  if (c === BACKSLASH) {
    const escaped = escapedString(text, r);
    if (escaped) return { opStart, opEnd, quote: BACKSLASH, valueStart: r + 2, valueEnd: escaped, end: escaped + 2 };
    // `key = \` and the value on the next line (java.util.Properties, a shell's or Python's line
    // continuation): read there as it would be after the operator, a call there being code.
    const next = continued ? undefined : delimitedAt(text, r);
    if (next) return valueAt(text, opStart, opEnd, next.start, true);
  }
  // `(⏎ "…"⏎)`: a parenthesized form holding one literal yields it (Python's reference, "Parenthesized forms": a long
  // literal wrapped for its line's length; the same in any C-family expression). A tuple, a sum or a call is not this.
  if (c === OPEN_PAREN && !continued) return bracketedLiteral(text, opStart, opEnd, r, CLOSE_PAREN);
  // `[[…]]`, `{|…|}`, `<<EOS`, `|||`: other languages' string delimiters (delimitedLiteral.ts).
  // (Lua's long brackets follow Lua's operators only: `=` binds a name or a table's field (the Lua 5.4 manual, §3.3.3
  // and §3.4.9's `field ::= '[' exp ']' '=' exp | Name '=' exp | exp`), never `:` or `=>`. After those, `[[` opens
  // an array of arrays: JSON's, YAML's flow, JavaScript's, Python's, PHP's (`"password": [[2, "cfg_Servers_password"]]`,
  // a Sphinx search index).)
  if (c === OPEN_BRACKET && (text.charCodeAt(opStart) === COLON || text.charCodeAt(opEnd - 1) === GREATER)) return undefined;
  if (c === OPEN_BRACKET || c === OPEN_BRACE || c === LESS) return delimited(opStart, opEnd, delimitedAt(text, r));
  if (c === PIPE) {
    const block = delimitedAt(text, r);
    if (block) return delimited(opStart, opEnd, block);
  }
  if (!isBareChar(c)) return undefined;
  // The run read by the table itself, not a call a character: where V8 inlined isBareChar here the run cost a
  // table read a character, where it did not (in some processes, by what ran before) a call a character, and a
  // bare run read from every `::` in it (`openssl::pkey-openssl::pkey…`, 400 characters each) ran ~1.5× slower
  // in that process from its first redaction to its last (README, twenty-seventh round, guardspeed37).
  let e = r + 1;
  for (const last = Math.min(text.length, r + MAX_VALUE); e < last; e++) {
    const b = text.charCodeAt(e);
    if (b < 128 ? BARE[b] === 0 : isUnicodeSpace(b)) break;
  }
  // `r#"…"#`, `R"(…)"`, `raw"…"`, `q{…}`, `%q(…)`, `~s(…)`, `@"` ending its line: a prefix and its delimiter.
  if (e - r <= 4 && OPENS_DELIMITED[text.charCodeAt(e)] === 1) {
    const prefixed = prefixedDelimitedAt(text, r, e);
    if (prefixed) return delimited(opStart, opEnd, prefixed);
  }
  return { opStart, opEnd, quote: 0, valueStart: r, valueEnd: e, end: e };
}

/**
 * `const password =⏎    "…";`: an `=` ending its line and one quoted literal opening the next, then the statement's end
 * (`;`, `,` or the line's): Prettier's break after an assignment's operator (its "break-after-operator" layout, for a
 * right side too long for the line), google-java-format's and ktlint's alike. Read where `readAssignedValue` reads no
 * value at `at`; never `==` (a comparison) nor `=>`.
 */
export function literalAfterBrokenEquals(text: string, at: number): AssignedValue | undefined {
  // (Most keys that reach here have no `=` after them, or one with a value on its line: both turned down by a character.)
  const p = isBlank(text.charCodeAt(at)) ? afterBlanks(text, at, BLANKS_BEFORE_OPERATOR) : at;
  if (p === -1 || text.charCodeAt(p) !== EQUALS) return undefined;
  const after = afterBlanks(text, p + 1, BLANKS_AROUND_BREAK);
  if (after === -1 || (text.charCodeAt(after) !== LF && text.charCodeAt(after) !== CR)) return undefined;
  const start = pastBreak(text, after);
  if (start === -1 || !isQuote(text.charCodeAt(start))) return undefined;
  const v = valueAt(text, p, p + 1, start, true);
  if (!v || v.quote === 0) return undefined;
  const end = afterBlanks(text, v.end, BLANKS_AROUND_BREAK);
  const c = text.charCodeAt(end);
  return c === SEMICOLON || c === COMMA || c === LF || c === CR || end >= text.length ? v : undefined;
}

/** The value, where it is a quoted one (or a delimited literal). */
function quotedOnly(v: AssignedValue | undefined): AssignedValue | undefined {
  return v && v.quote !== 0 ? v : undefined;
}

const LOWER_T = 116;
const LOWER_O = 111;
const LOWER_B = 98;
const LOWER_Y = 121;
/** Blanks on either side of a bracketed literal's line break. */
const BLANKS_AROUND_BREAK = 40;

/** `by lazy {` at `p`, then one literal and `}`: the operator is `by lazy`. */
function lazyLiteral(text: string, p: number): AssignedValue | undefined {
  const lazy = afterBlanks(text, p + 2, BLANKS_BEFORE_OPERATOR);
  if (lazy === p + 2 || lazy === -1 || !text.startsWith('lazy', lazy)) return undefined;
  const open = afterBlanks(text, lazy + 4, BLANKS_BEFORE_OPERATOR);
  return open !== -1 && text.charCodeAt(open) === OPEN_BRACE ? bracketedLiteral(text, p, lazy + 4, open, CLOSE_BRACE) : undefined;
}

/**
 * The bracket opened at `r` holding one quoted literal, alone but for blanks and one line break on either side, then
 * closed by `close`: the literal is the value, the match ends past the bracket.
 */
function bracketedLiteral(text: string, opStart: number, opEnd: number, r: number, close: number): AssignedValue | undefined {
  const start = pastBreak(text, r + 1);
  if (start === -1 || !isQuote(text.charCodeAt(start))) return undefined;
  const v = valueAt(text, opStart, opEnd, start, true);
  if (!v || v.quote === 0) return undefined;
  const end = pastBreak(text, v.end);
  return end !== -1 && text.charCodeAt(end) === close ? { ...v, end: end + 1 } : undefined;
}

/** Past blanks, a line break (CRLF too) if one follows, and the blanks after it; -1 past the blanks' bound. */
function pastBreak(text: string, at: number): number {
  let p = afterBlanks(text, at, BLANKS_AROUND_BREAK);
  if (p === -1) return -1;
  if (text.charCodeAt(p) === CR && text.charCodeAt(p + 1) === LF) p += 2;
  else if (text.charCodeAt(p) === LF) p++;
  else return p;
  return afterBlanks(text, p, BLANKS_AROUND_BREAK);
}

/** A delimited literal as the assigned value, its opening delimiter as the quote. */
function delimited(opStart: number, opEnd: number, d: DelimitedContent | undefined): AssignedValue | undefined {
  return d && { opStart, opEnd, quote: d.quote, valueStart: d.start, valueEnd: d.end, end: d.close };
}

// What may follow a string prefix: a quote or a quote-like operator's opening delimiter.
// (Typed tables: a code past 127, or NaN past the text's end, reads `undefined` without a lookup on the prototype chain.)
const OPENS_DELIMITED = new Uint8Array(128);
for (const ch of '"\'([{<|/') OPENS_DELIMITED[ch.charCodeAt(0)] = 1;

/** A triple-quoted string opened at `r` and closed on its line within 400 characters. */
function tripleQuoted(text: string, opStart: number, opEnd: number, r: number, quote: number): AssignedValue | undefined {
  let e = r + 3;
  while (e < text.length && e - r - 3 <= MAX_VALUE && !(text.charCodeAt(e) === quote && text.charCodeAt(e + 1) === quote && text.charCodeAt(e + 2) === quote) && text.charCodeAt(e) !== CR && text.charCodeAt(e) !== LF) e++;
  const length = e - r - 3;
  if (length < 1 || length > MAX_VALUE || text.charCodeAt(e) !== quote) return undefined;
  return { opStart, opEnd, quote, valueStart: r + 3, valueEnd: e, end: e + 3 };
}

/** The end of the content of `\"…\"` (or `\'…\'`) opened at `r`, or 0 when none closes on its line within 400 characters. */
function escapedString(text: string, r: number): number {
  const q = text.charCodeAt(r + 1);
  if (!isQuote(q)) return 0;
  let e = r + 2;
  while (e < text.length && e - r - 2 <= MAX_VALUE && !(text.charCodeAt(e) === BACKSLASH && text.charCodeAt(e + 1) === q) && text.charCodeAt(e) !== CR && text.charCodeAt(e) !== LF) e++;
  const length = e - r - 2;
  return length >= 1 && length <= MAX_VALUE && text.charCodeAt(e) === BACKSLASH && text.charCodeAt(e + 1) === q ? e : 0;
}

/** [A-Za-z0-9] */
function isAlphanumeric(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * A quote glued to a letter or digit closes no literal (a syntax error in code and in YAML's quoted
 * scalars; the shell's word goes on): a generated token's value (16 characters or more before it, no
 * blank) holds it, when the next quote on its line closes one (is not glued too); then that quote
 * ends the value, else the glued one. Once a value: a run of such quotes is no value's.
 */
function pastGluedQuote(text: string, r: number, e: number, quote: number): number {
  if (!noBlankBack(text, e, r + 1)) return e;
  for (let i = e + 1; i - r - 1 <= MAX_VALUE && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === quote) return isAlphanumeric(text.charCodeAt(i + 1)) ? e : i;
    if (c === CR || c === LF) return e;
  }
  return e;
}

/** No blank in text[from, to), read from its end (a phrase's blank is usually near). */
function noBlankBack(text: string, to: number, from: number): boolean {
  for (let i = to - 1; i >= from; i--) if (isBlank(text.charCodeAt(i))) return false;
  return true;
}

function isQuote(c: number): boolean {
  return c === DOUBLE_QUOTE || c === SINGLE_QUOTE;
}

/** Past up to `max` blanks; -1 when one more follows (nothing the expression reads next starts with one). */
function afterBlanks(text: string, at: number, max: number): number {
  let p = at;
  while (p - at < max && isBlank(codeAt(text, p))) p++;
  return isBlank(codeAt(text, p)) ? -1 : p;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** (?!\k<q>)[^\r\n] */
function isQuotedChar(c: number, quote: number): boolean {
  return c !== quote && c !== CR && c !== LF;
}

/** [^\s"'`,;)(<>[\]{}] (NaN, past the end, is none). */
function isBareChar(c: number): boolean {
  return c < 128 ? BARE[c] === 1 : c === c && !isUnicodeSpace(c);
}

// Per ASCII character, 1 where a bare value goes on: ! # $ % & * + - . / 0-9 : = ? @ A-Z \ ^ _ a-z | ~ and the
// controls that are not blanks (\t \n \v \f \r and the space are \s).
const BARE = new Uint8Array(128).fill(1);
for (const ch of '"\'`,;)(<>[]{} \t\n\v\f\r') BARE[ch.charCodeAt(0)] = 0;
