// The value a secret-named key is given, read from the key's end in each file's grammar (a flag's
// argument, an XML attribute or element, Dockerfile's `ENV KEY value`, C's `#define`, a type
// annotation, a subscript, a list's literal, a reference's fallback literal, a converted literal,
// a block scalar, a punctuated run, a connection string's field, a header's value), each look
// bounded; what is code there (a call, a command substitution, the next key) is no value. The key
// is found by `assignmentRule.ts`; whether the value is a secret, `acceptValue` says.
import { literalAfterBrokenEquals, readAssignedValue, type AssignedValue } from './assignedValue';
import * as valueContext from './valueContext';
import { LastBefore, QuoteParity } from './valueContext';
import { constantHoldsSecret, type Strength } from './keyStrength';
import * as secretValue from './secretValue';
import type { FoundValue } from './secretValue';
import { listAssignedLiteral, type ListMemo } from './listAssignment';
import { environmentEntry } from './environmentEntry';
import { setterArgument } from './setterArgument';
import { convertedLiteral } from './convertedLiteral';
import { blockScalarLine } from './blockScalar';
import { nextLineScalar } from './nextLineScalar';
import { opensPunctuatedRun, punctuatedRunEnd } from './punctuatedValue';
import { namesYamlNode, taggedScalar } from './taggedScalar';
import * as configLine from './configLine';
import * as guardCharCodes from '../charCodes';
import { typeAnnotationEnd } from './typeAnnotation';
import { isSasQuery } from './azureSasTokenRule';
import { isHeaderArgument } from './headerArgument';
import { gluedToPasswordOption } from '../slotWords';
import { fieldEnd } from './fieldValue';
import { isPairCall } from './pairCall';
import { isErlangMacro, isPairElement, type PairMemo } from './pairElement';
import { closesOwnElement, elementPattern, namespacePrefix, xmlNameAttribute, XML_NAMED_TEXT, XML_VALUE } from './xmlValue';
import { AUTH_SCHEME, matchAt, SCHEME_INITIALS, valueFound } from './foundValue';
import { readerExpression } from './readerExpression';
import { beforeNextQueryField, beforeUserinfoHost } from './urlValueEnd';
import { BLOCK_DEFAULT, FALLBACK, mayFallBack } from './referenceFallback';
import { propertiesValue } from './propertiesValue';
import { plainValueEnd, plainValueStart } from './plainConfigLine';
import { namesBoundInText, wouldSearchText } from './boundName';
import * as charCodes from './charCodes';
import { commandBeforeKey } from './commandBeforeKey';
import { lookupDefault } from './lookupDefaultRule';
import { passwordInLine } from './passwordInLine';
// Bound here once: run unbundled (tsx: the tests and the bench), every use of an imported
// binding calls the module's getter, a call per character or key in this file's scanning loops.
const { BACKTICK, BANG, CLOSE_BRACE, CLOSE_BRACKET, COMMA, DASH, DOUBLE_QUOTE, EQUALS: EQUALS_SIGN, COLON: COLON_SIGN, OPEN_BRACE, OPEN_BRACKET, OPEN_PAREN, QUESTION, SINGLE_QUOTE, SPACE, TAB } = charCodes;
const { closesPairString, codeStatement, compositeField, isConfigLine, quotedSetting, separatorBefore } = configLine;
const { isBlank } = guardCharCodes;
const { colonFollows, conditionalBranch, endsItsLine, opensHeaderLine, prefixedString, quoteClosesKeyString } = valueContext;
const { shortestSecret } = secretValue;

// A command-line flag's value (`--token VALUE`, `--token=VALUE`, only for keys with -); what
// follows any other key is read by readAssignedValue (operators = := ::= ?= += => == != : ,).
const FLAG_VALUE = readerExpression(/(?<op>[ \t]{1,4}|=)(?:(?<q>["'])(?<quoted>[^"'\r\n]{1,400})\k<q>|(?<bare>[^\s"'`;|&]{1,400}))/y);
// C's `#define KEY "value"`: a macro's string literal (a bare token there is code); Objective-C's `@"value"`; C11
// §6.4.5's encoding prefixes (`L"…"`, `u8"…"`, `u"…"`, `U"…"`).
const DEFINED_STRING = readerExpression(/[ \t]{1,8}(?:@|L|u8|u|U)?(?<q>")(?<quoted>[^"\r\n]{1,400})"/y);
// A header's macros name an API's constants: a word (`PK11_PW_RETRY "RETRY"`, `..._PRIV_KEY
// "priv"`) or a message (`"fe_sendauth: no password supplied\n"`). A password defined in one
// holds a digit or a symbol and no blank, or is a word under a name ending in the secret's own word
// (`#define DB_PASSWORD "letmein"`: C11 §6.10.3, the replacement list is the value; keyStrength.ts `constantHoldsSecret`).
const MACRO_WORD = /^[A-Za-z]+$/;
const MACRO_MESSAGE = /[ \t]/;
const ENV_VALUE = readerExpression(/[ \t]{1,8}(?:(?<q>["'])(?<quoted>[^"'\r\n]{1,400})\k<q>|(?<bare>[^\s"'`;|&]{1,400}))/y);
// AppleScript's `set variableName to expression` (AppleScript Language Guide, "set"): a string literal there, double-quoted
// (AppleScript has no other), is the value; any other expression (`text returned of …`) is code.
const SET_TO = readerExpression(/[ \t]{1,8}to[ \t]{1,8}(?<q>")(?<quoted>[^"\r\n]{1,400})"/y);
// A flag's value as the next item of an argument list: `args: ["--token", "…"]`, `["--password", "…"]`.
const ARGV_NEXT = readerExpression(/["'][ \t]*,[ \t]*(?<q>["'])(?<quoted>[^"'\r\n]{1,400})\k<q>/y);

/** What the value judgement reads of a key's line, each a memo over the whole text (so linear). */
export interface LineContext {
  readonly newlines: LastBefore;
  readonly equalsSigns: LastBefore;
  readonly tagOpens: LastBefore;
  readonly cdataEnds: LastBefore;
  readonly quotes: QuoteParity;
  readonly lists: ListMemo;
  /** The pair reading's memos (pairElement.ts), made on first use (the field made with the context: one shape). */
  pairScans: PairMemo['pairScans'];
}

export function lineContext(text: string): LineContext {
  return { newlines: new LastBefore(text, '\n'), equalsSigns: new LastBefore(text, '='), tagOpens: new LastBefore(text, '<'), cdataEnds: new LastBefore(text, ']]>'), quotes: new QuoteParity(text), lists: { until: 0 }, pairScans: undefined };
}


// HTTP header style without an operator, as in `Api-Token abc…` after a header name.
const HEADER_NAME = /^[A-Za-z]+(?:-[A-Za-z]+)+$/;
const HEADER_VALUE = readerExpression(/[ \t]{1,4}(?<bare>[A-Za-z0-9._~+/=-]{16,400})(?![^\s])/y);
/** How far back on its line a key's context is read (bounded, so linear). */
const MAX_BEFORE = 160;

/**
 * A value whose span the caller will drop whatever is said of its line (an earlier rule's redaction holds it): its line is
 * not judged (`configLine`, `afterColon` left false), unless judging it would move the bound-name search's budget.
 */
export type Dropped = (value: FoundValue) => boolean;

/** The value after the key in [keyStart, keyEnd), or undefined where none stands there. */
export function valueAfterKey(text: string, context: LineContext, keyStart: number, keyEnd: number, key: string, strength: Strength, dropped?: Dropped): FoundValue | undefined {
  const lineStart = context.newlines.at(keyStart) + 1;
  const from = Math.max(lineStart, keyStart - MAX_BEFORE);
  // A config line of the plain shape (`pat: sR7GXoTTiW9b`, `API_KEY=abc`): every grammar check of
  // valueOnAnyLine answers it alike (plainConfigLine.ts says how, check by check), its value the run after the operator.
  const start = plainValueStart(text, from, keyStart, keyEnd);
  const end = start === -1 ? -1 : plainValueEnd(text, start);
  return end !== -1 ? plainValue(text, context, lineStart, from, keyEnd, start, end, key, strength, dropped) : valueOnAnyLine(text, context, keyStart, keyEnd, key, strength, lineStart, from, dropped);
}

/**
 * A plain config line's value: one too short for its key is turned down whatever its line is (as
 * valueOnAnyLine returns it); else its line is a config line's, but for a member of `this` or a statement of code.
 */
function plainValue(text: string, context: LineContext, lineStart: number, from: number, keyEnd: number, start: number, end: number, key: string, strength: Strength, dropped: Dropped | undefined): FoundValue {
  const m: FoundValue = { start, end, value: text.slice(start, end), quoted: false, configLine: false, afterComma: false, listed: false, field: false, afterColon: false };
  if (end - start < shortestSecret(strength) || droppedUnjudged(context, m, strength, dropped)) return m;
  // (endsItsLine: the run ends its line, but the next may go on with the expression's chain; namesBoundInText last, as
  // valueOnAnyLine asks it, since its search budget counts the calls.)
  m.afterColon = text.charCodeAt(keyEnd) === COLON_SIGN;
  m.configLine = endsItsLine(text, end) && !memberOfSelf(key) && !(isBlank(text.charCodeAt(from)) && from === lineStart && codeStatement(text, { opStart: keyEnd, opEnd: keyEnd + 1, quote: 0, valueStart: start, valueEnd: end, end }, m.value, end)) && !namesBoundInText(text, context, m, strength);
  return m;
}

/** The value after the key on a line of any shape, each grammar's reading asked in turn. */
export function valueOnAnyLine(text: string, context: LineContext, keyStart: number, keyEnd: number, key: string, strength: Strength, lineStart = context.newlines.at(keyStart) + 1, from = Math.max(lineStart, keyStart - MAX_BEFORE), dropped?: Dropped): FoundValue | undefined {
  if (text.charCodeAt(keyEnd) === OPEN_PAREN || text.charCodeAt(keyEnd) === OPEN_BRACE) return setterArgument(text, keyStart, keyEnd);
  // The last '<' before the key on its line (within the bounded context).
  const tag = context.tagOpens.at(keyStart);
  const element = tag >= from && (tag === keyStart - 1 || namespacePrefix(text, tag + 1, keyStart));
  if (tag >= from && (element || xmlNameAttribute(text, from, tag, keyStart))) {
    const m = element ? matchAt(elementPattern(context, keyEnd), text, keyEnd) : matchAt(XML_VALUE, text, keyEnd) ?? matchAt(XML_NAMED_TEXT, text, keyEnd);
    if (m && (!element || closesOwnElement(text, tag + 1, keyEnd, m.end))) return m;
  }
  if (key.charCodeAt(0) === DASH) {
    // `mysql -ppassword shop`, `7z a -psecret db.sql`: the slot's word glued to the short option
    // `-p` is its value (mysql(1), 7z, sshpass take `-pPASSWORD` with no blank), not a flag named
    // for a password; the word after it is the next argument (a database, an archive, a host).
    if (gluedToPasswordOption(text, keyStart, keyEnd)) return undefined;
    const q = text.charCodeAt(keyEnd);
    const m = q === DOUBLE_QUOTE || q === SINGLE_QUOTE ? matchAt(ARGV_NEXT, text, keyEnd) : matchAt(FLAG_VALUE, text, keyEnd);
    if (m) m.configLine = true;
    return m;
  }
  // A Dockerfile's `ENV KEY value`, Tcl's `set key value`, C's `#define KEY "value"`: the blank is the operator.
  // (Both expressions end in blanks before the key: read only after one, most keys follow `"`, `.` or a line's start.)
  if (isBlank(text.charCodeAt(keyEnd)) && keyStart - from >= 4 && isBlank(text.charCodeAt(keyStart - 1))) {
    const command = commandBeforeKey(text, from, keyStart);
    if (command === 'env') {
      const m = matchAt(ENV_VALUE, text, keyEnd);
      if (m) m.configLine = true;
      return m;
    }
    // (After a plain `set`, which prose writes too (`set password expiry`), a bare word is judged off a config line; an
    // operator after the key (muttrc's `set smtp_pass = "…"`) is read as any other key's.)
    if (command === 'set') {
      const word = matchAt(ENV_VALUE, text, keyEnd);
      const m = word && !word.quoted && word.value === 'to' ? matchAt(SET_TO, text, keyEnd) ?? word : word;
      if (m && (m.quoted || m.value.charCodeAt(0) !== EQUALS_SIGN)) {
        m.configLine = m.quoted;
        return m;
      }
    }
    if (command === 'define') {
      const m = matchAt(DEFINED_STRING, text, keyEnd);
      return m && !MACRO_MESSAGE.test(m.value) && (!MACRO_WORD.test(m.value) || constantHoldsSecret(key, m.value)) ? m : undefined;
    }
  }
  const next = text.charCodeAt(keyEnd);
  // `withEnv(["TOKEN=a;b"])`, `append(os.Environ(), "DB_PASSWORD=…")`: an environment entry, its value the rest of the string.
  // (The quote before the key first: most keys followed by `=` stand at a line's start or after a blank.)
  if (next === EQUALS_SIGN && opensWithQuote(text, keyStart)) {
    const entry = environmentEntry(text, context.quotes, keyStart, keyEnd, key);
    if (entry) return valueFound(text, entry.start, entry.end, true, false);
  }
  // `a, b := "x", "y"`, `var pw string = "x"`: the literal at the key's place. (Its operator holds
  // `=` and stands on the key's line: without one there, the names and the type are not read.)
  // (Asked once after a blank: the type annotation's reading below asks it too.)
  const equalsBeside = (next === COMMA || next === SPACE) && equalsOnLine(context, keyEnd);
  if (equalsBeside) {
    const listed = listAssignedLiteral(text, keyStart, keyEnd, context.lists);
    if (listed) {
      const m = valueFound(text, listed.start, listed.end, true, false)!;
      m.listed = true;
      return m;
    }
  }
  // YAML's block scalar (`key: |`, `key: &pw |`, `key: !!str >-`): the value is on the lines below.
  // Tested first: an anchor or a tag before the indicator is not the value. Then a key with nothing after its colon
  // and its scalar alone on the next, deeper line (YAML's `key:⏎  value`, JSON's `"key":⏎  "value"`).
  const block = next === COLON_SIGN ? blockScalarLine(text, keyEnd, lineStart) ?? nextLineScalar(text, keyStart, keyEnd, lineStart)
    : next === DOUBLE_QUOTE || next === SINGLE_QUOTE || next === SPACE ? nextLineScalar(text, keyStart, keyEnd, lineStart) : undefined;
  // `cmd` is a command substitution, not a value. A subscript's key (`$config['db_password'] =`,
  // Perl's `$ENV{API_KEY} =`, `$cfg{'password'} =`) is read past its closing bracket.
  const subscript = block ? 0 : subscriptEnd(text, keyEnd);
  const operatorFrom = block ? keyEnd : subscript !== 0 ? keyEnd + subscript : typeAnnotationEnd(text, keyEnd, context.newlines, next === SPACE ? equalsBeside : (next === COLON_SIGN || next === QUESTION || next === BANG) && equalsOnLine(context, keyEnd));
  const read = block ? undefined : readAssignedValue(text, operatorFrom) ?? literalAfterBrokenEquals(text, operatorFrom);
  if (read && namesYamlNode(text, read)) return undefined;
  const assigned = read && (taggedScalar(text, read) ?? read);
  // The quote after the operator may close the string the key was written in: then it is code.
  if (assigned && assigned.quote !== 0 && (quoteClosesKeyString(text, context.quotes, keyStart, keyEnd, assigned.quote, lineStart) || conditionalBranch(text, keyStart, assigned.opStart))) return undefined;
  // (`f("password", "…")`, `Map.of("password", "…")`, `{ "password", "…" }`: a setter's two strings, or a pair of a map's
  // documented constructors, a name and its value, are read as `=` reads them. A pair's place is read back only for a
  // value long enough to be judged: a shorter one is turned down whatever its place, and a pair is never followed by
  // the colon that makes the comma's reading give none.)
  const afterComma = assigned !== undefined && text.charCodeAt(assigned.opStart) === COMMA && !(assigned.quote !== 0 && (isPairCall(text, keyStart, keyEnd, assigned.end) || (assigned.valueEnd - assigned.valueStart >= shortestSecret(strength) && (isPairElement(text, context, keyStart, keyEnd, assigned.end, strength) || isErlangMacro(text, lineStart, keyStart, keyEnd, assigned.valueStart, assigned.valueEnd)))));
  // `f"…"`, `b'…'`, `@"…"`: a string with a prefix; an interpolated one holding `{` is code.
  const prefixed = assigned && assigned.quote === 0 ? prefixedString(text, assigned.valueStart, assigned.valueEnd) : undefined;
  if (prefixed === null) return undefined;
  // `"password": pw, "previousPassword": …`: after a comma, a string followed by a colon is the next key; one that opens
  // with a header's name and colon is the next header line, holding its own value (`['x-api-key: $API_KEY', 'Accept: …']`).
  if (afterComma && assigned!.quote !== 0 && (colonFollows(text, assigned!.end) || opensHeaderLine(text, assigned!.valueStart, assigned!.valueEnd))) return undefined;
  // `apiKey: process.env.API_KEY || "…"`, `ENV['T'] ?? '…'`, `os.getenv('T') or "…"`: the literal
  // a reference falls back to is the value.
  if (assigned && assigned.quote === 0 && !prefixed && mayFallBack(text, assigned.valueEnd)) {
    FALLBACK.lastIndex = assigned.valueEnd;
    BLOCK_DEFAULT.lastIndex = assigned.valueEnd;
    const fallback = FALLBACK.exec(text) ?? BLOCK_DEFAULT.exec(text);
    if (fallback) {
      const end = fallback.index + fallback[0].length - 1;
      return valueFound(text, end - fallback[2]!.length, end, true, afterComma);
    }
  }
  // `process.env.API_TOKEN ?? "…"`, `token || '…'`: with no operator, the literal the key falls back to.
  if (!assigned && mayFallBack(text, keyEnd)) {
    FALLBACK.lastIndex = keyEnd;
    const fallback = FALLBACK.exec(text);
    if (fallback) return valueFound(text, keyEnd + fallback[0].length - 1 - fallback[2]!.length, keyEnd + fallback[0].length - 1, true, false);
  }
  // `String::from("…")`, `new String("…")`, `SecretStr("…")`: a literal converted is the literal.
  const converted = assigned && assigned.quote === 0 && !prefixed ? convertedLiteral(text, assigned.valueStart, assigned.valueEnd) : undefined;
  if (converted) return valueFound(text, converted.start, converted.end, true, afterComma);
  // `password = K9(w}e$[tR#2>pQ`: on a config line, a bare value may run on past a bracket to the line's end.
  if (assigned && assigned.quote === 0 && !prefixed && !afterComma && opensPunctuatedRun(text, assigned.valueEnd) && isConfigLine(text, from, keyStart)) {
    const end = punctuatedRunEnd(text, assigned.valueStart, separatorBefore(text, from, keyStart) !== 0);
    if (end !== -1) {
      const run = valueFound(text, assigned.valueStart, end, false, false)!;
      run.configLine = true;
      run.field = true;
      return run;
    }
  }
  // `password = os.getenv("PW", "…")`, `'password' => env('DB_PASS', '…')`: the default a lookup returns when its setting is
  // unset is what the key holds then, whatever the setting's name (the lookup's own rule judges it under that name).
  if (assigned && assigned.quote === 0 && !prefixed && text.charCodeAt(assigned.valueEnd) === OPEN_PAREN) {
    const lookup = lookupDefault(text, assigned.valueStart, assigned.valueEnd);
    if (lookup) return valueFound(text, lookup.start, lookup.end, true, afterComma);
  }
  // `key = derive(…)`, `key = keys[0]`: a bare name right before a call or a subscript is code.
  if (assigned && assigned.quote === 0 && !prefixed && (text.charCodeAt(assigned.valueEnd) === OPEN_PAREN || text.charCodeAt(assigned.valueEnd) === OPEN_BRACKET)) return undefined;
  const m = block ? valueFound(text, block.start, block.end, true, false)
    : prefixed ? valueFound(text, prefixed.start, prefixed.end, true, afterComma)
    : assigned && (assigned.quote !== BACKTICK || isTemplateLiteral(text, assigned.valueStart, assigned.valueEnd) || declaresBacktickLiteral(text, from, keyStart, subscript === 0 && operatorFrom !== keyEnd, assigned)) ? valueFound(text, assigned.valueStart, assigned.valueEnd, assigned.quote !== 0, afterComma) : undefined;
  if (!m) {
    const properties = next === SPACE || next === TAB ? propertiesValue(text, lineStart, keyStart, keyEnd, key, strength) : undefined;
    if (properties) return properties;
    return key.includes('-') && HEADER_NAME.test(key) && isConfigLine(text, from, keyStart) ? matchAt(HEADER_VALUE, text, keyEnd) : undefined;
  }
  // A value too short for its key is turned down whatever its line is: the line is read for the others.
  if (m.end - m.start < shortestSecret(strength)) return m;
  // `SAS_TOKEN=sp=r&se=…&sv=…`: a SAS query's one secret is its signature, the azure-sas-token rule's to judge.
  // (Both of these need a `&`, looked for once: most values hold none.)
  const amp = m.value.indexOf('&');
  if (amp !== -1) {
    if (isSasQuery(m.value)) return undefined;
    const query = m.quoted || amp === 0 ? undefined : beforeNextQueryField(text, m, amp);
    if (query) return query;
  }
  if (!m.quoted && !m.afterComma) {
    const userinfo = beforeUserinfoHost(text, keyStart, m);
    if (userinfo) return userinfo;
  }
  if (!m.quoted && !m.afterComma) {
    const end = fieldEnd(text, from, keyStart, keyEnd, m);
    if (end !== undefined) {
      const field = end === m.end ? m : valueFound(text, m.start, end, false, false)!;
      field.configLine = true;
      field.field = true;
      return field;
    }
    if (isHeaderArgument(text, from, keyStart, keyEnd, m)) {
      m.configLine = true;
      m.field = true;
      return m;
    }
  }
  if (droppedUnjudged(context, m, strength, dropped)) return m;
  m.afterColon = assigned !== undefined && assigned.opEnd - assigned.opStart === 1 && text.charCodeAt(assigned.opStart) === COLON_SIGN;
  // KEY=VALUE: the value is the rest of the line; `KEY = new Thing(…)` is code.
  // (`this.token = token;` at a line's start is a statement of a method, never a config line.)
  // (Only a weak key's value and a bare one are judged by their line: a strong key's literal is not.)
  // (What ends the value is read before the line's start: it is the cheaper, and it alone decides most bare values off config lines.)
  // (Or a password inside a line of text, a login's pair or a remark after it: passwordInLine.ts.)
  const ended = !(m.quoted && strength === 'strong') && !m.afterComma && (m.quoted || endsItsLine(text, m.end) || envPrefix(text, key, keyEnd, assigned) || (assigned !== undefined && text.charCodeAt(assigned.opStart) === EQUALS_SIGN && (quotedSetting(text, keyStart, m.end) || closesPairString(text, from, keyStart, m.end))));
  m.configLine = ((ended && isConfigLine(text, from, keyStart)) || (assigned !== undefined && passwordInLine(text, from, keyStart, key, m, assigned, ended))) && !memberOfSelf(key) && !(assigned && !m.quoted && ((isBlank(text.charCodeAt(from)) && from === lineStart && codeStatement(text, assigned, m.value, m.end)) || compositeField(text, assigned, m.value, m.end))) && !namesBoundInText(text, context, m, strength);
  return m;
}

/**
 * The value's span is final and the caller drops it: its line need not be judged. (Every reading of the line below is a
 * pure function of the text but `namesBoundInText`, whose search budget counts the searches made: not skipped where one would be.)
 */
function droppedUnjudged(context: LineContext, m: FoundValue, strength: Strength, dropped: Dropped | undefined): boolean {
  return dropped !== undefined && dropped(m) && !wouldSearchText(context, m, strength);
}

const MEMBER_OF_SELF = /^(?:this|self|me)\./;
// `pk.PrivateKey`, `cfg.Password`: a variable's exported field (the Go spec's selectors and exported identifiers, an upper-case
// first letter; C#'s properties alike), where a bare word is an identifier; a setting's dotted name is written in lower case.
const EXPORTED_FIELD = /^[a-z][A-Za-z0-9]{0,15}\.[A-Z][a-z][A-Za-z0-9]{0,40}$/;

/**
 * `this.token`, `self.password`, `pk.PrivateKey`: a member of an object in code (its first letter read before the expression).
 * (Both expressions need a `.`: a key without one, most keys, is answered before either runs.)
 */
export function memberOfSelf(key: string): boolean {
  if (key.indexOf('.') === -1) return false;
  const c = key.charCodeAt(0);
  return ((c === 116 || c === 115 || c === 109) && MEMBER_OF_SELF.test(key)) || (c >= 97 && c <= 122 && EXPORTED_FIELD.test(key));
}
/** An `=` between `at` and its line's end (from the context's memos: offsets rise key by key). */
function equalsOnLine(context: LineContext, at: number): boolean {
  const equals = context.equalsSigns.firstFrom(at);
  if (equals === -1) return false;
  const lineEnd = context.newlines.firstFrom(at);
  return lineEnd === -1 || equals < lineEnd;
}

/** A quote right before the key. */
function opensWithQuote(text: string, keyStart: number): boolean {
  const c = text.charCodeAt(keyStart - 1);
  return c === DOUBLE_QUOTE || c === SINGLE_QUOTE;
}


/**
 * A backtick string that is a literal (JavaScript's template, Go's raw string), not a shell's
 * command substitution: no blank (a command has arguments) and a digit or a capital letter (a
 * command's name is a lower-case word: `hostname`, `whoami`). A `$` is a character of the
 * literal (`Pl4nk$wood`) or opens a template's slot, which the placeholder tests judge (a slot
 * and a long random run beside it is a secret with a prefix).
 */
function isTemplateLiteral(text: string, start: number, end: number): boolean {
  let mixed = false;
  // `Bearer …`: the blank after a scheme is the header's, not a command's.
  const scheme = SCHEME_INITIALS.has(text.charCodeAt(start)) ? AUTH_SCHEME.exec(text.slice(start, start + 12)) : null;
  for (let i = scheme ? start + scheme[0].length : start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB) return false;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) mixed = true;
  }
  return mixed;
}

// `const token = \`…\``, `let`, `var`, `export const`: JavaScript's and Go's declarations, whose languages have no command
// substitution (ECMA-262 §13.2.8: a template without `${` is a string; the Go spec's raw string literal is uninterpreted).
const DECLARATION = /^[ \t]*(?:export[ \t]+)?(?:const|let|var)[ \t]+$/;

/**
 * A backtick string bound where only a literal can stand, whatever it holds (`let password = \`letmein\``): a name
 * declared by `const`/`let`/`var` or with a type annotation (TypeScript's `apiKey: string =`), Go's short variable
 * declaration `:=`, and a member of an object or composite literal opened on the key's line (`{ password: \`…\` }`,
 * `Config{Password: \`…\`}`, a blank after the colon). Shells, Perl, PHP and Ruby run a backtick string as a command; none of them writes a
 * binding so (a shell's `NAME=\`cmd\`` has no blanks and no keyword; Perl's `my $x = \`cmd\``, PHP's `$x = \`cmd\``).
 */
function declaresBacktickLiteral(text: string, from: number, keyStart: number, typed: boolean, assigned: AssignedValue): boolean {
  if (typed) return true;
  const op = text.charCodeAt(assigned.opStart);
  if (op === COLON_SIGN) {
    if (assigned.opEnd - assigned.opStart === 2) return text.charCodeAt(assigned.opStart + 1) === EQUALS_SIGN;
    // (A member as people and formatters write it, a blank after the colon (gofmt, Prettier): a minifier's output
    // (esbuild's and terser's `{token:\`passed\`}`, every string a template) holds a lexer's and a UI's names in such
    // members, and is no declaration anyone wrote.)
    return isBlank(text.charCodeAt(assigned.opEnd)) && braceBefore(text, from, keyStart);
  }
  return op === EQUALS_SIGN && assigned.opEnd - assigned.opStart === 1 && DECLARATION.test(text.slice(from, keyStart));
}

/** An `{` on the key's line before it, within the bounded reach from `from`. */
function braceBefore(text: string, from: number, keyStart: number): boolean {
  for (let i = keyStart - 1; i >= from; i--) if (text.charCodeAt(i) === OPEN_BRACE) return true;
  return false;
}

/** How far past the key its subscript's closing bracket ends (`']`, `"]`, `}`, `'}`), 0 when the key is no subscript's. */
function subscriptEnd(text: string, keyEnd: number): number {
  const c = text.charCodeAt(keyEnd);
  if (c === CLOSE_BRACE) return 1;
  const next = text.charCodeAt(keyEnd + 1);
  return (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) && (next === CLOSE_BRACKET || next === CLOSE_BRACE) ? 2 : 0;
}

/** `PGPASSWORD=… psql …`: an environment variable set for one command, `=` glued on both sides. */
function envPrefix(text: string, key: string, keyEnd: number, assigned: AssignedValue | undefined): boolean {
  return assigned !== undefined && assigned.quote === 0 && assigned.opStart === keyEnd && assigned.opEnd === assigned.valueStart &&
    text.charCodeAt(assigned.opStart) === EQUALS_SIGN && isBlank(text.charCodeAt(assigned.valueEnd)) && ENV_VARIABLE.test(key);
}

const ENV_VARIABLE = /^[A-Z][A-Z0-9_]{2,63}$/;

