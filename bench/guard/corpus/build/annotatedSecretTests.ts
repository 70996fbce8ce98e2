// The eleventh holdout: three tools whose hard-coded secret rule tests mark each flagged statement in the test
// source itself — Bearer (`bearer:expected <rule>`, compared with the findings both ways by its tests/helper.js),
// njsscan and mobsfscan (semgrep-style `ruleid: R` / `ok: R`; njsscan's true_negatives/ files must scan clean).
// The labels, by the rule in corpus/README.md ("The eleventh holdout"), fixed before the redactor ran on any item:
// - a marked statement is a secret item, its secrets the literal the rule reports: bound to a credential name,
//   else reached through a name bound earlier in the file (that binding statement is then the item), else the one
//   literal left when keys, other names' values, modules, algorithm names and paths are set aside;
// - an `ok` statement, a Bearer line outside every marked statement and a negative file's line, each holding a
//   string literal, is a clean item;
// - a value the placeholder policy passes is scored apart.
import { boundName, lineLiterals, type Literal } from './semgrepLanguageTests';
import { placeholderValue } from './passwordCheckTests';

export type EleventhNote = 'a documented example or filler value';

export interface EleventhItem {
  readonly text: string;
  readonly secrets: string[];
  readonly label: 'secret' | 'clean';
  readonly rule: string;
  readonly note?: EleventhNote;
}

const bearerMarker = /^\s*(?:\/\/|#)\s*bearer:expected\s+([\w-]+)\s*$/;
const semgrepMarker = /^\s*\/\/\s*(ruleid|ok)\s*:\s*([\w-]+)\s*$/;
const credentialName = /secret|pass|pwd|token|key|credential|auth/i;
// A literal that is a credential's name (`'api_key'`, `'SECRET'`) is a key written as a string, not the value.
const credentialWord = /^(?:api|access|client|private|secret)?(?:secret|password|passwd|pass|pwd|token|key|credentials?|auth)$/i;
export const algorithmOrEncoding = /^(?:[HRPE]S(?:256|384|512)|sha-?\d*|md5|aes(?:-\d+-\w+)?|des|desede|rsa(?:-sha\d+)?|hmac-?sha\d+|hex|base64|utf-?8|latin1|ascii)$/i;
const urlPassword = /^[a-z][a-z\d+.-]*:\/\/[^/:@\s]+:([^@/\s]+)@/i;

interface Found {
  readonly literal: Literal;
  readonly before: string;
  readonly after: string;
}

/** A file read line by line: each line's literals and its code (the text before a comment). */
class Source {
  readonly lines: string[];
  private readonly read: { literals: Literal[]; code: string }[];
  constructor(text: string, readonly hashComments: boolean) {
    this.lines = text.split('\n');
    this.read = this.lines.map((line, i) => lineLiterals(line, i, hashComments));
  }

  literals(i: number): Literal[] {
    return this.read[i]!.literals;
  }

  isComment(i: number): boolean {
    return (this.hashComments ? /^\s*(?:#|\/\/|\/\*|\*)/ : /^\s*(?:\/\/|\/\*|\*)/).test(this.lines[i]!);
  }

  /** The code of a line with its literals blanked out (brackets and names inside them are not code). */
  bare(i: number): string {
    let code = this.read[i]!.code;
    for (const l of [...this.read[i]!.literals].reverse()) code = code.slice(0, l.start) + ' '.repeat(l.end - l.start) + code.slice(l.end);
    return code;
  }

  /** A statement's last line: while its brackets are open, after a line ending in `=`/`=>`, before a line opening with `.`. */
  statementEnd(at: number): number {
    let depth = 0;
    for (let j = at; j < this.lines.length; j++) {
      for (const c of this.bare(j)) depth += '([{'.includes(c) ? 1 : ')]}'.includes(c) ? -1 : 0;
      const next = this.lines.findIndex((l, k) => k > j && l.trim() !== '');
      const chained = next !== -1 && /^\s*\./.test(this.lines[next]!);
      if (depth <= 0 && !/=>?\s*$/.test(this.read[j]!.code) && !chained) return j;
    }
    return this.lines.length - 1;
  }

  found(from: number, to: number): Found[] {
    const out: Found[] = [];
    for (let j = from; j <= to; j++) {
      for (const literal of this.literals(j)) out.push({ literal, before: this.lines[j]!.slice(0, literal.start), after: this.lines[j]!.slice(literal.end) });
    }
    return out;
  }

  names(from: number, to: number): string[] {
    const out = new Set<string>();
    for (let j = from; j <= to; j++) for (const m of this.bare(j).matchAll(/[A-Za-z_$][\w$]*/g)) out.add(m[0]);
    return [...out];
  }

  /** The last statement before `before` that binds `name` (`name =`, `name :=`), as a line range. */
  binding(name: string, before: number): { start: number; end: number; rhs: string } | undefined {
    const binds = new RegExp(`(?:^|[\\s.,(*&])${name.replace(/\$/g, '\\$')}\\s*:?=(?![=>])`);
    for (let j = before - 1; j >= 0; j--) {
      if (this.isComment(j)) continue;
      const m = binds.exec(this.bare(j));
      if (!m) continue;
      const end = this.statementEnd(j);
      const rhs = [this.lines[j]!.slice(m.index + m[0].length), ...this.lines.slice(j + 1, end + 1)].join('\n');
      return { start: j, end, rhs };
    }
    return undefined;
  }
}

/** Rule (a): the non-empty literals bound to a credential name. */
function boundToCredential(found: readonly Found[]): Found[] {
  return found.filter((f) => f.literal.raw !== '' && credentialName.test(boundName(f.before) ?? ''));
}

/** Rule (b): the literals left when keys, other names' values, modules, concatenated pieces, algorithm names, credential names and paths are set aside. */
function leftOver(found: readonly Found[]): Found[] {
  return found.filter(({ literal, before, after }) => {
    const raw = literal.raw;
    if (raw === '' || /^\s*(?::(?!:)|=>)/.test(after) || boundName(before) !== undefined) return false;
    if (/\brequire\s*\(?\s*$|\bimport\b.*$|\bfrom\s*$/.test(before)) return false;
    if (/\+\s*$/.test(before) || /^\s*\+/.test(after)) return false;
    if (algorithmOrEncoding.test(raw) || raw.startsWith('/')) return false;
    return !credentialWord.test(raw.replace(/[_-]/g, ''));
  });
}

interface Reported {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** What a name reaches: the literals its binding gives a credential name, or (first hop) the one literal it is bound to, or what the names in its right side reach. */
function reach(src: Source, name: string, before: number, hop: number, seen: Set<string>): Reported[] {
  if (seen.has(name) || hop > 3) return [];
  seen.add(name);
  const b = src.binding(name, before);
  if (!b) return [];
  const inBinding = src.found(b.start, b.end);
  const named = boundToCredential(inBinding);
  if (named.length) return named.map((f) => ({ value: f.literal.raw, start: b.start, end: b.end }));
  const direct = /^\s*(["'`])([^"'`]*)\1\s*;?\s*$/.exec(b.rhs);
  if (direct && hop === 1 && direct[2] !== '') return [{ value: direct[2]!, start: b.start, end: b.end }];
  return src.names(b.start, b.end).filter((n) => n !== name).flatMap((n) => reach(src, n, b.start, hop + 1, seen));
}

/** The literals a marked statement reports, each with the statement that holds it; undefined when several are left open. */
function reportedFor(src: Source, start: number, end: number): Reported[] | undefined {
  const found = src.found(start, end);
  const named = boundToCredential(found);
  if (named.length) return named.map((f) => ({ value: f.literal.raw, start, end }));
  const seen = new Set<string>();
  const reached = src.names(start, end).flatMap((n) => reach(src, n, start, 1, seen));
  if (reached.length) return reached;
  const left = [...new Set(leftOver(found).map((f) => f.literal.raw))];
  if (left.length > 1) return undefined;
  return left.map((value) => ({ value, start, end }));
}

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;

export function dedent(all: readonly string[]): string {
  const lines = all.filter((l) => !bearerMarker.test(l) && !semgrepMarker.test(l));
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map(indentOf));
  return lines.map((l) => l.slice(Math.min(indent, indentOf(l)))).join('\n').replace(/\s+$/, '').replace(/^\s*\n/, '');
}

/** A URL's password is what is reported of a URL with one; placeholder values are set apart. */
function secretItems(src: Source, reported: readonly Reported[], rule: (line: number) => string): EleventhItem[] {
  const byStatement = new Map<string, { start: number; end: number; values: string[] }>();
  for (const r of reported) {
    const key = `${r.start}:${r.end}`;
    const value = urlPassword.exec(r.value)?.[1] ?? r.value;
    const entry = byStatement.get(key) ?? { start: r.start, end: r.end, values: [] };
    entry.values.push(value);
    byStatement.set(key, entry);
  }
  return [...byStatement.values()].map(({ start, end, values }) => {
    const text = dedent(src.lines.slice(start, end + 1));
    const kept = [...new Set(values.filter((v) => !placeholderValue(v)))];
    return kept.length
      ? { text, secrets: kept, label: 'secret' as const, rule: rule(start) }
      : { text, secrets: [...new Set(values)], label: 'secret' as const, rule: rule(start), note: 'a documented example or filler value' as const };
  });
}

/** A line whose only literals name a module (`require`, `import`, a Go import block's line) tests nothing. */
function moduleOnly(src: Source, i: number, inImportBlock: boolean): boolean {
  if (inImportBlock) return true;
  return src.literals(i).every((l) => /\brequire\s*\(?\s*$|^\s*import\b|\bfrom\s*$/.test(src.lines[i]!.slice(0, l.start)));
}

/** Clean line items: every line holding a literal, outside `taken` and comments, modules set aside. */
function cleanLines(src: Source, taken: ReadonlySet<number>, rule: (line: number) => string): EleventhItem[] {
  const out: EleventhItem[] = [];
  let inImport = false;
  src.lines.forEach((line, i) => {
    if (/^\s*import\s*\($/.test(line)) inImport = true;
    else if (inImport && /^\s*\)/.test(line)) inImport = false;
    if (taken.has(i) || src.isComment(i) || src.literals(i).length === 0 || moduleOnly(src, i, inImport)) return;
    out.push({ text: line.trim(), secrets: [], label: 'clean', rule: rule(i) });
  });
  return out;
}

const nextStatement = (src: Source, marker: number) => src.lines.findIndex((l, j) => j > marker && l.trim() !== '' && !src.isComment(j));

/**
 * One Bearer test data file: each annotated statement a secret item (or not taken, said in `report`), every other
 * line holding a literal a clean item. A file without annotations is not taken.
 */
export function labelBearerTestData(file: string, text: string, report: string[]): EleventhItem[] {
  const src = new Source(text, /\.rb$/.test(file));
  const rule = (line: number) => `${file}:${line + 1}`;
  const marked: number[] = src.lines.flatMap((l, i) => (bearerMarker.test(l) ? [i] : []));
  if (marked.length === 0) {
    report.push(`bearer ${file}: no annotation, not taken`);
    return [];
  }
  const taken = new Set<number>();
  const reported: Reported[] = [];
  for (const m of marked) {
    const start = nextStatement(src, m);
    if (start === -1) continue;
    const end = src.statementEnd(start);
    for (let j = start; j <= end; j++) taken.add(j);
    const r = reportedFor(src, start, end);
    if (!r?.length) report.push(`bearer ${file}:${start + 1}: ${r ? 'no literal reported on the statement or through its names' : 'several literals leave open which one is reported'}, not taken`);
    else reported.push(...r);
  }
  for (const r of reported) for (let j = r.start; j <= r.end; j++) taken.add(j);
  return [...secretItems(src, reported, rule), ...cleanLines(src, taken, rule)];
}

/** One njsscan or mobsfscan marked test file: `ruleid` statements of `rules` secret items, `ok` statements holding a literal clean items. */
export function labelSemgrepMarkedFile(source: string, file: string, text: string, rules: readonly string[], report: string[]): EleventhItem[] {
  const src = new Source(text, false);
  const rule = (line: number) => `${file}:${line + 1}`;
  const out: EleventhItem[] = [];
  src.lines.forEach((line, i) => {
    const m = semgrepMarker.exec(line);
    if (!m || !rules.includes(m[2]!)) return;
    const start = nextStatement(src, i);
    if (start === -1) return;
    const end = src.statementEnd(start);
    if (m[1] === 'ok') {
      if (src.found(start, end).length === 0) report.push(`${source} ${file}:${start + 1}: a clean statement without a string literal, not taken`);
      else out.push({ text: dedent(src.lines.slice(start, end + 1)), secrets: [], label: 'clean', rule: rule(start) });
      return;
    }
    const r = reportedFor(src, start, end);
    if (!r?.length) report.push(`${source} ${file}:${start + 1}: ${r ? 'no literal reported on the statement or through its names' : 'several literals leave open which one is reported'}, not taken`);
    else out.push(...secretItems(src, r, rule));
  });
  return out;
}

/** One of njsscan's true_negatives/ files: every line holding a literal is a clean item. */
export function labelNegativeFile(file: string, text: string): EleventhItem[] {
  return cleanLines(new Source(text, false), new Set(), (line) => `${file}:${line + 1}`);
}
