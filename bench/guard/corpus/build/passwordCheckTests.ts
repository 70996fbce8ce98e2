// The tenth holdout: three hard-coded password checkers whose tests say which line they flag and which they pass —
// ruff's flake8-bandit S105/S106 (a fixture and the snapshot of the diagnostics ruff must report on it),
// SecurityCodeScan's SCS0015 (C#/VB.NET sources verified with or without an expected diagnostic) and
// find-sec-bugs' HARD_CODE_PASSWORD/HARD_CODE_KEY (sample classes and the lines ConstantPasswordDetectorTest
// requires a bug at). The labels, by the rule in corpus/README.md ("The tenth holdout"), fixed before the
// redactor ran on any item:
// - ruff: a fixture line a diagnostic points at is a secret item (its secret the flagged literal, as written),
//   every other line holding a string literal a clean item;
// - SecurityCodeScan: a source verified with an expected SCS0015 is a secret item (its one non-empty literal),
//   one verified with none a clean item;
// - find-sec-bugs: a method holding a listed line is a secret item (the literals it binds to a local or hands to
//   a credential setter), a method holding none and a string literal a clean item;
// - a value the placeholder policy passes is scored apart.
import { exampleOrFiller } from './semgrepLanguageTests';

export type TenthNote = 'a documented example or filler value';

export interface TenthItem {
  readonly text: string;
  readonly secrets: string[];
  readonly label: 'secret' | 'clean';
  readonly rule: string;
  readonly note?: TenthNote;
}

/** A string literal on one line: its text as written (quotes off, escapes kept) and its columns (0-based). */
export interface LineLiteral {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The one-line string literals of `line`: `"…"` (and `'…'` when `singleQuotes`: Python) with backslash escapes
 * (`backslash`: not VB.NET, which doubles its quotes). Text after a comment mark outside literals is not read;
 * a Java/C# `'x'` is a character, not a string.
 */
export function lineLiterals(line: string, options: { singleQuotes: boolean; comment: string; backslash: boolean }): LineLiteral[] {
  const out: LineLiteral[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line.startsWith(options.comment, i)) break;
    const c = line[i]!;
    if (c === "'" && !options.singleQuotes) {
      i = line.indexOf("'", i + (line[i + 1] === '\\' ? 3 : 2));
      if (i < 0) break;
      continue;
    }
    if (c !== '"' && !(c === "'" && options.singleQuotes)) continue;
    let j = i + 1;
    while (j < line.length && line[j] !== c) j += options.backslash && line[j] === '\\' ? 2 : 1;
    if (j >= line.length) break;
    out.push({ value: line.slice(i + 1, j), start: i, end: j });
    i = j;
  }
  return out;
}

const python = { singleQuotes: true, comment: '#', backslash: true };
const java = { singleQuotes: false, comment: '//', backslash: true };
const ownName = /^(?:password|secret|token|changeme)$/i;

/** A value the placeholder policy passes: holdout7's documented example or filler, or the slot's own name alone. */
export function placeholderValue(value: string): boolean {
  return exampleOrFiller(value) || ownName.test(value);
}

/** Secrets the policy passes are taken out; an item left with none is scored apart. */
export function secretItem(text: string, secrets: readonly string[], rule: string): TenthItem {
  const kept = [...new Set(secrets.filter((s) => !placeholderValue(s)))];
  return kept.length ? { text, secrets: kept, label: 'secret', rule } : { text, secrets: [...new Set(secrets)], label: 'secret', rule, note: 'a documented example or filler value' };
}

// --- ruff -----------------------------------------------------------------------------------------------

export interface SnapshotDiagnostic {
  readonly code: string;
  readonly line: number;
  readonly column: number;
  /** The underline's length (its carets). */
  readonly width: number;
  /** The source line as the snapshot quotes it. */
  readonly quoted: string;
}

/** The diagnostics of an insta snapshot of ruff's: `CODE message`, `--> file:line:col`, the quoted lines, the carets. */
export function snapshotDiagnostics(snap: string): SnapshotDiagnostic[] {
  const lines = snap.split('\n');
  const out: SnapshotDiagnostic[] = [];
  for (let i = 0; i < lines.length; i++) {
    const at = /^\s*--> [^:]+:(\d+):(\d+)$/.exec(lines[i]!);
    if (!at) continue;
    const code = /^\[?(S\d+)\]?:? /.exec(lines[i - 1] ?? '')?.[1];
    if (!code) throw new Error(`a diagnostic without its code: ${lines[i - 1]}`);
    const line = Number(at[1]);
    const column = Number(at[2]);
    let quoted: string | undefined;
    let width = 0;
    for (let j = i + 1; j < lines.length && lines[j]!.trim() !== ''; j++) {
      const q = /^\s*(\d+) \|(?: (.*))?$/.exec(lines[j]!);
      if (q && Number(q[1]) === line) {
        quoted = q[2] ?? '';
        width = /^\s*\|\s*(\^+)/.exec(lines[j + 1] ?? '')?.[1]?.length ?? 0;
        break;
      }
    }
    if (quoted === undefined || !width) throw new Error(`${code} at line ${line}: no quoted line or underline`);
    out.push({ code, line, column, width, quoted });
  }
  return out;
}

function dedent(lines: readonly string[]): string {
  const indentOf = (l: string) => l.length - l.trimStart().length;
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map(indentOf));
  return lines.map((l) => l.slice(Math.min(indent, indentOf(l)))).join('\n').replace(/\s+$/, '');
}

/**
 * A ruff fixture labelled by its snapshot: each diagnostic's quoted line must be the fixture's line and its
 * underlined range must hold exactly one string literal (the flagged one), else the build fails.
 */
export function labelRuffFixture(file: string, fixture: string, snap: string): TenthItem[] {
  const lines = fixture.split('\n');
  const flagged = new Map<number, string[]>();
  for (const d of snapshotDiagnostics(snap)) {
    const text = lines[d.line - 1];
    if (text !== d.quoted) throw new Error(`${file}:${d.line}: the snapshot quotes another line`);
    const from = d.column - 1;
    const inside = lineLiterals(text, python).filter((l) => l.start >= from && l.end < from + d.width);
    if (inside.length !== 1) throw new Error(`${file}:${d.line}:${d.column}: ${inside.length} literals under the underline`);
    flagged.set(d.line, [...(flagged.get(d.line) ?? []), inside[0]!.value]);
  }
  const items: TenthItem[] = [];
  lines.forEach((text, index) => {
    if (text.trimStart().startsWith('#') || !lineLiterals(text, python).length) return;
    const rule = `${file}:${index + 1}`;
    const secrets = flagged.get(index + 1);
    items.push(secrets ? secretItem(dedent([text]), secrets, rule) : { text: dedent([text]), secrets: [], label: 'clean', rule });
  });
  return items;
}

// --- SecurityCodeScan ------------------------------------------------------------------------------------

export interface VerifiedSource {
  readonly method: string;
  readonly language: 'csharp' | 'vb';
  /** Which of the method's sources in that language it is (1 for the first assignment). */
  readonly ordinal: number;
  /** The DataRow's value it was filled with, if any. */
  readonly row?: string;
  readonly text: string;
  readonly expected: boolean;
}

/** The content of a C# verbatim string (`@"…"`, `$@"…"`) opening at `at` (its `"`), and the index after it. */
function verbatimString(source: string, at: number): { raw: string; next: number } {
  let j = at + 1;
  for (;;) {
    const q = source.indexOf('"', j);
    if (q < 0) throw new Error('an unterminated verbatim string');
    if (source[q + 1] === '"') j = q + 2;
    else return { raw: source.slice(at + 1, q), next: q + 1 };
  }
}

/** A C# string literal argument of a DataRow, decoded (`\"` → `"`, `\\` → `\`). */
function dataRowValue(literal: string): string {
  return literal.replace(/\\(["\\])/g, '$1');
}

/**
 * Every source a SecurityCodeScan test file verifies: per test method, each `cSharpTest`/`visualBasicTest`
 * assignment, filled from each DataRow, with whether the verify call that reads it expects a diagnostic.
 */
export function verifiedSources(file: string): VerifiedSource[] {
  const out: VerifiedSource[] = [];
  const methods = file.split(/\n(?=[ \t]*\[TestCategory\()/).slice(1);
  for (const body of methods) {
    const method = /public async Task (\w+)\(/.exec(body)?.[1];
    if (!method) throw new Error('a test without its method');
    const rows = [...body.matchAll(/\[DataRow\("((?:[^"\\]|\\.)*)"\)\]/g)].map((m) => dataRowValue(m[1]!));
    const steps: ({ kind: 'source'; variable: string; raw: string; interpolated: boolean; ordinal: number } | { kind: 'verify'; variable: string; expected: boolean })[] = [];
    const step = /(?:var )?(cSharpTest|visualBasicTest) = (\$?)@"|Verify(?:CSharp|VisualBasic)Diagnostic\((cSharpTest|visualBasicTest)(, expected)?\)/g;
    for (let m = step.exec(body); m; m = step.exec(body)) {
      if (m[1]) {
        const { raw, next } = verbatimString(body, m.index + m[0].length - 1);
        steps.push({ kind: 'source', variable: m[1], raw, interpolated: m[2] === '$', ordinal: steps.filter((t) => t.kind === 'source' && t.variable === m![1]).length + 1 });
        step.lastIndex = next;
      } else steps.push({ kind: 'verify', variable: m[3]!, expected: Boolean(m[4]) });
    }
    const current = new Map<string, { raw: string; interpolated: boolean; ordinal: number }>();
    for (const s of steps) {
      if (s.kind === 'source') {
        current.set(s.variable, s);
        continue;
      }
      const src = current.get(s.variable);
      if (!src) throw new Error(`${method}: ${s.variable} verified before it is assigned`);
      const language = s.variable === 'cSharpTest' ? 'csharp' : 'vb';
      const text = src.raw.replace(/""/g, '"');
      if (!src.interpolated) {
        out.push({ method, language, ordinal: src.ordinal, text, expected: s.expected });
        continue;
      }
      if (!rows.length) throw new Error(`${method}: an interpolated source without DataRows`);
      for (const row of rows) {
        const holes = { value: row, vbValue: row.replaceAll('null', 'Nothing') } as Record<string, string>;
        const filled = text.replace(/\{\{|\}\}|\{(\w+)\}/g, (whole, name: string | undefined) => {
          if (!name) return whole[0]!;
          if (!(name in holes)) throw new Error(`${method}: an unknown hole {${name}}`);
          return holes[name]!;
        });
        out.push({ method, language, ordinal: src.ordinal, row, text: filled, expected: s.expected });
      }
    }
  }
  return out;
}

/** A SecurityCodeScan test file's items: a source verified with an expected SCS0015 is secret, one with none clean. */
export function labelSecurityCodeScanTest(file: string, source: string): TenthItem[] {
  return verifiedSources(source).map((v) => {
    const rule = `${file}#${v.method}/${v.language}-${v.ordinal}${v.row === undefined ? '' : `/${v.row}`}`;
    const text = v.text.replace(/^\n+/, '').replace(/\s+$/, '');
    if (!v.expected) return { text, secrets: [], label: 'clean', rule };
    const options = v.language === 'vb' ? { singleQuotes: false, comment: "'", backslash: false } : { ...java };
    const values = text.split('\n').flatMap((l) => lineLiterals(l, options)).map((l) => l.value).filter((s) => s !== '');
    if (values.length !== 1) throw new Error(`${rule}: ${values.length} non-empty literals in a reported source`);
    return secretItem(text, values, rule);
  });
}

// --- find-sec-bugs ---------------------------------------------------------------------------------------

/** The lines ConstantPasswordDetectorTest requires a bug at, per class. */
export function detectorLines(test: string): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const name of ['linesPasswords', 'linesKeys']) {
    const list = new RegExp(`List<Integer> ${name} = Arrays\\.asList\\(([\\d,\\s]+)\\);`).exec(test)?.[1];
    if (!list) throw new Error(`no ${name}`);
    const listed = list.split(',').map((n) => Number(n.trim()));
    const owner = new RegExp(`for \\(Integer line : ${name}\\)[\\s\\S]*?\\.inClass\\("(\\w+)"\\)\\.atLine\\(line\\)`).exec(test)?.[1];
    if (!owner) throw new Error(`no class for ${name}`);
    (out[owner] ??= []).push(...listed);
  }
  for (const m of test.matchAll(/\.inClass\("(\w+)"\)\.atLine\((\d+)\)/g)) (out[m[1]!] ??= []).push(Number(m[2]));
  return out;
}

export interface JavaMethod {
  readonly name: string;
  /** 1-based, the signature's line and the closing brace's. */
  readonly first: number;
  readonly last: number;
}

/** The methods of a sample class: a signature line at the class body's indentation to its closing brace there. */
export function javaMethods(source: string): JavaMethod[] {
  const lines = source.split('\n');
  const out: JavaMethod[] = [];
  lines.forEach((line, i) => {
    const sig = /^( {4})(?:public |private |protected )(?:static )?(?:final )?[\w.<>[\]]+ (\w+)\([^;]*\{$/.exec(line);
    if (!sig) return;
    const last = lines.findIndex((l, j) => j > i && l === `${sig[1]}}`);
    if (last < 0) throw new Error(`method ${sig[2]} has no closing brace`);
    out.push({ name: sig[2]!, first: i + 1, last: last + 1 });
  });
  return out;
}

const bound = /^\s*(?:[\w.<>[\]]+\s+)*\w+\s*=\s*$/;
const boundTail = /^(?:\.toCharArray\(\)|\.getBytes\([^)]*\))?;/;
const credentialCall = /\.?\w*(?:Password|Secret|Key)\w*\($/;

/**
 * The literals a reported method binds to a local (the whole right side of `=`, optionally `.toCharArray()` or
 * `.getBytes(…)`) or hands whole to a call named for a password, secret or key on a listed line.
 */
export function boundLiterals(lines: readonly string[], first: number, listed: ReadonlySet<number>): string[] {
  const out: string[] = [];
  lines.forEach((line, k) => {
    for (const l of lineLiterals(line, java)) {
      const before = line.slice(0, l.start);
      const after = line.slice(l.end + 1);
      if (bound.test(before) && boundTail.test(after)) out.push(l.value);
      else if (listed.has(first + k) && credentialCall.test(before.trimEnd()) && /^\)/.test(after)) out.push(l.value);
    }
  });
  return out;
}

/**
 * A sample class labelled by the detector test's lines: every listed line must lie in a method; a method holding
 * one is a secret item when it binds a literal (else not taken, said in the report), one holding none and a
 * string literal a clean item.
 */
export function labelFindSecBugsClass(file: string, source: string, listed: readonly number[], report: string[]): TenthItem[] {
  const lines = source.split('\n');
  const methods = javaMethods(source);
  for (const n of listed) if (!methods.some((m) => m.first <= n && n <= m.last)) throw new Error(`${file}:${n}: a listed line outside every method`);
  const listedSet = new Set(listed);
  const items: TenthItem[] = [];
  for (const m of methods) {
    const body = lines.slice(m.first - 1, m.last);
    const text = dedent(body);
    const rule = `${file}:${m.first}`;
    if (listed.some((n) => m.first <= n && n <= m.last)) {
      const secrets = boundLiterals(body, m.first, listedSet);
      if (secrets.length) items.push(secretItem(text, secrets, rule));
      else report.push(`find-sec-bugs ${file} ${m.name}: reported, but binds no literal (a field, an array or a number): not taken`);
    } else if (body.some((l) => lineLiterals(l, java).length)) items.push({ text, secrets: [], label: 'clean', rule });
  }
  return items;
}
