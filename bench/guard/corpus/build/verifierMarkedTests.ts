// The fifth holdout's code sources: SonarSource's analysers for C# (sonar-dotnet), Kotlin (sonar-kotlin)
// and JavaScript/TypeScript (SonarJS) keep each rule's cases in one test source that their verifiers
// read: a line whose comment starts `Noncompliant` must be reported, and any issue on a line not so
// marked fails the test. So the tools' own labels are:
// - a `// Noncompliant` line is reported (secret); one whose comment calls it a false positive is apart ("fixme");
// - a `// Compliant` or `// OK` line is not reported (clean); one whose comment says FN or False Negative,
//   or a comment that is only that, is apart ("fixme");
// - an unmarked line holding a string literal is not reported (clean), taken only when it is a whole
//   statement: parentheses and brackets balance, it neither continues the line before nor goes on to the
//   next (no trailing or leading `=`, `+`, `,`, `(`, `=>`, `?`, `:`, `&&`, `||`, `.`), it is not inside
//   a multi-line literal and no `Noncompliant@+N` points at it;
// - in an S6418 (secrets) test, a Compliant or unmarked line holding a URL's password (user and password
//   differ) is the other rule's finding (S2068 reports URL passwords; sonar-kotlin's test says so): a
//   secret item, apart ("matched by another rule").
// Items are the line's code, without its marker comment and indentation. What must be redacted on a
// reported line (reportedValues): the value of each `password=`/`pwd=`/`secret=`/`token=`/`api-key=`/
// `credential=`/`auth=`… inside a literal (quoted, or up to `;`, `&` or a blank; when the literal ends at
// `=`, the literal concatenated after it), else a URL's password, else the password argument of the two
// .NET constructors the C# rule names (`NetworkCredential`'s second, `PasswordDeriveBytes`' first), else
// the line's one value literal (keys of object literals left out). A reported line is skipped, and
// listed, when that value is not a literal written on the line (a name, a `{0}` or `{name}` hole), sits
// in escaped or unterminated quotes, or when several different literals leave open which one is reported.
import type { LabelledSnippet } from './whispersFixtures';

export type FifthNote = 'fixme' | 'matched by another rule' | 'a client identifier';
export type FifthItem = LabelledSnippet & { readonly rule: string; readonly note?: FifthNote };

export interface CodeLiteral {
  /** The text between the quotes as written, escapes kept. */
  readonly raw: string;
  /** Offsets of the literal's first character (its `@`/`$` prefix included) and one past its closing quote. */
  readonly start: number;
  readonly end: number;
}

export interface ScannedLine {
  readonly literals: CodeLiteral[];
  /** Where a `//` comment outside literals starts. */
  readonly commentAt?: number;
  /** The line ends inside a C# verbatim (`@"`) or Kotlin raw (`"""`) literal. */
  readonly open?: 'verbatim' | 'raw';
}

/** One line's literals: '…' and "…" with backslash escapes, C#'s @"…" with doubled quotes, Kotlin's """…""" (a backtick is a Kotlin name's quote, not a literal's). */
export function scanLine(line: string): ScannedLine {
  const literals: CodeLiteral[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '/' && line[i + 1] === '/') return { literals, commentAt: i };
    if (c !== '"' && c !== "'") continue;
    if (c === '"' && line.startsWith('"""', i)) {
      const close = line.indexOf('"""', i + 3);
      if (close === -1) return { literals, open: 'raw' };
      literals.push({ raw: line.slice(i + 3, close), start: i, end: close + 3 });
      i = close + 2;
      continue;
    }
    const prefix = /(?:\$@|@\$|@)$/.exec(line.slice(Math.max(0, i - 2), i))?.[0] ?? '';
    if (c === '"' && prefix.includes('@')) {
      const close = verbatimClose(line, i + 1);
      if (close === -1) return { literals, open: 'verbatim' };
      literals.push({ raw: line.slice(i + 1, close), start: i - prefix.length, end: close + 1 });
      i = close;
      continue;
    }
    let j = i + 1;
    while (j < line.length && line[j] !== c) j += line[j] === '\\' ? 2 : 1;
    if (j >= line.length) break;
    literals.push({ raw: line.slice(i + 1, j), start: i - (line[i - 1] === '$' ? 1 : 0), end: j + 1 });
    i = j;
  }
  return { literals };
}

/** Where a verbatim literal's closing quote is (a doubled quote is an escaped one), or -1. */
function verbatimClose(line: string, from: number): number {
  for (let j = from; j < line.length; j++) {
    if (line[j] !== '"') continue;
    if (line[j + 1] === '"') j++;
    else return j;
  }
  return -1;
}

/** Where an open multi-line literal closes on this line (one past it), or -1. */
function closeOpenLiteral(line: string, open: 'verbatim' | 'raw'): number {
  if (open === 'raw') {
    const at = line.indexOf('"""');
    return at === -1 ? -1 : at + 3;
  }
  const at = verbatimClose(line, 0);
  return at === -1 ? -1 : at + 1;
}

const credentialKey = /(?:password|passwd|pwd|passphrase|secret|token|api[_.-]?key|credential|auth)\s*=\s*/gi;
const urlUserInfo = /[a-z][a-z0-9+.-]*:\/\/([^:@/\s]*):([^@/\s]+)@/i;

/** What a reported line's rule reports (see the header), or why the line is skipped. */
export function reportedValues(code: string): { values: string[] } | { skip: string } {
  const { literals } = scanLine(code);
  const values: string[] = [];
  for (const [index, literal] of literals.entries()) {
    for (const m of literal.raw.matchAll(credentialKey)) {
      const rest = literal.raw.slice(m.index! + m[0].length);
      if (rest.startsWith('\\"') || rest.startsWith('""')) return { skip: 'a value inside escaped quotes' };
      let value: string;
      if (rest.startsWith("'") || rest.startsWith('"')) {
        const close = rest.indexOf(rest[0]!, 1);
        if (close === -1) return { skip: 'a value in unterminated quotes' };
        value = rest.slice(1, close);
      } else value = /^[^;&\s]*/.exec(rest)![0];
      if (value === '' && rest === '') {
        const next = literals[index + 1];
        if (!next || !/^\s*\+\s*$/.test(code.slice(literal.end, next.start))) return { skip: 'the value is not a literal' };
        value = next.raw;
      }
      if (value === '') continue;
      if (value.startsWith('{')) return { skip: 'the value is a format or interpolation hole' };
      values.push(value);
    }
  }
  if (values.length > 0) return { values: [...new Set(values)] };
  for (const literal of literals) {
    const url = urlUserInfo.exec(literal.raw);
    if (!url) continue;
    if (url[2]!.startsWith('{')) return { skip: 'the value is a format or interpolation hole' };
    return { values: [url[2]!] };
  }
  const call = /new\s+(NetworkCredential|PasswordDeriveBytes)\s*\(/.exec(code);
  if (call) {
    const argument = callArguments(code, call.index + call[0].length)[call[1] === 'NetworkCredential' ? 1 : 0];
    const literal = literals.find((l) => argument && l.start >= argument[0] && l.end <= argument[1] && code.slice(argument[0], argument[1]).trim() === code.slice(l.start, l.end));
    return literal ? { values: [literal.raw] } : { skip: 'the value is not a literal' };
  }
  const candidates = literals.filter((l) => l.raw !== '' && !isKey(code, l));
  const distinct = [...new Set(candidates.map((l) => l.raw))];
  if (distinct.length === 0) return { skip: 'the value is not a literal' };
  if (distinct.length > 1) return { skip: 'several literals: which one is reported is not on the line' };
  return { values: distinct };
}

/** An object literal's key: followed by `:`, after `{`, `,`, `(` or at the line's start. */
function isKey(code: string, l: CodeLiteral): boolean {
  return /^\s*:/.test(code.slice(l.end)) && /(?:^|[{,(])\s*$/.test(code.slice(0, l.start));
}

/** The [start, end) spans of a call's top-level arguments, the call's `(` just before `from`. */
function callArguments(code: string, from: number): [number, number][] {
  const spans: [number, number][] = [];
  const literalAt = scanLine(code).literals;
  let depth = 0;
  let start = from;
  for (let i = from; i < code.length; i++) {
    const inLiteral = literalAt.find((l) => i >= l.start && i < l.end);
    if (inLiteral) {
      i = inLiteral.end - 1;
      continue;
    }
    const c = code[i]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    else if (c === ')' || (c === ',' && depth === 0)) {
      spans.push([start, i]);
      start = i + 1;
      if (c === ')') break;
    }
  }
  return spans;
}

const continuesAfter = /(?:[=+,(?:.]|=>|&&|\|\|)$/;
const continuesBefore = /^(?:[+?:.]|&&|\|\|)/;

/** Parentheses and brackets balance outside literals. */
function balanced(code: string, literals: readonly CodeLiteral[]): boolean {
  let parens = 0;
  let brackets = 0;
  for (let i = 0; i < code.length; i++) {
    const inLiteral = literals.find((l) => i >= l.start && i < l.end);
    if (inLiteral) {
      i = inLiteral.end - 1;
      continue;
    }
    if (code[i] === '(') parens++;
    else if (code[i] === ')') parens--;
    else if (code[i] === '[') brackets++;
    else if (code[i] === ']') brackets--;
  }
  return parens === 0 && brackets === 0;
}

/** One verifier-marked test source (see the header): items named file:line. */
export function labelVerifierLines(file: string, source: string, rule: string, report: string[]): FifthItem[] {
  const out: FifthItem[] = [];
  const lines = source.split('\n');
  const targeted = new Set<number>();
  let open: 'verbatim' | 'raw' | undefined;
  let previousCode = '';
  lines.forEach((line, index) => {
    const name = `${file}:${index + 1}`;
    if (open) {
      const close = closeOpenLiteral(line, open);
      if (close !== -1) open = undefined;
      previousCode = close === -1 ? '+' : line.slice(close).trim();
      return;
    }
    const scanned = scanLine(line);
    open = scanned.open;
    const untrimmed = scanned.commentAt === undefined ? line : line.slice(0, scanned.commentAt);
    const code = untrimmed.trim();
    const comment = scanned.commentAt === undefined ? '' : line.slice(scanned.commentAt).replace(/^\/\/\s*/, '').trim();
    const continues = continuesAfter.test(previousCode) || continuesBefore.test(code);
    if (code) previousCode = open ? '+' : code;
    const target = /^Noncompliant@\+(\d+)/i.exec(comment);
    if (!code && target) targeted.add(index + Number(target[1]));
    if (!code || /^\*|^\/\*/.test(code)) return;
    if (targeted.has(index)) {
      report.push(`${name}: a line a Noncompliant@+N marker points at, skipped`);
      return;
    }
    if (/^noncompliant\b/i.test(comment)) {
      const found = reportedValues(code);
      if ('skip' in found) {
        report.push(`${name}: reported, skipped (${found.skip})`);
        return;
      }
      const note = /false.?positive|\bFP\b/i.test(comment) ? ({ note: 'fixme' } as const) : {};
      out.push({ text: code, secrets: found.values, label: 'secret', rule: name, ...note });
      return;
    }
    const marked = /^(?:compliant|ok)\b/i.test(comment) || /^(?:FN|false negative)\b/i.test(comment);
    if (!marked && (scanned.literals.length === 0 || open || continues || continuesAfter.test(code) || !balanced(untrimmed, scanned.literals))) return;
    const url = rule === 'S6418' ? scanned.literals.map((l) => urlUserInfo.exec(l.raw)).find((m) => m && m[1] !== m[2]) : undefined;
    if (url) {
      out.push({ text: code, secrets: [url[2]!], label: 'secret', rule: name, note: 'matched by another rule' });
      return;
    }
    const fixme = /\bFN\b|false negative/i.test(comment) ? ({ note: 'fixme' } as const) : {};
    out.push({ text: code, secrets: [], label: 'clean', rule: name, ...fixme });
  });
  return out;
}
