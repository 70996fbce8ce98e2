// The ninth holdout: Checkmarx KICS's "Passwords And Secrets" query keeps its cases as whole test files —
// positive files, whose findings its positive_expected_result.json lists (file, line, query), and negative files,
// on which the query must report nothing. The labels, by the rule in corpus/README.md ("The ninth holdout"),
// fixed before the redactor ran on any item:
// - a positive file is a secret item, its secrets the values its expected rows report (the manifest pairs each
//   row with the line of the saved version that holds its value: versions moved lines);
// - a negative file is a clean item;
// - values the placeholder policy passes, references and values that are no credential are scored apart.
import { exampleOrFiller } from './semgrepLanguageTests';

export type NinthNote = 'a documented example or filler value' | 'a reference, not a value' | 'not a credential' | 'holds a reported value';

export interface NinthItem {
  readonly text: string;
  readonly secrets: string[];
  readonly label: 'secret' | 'clean';
  readonly rule: string;
  readonly note?: NinthNote;
}

/** An expected row's finding in the saved version: the row's line, the saved line holding the value, the value. */
export interface KicsFinding {
  readonly query: string;
  readonly row: number;
  readonly line: number;
  readonly value: string;
}

export interface KicsFile {
  readonly path: string;
  readonly text: string;
}

const queryPrefix = 'Passwords And Secrets - ';

/** The expected file's rows: `{ fileName, line, query }`, the query's name without the family prefix. */
export function expectedRows(json: string): { fileName: string; line: number; query: string }[] {
  const rows = JSON.parse(json) as { queryName: string; line: number; fileName: string }[];
  return rows.map((r) => {
    if (!r.queryName.startsWith(queryPrefix)) throw new Error(`a row of another query: ${r.queryName}`);
    return { fileName: r.fileName, line: r.line, query: r.queryName.slice(queryPrefix.length) };
  });
}

/** Why a finding's value is scored apart, if it is. */
export function apartNote(value: string, lineText: string): NinthNote | undefined {
  if (exampleOrFiller(value)) return 'a documented example or filler value';
  if (value === 'null' || /^\{\{.*\}\}$/s.test(value) || /^\$\{.*\}$/s.test(value)) return 'a reference, not a value';
  if (value.endsWith('.apps.googleusercontent.com') || onlyUserName(value) || insideArn(value, lineText)) return 'not a credential';
  return undefined;
}

function onlyUserName(value: string): boolean {
  try {
    const parsed = JSON.parse(value) as unknown;
    return typeof parsed === 'object' && parsed !== null && Object.keys(parsed).join() === 'username';
  } catch {
    return false;
  }
}

// A segment of an ARN: the text from its last `arn:` to the value holds no blank or quote.
function insideArn(value: string, lineText: string): boolean {
  const at = lineText.indexOf(value);
  const arn = lineText.lastIndexOf('arn:', at);
  return arn !== -1 && !/[\s"']/.test(lineText.slice(arn, at));
}

/** Why the saved version does not hold the rows (undefined when every row stands on its finding). */
export function mismatch(text: string, rows: readonly { line: number; query: string }[], findings: readonly KicsFinding[]): string | undefined {
  const key = (q: string, l: number) => `${q}@${l}`;
  const want = rows.map((r) => key(r.query, r.line)).sort();
  const have = findings.map((f) => key(f.query, f.row)).sort();
  if (want.join('|') !== have.join('|')) return `its findings (${have.join(', ') || 'none'}) are not its rows (${want.join(', ')})`;
  const lines = text.split('\n');
  for (const f of findings) {
    if (!f.value) return `an empty value at line ${f.line}`;
    if (!f.value.includes('\n')) {
      if (!(lines[f.line - 1] ?? '').includes(f.value)) return `line ${f.line} does not hold ${f.query}'s value`;
      continue;
    }
    // A block's value (a key's body) starts on its line or below it, with no blank line between.
    const lineStart = lines.slice(0, f.line - 1).reduce((n, l) => n + l.length + 1, 0);
    const at = text.indexOf(f.value, lineStart);
    if (at === -1 || /\n[ \t]*\n/.test(text.slice(lineStart, at))) return `the block at line ${f.line} does not hold ${f.query}'s value`;
  }
  return undefined;
}

/**
 * The items of the positive and negative files: a positive whose saved version holds its rows is a secret item
 * (values apart taken out of its secrets; one with none left is apart), a negative a clean item.
 */
export function labelKicsTests(
  positives: readonly (KicsFile & { rows: { line: number; query: string }[]; findings: KicsFinding[] })[],
  negatives: readonly KicsFile[],
  report: string[],
): NinthItem[] {
  const items: NinthItem[] = [];
  const reported: string[] = [];
  for (const p of positives) {
    const why = mismatch(p.text, p.rows, p.findings);
    if (why) {
      report.push(`kics ${p.path}: not taken: ${why}`);
      continue;
    }
    const lines = p.text.split('\n');
    const notes = p.findings.map((f) => apartNote(f.value, lines[f.line - 1] ?? ''));
    const scored = [...new Set(p.findings.filter((_, i) => !notes[i]).map((f) => f.value))];
    reported.push(...scored);
    if (scored.length) items.push({ text: p.text, secrets: scored, label: 'secret', rule: p.path });
    else items.push({ text: p.text, secrets: [...new Set(p.findings.map((f) => f.value))], label: 'secret', rule: p.path, note: notes[0]! });
  }
  for (const n of negatives) {
    const holds = reported.some((v) => v.length >= 8 && n.text.includes(v));
    items.push({ text: n.text, secrets: [], label: 'clean', rule: n.path, ...(holds ? { note: 'holds a reported value' as const } : {}) });
  }
  return items;
}
