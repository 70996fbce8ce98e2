// The eighth holdout: GitHub CodeQL's hard-coded credentials query (CWE-798) keeps its cases in test sources
// whose `.expected` file lists every result the query gives: the reported literal's location and what it is
// used as. The labels, by the rule in corpus/README.md ("The eighth holdout"), fixed before the redactor ran
// on any item:
// - each reported literal makes a secret item of its line(s), its secrets the reported values that are not
//   user names (an authorization header's scheme left out);
// - every other line holding a literal is a clean item: the query does not report it;
// - user names, public keys, values the placeholder policy passes, the authors' own known misses, and
//   unreported lines holding a value reported elsewhere (or a JWT or private key) are scored apart.
import { exampleOrFiller } from './semgrepLanguageTests';

export type EighthNote =
  | 'fixme'
  | 'a documented example or filler value'
  | 'a user name'
  | 'a public key'
  | 'a reported value, unreported here'
  | 'a token or key the query does not ask about';

export interface EighthItem {
  readonly text: string;
  readonly secrets: string[];
  readonly label: 'secret' | 'clean';
  readonly rule: string;
  readonly note?: EighthNote;
}

/** A string literal of a source file; lines and columns 1-based, columns of the opening and closing quote. */
export interface SourceLiteral {
  readonly startLine: number;
  readonly startCol: number;
  readonly endLine: number;
  readonly endCol: number;
  /** Between the quotes, as written. */
  readonly value: string;
}

/** A `#select` row as the manifest transcribes it: `<file>:<l>:<c>:<l>:<c> <kind>`. */
export interface ResultRow {
  readonly file: string;
  readonly startLine: number;
  readonly startCol: number;
  readonly endLine: number;
  readonly endCol: number;
  readonly kind: string;
}

export function parseRow(row: string): ResultRow {
  const m = /^(\S+?):(\d+):(\d+):(\d+):(\d+) (.+)$/.exec(row);
  if (!m) throw new Error(`not a result row: ${row}`);
  return { file: m[1]!, startLine: +m[2]!, startCol: +m[3]!, endLine: +m[4]!, endCol: +m[5]!, kind: m[6]! };
}

/** Every string literal of a source, and where each line's comment starts (0-based column; -1 for none). */
export function scanSource(text: string, hashComments: boolean): { literals: SourceLiteral[]; commentAt: number[] } {
  const lines = text.split('\n');
  const literals: SourceLiteral[] = [];
  const commentAt = lines.map(() => -1);
  let line = 0;
  let col = 0;
  const at = (l: number, c: number) => lines[l]?.[c];
  while (line < lines.length) {
    const ch = at(line, col);
    if (ch === undefined) {
      line++;
      col = 0;
      continue;
    }
    if ((ch === '/' && at(line, col + 1) === '/') || (hashComments && ch === '#')) {
      commentAt[line] = col;
      line++;
      col = 0;
      continue;
    }
    if (ch !== '"' && ch !== "'" && ch !== '`') {
      col++;
      continue;
    }
    const triple = hashComments && at(line, col + 1) === ch && at(line, col + 2) === ch;
    const open = triple ? 3 : 1;
    const multiLine = triple || ch === '`';
    let l = line;
    let c = col + open;
    let closed = false;
    while (l < lines.length) {
      const d = at(l, c);
      if (d === undefined) {
        if (!multiLine) break;
        l++;
        c = 0;
        continue;
      }
      if (d === '\\') c += 2;
      else if (d === ch && (!triple || (at(l, c + 1) === ch && at(l, c + 2) === ch))) {
        closed = true;
        break;
      } else c++;
    }
    if (!closed) {
      // An unterminated quote (an apostrophe in prose): not a literal; read on after it.
      col++;
      continue;
    }
    const endCol = c + open - 1;
    literals.push({ startLine: line + 1, startCol: col + 1, endLine: l + 1, endCol: endCol + 1, value: sliceLines(lines, line, col + open, l, c) });
    line = l;
    col = endCol + 1;
  }
  return { literals, commentAt };
}

/** The text from (l1, c1) up to, not including, (l2, c2); 0-based. */
function sliceLines(lines: readonly string[], l1: number, c1: number, l2: number, c2: number): string {
  if (l1 === l2) return lines[l1]!.slice(c1, c2);
  return [lines[l1]!.slice(c1), ...lines.slice(l1 + 1, l2), lines[l2]!.slice(0, c2)].join('\n');
}

const testMarker = /^(?:\$|OK\b|NOT OK\b|BAD\b|GOOD\b)/;
const expectsResult = /^(?:\$\s*Alert\b|BAD\b|NOT OK\b)/;
const missing = /^\$\s*MISSING\b/;
const markedClean = /^(?:OK|GOOD)\b/;
const authScheme = /^(?:Basic|Bearer|Token) (?=\S)/;
const ownName = /^(?:password|secret|token|changeme)$/i;
const userParameter = /user|uid|login/i;
const jwt = /\beyJ[\w-]+\.[\w-]+\.[\w-]+/;

const isUserName = (kind: string) => kind === 'user name' || (kind.startsWith('credentials:') && userParameter.test(kind.slice(12)));

/** Labels one saved test source by its `.expected` rows (those of this file) and its own markers. */
export function labelCodeqlTest(path: string, text: string, rows: readonly ResultRow[], sinkLines: readonly number[], report: string[]): EighthItem[] {
  const hashComments = /\.(?:py|rb)$/.test(path);
  const lines = text.split('\n');
  const { literals, commentAt } = scanSource(text, hashComments);
  const commentOf = (n: number) => (commentAt[n - 1]! >= 0 ? lines[n - 1]!.slice(commentAt[n - 1]! + (hashComments ? 1 : 2)).trim() : '');
  const codeOf = (n: number) => (commentAt[n - 1]! >= 0 ? lines[n - 1]!.slice(0, commentAt[n - 1]!) : lines[n - 1]!);
  const isCommentLine = (n: number) => commentAt[n - 1]! >= 0 && codeOf(n).trim() === '';
  const literalAt = (r: ResultRow) => literals.find((l) => l.startLine === r.startLine && l.startCol === r.startCol && l.endLine === r.endLine && l.endCol === r.endCol);

  // Rows with the same source are one; each must stand on a literal of this version of the file.
  const sources = new Map<string, { literal: SourceLiteral; kinds: string[] }>();
  for (const row of rows) {
    const literal = literalAt(row);
    if (!literal) throw new Error(`${path}: no literal at ${row.startLine}:${row.startCol}:${row.endLine}:${row.endCol}, the .expected and the source differ`);
    const key = `${row.startLine}:${row.startCol}`;
    sources.set(key, { literal, kinds: [...(sources.get(key)?.kinds ?? []), row.kind] });
  }
  const reported = [...sources.values()];
  const opensLine = (l: SourceLiteral) => lines[l.startLine - 1]!.slice(0, l.startCol - 1).trim() === '';
  const spanOf = (l: SourceLiteral): [number, number] => [opensLine(l) && l.startLine > 1 ? l.startLine - 1 : l.startLine, l.endLine];
  for (let n = 1; n <= lines.length; n++) {
    const comment = commentOf(n);
    if (!expectsResult.test(comment)) continue;
    const held = reported.some(({ literal }) => { const [a, b] = spanOf(literal); return n >= a && n <= b; }) || sinkLines.includes(n);
    if (!held) throw new Error(`${path}:${n}: marked as a result, and no row's source or sink is on it`);
  }

  const cut = ([a, b]: [number, number]) => {
    const kept = lines.slice(a - 1, b).map((line, i) => {
      const n = a + i;
      return commentAt[n - 1]! >= 0 && testMarker.test(commentOf(n)) ? codeOf(n).trimEnd() : line;
    });
    const indent = Math.min(...kept.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
    return { text: kept.map((l) => l.slice(Math.min(indent, /^[ \t]*/.exec(l)![0].length))).join('\n'), indent };
  };
  // A literal's value as it reads in the cut text (dedenting also shifts a multi-line literal's own lines).
  const valueIn = (l: SourceLiteral, indent: number) =>
    l.startLine === l.endLine ? l.value : l.value.split('\n').map((part, i) => (i === 0 ? part : part.slice(Math.min(indent, /^[ \t]*/.exec(part)![0].length)))).join('\n');
  const used = new Set<number>();
  const items: EighthItem[] = [];
  const rule = (n: number) => `${path}:${n}`;

  // Secret items: the reported literals, grouped by the lines they are cut with.
  const bySpan = new Map<string, { span: [number, number]; found: typeof reported }>();
  for (const r of reported) {
    const span = spanOf(r.literal);
    const key = span.join('-');
    bySpan.set(key, { span, found: [...(bySpan.get(key)?.found ?? []), r] });
  }
  const knownSecrets = new Set<string>();
  for (const { span, found } of bySpan.values()) {
    for (let n = span[0]; n <= span[1]; n++) used.add(n);
    const { text: cutText, indent } = cut(span);
    const valueOf = (l: SourceLiteral) => { const v = valueIn(l, indent); return authScheme.test(v) ? v.replace(authScheme, '') : v; };
    const users = found.filter((f) => f.kinds.every(isUserName));
    const others = found.filter((f) => !f.kinds.every(isUserName));
    if (others.length === 0) {
      items.push({ text: cutText, secrets: users.map((f) => valueOf(f.literal)), label: 'secret', rule: rule(span[0]), note: 'a user name' });
      continue;
    }
    const isPublic = (l: SourceLiteral) => /PUBLIC KEY/.test(l.value) || /public|(?:^|[\s{,])[ne]\s*:\s*$/i.test(lines[l.startLine - 1]!.slice(0, l.startCol - 1));
    const values = others.map((f) => ({ l: f.literal, v: valueOf(f.literal) }));
    values.forEach(({ v }) => knownSecrets.add(v));
    const publicKeys = values.filter(({ l }) => isPublic(l));
    const placeholders = values.filter(({ l, v }) => !isPublic(l) && (exampleOrFiller(v) || ownName.test(v)));
    const kept = values.filter((x) => !publicKeys.includes(x) && !placeholders.includes(x)).map(({ v }) => v);
    if (kept.length > 0) items.push({ text: cutText, secrets: [...new Set(kept)], label: 'secret', rule: rule(span[0]) });
    else {
      const note = publicKeys.length > 0 ? 'a public key' : 'a documented example or filler value';
      items.push({ text: cutText, secrets: [...new Set(values.map(({ v }) => v))], label: 'secret', rule: rule(span[0]), note });
    }
  }

  // The authors' known misses: a `$ MISSING` line, or the statement under a TODO / FIXME comment.
  const literalsOn = (n: number) => literals.filter((l) => l.startLine === n);
  const isModule = (l: SourceLiteral) => /\brequire\s*\(\s*$/.test(lines[l.startLine - 1]!.slice(0, l.startCol - 1));
  const isKey = (l: SourceLiteral) => /^\s*:/.test(lines[l.endLine - 1]!.slice(l.endCol));
  for (let n = 1; n <= lines.length; n++) {
    if (used.has(n)) continue;
    const underTodo = n > 1 && isCommentLine(n - 1) && /\b(?:TODO|FIXME)\b/.test(commentOf(n - 1));
    if (!missing.test(commentOf(n)) && !(underTodo && !isCommentLine(n))) continue;
    const found = literalsOn(n).filter((l) => !isModule(l) && !isKey(l));
    if (found.length === 0) {
      report.push(`${path}:${n}: a known miss without a literal, not taken`);
      continue;
    }
    const span: [number, number] = [n, Math.max(...found.map((l) => l.endLine))];
    for (let m = span[0]; m <= span[1]; m++) used.add(m);
    const { text: cutText, indent } = cut(span);
    const secrets = [...new Set(found.map((l) => valueIn(l, indent)))];
    secrets.forEach((s) => knownSecrets.add(s));
    items.push({ text: cutText, secrets, label: 'secret', rule: rule(n), note: 'fixme' });
  }

  // Clean items: every other line holding a literal, less comments and imports.
  let inImportBlock = false;
  const importLine = (n: number) => {
    const code = codeOf(n);
    if (/\.go$/.test(path)) {
      if (/^\s*import\s*\(/.test(code)) inImportBlock = true;
      const inside = inImportBlock || /^\s*import\s+\S/.test(code);
      if (inImportBlock && /^\s*\)/.test(code)) inImportBlock = false;
      return inside;
    }
    if (/^\s*import\b.*(?:\bfrom\s*|^\s*import\s*)['"]/.test(code)) return true;
    const onLine = literalsOn(n);
    return onLine.length > 0 && onLine.every(isModule);
  };
  for (let n = 1; n <= lines.length; n++) {
    const isImport = importLine(n);
    if (used.has(n) || isImport || isCommentLine(n)) continue;
    const onLine = literalsOn(n);
    if (onLine.length === 0) continue;
    const span: [number, number] = [n, Math.max(...onLine.map((l) => l.endLine))];
    if (onLine.some((l) => opensLine(l)) && n > 1 && !used.has(n - 1) && literalsOn(n - 1).length === 0 && !isCommentLine(n - 1) && codeOf(n - 1).trim() !== '') span[0] = n - 1;
    for (let m = span[0]; m <= span[1]; m++) used.add(m);
    const { text: cutText, indent } = cut(span);
    let marked = false;
    for (let m = span[0]; m <= span[1]; m++) if (markedClean.test(commentOf(m))) marked = true;
    const values = onLine.map((l) => valueIn(l, indent));
    let note: EighthNote | undefined;
    if (!marked && values.some((v) => knownSecrets.has(v) || knownSecrets.has(v.replace(authScheme, '')))) note = 'a reported value, unreported here';
    else if (!marked && values.some((v) => jwt.test(v) || /PRIVATE KEY/.test(v))) note = 'a token or key the query does not ask about';
    items.push({ text: cutText, secrets: [], label: 'clean', rule: rule(span[0]), ...(note ? { note } : {}) });
  }
  return items;
}
