// The forty-sixth holdout's labeller (corpus/README.md, "The forty-sixth holdout"): Samsung CredSweeper's expected
// findings over its own sample files. Its test suite scans tests/samples/ with several settings and compares the
// findings with tests/data/*.json: output.json is the default run (filters and ML validator on), no_ml.json the same
// with the ML threshold at 0. Each saved excerpt keeps, per finding, its rule and, per line datum, the reported line,
// its number, the sample path, the value and its offsets. An item is one reported line, its text the line as the
// expectation carries it. A line the default run reports is secret, its secrets the values it names, less those that
// name no credential (an identifier, address, nonce or salt); a line only the ML-off run reports is clean, unless it
// holds a secret of another line of the same sample or its value has CredSweeper's own password form (both apart).
// Then holdout21's verdict (stand-ins, a value written elsewhere).
import { verdict, type TwentyFirstItem, type TwentyFirstNote } from './scrubberDefaultTests';

export type FortySixthNote =
  | TwentyFirstNote
  | 'not a credential (an identifier, address, nonce or salt)'
  | "holds another line's secret"
  | "rejected by the ML validator, but of CredSweeper's own password form";

export interface FortySixthItem extends Omit<TwentyFirstItem, 'note'> {
  note?: FortySixthNote;
}

/** One line datum of a finding: the line as reported, where, and the value at its offsets. */
export interface LineDatum {
  rule: string;
  line: string;
  lineNum: number;
  path: string;
  value: string;
  start: number;
  end: number;
  /** Which finding of its excerpt the datum belongs to (the count of rule lines before it). */
  finding?: number;
}

const keyOrder = ['line', 'line_num', 'path', 'value', 'value_start', 'value_end'] as const;

/**
 * The line data of a saved excerpt: a `"rule"` line (8 blanks in) starts a finding, then each datum's six kept lines
 * in file order. Fails on any other shape, and on a value that is not the line's text at its offsets.
 */
export function excerptFindings(excerpt: string): LineDatum[] {
  const lines = excerpt.split('\n').filter((l) => l !== '');
  const data: LineDatum[] = [];
  let rule: string | undefined;
  let finding = -1;
  for (let at = 0; at < lines.length; ) {
    const ruleLine = /^ {8}"rule": (".*"),$/.exec(lines[at]!);
    if (ruleLine) {
      rule = JSON.parse(ruleLine[1]!) as string;
      finding++;
      at++;
      continue;
    }
    if (!rule) throw new Error(`excerpt line ${at + 1}: a line datum before any rule`);
    const fields = keyOrder.map((key, k) => {
      const m = new RegExp(`^ {16}"${key}": (.*),$`).exec(lines[at + k] ?? '');
      if (!m) throw new Error(`excerpt line ${at + k + 1}: expected "${key}"`);
      return JSON.parse(m[1]!) as string | number;
    });
    const [line, lineNum, path, value, start, end] = fields as [string, number, string, string, number, number];
    if (line.slice(start, end) !== value) throw new Error(`${path}:${lineNum}: the value is not the line's text at its offsets`);
    data.push({ rule, line, lineNum, path: path.replace(/^\.\//, ''), value, start, end, finding });
    at += keyOrder.length;
  }
  return data;
}

const identifierRule = /(?:^|\s)(?:Client )?ID$|Domain$|Bucket$|^UUID$|Email$|Card Number$|^Nonce$|^Salt$|^IPv[46]$/;
const accessKeyId = /^(?:ABIA|ACCA|AGPA|AIDA|AIPA|AKIA|ANPA|ANVA|AROA|APKA|ASCA|ASIA)[0-9A-Z]{16}/;

/**
 * Whether a reported value names no credential: an identifier rule's value, an AWS access key ID (with its scope), an
 * OAuth client ID, a JSON Web Key's key-type member (`"kty": "EC"`, reported beside the key's private member).
 */
export function namesNoCredential(datum: Pick<LineDatum, 'rule' | 'value'>): boolean {
  return identifierRule.test(datum.rule) || accessKeyId.test(datum.value) || /\.apps\.googleusercontent\.com$/.test(datum.value)
    || /^"kty":\s*"[^"]*"$/.test(datum.value);
}

/**
 * The credential in a reported value: a URL's user-info password; a cookie's `name=value` pair (a lower-case snake-case
 * name, as `_gitlab_session=…`) its value; else the value.
 */
export function credentialOf(value: string): string {
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/[^:@/\s]*:([^@\s]+)@/i.exec(value);
  const cookie = /^_?[a-z][a-z0-9_]*=([^\s=;]+)$/.exec(value);
  return userinfo ? userinfo[1]! : cookie ? cookie[1]! : value;
}

/** CredSweeper's own password value class (its pair rules' condition): an upper-case letter, a lower-case one, and a digit or symbol. */
export function hasPasswordForm(value: string): boolean {
  return /[A-Z]/.test(value) && /[a-z]/.test(value) && /[^A-Za-z]/.test(value);
}

/** The items of the default run's and the ML-off run's line data: one per reported line, in first-report order. */
export function labelCredSweeperFindings(defaultRun: readonly LineDatum[], noMlRun: readonly LineDatum[]): (FortySixthItem & { path: string })[] {
  const byLine = (data: readonly LineDatum[]) => {
    const lines = new Map<string, LineDatum[]>();
    for (const d of data) {
      const key = `${d.path}:${d.lineNum}`;
      const seen = lines.get(key);
      if (seen && seen[0]!.line !== d.line) throw new Error(`${key}: two different lines reported`);
      lines.set(key, [...(seen ?? []), d]);
    }
    return lines;
  };
  const reported = byLine(defaultRun);
  const spanOf = pemSpans(defaultRun);
  const widerOnly = [...byLine(noMlRun)].filter(([key]) => !reported.has(key) && !spanOf.has(key));
  const secretsOfSample = new Map<string, Set<string>>();
  for (const d of defaultRun) {
    if (namesNoCredential(d)) continue;
    const set = secretsOfSample.get(d.path) ?? new Set<string>();
    secretsOfSample.set(d.path, set.add(credentialOf(d.value)));
  }
  const items: (FortySixthItem & { path: string })[] = [];
  for (const [key, data] of reported) {
    const span = spanOf.get(key);
    if (span) {
      if (span.first === key) items.push({ ...verdict(span.text, span.secrets, span.rule), path: span.path });
      continue;
    }
    const { line, path } = data[0]!;
    const secrets = data.filter((d) => !namesNoCredential(d)).map((d) => credentialOf(d.value));
    if (!secrets.length) items.push({ text: line, secrets: [], label: 'clean', rule: key, path, note: 'not a credential (an identifier, address, nonce or salt)' });
    else items.push({ ...verdict(line, secrets, key), path });
  }
  for (const [key, data] of widerOnly) {
    const { line, path } = data[0]!;
    const held = [...(secretsOfSample.get(path) ?? [])].some((s) => line.includes(s));
    const note: FortySixthNote | undefined = held ? "holds another line's secret"
      : data.some((d) => hasPasswordForm(d.value)) ? "rejected by the ML validator, but of CredSweeper's own password form"
      : undefined;
    items.push({ text: line, secrets: [], label: 'clean', rule: key, path, ...(note ? { note } : {}) });
  }
  return items;
}

interface PemSpan { first: string; rule: string; path: string; text: string; secrets: string[] }

/**
 * The default run's PEM private-key findings as spans (the label rule's multi-line item): the reported lines from the
 * BEGIN line to the END line joined, their secret the block from the BEGIN marker to the END marker; keyed by each
 * line's `path:line`. Fails on a span whose lines are not consecutive.
 */
function pemSpans(defaultRun: readonly LineDatum[]): Map<string, PemSpan> {
  const findings = new Map<number, LineDatum[]>();
  for (const d of defaultRun) if (d.rule === 'PEM Private Key' && d.finding !== undefined) findings.set(d.finding, [...(findings.get(d.finding) ?? []), d]);
  const spans = new Map<string, PemSpan>();
  for (const data of findings.values()) {
    const lines = [...data].sort((a, b) => a.lineNum - b.lineNum);
    const first = lines[0]!, last = lines[lines.length - 1]!;
    if (lines.some((d, k) => d.lineNum !== first.lineNum + k || d.path !== first.path)) throw new Error(`${first.path}:${first.lineNum}: a PEM finding's lines are not consecutive`);
    const text = lines.map((d) => d.line).join('\n');
    const span = { first: `${first.path}:${first.lineNum}`, rule: `${first.path}:${first.lineNum}-${last.lineNum}`, path: first.path, text, secrets: [text.slice(first.start, text.length - last.line.length + last.end)] };
    for (const d of lines) spans.set(`${d.path}:${d.lineNum}`, span);
  }
  return spans;
}
