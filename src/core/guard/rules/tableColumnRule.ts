// A table writes its key word once, in the header, and the values in the records below: RFC 4180's CSV (and its `;` and
// tab variants, the password managers' exports: Chrome's `name,url,username,password,note`, Firefox's
// `url,username,password,httpRealm,…`, Bitwarden's `login_password`, KeePass's "Password"; bulk user uploads' `Password`),
// GFM's pipe tables (a header row, then the delimiter row, then the body), and PostgreSQL's
// `COPY t (…, password) FROM stdin;` whose rows are tab-separated until `\.`. A header cell is a name; the column of the
// one that names a secret is found once, and each following record's field at that index is judged as a value given to
// that name (literalForKey.ts: the placeholder and weak-key policies as everywhere). The table ends at a blank line or at
// a record whose field count is not the header's.
// Linear: every line is judged as a header at most once and every record read once (the scan resumes past what a table
// or a header's judgement read, a quote never closed included: delimitedRecord.ts bounds it).
import type { SecretRule } from '../secretRule';
import { spanKind, type SpanList } from '../spanList';
import { acceptsLiteralForKey } from './literalForKey';
import { keyStrength, type Strength } from './keyStrength';
import { nameWords } from './nameWords';
import { judgingStrictly } from '../redactionStrictness';
import { looksRandomValue } from './randomValue';
import { MAX_RECORD, newRecord, readRecord, type DelimitedRecord } from './delimitedRecord';

const KIND = spanKind('table-column-value');
const MAX_HEADER = 1024;
const MAX_JUDGED = 256;
const TAB = 9;
const PIPE = 124;
const COMMA = 44;
const SEMICOLON = 59;
// The key words' letters a secret-naming header cell holds (keyStrength.ts's strong names and `key`, `auth`; `totp`).
const KEYWORDS = ['pass', 'pw', 'psw', 'secret', 'token', 'key', 'cred', 'login', 'auth', 'bearer', 'psk', 'otp', 'contrase', 'senha', 'wachtwoord', 'kennwort', 'sord', 'salasana'];
const KEYWORD = new RegExp(KEYWORDS.join('|'), 'i');
// A header line's characters: names' (letters, digits, `_ . - / #`), blanks, the separators, RFC 4180's quote, a note's brackets.
const HEADER_CHARACTER = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-/# \t,;|"[]') HEADER_CHARACTER[c.charCodeAt(0)] = 1;
// A header cell: a name (`login_password`, `httpRealm`), or up to four words in title case as the exports write them
// (`Login Name`, `"Web Site"`), not ending as a sentence does; Google Workspace's upload headers add a bracketed note
// (`Password [Required]`), which is no part of the name. (A line of code or prose, `from ._x import a, pass_none`, is none.)
const HEADER_CELL = /^(?:[A-Za-z_](?:[\w.\-/#]{0,40}[\w#])?|[A-Z0-9][\w.\-/#]{0,40}(?: [A-Z0-9][\w.\-/#]{0,40}){1,3})(?: \[[\w ]{1,40}\])?$/;
const NOTE = / \[[\w ]{1,40}\]$/;
// A column whose name ends in whose credential it is, or says the value is a hash or an address: Bitwarden's
// `login_username`, `login_uri`, `password_hash`, `hashed_password`.
const NOT_THE_SECRET = /^(?:user|username|usernames|email|mail|uri|url|urls|name|id|hint|hash|hashed|digest|bcrypt|crypt|encrypted|md5|sha1|sha256|sha512|salt|strength|policy|changed|updated|created|expires|expiry|length|reset|date|time)$/i;
// A time-based one-time password's seed (RFC 6238, the `otpauth://` key URI's `secret`): LastPass's `totp`, Bitwarden's `login_totp`.
const OTP_SEED = /^(?:totp|otp|otpauth|mfa|2fa)$/i;
const DELIMITER_CELL = /^:?-{1,}:?$/;
const COPY_HEADER = /^[ \t]*COPY[ \t]+[\w."]{1,128}[ \t]*\((?<columns>[^()\r\n]{1,800})\)[ \t]*FROM[ \t]+stdin\b(?<options>[^\r\n]{0,200})$/i;

interface Table {
  readonly separator: number;
  readonly quoting: boolean;
  /** GFM: cells between pipes, the first and last pipe optional; rows skip the delimiter row. */
  readonly pipes: boolean;
  /** PostgreSQL's COPY: the data end at `\.`. */
  readonly copy: boolean;
  readonly fields: number;
  /** The columns whose names name a secret, each with its name and how much it says so. */
  readonly columns: readonly Column[];
}

interface Column {
  readonly index: number;
  readonly key: string;
  readonly strength: Strength;
}

export const tableColumnRule: SecretRule = {
  id: 'table-column-value',
  keywords: KEYWORDS,
  // (The ends of the key words' occurrences, when the prefilter kept them all: only their lines can be a header.)
  nearKeywords: true,
  find(text, found, near) {
    const record = newRecord();
    let passed = 0;
    // (The lines judged as headers and their tables: an export's header is repeated, each file or section its own, and a
    // line that ended a table is judged again as a header.)
    const judged = new Map<string, Table | undefined>();
    const visitLine = (lineStart: number, lineEnd: number, keyWordKnown: boolean): void => {
      passed = lineEnd + 1;
      if (lineEnd - lineStart > MAX_HEADER || !headerCharacters(text, lineStart, lineEnd)) return;
      const line = text.slice(lineStart, text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
      if (!keyWordKnown && !KEYWORD.test(line)) return;
      let table = judged.get(line);
      if (table === undefined && !judged.has(line)) {
        table = headerAt(text, lineStart, lineEnd, line, record);
        if (judged.size >= MAX_JUDGED) judged.clear();
        judged.set(line, table);
      }
      if (table) passed = Math.max(passed, readColumn(text, passed, table, record, found));
    };
    if (near) {
      for (let i = 0; i < near.length; i++) {
        const at = near[i]! - 1;
        if (at < passed) continue;
        const lineStart = startOfLine(text, at, passed);
        let lineEnd = text.indexOf('\n', at);
        if (lineEnd === -1) lineEnd = text.length;
        if (lineStart === -1) passed = lineEnd + 1;
        else visitLine(lineStart, lineEnd, true);
      }
      return;
    }
    // (More key words than the prefilter keeps: every line, those of a header's characters only asked for a key word.)
    for (let at = 0; at < text.length; ) {
      let lineEnd = text.indexOf('\n', at);
      if (lineEnd === -1) lineEnd = text.length;
      visitLine(at, lineEnd, false);
      at = passed;
      // (A table that ended inside a line, at a quote never closed: on from the next line.)
      if (at > 0 && at < text.length && text.charCodeAt(at - 1) !== 10) {
        const next = text.indexOf('\n', at);
        at = next === -1 ? text.length : next + 1;
        passed = at;
      }
    }
  },
};

/**
 * Whether the line holds only what a header line can (names' characters, blanks, the separators, quotes, a bracketed note)
 * and a separator: one look a character rejects a line of code or prose at its first `(`, `=`, `'`, `:`. PostgreSQL's COPY
 * line is let through by its first word.
 */
function headerCharacters(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === TAB)) i++;
  if (end - i > 4 && (text.charCodeAt(i) | 32) === 99 && text.slice(i, i + 5).toUpperCase() === 'COPY ') return true;
  let separators = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || HEADER_CHARACTER[c] === 0) return i === end - 1 && c === 13 && separators > 0;
    if (c === COMMA || c === SEMICOLON || c === TAB || c === PIPE) separators++;
  }
  return separators > 0;
}

/** Where the line holding `at` starts, or -1 when that is more than MAX_HEADER back (or before `from`: read already). */
function startOfLine(text: string, at: number, from: number): number {
  const floor = Math.max(from, at - MAX_HEADER);
  for (let i = at; i > floor; i--) if (text.charCodeAt(i - 1) === 10) return i;
  return floor === 0 || text.charCodeAt(floor - 1) === 10 ? floor : -1;
}

/** The table whose header is the line lineStart..lineEnd, when one of its cells names a secret. */
function headerAt(text: string, lineStart: number, lineEnd: number, line: string, record: DelimitedRecord): Table | undefined {
  const copy = COPY_HEADER.exec(line);
  if (copy) {
    const names = copy.groups!.columns!.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    const csv = /\bcsv\b/i.test(copy.groups!.options!);
    return secretColumns(names, { separator: csv ? COMMA : TAB, quoting: csv, pipes: false, copy: true });
  }
  const separator = separatorOf(line);
  if (separator === 0) return undefined;
  const pipes = separator === PIPE;
  if (!readRecord(text, lineStart, separator, separator !== PIPE && separator !== TAB, record) || record.next < lineEnd) return undefined;
  const names = cellTexts(text, record, pipes);
  if (names.length < 2 || !names.every((n) => HEADER_CELL.test(n))) return undefined;
  // (IANA's text/tab-separated-values has no quoting: a tab-separated field may start with a quote.)
  return secretColumns(names, { separator, quoting: separator !== PIPE && separator !== TAB, pipes, copy: false });
}

/** The line's separator: a tab, a pipe (GFM), else the more frequent of `,` and `;`; 0 for none. */
function separatorOf(line: string): number {
  if (line.includes('\t')) return TAB;
  if (line.trimStart().startsWith('|') || line.includes(' | ')) return PIPE;
  let commas = 0;
  let semicolons = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === COMMA) commas++;
    else if (c === SEMICOLON) semicolons++;
  }
  return commas === 0 && semicolons === 0 ? 0 : commas >= semicolons ? COMMA : SEMICOLON;
}

/** The record's fields' texts; a pipe table's first and last empty ones (outside its edge pipes) left out. */
function cellTexts(text: string, record: DelimitedRecord, pipes: boolean): string[] {
  const cells: string[] = [];
  for (let i = 0; i < record.count; i++) cells.push(text.slice(record.starts[i], record.ends[i]).trim());
  if (pipes && cells.length > 0 && cells[0] === '') cells.shift();
  if (pipes && cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

function secretColumns(names: readonly string[], form: Pick<Table, 'separator' | 'quoting' | 'pipes' | 'copy'>): Table | undefined {
  const columns: Column[] = [];
  names.forEach((name, index) => {
    const key = name.replace(NOTE, '');
    const strength = columnStrength(key);
    if (strength !== 'none') columns.push({ index, key, strength });
  });
  return columns.length > 0 ? { ...form, fields: names.length, columns } : undefined;
}

/** How much a column's name says secret: as a key's, but not a name ending in whose it is or in what a hash is. */
function columnStrength(name: string): Strength {
  // (A phrase is no column's name: "Condition to pass", "Use your password".)
  if (name.split(' ').length > 2) return 'none';
  const words = nameWords(name);
  if (words.some((w) => NOT_THE_SECRET.test(w))) return 'none';
  if (words.length > 0 && OTP_SEED.test(words[words.length - 1]!)) return 'weak';
  return keyStrength(name);
}

/** Reads the table's records from `at`, judging each one's field in the secret's column; returns where the table ends. */
function readColumn(text: string, at: number, table: Table, record: DelimitedRecord, found: SpanList): number {
  let i = at;
  let delimiterRow = table.pipes;
  while (i < text.length) {
    if (blankLineAt(text, i)) return i;
    if (table.copy && text.startsWith('\\.', i)) return i;
    const whole = readRecord(text, i, table.separator, table.quoting, record);
    // A quote never closed (or a record past the bound): nothing up to where the reading stopped is read again.
    if (!whole) return record.next > i + MAX_RECORD - 1 || record.next >= text.length ? record.next : i;
    const first = table.pipes && record.count > 0 && record.starts[0] === record.ends[0] ? 1 : 0;
    const count = table.pipes && record.count - first > table.fields && record.starts[record.count - 1] === record.ends[record.count - 1] ? record.count - first - 1 : record.count - first;
    if (count !== table.fields) return i;
    if (delimiterRow) {
      // GFM: the row under the header is its delimiter row, else this is no table.
      for (let f = first; f < first + count; f++) if (!DELIMITER_CELL.test(text.slice(record.starts[f], record.ends[f]).trim())) return i;
      delimiterRow = false;
    } else for (const column of table.columns) judgeField(text, record, first + column.index, column, table.pipes, found);
    i = record.next;
  }
  return i;
}

function judgeField(text: string, record: DelimitedRecord, field: number, column: Column, pipes: boolean, found: SpanList): void {
  let start = record.starts[field]!;
  let end = record.ends[field]!;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === TAB)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === TAB)) end--;
  // A pipe table's code span: the value is between the backticks.
  if (pipes && end - start > 2 && text.charCodeAt(start) === 96 && text.charCodeAt(end - 1) === 96) {
    start++;
    end--;
  }
  // An unquoted cell of words is prose (a docs table's description); a passphrase with spaces is read when quoted.
  if (end - start < 1 || (record.quoted[field] === 0 && holdsSpace(text, start, end))) return;
  // Judged strictly, a weak key's word-like value is taken on a line, but a column of them under a header holding a weak
  // key's word (`IconKeyValue,Categories` then a row per icon) is a table's lookup keys: a real weak key's value in
  // one is generated, and still taken.
  if (column.strength === 'weak' && judgingStrictly() && !looksRandomValue(text.slice(start, end))) return;
  if (acceptsLiteralForKey(text, start, end, column.key, column.strength, record.quoted[field] === 0)) found.push(KIND, start, end);
}

/** A line of nothing but spaces at `at` (a line's start). */
function blankLineAt(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== TAB) return false;
  }
  return true;
}

function holdsSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 32) return true;
  return false;
}
