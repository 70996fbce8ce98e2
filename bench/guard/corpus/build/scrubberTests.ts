// The fifteenth holdout: two redactors' own tests, each case an input and the output the test requires. The labels, by
// the rule in corpus/README.md ("The fifteenth holdout"), fixed before the redactor ran on any item:
// - an input whose required output is the input (the test's own trimming aside) is a clean item;
// - otherwise a secret item, its secrets what the output masks (scrubbedSecrets below);
// - a secret the placeholder policy passes, or a mask over no value (an empty list), scored apart.
import { secretItem } from './passwordCheckTests';

export type FifteenthNote = 'masks no value';

export interface FifteenthItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: 'a documented example or filler value' | FifteenthNote;
}

const quoted = /"([^"\n]*)"|'([^'\n]*)'/g;
const separators = /[\s,[\]{}]+/;
const keptTail = /[A-Za-z0-9_-]/;
// scheme://user:password@ (RFC 3986's userinfo; the password up to the last `@` of the token).
const userinfo = /^(.*?[A-Za-z][A-Za-z0-9+.-]*:\/\/[^:/@\s]+:)(.+)@([^@]*)$/;

/** What one changed token (or line) of the input is masked to: its value, quotes and kept tail aside. */
function maskedValue(before: string, after: string): string[] {
  const url = userinfo.exec(before);
  if (url && after.startsWith(url[1]!) && /^\*+@/.test(after.slice(url[1]!.length))) return [url[2]!];
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  let start = p;
  let end = before.length - s;
  // A masked token keeps its tail (the agent shows a key's last five characters): the value is the whole token.
  while (start > 0 && keptTail.test(before[start - 1]!)) start--;
  while (end < before.length && keptTail.test(before[end]!)) end++;
  const middle = before.slice(start, end).trim();
  const literals = [...middle.matchAll(quoted)].map((m) => m[1] ?? m[2]!);
  if (literals.length > 1 || /^\[/.test(middle)) return literals;
  const value = /^(["'])(.*)\1$/.exec(middle)?.[2] ?? middle.replace(/^["']|["']$/g, '');
  return value ? [value] : [];
}

const meaningful = (line: string) => line.trim() !== '' && !/^\s*#/.test(line);

/** The values an expected output masks in the input: line by line (comments and blank lines, which the scrubber drops,
 * aside), token by token where both lines split alike; a block the output folds into one line gives its quoted literals,
 * or the block itself (a PEM body). */
export function scrubbedSecrets(input: string, expected: string): string[] {
  const a = input.trim().split('\n').filter(meaningful);
  const b = expected.trim().split('\n').filter(meaningful);
  // Longest common subsequence of lines.
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  const region = (removed: string[], added: string[]) => {
    if (!removed.length || !added.length) return;
    if (removed.length === added.length) {
      for (const [k, line] of removed.entries()) {
        const x = line.split(separators).filter(Boolean);
        const y = added[k]!.split(separators).filter(Boolean);
        if (x.length === y.length) x.forEach((t, n) => t !== y[n] && out.push(...maskedValue(t, y[n]!)));
        else out.push(...maskedValue(line.trim(), added[k]!.trim()));
      }
      return;
    }
    const block = removed.join('\n');
    const keyLine = added.length === 1 ? removed.findIndex((l) => added[0]!.startsWith(l.trimEnd())) : -1;
    const body = keyLine === -1 ? removed : removed.slice(keyLine + 1);
    const literals = [...body.join('\n').matchAll(quoted)].map((m) => m[1] ?? m[2]!);
    out.push(...(literals.length ? literals : [body.join('\n').trim() || block.trim()]));
  };
  while (i < a.length || j < b.length) {
    const removed: string[] = [];
    const added: string[] = [];
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i] === b[j]) break;
      if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) removed.push(a[i++]!);
      else added.push(b[j++]!);
    }
    region(removed, added);
    i++;
    j++;
  }
  return [...new Set(out)];
}

/** One case: clean when the output is the input (trimmed, as the tests compare), else a secret item. */
export function scrubberCase(input: string, expected: string, rule: string): FifteenthItem {
  if (input.trim() === expected.trim()) return { text: input, secrets: [], label: 'clean', rule };
  const secrets = scrubbedSecrets(input, expected);
  if (!secrets.length) return { text: input, secrets: [], label: 'clean', rule, note: 'masks no value' };
  return secretItem(input, secrets, rule);
}

const goRaw = '`([^`]*)`';

/** The Datadog Agent's scrubber tests: every `assertClean(t, A, B)` whose arguments are raw literals, the JSON table's
 * cases, and the file pairs the tests scrub (input file, expected file or the test's expected literal). */
export function labelDatadogScrubberTests(files: ReadonlyMap<string, string>, report: string[]): FifteenthItem[] {
  const read = (path: string) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`datadog-agent: ${path} not saved`);
    return text;
  };
  const out: FifteenthItem[] = [];
  const defaults = 'pkg/util/scrubber/default_test.go';
  const test = read(defaults);
  const lineOf = (at: number) => test.slice(0, at).split('\n').length;
  for (const m of test.matchAll(new RegExp(`assertClean\\(t,\\s*(\\w+|${goRaw}),\\s*${goRaw}\\)`, 'g'))) {
    if (m[2] === undefined) {
      report.push(`datadog-agent ${defaults}:${lineOf(m.index!)}: not taken (decided by AddStrippedKeys, an option the test sets)`);
      continue;
    }
    out.push(scrubberCase(m[2], m[3]!, `${defaults}:${lineOf(m.index!)}`));
  }
  const json = 'pkg/util/scrubber/json_scrubber_test.go';
  const table = read(json);
  for (const m of table.matchAll(new RegExp(`name:\\s*"([^"]*)",\\s*input:\\s*\\[\\]byte\\(${goRaw}\\),\\s*expected:\\s*\\[\\]byte\\(${goRaw}\\)`, 'g'))) {
    out.push(scrubberCase(m[2]!, m[3]!, `${json}#TestScrubJSON/${m[1]}`));
  }
  out.push(scrubberCase(read('pkg/util/scrubber/test/conf.yaml'), read('pkg/util/scrubber/test/conf_scrubbed.yaml'), `${defaults}#TestConfigScrubbedValidYaml`));
  const cleaned = /cleanedConfigFile := `([^`]*)`/.exec(test)?.[1];
  if (cleaned === undefined) throw new Error('datadog-agent: TestConfigFile holds no expected literal');
  out.push(scrubberCase(read('pkg/util/scrubber/test/datadog.yaml'), cleaned, `${defaults}#TestConfigFile`));
  return out;
}

/** JavaScript string literals of npm/redact's test: quoted, or a template whose one expression is `'c'.repeat('n')`. */
function jsString(source: string): string | undefined {
  const s = source.trim();
  const plain = /^'([^'\\]*)'$/.exec(s)?.[1];
  if (plain !== undefined) return plain;
  const template = /^`([^`]*)`$/.exec(s)?.[1];
  if (template === undefined) return undefined;
  return template.replace(/\$\{'([^']*)'\.repeat\('(\d+)'\)\}/g, (_, c: string, n: string) => c.repeat(Number(n)));
}

/** npm/redact's test of `redactLog`, the function npm's CLI logs through: each `t.equal(redactLog(X), Y)` and each
 * string element of a `t.same(redactLog([...]), [...])` with its counterpart. */
export function labelNpmRedactTest(path: string, test: string, report: string[]): FifteenthItem[] {
  const out: FifteenthItem[] = [];
  for (const m of test.matchAll(/t\.equal\(\n\s*redactLog\(([^\n]*)\),\n\s*([^\n]*),\n\s*'([^']*)'\n\)/g)) {
    const input = jsString(m[1]!);
    const expected = jsString(m[2]!);
    if (!input || expected === undefined) {
      report.push(`npm-redact ${path}#${m[3]}: not taken (not a non-empty string)`);
      continue;
    }
    out.push(scrubberCase(input, expected, `${path}#${m[3]}`));
  }
  for (const m of test.matchAll(/t\.same\(\n\s*redactLog\(\[\n([^\]]*)\]\),\n\s*\[\n([^\]]*)\],\n\s*'([^']*)'\n\)/g)) {
    const inputs = m[1]!.split(',\n').map((l) => l.trim()).filter(Boolean);
    const outputs = m[2]!.split(',\n').map((l) => l.trim()).filter(Boolean);
    for (const [k, raw] of inputs.entries()) {
      const input = jsString(raw);
      const expected = jsString(outputs[k] ?? '');
      if (!input || expected === undefined) {
        report.push(`npm-redact ${path}#${m[3]}[${k}]: not taken (not a string)`);
        continue;
      }
      out.push(scrubberCase(input, expected, `${path}#${m[3]}[${k}]`));
    }
  }
  return out;
}

/** A Go expression of interpreted string literals and `strings.Repeat("s", a*b)` calls joined by `+`, evaluated. */
export function goStringExpression(expr: string): string {
  const unescape = (s: string) => s.replace(/\\([nbt"\\])/g, (_, c: string) => ({ n: '\n', b: '\b', t: '\t', '"': '"', '\\': '\\' })[c]!);
  let out = '';
  for (const m of expr.matchAll(/"((?:[^"\\]|\\.)*)"|strings\.Repeat\("((?:[^"\\]|\\.)*)", (\d+)(?:\*(\d+))?\)|(\S)/g)) {
    if (m[1] !== undefined) out += unescape(m[1]);
    else if (m[2] !== undefined) out += unescape(m[2]).repeat(Number(m[3]) * Number(m[4] ?? 1));
    else if (m[5] !== '+') throw new Error(`not a Go string expression: ${expr}`);
  }
  return out;
}

/** GitLab Runner's URL sanitizer test: each table case's input, written to the sanitizer in parts split at `|` (the
 * stream is the input without them), and the output it must give, `[MASKED]` where a value was. */
export function labelGitlabUrlSanitizerTest(path: string, test: string): FifteenthItem[] {
  const out: FifteenthItem[] = [];
  const lineOf = (at: number) => test.slice(0, at).split('\n').length;
  for (const m of test.matchAll(/\{\n\s*input:\s*(.+),\n\s*expected:\s*(.+),\n\s*\}/g)) {
    const input = goStringExpression(m[1]!).replace(/\|/g, '');
    const expected = goStringExpression(m[2]!);
    const rule = `${path}:${lineOf(m.index!)}`;
    if (input === expected) {
      out.push({ text: input, secrets: [], label: 'clean', rule });
      continue;
    }
    const parts = expected.split('[MASKED]').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const masked = new RegExp(`^${parts.join('([^]*?)')}$`).exec(input);
    if (!masked) throw new Error(`gitlab-runner ${rule}: the output's text around its masks is not the input's`);
    const secrets = masked.slice(1).filter((s) => s !== '');
    out.push(secrets.length ? secretItem(input, secrets, rule) : { text: input, secrets: [], label: 'clean', rule, note: 'masks no value' });
  }
  return out;
}
