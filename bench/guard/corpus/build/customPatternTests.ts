// The forty-seventh holdout's labeller (corpus/README.md, "The forty-seventh holdout"): GitHub's custom secret-scanning
// patterns' own tests (advanced-security/secret-scanning-custom-patterns). Each folder's `patterns.yml` gives each pattern
// a `test:` (a string the pattern must match, with the byte span `start_offset` … `end_offset` it must give) and
// `expected:` (the byte spans, by file name, it must find in the folder's test files); the repository's unit test
// (secret-scanning-tools' test.py) fails on a listed span not found and on any match of such a pattern not listed. So:
// a `test:` string is an item whose secret is its span; the line(s) holding expected spans are an item whose secrets are
// those spans; and, in a folder where every pattern has `expected:`, a line no span touches is clean (asserted a
// non-match of every pattern there). Spans are narrowed to the credential value (`narrowToValue`); a pattern that finds
// something other than a credential (an address, an ID, a host name, a public key) gives items apart; stand-ins go
// apart by holdout21's verdict. Nothing is transcribed: the YAML and the test files are read as saved.
import { verdict, type TwentyFirstItem, type TwentyFirstNote } from './scrubberDefaultTests';

export const customPatternSource = 'ghas-custom-patterns';

const NOT_A_CREDENTIAL = 'not a credential (an address, identifier, host name or public key the pattern finds)';
const CUT_VALUE = "the test's offsets cut its value";

export type FortySeventhNote = TwentyFirstNote | typeof NOT_A_CREDENTIAL | typeof CUT_VALUE;

export interface FortySeventhItem extends Omit<TwentyFirstItem, 'note'> {
  note?: FortySeventhNote;
}

/** Patterns whose spans are not credentials (the patterns' names and comments say what they find). */
const notCredentials = new Set(['uuids', 'hardcoded_internal_emails', 'hardcoded_internal_urls', 'any_ipv4_addresses', 'ghcr_typos', 'ssh_public_key', 'azure_sql_connection_string']);

export interface PatternTests {
  type: string;
  /** Each `test:` entry: the data and its byte span (defaults 0 and the data's length, as test.py sets them). */
  tests: { data: string; start?: number; end?: number }[];
  expected: { name: string; start: number; end: number }[];
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** A YAML scalar written on one line: double- or single-quoted, or plain. */
function scalar(raw: string): string {
  const v = raw.trim();
  if (v.startsWith('"')) return JSON.parse(v) as string;
  if (v.startsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

/** The mappings of a block (a mapping, or a list of mappings): each key's value, `|` blocks read as YAML keeps them. */
function mappings(lines: readonly string[]): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  let current: Map<string, string> | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const item = /^(\s*)(- )?([\w]+):\s?(.*)$/.exec(line);
    if (!item) throw new Error(`patterns.yml: unread line ${JSON.stringify(line)}`);
    if (item[2] || !current) out.push((current = new Map()));
    const keyIndent = item[1]!.length + (item[2] ? 2 : 0);
    const value = item[4]!;
    if (/^\|-?\s*$/.test(value)) {
      const block: string[] = [];
      while (i + 1 < lines.length && (!lines[i + 1]!.trim() || indentOf(lines[i + 1]!) > keyIndent)) block.push(lines[++i]!);
      while (block.length && !block[block.length - 1]!.trim()) block.pop();
      const cut = block.length ? indentOf(block[0]!) : 0;
      current.set(item[3]!, block.map((l) => l.slice(cut)).join('\n') + (value.trim() === '|' ? '\n' : ''));
    } else current.set(item[3]!, scalar(value));
  }
  return out;
}

/** Each pattern's `test:` and `expected:` entries, read at the pattern's own key indent (a `test:` under `regex:` is not read, as test.py does not). */
export function readPatterns(yaml: string): PatternTests[] {
  const lines = yaml.replace(/\r\n/g, '\n').split('\n');
  const first = lines.findIndex((l) => /^\s*- name:/.test(l));
  const dash = indentOf(lines[first]!);
  const starts = lines.map((l, i) => (new RegExp(`^ {${dash}}- name:`).test(l) ? i : -1)).filter((i) => i >= 0);
  return starts.map((start, n) => {
    const entry = lines.slice(start, starts[n + 1] ?? lines.length);
    const keyIndent = dash + 2;
    const block = (key: string) => {
      const at = entry.findIndex((l, i) => (i === 0 ? false : new RegExp(`^ {${keyIndent}}${key}:\\s*$`).test(l)));
      if (at < 0) return [];
      const body: string[] = [];
      for (let i = at + 1; i < entry.length; i++) {
        const l = entry[i]!;
        if (l.trim() && !l.trimStart().startsWith('#') && (indentOf(l) < keyIndent || (indentOf(l) === keyIndent && !l.trimStart().startsWith('- ')))) break;
        body.push(l);
      }
      return body;
    };
    const type = /^\s*type:\s*(.+)$/.exec(entry.find((l) => new RegExp(`^ {${keyIndent}}type:`).test(l)) ?? '')?.[1]?.trim();
    if (!type) throw new Error(`patterns.yml: a pattern without a type at line ${start + 1}`);
    const offset = (m: Map<string, string>, key: string) => (m.has(key) ? Number(m.get(key)) : undefined);
    return {
      type,
      tests: mappings(block('test')).map((m) => ({ data: m.get('data')!, start: offset(m, 'start_offset'), end: offset(m, 'end_offset') })),
      expected: mappings(block('expected')).map((m) => ({ name: m.get('name')!, start: Number(m.get('start_offset')), end: Number(m.get('end_offset')) })),
    };
  });
}

/** A byte span of `text` (UTF-8, as test.py scans) as character indices; test.py's defaults 0 and -1 (the data's length). */
function charSpan(text: string, start = 0, end = -1): [number, number] {
  const bytes = Buffer.from(text, 'utf8');
  const to = end === -1 ? bytes.length : end;
  return [bytes.subarray(0, start).toString('utf8').length, bytes.subarray(0, to).toString('utf8').length];
}

const word = /[A-Za-z0-9]/;
/** Whether the span cuts a value: a letter or digit on both sides of either end. */
export function cutsValue(text: string, a: number, b: number): boolean {
  return (a > 0 && word.test(text[a - 1]!) && word.test(text[a]!)) || (b < text.length && word.test(text[b - 1]!) && word.test(text[b]!));
}

const secretName = /secret|passw|pwd|token|key/i;

/** The credential value in a span: a URL's password, a private key's body, a secret-named assignment's value, or the span trimmed. */
export function narrowToValue(span: string): string {
  const userinfo = /^[^:@\s/]+:([^@\s/]+)@/.exec(span) ?? /:\/\/[^:@\s/]*:([^@\s/]+)@/.exec(span);
  if (userinfo) return userinfo[1]!;
  const pem = /-+BEGIN [A-Z ]*PRIVATE KEY(?: BLOCK)?-+(?:\\r|\\n|\r|\n)+/.exec(span);
  if (pem) {
    const body = span.slice(pem.index + pem[0].length);
    const end = /(?:\\r|\\n|\r|\n|\s)*-+END /.exec(body);
    if (!end) throw new Error('a private key span without its END line');
    return body.slice(0, end.index);
  }
  const assignments = [...span.matchAll(/^[ \t]*([A-Za-z_][\w.-]*)["'`]?[ \t]*(?:=>|=|:)[ \t]*(["'`]?)([^\s"'`,;]+)\2/gm)];
  const named = assignments.find((m) => secretName.test(m[1]!) && !/id$/i.test(m[1]!));
  if (named) return named[3]!;
  return span.replace(/^[\s"'`]+|[\s"'`]+$/g, '');
}

/** The items of one folder: its patterns' tests, its expected spans' lines, and (when every pattern has expected spans) its other lines. */
export function labelPatternFolder(folder: string, patternsYaml: string, files: ReadonlyMap<string, string>): FortySeventhItem[] {
  const patterns = readPatterns(patternsYaml);
  const items: FortySeventhItem[] = [];
  for (const p of patterns) {
    for (const [n, t] of p.tests.entries()) {
      const rule = `${folder}/patterns.yml#${p.type} test${p.tests.length > 1 ? ` ${n + 1}` : ''}`;
      const [a, b] = charSpan(t.data, t.start, t.end);
      if (notCredentials.has(p.type)) items.push({ text: t.data, secrets: [], label: 'clean', rule, note: NOT_A_CREDENTIAL });
      else if (cutsValue(t.data, a, b)) items.push({ text: t.data, secrets: [t.data.slice(a, b).trim()], label: 'secret', rule, note: CUT_VALUE });
      else items.push(verdict(t.data, [narrowToValue(t.data.slice(a, b))], rule));
    }
  }
  for (const [name, text] of files) {
    const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
    const lineOf = (at: number) => lineStarts.filter((s) => s <= at).length - 1;
    const spans = patterns.flatMap((p) =>
      p.expected.filter((e) => e.name === name).map((e) => {
        const [a, b] = charSpan(text, e.start, e.end);
        if (cutsValue(text, a, b)) throw new Error(`${folder}/${name}: ${p.type}'s span ${e.start}-${e.end} cuts a value (not the version its offsets were written for)`);
        return { type: p.type, a, b, first: lineOf(a), last: lineOf(Math.max(a, b - 1)) };
      }),
    );
    // Spans on the same or overlapping lines are one item.
    const groups: { first: number; last: number; spans: typeof spans }[] = [];
    for (const s of [...spans].sort((x, y) => x.first - y.first)) {
      const g = groups.find((x) => s.first <= x.last && s.last >= x.first);
      if (g) {
        g.spans.push(s);
        g.last = Math.max(g.last, s.last);
      } else groups.push({ first: s.first, last: s.last, spans: [s] });
    }
    const lineText = (first: number, last: number) => text.slice(lineStarts[first], last + 1 < lineStarts.length ? lineStarts[last + 1]! - 1 : text.length);
    for (const g of groups) {
      const itemText = lineText(g.first, g.last);
      const rule = `${folder}/${name}:${g.first + 1} ${[...new Set(g.spans.map((s) => s.type))].join(', ')}`;
      const secrets = g.spans.filter((s) => !notCredentials.has(s.type)).map((s) => narrowToValue(text.slice(s.a, s.b)));
      items.push(secrets.length ? verdict(itemText, secrets, rule) : { text: itemText, secrets: [], label: 'clean', rule, note: NOT_A_CREDENTIAL });
    }
    if (!patterns.every((p) => p.expected.length)) continue;
    for (let line = 0; line < lineStarts.length; line++) {
      const t = lineText(line, line);
      if (!/[A-Za-z0-9]/.test(t) || groups.some((g) => line >= g.first && line <= g.last)) continue;
      items.push({ text: t, secrets: [], label: 'clean', rule: `${folder}/${name}:${line + 1}` });
    }
  }
  return items;
}
