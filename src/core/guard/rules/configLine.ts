// Whether a bare value after a secret-named key stands where config puts values: a line of an
// env, ini, YAML or properties file (maybe after `export`, `set`, `ENV`, a YAML list's `- `), a
// field of a connection string or query, or one of a blank-separated list of KEY=VALUE pairs
// (libpq's `host=db user=app password=…`). Elsewhere a bare word is code.
import type { AssignedValue } from './assignedValue';
import { isBlank } from '../charCodes';
import { spelledAsWords } from './valueShape';
import * as charCodes from './charCodes';
// Bound here once: run unbundled, every use of an imported binding calls the module's getter.
const { AMPERSAND, COLON, COMMA, DASH, DOLLAR, DOUBLE_QUOTE, EQUALS, GREATER, HASH, PLUS, QUESTION, SEMICOLON, SINGLE_QUOTE, SLASH } = charCodes;

/**
 * A line of an env, ini, YAML or properties file; a field of a connection string or query. Asked
 * only where the answer is used: most keys have no value to judge.
 */
export function isConfigLine(text: string, from: number, keyStart: number): boolean {
  return startsConfigLine(text, from, keyStart) || isYamlListItem(text, from, keyStart) || endsWithFieldSeparator(text, from, keyStart) || followsPair(text, from, keyStart);
}

/**
 * A `KEY=VALUE` pair and blanks right before the key: one of a list of settings, as libpq's
 * conninfo (`host=db user=app password=…`), a systemd `Environment=` line or a shell's
 * `A=1 B=2 cmd` give them. A pair holds no brackets, quotes or separators of code.
 */
function followsPair(text: string, from: number, to: number): boolean {
  let i = to - 1;
  if (i < from || !isBlank(text.charCodeAt(i))) return false;
  while (i >= from && isBlank(text.charCodeAt(i))) i--;
  const end = i + 1;
  let equals = -1;
  for (; i >= from && !isBlank(text.charCodeAt(i)); i--) {
    const c = text.charCodeAt(i);
    if (c === EQUALS && equals === -1) equals = i;
    else if (!isPairChar(c)) return false;
  }
  return equals > i + 1 && equals < end - 1;
}

/**
 * The bare value ending at `valueEnd` ends a string that holds nothing but `KEY=VALUE` pairs and
 * blanks from its opening quote on: libpq's conninfo given to a call in another language (PHP's
 * `pg_connect("host=… user=… password=…")`, Ruby's `'host=… password=…'`), whose closing quote ends the
 * list as a line's end does.
 */
export function closesPairString(text: string, from: number, keyStart: number, valueEnd: number): boolean {
  const q = text.charCodeAt(valueEnd);
  if (q !== DOUBLE_QUOTE && q !== SINGLE_QUOTE) return false;
  for (let i = keyStart - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === q) return i < keyStart - 1;
    if (!isPairChar(c) && c !== EQUALS && !isBlank(c)) return false;
  }
  return false;
}

/** [A-Za-z0-9_.:/@+-] */
function isPairChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 58 || c === 47 || c === 64 || c === 43 || c === DASH;
}

/**
 * Nothing but blanks before the key on its line, or a word that opens an assignment (shell
 * `export`, batch `set`/`SET`, Dockerfile `ENV`/`ARG`, …), `$env:` or a quote after them: a line
 * of an env, ini, properties, batch or Dockerfile. Or a command's environment flag right before
 * the key (`docker run -e KEY=…`, `--build-arg KEY=…`, `helm --set db.password=…`).
 */
function startsConfigLine(text: string, from: number, keyStart: number): boolean {
  // .NET's configuration keys: `ConnectionStrings:Db:Password=…`, `--Db:Password=…`, `/Db:Password=…`.
  const path = sectionPathStart(text, from, keyStart);
  if (path !== -1 && commandLineSwitch(text, from, path)) return true;
  const to = path !== -1 ? path : keyStart;
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  if (i === to) return true;
  // A shell prompt before the line, as documentation shows commands: `$ export TOKEN=…`.
  if ((text.charCodeAt(i) === DOLLAR || text.charCodeAt(i) === GREATER) && isBlank(text.charCodeAt(i + 1))) {
    i += 2;
    while (i < to && isBlank(text.charCodeAt(i))) i++;
    if (i === to) return true;
  }
  const c = text.charCodeAt(i);
  if (c === HASH) return commentedSetting(text, i + 1, to, 'export');
  // cmd.exe's comments: `REM set PASSWORD=…`, `:: set PASSWORD=…`.
  if ((c === CAPITAL_R || c === LOWER_R) && /^rem[ \t]/i.test(text.slice(i, i + 4))) return commentedSetting(text, i + 3, to, 'set');
  if (c === COLON && text.charCodeAt(i + 1) === COLON) return commentedSetting(text, i + 2, to, 'set');
  if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) return i + 1 === to;
  if (c === DOLLAR) return to - i === 5 && text.startsWith('$env:', i);
  // (Each word tried only where the line's first character is a word's first: most are not.)
  if (c < 128 && OPENER_INITIALS[c] === 1) {
    for (const word of LINE_OPENERS) {
      // (A word is apart from its key by a blank; `Environment=` is glued to it.)
      if (text.startsWith(word, i)) return (i + word.length < to || word.charCodeAt(word.length - 1) === EQUALS) && blanksThenQuote(text, i + word.length, to);
    }
  }
  return envFlagBefore(text, Math.max(from, to - 24), to);
}

/**
 * A setting commented out: `#`s (or cmd.exe's `REM`, `::`) and blanks to the key, maybe the
 * setting's opener (`# export`), then the shell's and dotenv's `NAME=value` (no blank on either side
 * of `=`), as `# DB_PASSWORD=…` keeps a line of an env file or a script. With blanks around `=` (`# password = the user's`) a comment is prose or code.
 */
function commentedSetting(text: string, afterMarker: number, keyStart: number, opener: string): boolean {
  let i = afterMarker;
  while (i < keyStart && text.charCodeAt(i) === HASH) i++;
  // The shell's or cmd.exe's own opener may stay in the comment: `# export TOKEN=…`, `REM set PASSWORD=…`.
  // (Not `# set …`: in a shell's comment that is prose, `# set PASSWORD=yours before running`.)
  while (i < keyStart && isBlank(text.charCodeAt(i))) i++;
  if (text.slice(i, i + opener.length).toLowerCase() === opener && isBlank(text.charCodeAt(i + opener.length))) i += opener.length;
  if (!onlyBlanks(text, i, keyStart)) return false;
  let end = keyStart;
  while (end < text.length && end - keyStart <= MAX_NAME && isNameChar(text.charCodeAt(end))) end++;
  const next = text.charCodeAt(end + 1);
  return text.charCodeAt(end) === EQUALS && end + 1 < text.length && !isBlank(next) && next !== 10 && next !== 13;
}

const MAX_NAME = 64;
const CAPITAL_R = 82;
const LOWER_R = 114;

/** [A-Za-z0-9_.] */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46;
}

// (`env` runs a command with the settings before it: `env DB_PASSWORD=… ./migrate`; systemd's
// `Environment=` gives a unit's settings, each maybe quoted whole: `Environment="DB_PASSWORD=…"`.)
// (ksh's, zsh's and bash's `typeset -x`; GNU make's `override`.)
const LINE_OPENERS = ['export', 'setx', 'set', 'SET', 'ENV', 'ARG', 'declare -x', 'typeset -x', 'readonly', 'local', 'env', 'override', 'Environment='];
const OPENER_INITIALS = new Uint8Array(128);
for (const word of LINE_OPENERS) OPENER_INITIALS[word.charCodeAt(0)] = 1;
// (And a form's field, which curl's and wget's data options take as `name=value`: `curl -d
// "password=…"`, `--data-urlencode`, `-F`, `--form`, wget's `--post-data`.)
// (Bazel's `--action_env=NAME=value`, `--repo_env`, `--test_env`, `--define=name=value`.)
const ENV_FLAG_SET = new Set(['--action_env', '--repo_env', '--test_env', '--define', '-e', '--env', '--build-arg', '--set', '--set-string', '--set-env-vars', '-var', '--extra-vars', '-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--data-urlencode', '-F', '--form', '--form-string', '--post-data', '--body-data']);

// The characters the flags are written in (`-`, `_` and letters): a word holding any other is none of them.
const FLAG_CHARS = new Uint8Array(128);
for (const flag of ENV_FLAG_SET) for (let i = 0; i < flag.length; i++) FLAG_CHARS[flag.charCodeAt(i)] = 1;

/**
 * A blank, an environment flag, then a blank or `=` (and a quote: a setting quoted whole as the
 * flag's argument, `-e "ansible_password=…"`, terraform's `-var 'db_password=…'`) right before
 * the key, all from `from` on. Read by hand: it is asked at nearly every key of a one-line text.
 */
function envFlagBefore(text: string, from: number, to: number): boolean {
  let j = to - 1;
  const q = text.charCodeAt(j);
  if (q === DOUBLE_QUOTE || q === SINGLE_QUOTE) j--;
  const c = text.charCodeAt(j);
  if (!isBlank(c) && c !== EQUALS) return false;
  // A flag holds no blank and follows one: the one word before `j`, looked up whole. (Read back only while its characters
  // are a flag's: a query's or a chain's `sig=>sig=…`, `a.b=c=` is no flag at its first other character, not 24 later.)
  let at = j;
  for (; at > from; at--) {
    const b = text.charCodeAt(at - 1);
    if (isBlank(b)) break;
    if (!(b < 128 && FLAG_CHARS[b] === 1)) return false;
  }
  return at > from && text.charCodeAt(at) === DASH && ENV_FLAG_SET.has(text.slice(at, j));
}

/** `"KEY=VALUE"` (with `=`, the caller's to check): the key (or its .NET section path) right after a quote, the bare value ended by the same quote (a setting quoted whole). */
export function quotedSetting(text: string, keyStart: number, valueEnd: number): boolean {
  const path = sectionPathStart(text, 0, keyStart);
  const q = text.charCodeAt((path !== -1 ? path : keyStart) - 1);
  return (q === DOUBLE_QUOTE || q === SINGLE_QUOTE) && text.charCodeAt(valueEnd) === q;
}

/** `- ` (blanks around) before the key, maybe a quote: an item of a YAML list (`- "DB_PASSWORD=…"`, compose's environment). */
function isYamlListItem(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === DASH && i + 1 < to && blanksThenQuote(text, i + 1, to);
}

/** Blanks from `from` to `to`, the last of them maybe a quote opening a setting quoted whole (`set "KEY=…"`). */
function blanksThenQuote(text: string, from: number, to: number): boolean {
  const q = text.charCodeAt(to - 1);
  return onlyBlanks(text, from, q === DOUBLE_QUOTE || q === SINGLE_QUOTE ? to - 1 : to);
}

const MAX_SECTIONS = 80;

/**
 * Where a .NET configuration path's sections start right before the key (`ConnectionStrings:Db:`
 * before `Password`: sections of letters, digits and `_`, each ended by one `:`), or -1. Bounded.
 */
function sectionPathStart(text: string, from: number, keyStart: number): number {
  if (keyStart === 0 || text.charCodeAt(keyStart - 1) !== COLON) return -1;
  const limit = Math.max(from, keyStart - MAX_SECTIONS);
  let start = -1;
  let i = keyStart - 1;
  while (i > limit && text.charCodeAt(i) === COLON) {
    let j = i;
    while (j > limit && isSectionChar(text.charCodeAt(j - 1))) j--;
    if (j === i) break;
    start = j;
    i = j - 1;
  }
  return start;
}

function isSectionChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * A command line's switch before a section path: `--` or `/` after a blank (`dotnet run
 * --Db:Password=…`); elsewhere (a URL's `//`) it is none.
 */
function commandLineSwitch(text: string, from: number, path: number): boolean {
  const c = text.charCodeAt(path - 1);
  const switchStart = c === DASH && text.charCodeAt(path - 2) === DASH ? path - 2 : c === SLASH ? path - 1 : -1;
  return switchStart > from && isBlank(text.charCodeAt(switchStart - 1));
}

/** `;`, `?` or `&` then blanks right before the key: a field of a connection string or a query. */
function endsWithFieldSeparator(text: string, from: number, to: number): boolean {
  return separatorBefore(text, from, to) !== 0;
}

/** The `;`, `?` or `&` (its code) before the key and blanks, or 0. */
export function separatorBefore(text: string, from: number, to: number): number {
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

// An identifier shaped by code: snake_case, a member, camelCase, Capitalised (`pre_loc`, `math.MaxInt64`, `Operator`).
const CODE_SHAPED_NAME = /^(?:[A-Za-z$][\w$]{0,63}[_.][\w$.]{0,63}|_[\w$.]{1,63}|[a-z$][a-z\d$]{0,31}[A-Z][\w$]{0,63}|[A-Z][a-z]{1,31}(?:[A-Z][a-z]{0,31}){0,6})$/;
const IDENTIFIER_VALUE = /^[A-Za-z_$][\w$.]{0,127}$/;

/**
 * `\ttokens_start = pre_loc`, `    apiKey = resolved;`, `\tcontents += text`: on an indented line,
 * `=` (or `+=`, `:=`) spaced on both sides, a bare identifier in code's shape or ended by `;` is a
 * statement of a block of code. A setting stands at its line's start (env, properties, ini) or
 * after a YAML key's `:`. (A random-looking value is still taken: see acceptValue.)
 */
export function codeStatement(text: string, assigned: AssignedValue, value: string, valueEnd: number): boolean {
  const op = text.charCodeAt(assigned.opStart);
  const length = assigned.opEnd - assigned.opStart;
  const spacedOperator = (length === 1 ? op === EQUALS : length === 2 && text.charCodeAt(assigned.opStart + 1) === EQUALS && (op === PLUS || op === COLON)) &&
    isBlank(text.charCodeAt(assigned.opStart - 1)) && isBlank(text.charCodeAt(assigned.opEnd));
  return spacedOperator && IDENTIFIER_VALUE.test(value) && (text.charCodeAt(valueEnd) === SEMICOLON || CODE_SHAPED_NAME.test(value) || wordsWithAcronyms(value));
}

const INNER_CAPITAL = /^.+[A-Z]/;

/** `CertAlgoRSAv01`, `KeyAlgoRSASHA256`: words and numbered acronyms in camelCase, a constant's name (Go's, C#'s). */
function wordsWithAcronyms(value: string): boolean {
  return INNER_CAPITAL.test(value) && spelledAsWords(value);
}

/**
 * `token_mark: start_mark,`, `withCredentials: kEnumerableProperty,`, `Password: LPCWSTR,`,
 * `password: URLPatternComponentResult;`: a field of a struct, an object literal or an interface,
 * or a typed parameter (Go, JavaScript, TypeScript, Rust), given a bare name, a comma or a
 * semicolon ending its line. The name is a variable's, a constant's or a type's, not a value
 * written there: in code a bare word is a reference, and YAML's block mappings, where a bare word
 * after `:` is the value, end no line with either. (A random-looking value is still taken: see
 * acceptValue.)
 */
export function compositeField(text: string, assigned: AssignedValue, value: string, valueEnd: number): boolean {
  // (The separator first: it is the rarest, asked of every bare value on a config line.)
  const c = text.charCodeAt(valueEnd);
  return (c === COMMA || c === SEMICOLON) && assigned.opEnd - assigned.opStart === 1 && text.charCodeAt(assigned.opStart) === COLON &&
    endsLine(text, valueEnd + 1) && IDENTIFIER_VALUE.test(value);
}

/** Blanks, then the line's or the text's end. */
function endsLine(text: string, from: number): boolean {
  let i = from;
  while (isBlank(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return c !== c || c === 10 || c === 13;
}
