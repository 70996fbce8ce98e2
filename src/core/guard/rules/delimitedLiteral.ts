// A string literal written with a language's other delimiters, read where an assignment's value
// starts (past its operator and blanks). Each form is its language reference's:
// - on one line: Rust's raw strings `r#"…"#` (`br#"…"#`), Swift's extended delimiters `#"…"#`, Nushell's
//   `r#'…'#`; C++'s raw literals `R"d(…)d"` (with `L`, `u8`, `u`, `U`), R's `r"(…)"`, `r"[…]"`, `r"{…}"`;
//   Julia's `raw"…"`; Lua's long brackets `[[…]]`, `[==[…]==]`; OCaml's quoted strings `{|…|}`, `{id|…|id}`;
//   Perl's `q{…}`, `qq(…)`, Ruby's `%q(…)`, `%Q[…]` (not `%(…)`: configparser's `%(name)s` is a
//   reference), Elixir's sigils `~s(…)`, `~S"…"`; Nix's indented string bound on one line `''…'';`;
// - opened at its line's end, the content on the lines below (the first of them is the value): here-
//   documents (Ruby, Perl, HCL `<<EOS`, `<<-EOS`, `<<~EOS`, `<<'EOS'`; PHP `<<<EOT`, `<<<'EOT'`), triple
//   quotes (Java's text blocks, Swift, Kotlin, Scala, TOML, CUE, Python), PowerShell's here-strings
//   `@"`/`@'`, Nix's and Dhall's `''`, Jsonnet's text blocks `|||`, and java.util.Properties' line
//   continuation `\`.
// Bounded: at most 400 characters of content, a delimiter of at most 16.

const MAX_CONTENT = 400;
const MAX_DELIMITER = 16;

/** The content's span and where the literal (or, for a block, its first line) ends; `quote` is the opening delimiter's character. */
export interface DelimitedContent {
  readonly quote: number;
  readonly start: number;
  readonly end: number;
  readonly close: number;
}

/**
 * The literal at `r`, where a character that opens none of the bare value's forms stands
 * (`[`, `{`, `<`, `|`, `\`, or a quote whose one-line reading failed); undefined when none is there.
 */
export function delimitedAt(text: string, r: number): DelimitedContent | undefined {
  const c = text.charCodeAt(r);
  const c1 = text.charCodeAt(r + 1);
  switch (c) {
    case 91: // [[…]], [=[…]=]
      return c1 === 91 || c1 === 61 ? luaLongBracket(text, r) : undefined;
    case 123: // {|…|}, {id|…|id}
      return ocamlQuoted(text, r);
    case 60: // <<EOS, <<~EOS, <<-EOS, <<<EOT
      return c1 === 60 ? hereDocument(text, r) : undefined;
    case 124: // |||
      return c1 === 124 && text.charCodeAt(r + 2) === 124 ? blockBelow(text, r, r + 3, '|||') : undefined;
    case 92: // a .properties line continued: `key = \` and the value on the next line
      return isLineEnd(text, r + 1) ? blockBelow(text, r, r + 1, undefined) : undefined;
    case 34:
    case 39:
      // `"""` or `'''` ending its line; `''…''` and `''` ending its line (Nix, Dhall).
      if (c1 === c && text.charCodeAt(r + 2) === c) return blockBelow(text, r, r + 3, String.fromCharCode(c, c, c));
      if (c === 39 && c1 === 39) return indentedString(text, r);
      return undefined;
    default:
      return undefined;
  }
}

/**
 * The literal after a bare prefix [r, prefixEnd) of one to four characters (`r#`, `br##`, `R`, `raw`,
 * `q`, `%q`, `~s`, `@`, `#`), the delimiter at `prefixEnd`; undefined when the prefix opens none.
 */
export function prefixedDelimitedAt(text: string, r: number, prefixEnd: number): DelimitedContent | undefined {
  const n = prefixEnd - r;
  if (n < 1 || n > 4) return undefined;
  const d = text.charCodeAt(prefixEnd);
  const prefix = text.slice(r, prefixEnd);
  if (d === 34 || d === 39) {
    // `@"` or `@'` ending its line: PowerShell's here-string.
    if (prefix === '@') return isLineEnd(text, prefixEnd + 1) ? blockBelow(text, r, prefixEnd + 1, String.fromCharCode(d, 64)) : undefined;
    // r#"…"#, br#"…"#, #"…"#, ##"…"##, r#'…'# (Nushell): the closing quote followed by as many #.
    const hashes = trailingHashes(prefix);
    if (hashes > 0 && (hashes === n || (hashes === n - 1 && (prefix[0] === 'r' || prefix[0] === '#')) || (hashes === n - 2 && prefix.startsWith('br')))) {
      return mayClose(text, d, prefixEnd + 1) ? closedBy(text, d, prefixEnd + 1, String.fromCharCode(d) + '#'.repeat(hashes)) : undefined;
    }
    if (prefix === 'raw' && d === 34) return closedBy(text, d, prefixEnd + 1, '"');
    // R"d(…)d" (C++, with L u8 u U), r"(…)" (R, also r"[…]", r"{…}", with dashes).
    if (d === 34 && (prefix === 'r' || CPP_RAW_PREFIX.has(prefix))) return parenthesizedRaw(text, prefixEnd + 1, prefix !== 'r');
    if (SIGIL.has(prefix)) return closedBy(text, d, prefixEnd + 1, String.fromCharCode(d));
    return undefined;
  }
  const close = PAIRS.get(d);
  if (close !== undefined && SIGIL.has(prefix)) return closedBy(text, d, prefixEnd + 1, close);
  return undefined;
}

// q, qq (Perl), %q, %Q, % (Ruby), ~s, ~S (Elixir): a quote-like operator with its own delimiters.
const SIGIL = new Set(['q', 'qq', '%q', '%Q', '~s', '~S']);
const CPP_RAW_PREFIX = new Set(['R', 'LR', 'uR', 'UR', 'u8R']);
const PAIRS = new Map<number, string>([[40, ')'], [91, ']'], [123, '}'], [60, '>'], [124, '|'], [47, '/']]);

function trailingHashes(prefix: string): number {
  let h = 0;
  while (h < prefix.length && prefix.charCodeAt(prefix.length - 1 - h) === 35) h++;
  return h;
}

/** Content from `start` to the first `closer` on the same line (within 400 characters). */
function closedBy(text: string, quote: number, start: number, closer: string): DelimitedContent | undefined {
  if (!mayClose(text, closer.charCodeAt(0), start)) return undefined;
  const e = nextOccurrence(text, closer, start);
  if (e === -1 || e - start > MAX_CONTENT || e === start) return undefined;
  const lineEnd = nextChar(text, 10, start);
  if (lineEnd !== -1 && lineEnd < e) return undefined;
  const cr = nextChar(text, 13, start);
  if (cr !== -1 && cr < e) return undefined;
  return { quote, start, end: e, close: e + closer.length };
}

// Where each closer next occurs, remembered per text: asked at rising offsets, each is
// sought again only past its last answer, so a line of openers never closed (`r#"a`, `[[b`, … a MB long)
// is read once per closer, not 400 characters per opener.
let memoText = '';
const memo = new Map<string, { from: number; at: number }>();

function nextOccurrence(text: string, what: string, from: number): number {
  if (text !== memoText) memo.clear();
  // Kept whatever the answer: a new text equal to the last (the same document read again) would
  // otherwise be compared with the old one, character by character, at every call.
  memoText = text;
  const known = memo.get(what);
  if (known && from >= known.from && (known.at === -1 || from <= known.at)) return known.at;
  const at = text.indexOf(what, from);
  if (memo.size > 64) memo.clear();
  memo.set(what, { from, at });
  return at;
}

// A closer can only be where its first character is: when that character does not occur on the opener's
// line within 400 characters, no closer does (a line of `R"d(x`, `[==[x`, `q{x` never closed is answered
// without building its closer, a string per opener, nor hashing it into the memo above).
let charsText = '';
// Per character code: the offset last asked from, and where the character next occurs from there (-1: nowhere).
const askedFrom = new Int32Array(128).fill(-1);
const nextAt = new Int32Array(128);
// Each ASCII character as a string, made once. (`String.fromCharCode(c)` at every search: in most fresh processes
// the delimited family, a search or three a line, read 100–125 CPU ms/MB where this table reads ~70; README,
// twenty-sixth round, guardspeed31.)
const ASCII_CHARS = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/** Whether a closer starting with `first` may end content that starts at `start` (false: certainly none does). */
function mayClose(text: string, first: number, start: number): boolean {
  if (first >= 128) return true;
  const e = nextChar(text, first, start);
  if (e === -1 || e - start > MAX_CONTENT) return false;
  const lineEnd = nextChar(text, 10, start);
  if (lineEnd !== -1 && lineEnd < e) return false;
  const cr = nextChar(text, 13, start);
  return cr === -1 || cr >= e;
}

/** nextOccurrence for one ASCII character, without a string or a map: asked at rising offsets, each character is read once. */
function nextChar(text: string, c: number, from: number): number {
  if (text !== charsText) askedFrom.fill(-1);
  charsText = text;
  const asked = askedFrom[c]!;
  const at = nextAt[c]!;
  if (asked !== -1 && from >= asked && (at === -1 || from <= at)) return at;
  const found = text.indexOf(ASCII_CHARS[c]!, from);
  askedFrom[c] = from;
  nextAt[c] = found;
  return found;
}

/** `d(…)d"`: a raw literal's delimiter (at most 16 characters), its parenthesis and the content to `)d"`. */
function parenthesizedRaw(text: string, start: number, cpp: boolean): DelimitedContent | undefined {
  let p = start;
  if (cpp) while (p - start < MAX_DELIMITER && isDelimiterChar(text.charCodeAt(p))) p++; // C++'s d-char-sequence
  else while (p - start < MAX_DELIMITER && text.charCodeAt(p) === 45) p++; // R's dashes
  const open = text.charCodeAt(p);
  const close = open === 40 ? ')' : !cpp && open === 91 ? ']' : !cpp && open === 123 ? '}' : undefined;
  if (close === undefined || !mayClose(text, close.charCodeAt(0), p + 1)) return undefined;
  return closedBy(text, 34, p + 1, close + text.slice(start, p) + '"');
}

/** A C++ raw string's d-char: anything printable but a blank, `(`, `)`, `\` and `"`. */
function isDelimiterChar(c: number): boolean {
  return c > 32 && c < 127 && c !== 40 && c !== 41 && c !== 92 && c !== 34;
}

function luaLongBracket(text: string, r: number): DelimitedContent | undefined {
  let p = r + 1;
  while (p - r <= MAX_DELIMITER && text.charCodeAt(p) === 61) p++;
  if (text.charCodeAt(p) !== 91 || !mayClose(text, 93, p + 1)) return undefined;
  return closedBy(text, 91, p + 1, ']' + '='.repeat(p - r - 1) + ']');
}

function ocamlQuoted(text: string, r: number): DelimitedContent | undefined {
  let p = r + 1;
  while (p - r <= MAX_DELIMITER && ((text.charCodeAt(p) >= 97 && text.charCodeAt(p) <= 122) || text.charCodeAt(p) === 95)) p++;
  if (text.charCodeAt(p) !== 124 || !mayClose(text, 124, p + 1)) return undefined;
  return closedBy(text, 123, p + 1, '|' + text.slice(r + 1, p) + '}');
}

/**
 * `''…'';` on one line (Nix's binding, its `;` after: in Python `password = '', domain = ''` are two
 * empty strings), or `''` ending its line with its closing `''` on the line after the first.
 */
function indentedString(text: string, r: number): DelimitedContent | undefined {
  if (isLineEnd(text, r + 2)) {
    const block = blockBelow(text, r, r + 2, "''");
    return block && closingLineFollows(text, block.close, "''") ? block : undefined;
  }
  const one = closedBy(text, 39, r + 2, "''");
  return one && text.charCodeAt(one.close) === 59 ? one : undefined;
}

/** `<<EOS`, `<<-EOS`, `<<~EOS`, `<<'EOS'`, `<<"EOS"`, `<<<EOT`, `<<<'EOT'`, maybe a `;` after, then the line's end. */
function hereDocument(text: string, r: number): DelimitedContent | undefined {
  let p = r + 2;
  if (text.charCodeAt(p) === 60) p++;
  else if (text.charCodeAt(p) === 126 || text.charCodeAt(p) === 45) p++;
  const q = text.charCodeAt(p);
  if (q === 34 || q === 39) p++;
  const wordStart = p;
  while (p - wordStart < MAX_DELIMITER && isWordChar(text.charCodeAt(p))) p++;
  if (p === wordStart || !isUpperOrUnderscore(text.charCodeAt(wordStart))) return undefined;
  const word = text.slice(wordStart, p);
  if (q === 34 || q === 39) {
    if (text.charCodeAt(p) !== q) return undefined;
    p++;
  }
  if (text.charCodeAt(p) === 59) p++;
  return isLineEnd(text, p) ? blockBelow(text, r, p, word) : undefined;
}

/**
 * The first line below the opener (its indentation dropped, blanks at its end too): the value.
 * Undefined when the opener does not end its line, or the first line is the terminator or empty.
 */
function blockBelow(text: string, r: number, afterOpener: number, terminator: string | undefined): DelimitedContent | undefined {
  let p = afterOpener;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
  if (text.charCodeAt(p) === 13) p++;
  if (text.charCodeAt(p) !== 10) return undefined;
  p++;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
  const start = p;
  while (p < text.length && p - start <= MAX_CONTENT && text.charCodeAt(p) !== 10 && text.charCodeAt(p) !== 13) p++;
  if (p - start > MAX_CONTENT) return undefined;
  let end = p;
  // A block closed on its first line (`§V§"""`, Swift's and TOML's): the content ends at the terminator.
  // Sought on that line only (no terminator holds a line break): a text of openers whose terminator never
  // comes was read to its end from each of them.
  if (terminator !== undefined) {
    const at = indexWithin(text, terminator, start, end);
    if (at !== -1) end = at;
  }
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  if (end === start) return undefined;
  return { quote: text.charCodeAt(r), start, end, close: p };
}

/** The first place in [from, to) where `what` stands whole before `to`, or -1. */
function indexWithin(text: string, what: string, from: number, to: number): number {
  const first = what.charCodeAt(0);
  for (let i = from; i + what.length <= to; i++) if (text.charCodeAt(i) === first && text.startsWith(what, i)) return i;
  return -1;
}

/** After the line ending at `at`, the next line holds (after blanks) the terminator. */
function closingLineFollows(text: string, at: number, terminator: string): boolean {
  let p = at;
  if (text.charCodeAt(p) === 13) p++;
  if (text.charCodeAt(p) !== 10) return false;
  p++;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
  return text.startsWith(terminator, p);
}

function isLineEnd(text: string, at: number): boolean {
  let p = at;
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
  const c = text.charCodeAt(p);
  return c === 10 || c === 13;
}

function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

function isUpperOrUnderscore(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 95;
}
