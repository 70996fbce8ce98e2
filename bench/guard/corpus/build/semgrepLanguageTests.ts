// The seventh holdout: semgrep-rules' language rules for hard-coded credentials keep each rule's cases in
// a test file whose comments are semgrep's own test markers: `ruleid: R` before a statement where rule R
// reports a finding, `ok: R` (or a bare `ok`) before one where it must not, `todoruleid`/`todoid` and
// `todook` before the cases its authors know it gets wrong. The labels, by the rule in corpus/README.md
// ("The seventh holdout"), fixed before the redactor ran on any item:
// - a `ruleid` statement is a secret item whose secrets are the literal(s) the rule reports (reportedIn);
//   when the statement holds none but opens the finding (a require/import, a class or function header),
//   the item is the finding's region (the lines after it up to the next marker or a dedent);
// - an `ok` statement holding a string literal is a clean item;
// - the authors' own known errors, and documented example or filler values, are scored apart.
import type { LabelledSnippet } from './whispersFixtures';

export type SeventhNote = 'fixme' | 'a documented example or filler value';
export type SeventhItem = LabelledSnippet & { readonly rule: string; readonly note?: SeventhNote };

const marker = /^\s*(?:#|\/\/)\s*(ruleid|ok|todoruleid|todoid|todook)\s*(?::\s*([\w-]+))?\s*$/;
const leftAside = /^\s*(?:#|\/\/).*\b(?:ignore|for now|todo|fixme)\b/i;
const credentialName = /secret|passw|passphrase|pass_phrase|pwd|token|key|credential|auth/i;
const algorithmOrEncoding = /^(?:[HRPE]S(?:256|384|512)|sha-?\d*|md5|aes-\d+-\w+|hex|base64|utf-?8|latin1|ascii)$/i;
// Where semgrep reports a multi-line finding at its first line: an import of the library, a declaration's header.
const opensFinding = /\brequire\s*[('"]|^\s*import\b|^\s*(?:(?:public|private|protected|static|abstract|final|export|async)\s+)*(?:class|object|def|function|func|module)\b/;
// The binding forms of a name and a literal, read on the text before the literal (its line up to the quote).
const boundTo = /(?:(?:^|[^\w$@])(:?[$@]{0,2}[A-Za-z_]\w*)|(\[\s*["'][\w.-]+["']\s*\])|(["'][\w.-]+["']))\s*(?:=>|:=|(?<![=!<>:])=|:)\s*(?:\[\]byte\(\s*)?$/;

export interface Literal {
  /** The text between the quotes as written, escapes kept. */
  readonly raw: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** The one-line string literals of a line, and where its comment starts (`#` for Python, Ruby and Terraform, `//` elsewhere and in Terraform). */
export function lineLiterals(line: string, lineNo: number, hashComments: boolean): { literals: Literal[]; code: string } {
  const literals: Literal[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if ((c === '/' && line[i + 1] === '/') || (hashComments && c === '#')) return { literals, code: line.slice(0, i) };
    if (c !== '"' && c !== "'" && c !== '`') continue;
    let j = i + 1;
    while (j < line.length && line[j] !== c) j += line[j] === '\\' ? 2 : 1;
    if (j >= line.length) return { literals, code: line.slice(0, i) };
    literals.push({ raw: line.slice(i + 1, j), line: lineNo, start: i, end: j + 1 });
    i = j;
  }
  return { literals, code: line };
}

/** Brackets opened minus closed in a line's code, literals left out. */
function depthOf(line: string, literals: readonly Literal[], code: string): number {
  let depth = 0;
  for (let i = 0; i < code.length; i++) {
    if (literals.some((l) => i >= l.start && i < l.end)) continue;
    if ('([{'.includes(line[i]!)) depth++;
    else if (')]}'.includes(line[i]!)) depth--;
  }
  return depth;
}

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;
const isComment = (line: string) => /^\s*(?:#|\/\/|\/\*|\*)/.test(line);

/** A statement's lines: the first, then the next ones while its brackets are open. */
function statementAt(lines: readonly string[], at: number, hashComments: boolean): number {
  let depth = 0;
  for (let j = at; j < lines.length; j++) {
    const { literals, code } = lineLiterals(lines[j]!, j, hashComments);
    depth += depthOf(lines[j]!, literals, code);
    if (depth <= 0) return j;
  }
  return lines.length - 1;
}

/** The finding's region: from the statement to the line before the next marker or the first line indented less. */
function regionEnd(lines: readonly string[], at: number): number {
  const indent = indentOf(lines[at]!);
  let last = at;
  for (let j = at + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (marker.test(line)) break;
    if (line.trim() === '') continue;
    if (indentOf(line) < indent) break;
    last = j;
  }
  return last;
}

function literalsIn(lines: readonly string[], from: number, to: number, hashComments: boolean): { literal: Literal; before: string; after: string }[] {
  const out: { literal: Literal; before: string; after: string }[] = [];
  for (let j = from; j <= to; j++) {
    const line = lines[j]!;
    for (const literal of lineLiterals(line, j, hashComments).literals) out.push({ literal, before: line.slice(0, literal.start), after: line.slice(literal.end) });
  }
  return out;
}

/** The name a literal is bound to by one of the binding forms, if any. */
export function boundName(before: string): string | undefined {
  const m = boundTo.exec(before);
  if (!m) return undefined;
  return (m[1] ?? m[2] ?? m[3]!).replace(/^:/, '').replace(/[[\]\s"'$@]/g, '');
}

/** The literals a `ruleid` statement (or region) reports, by rules (a) and (b) of corpus/README.md; undefined when several are left open. */
export function reportedIn(found: readonly { literal: Literal; before: string; after: string }[]): string[] | undefined {
  const named = found.filter((f) => f.literal.raw !== '' && credentialName.test(boundName(f.before) ?? ''));
  if (named.length > 0) return [...new Set(named.map((f) => f.literal.raw))];
  const left = found.filter(({ literal, before, after }) => {
    if (literal.raw === '') return false;
    if (/^\s*(?::(?!:)|=>)/.test(after)) return false;
    if (boundName(before) !== undefined) return false;
    if (/\brequire\s*\(?\s*$|\bimport\b.*$|\bfrom\s*$/.test(before)) return false;
    if (/\+\s*$/.test(before) || /^\s*\+/.test(after)) return false;
    return !algorithmOrEncoding.test(literal.raw);
  });
  const values = [...new Set(left.map((f) => f.literal.raw))];
  return values.length > 1 ? undefined : values;
}

/** A documented example (AWS's `…EXAMPLE…`) or a filler run: the placeholder policy leaves it unredacted. */
export function exampleOrFiller(value: string): boolean {
  if (value.includes('EXAMPLE')) return true;
  const filler = [...value.matchAll(/([xX*\-0])\1{3,}/g)].reduce((n, m) => n + m[0].length, 0);
  return filler * 2 >= value.length;
}

function dedent(lines: readonly string[]): string {
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map(indentOf));
  return lines.map((l) => l.slice(Math.min(indent, indentOf(l)))).join('\n').replace(/\s+$/, '');
}

/** One test file's items; `rules` are its credential rules (the manifest's), the first standing for a bare `ok`. */
export function labelSemgrepLanguageTest(file: string, text: string, rules: readonly string[], report: string[]): SeventhItem[] {
  const hashComments = /\.(?:py|rb|tf)\.txt$/.test(file);
  const lines = text.split('\n');
  const out: SeventhItem[] = [];
  const skip = (why: string, at: number) => report.push(`semgrep-rules-lang ${file}:${at + 1}: ${why}, not taken`);
  lines.forEach((line, i) => {
    const m = marker.exec(line);
    if (!m) return;
    const kind = m[1]!;
    const rule = m[2] ?? (kind === 'ok' ? rules[0] : undefined);
    if (!rule || !rules.includes(rule)) return;
    const at = lines.findIndex((l, j) => j > i && l.trim() !== '' && !isComment(l));
    if (at === -1) return;
    const end = statementAt(lines, at, hashComments);
    const found = literalsIn(lines, at, end, hashComments);
    const fixme = kind.startsWith('todo') || (kind === 'ok' && i > 0 && leftAside.test(lines[i - 1]!));
    const name = `${file.replace(/__/g, '/').replace(/\.txt$/, '')}#${rule}`;
    if (kind === 'ok' || kind === 'todook') {
      if (found.length === 0) return skip('a clean statement without a string literal', at);
      out.push({ text: dedent(lines.slice(at, end + 1)), secrets: [], label: 'clean', rule: name, ...(fixme ? { note: 'fixme' as const } : {}) });
      return;
    }
    let last = end;
    let reported = reportedIn(found);
    if (reported?.length === 0 && opensFinding.test(lines[at]!)) {
      last = Math.max(end, regionEnd(lines, at));
      reported = reportedIn(literalsIn(lines, at, last, hashComments));
    }
    if (reported === undefined) return skip('several literals leave open which one is reported', at);
    if (reported.length === 0) return skip('the reported value is not a literal on the statement or in its region', at);
    const secrets = reported.filter((v) => !exampleOrFiller(v));
    const item = { text: dedent(lines.slice(at, last + 1)), label: 'secret' as const, rule: name };
    if (secrets.length === 0) out.push({ ...item, secrets: reported, note: 'a documented example or filler value' });
    else out.push({ ...item, secrets, ...(fixme ? { note: 'fixme' as const } : {}) });
  });
  return out;
}
