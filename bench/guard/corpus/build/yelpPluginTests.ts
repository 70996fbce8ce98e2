// The fiftieth holdout's labeller (corpus/README.md, "The fiftieth holdout"): Yelp/detect-secrets' own plugin tests. Each
// plugin's test runs one plugin on the strings of a `@pytest.mark.parametrize` table and asserts a finding or none: a
// string asserted reported is a secret item (its secret the credential value, narrowed by yelpSecret), one asserted not
// reported a clean item. The tables are evaluated as Python does (pythonStringExpressions.ts); the apart rules are the
// forty-ninth holdout's (labelCases), with e-mail addresses, public identifiers and key headers added.
import { labelCases, reportedSecret, type AssertedCase, type FortyNinthItem, type FortyNinthNote } from './detectSecretsForkTests';
import { placeholderValue } from './passwordCheckTests';
import { verdict } from './scrubberDefaultTests';
import { evaluateAt, isTuple, moduleConstants, type PyComment, type PyTuple, type PyValue } from './pythonStringExpressions';

export type FiftiethNote = FortyNinthNote | 'an e-mail address is not a credential' | 'a key header without a key';

export interface FiftiethItem extends Omit<FortyNinthItem, 'note'> {
  note?: FiftiethNote;
}

/** One table of a test file: its parameter names, its rows (each a tuple's values, or one value) and the test it feeds. */
export interface ParamTable {
  readonly names: readonly string[];
  readonly rows: readonly PyValue[][];
  /** The test's own words on each row: the comments just above it or after it on its last line (noqa and pragma left out). */
  readonly why: readonly string[];
  readonly test: string;
  readonly body: string;
}

/** The function a decorator ending at `at` stands on: its name and body (to the next decorator, def or class at its indent or less). */
function decoratedFunction(source: string, at: number): { name: string; body: string } {
  const m = /\n(\s*)def (\w+)\(/.exec(source.slice(at))!;
  const start = at + m.index + 1;
  const indent = m[1]!.length;
  const rest = source.slice(start + 1);
  const next = [...rest.matchAll(/\n( *)(?:@|def |class )/g)].find((n) => n[1]!.length <= indent);
  return { name: m[2]!, body: source.slice(start, next ? start + 1 + next.index : source.length) };
}

const ownWords = (comments: readonly PyComment[], from: number, to: number) =>
  comments.filter((c) => c.at > from && c.at < to && !/^(?:noqa|pragma)\b/.test(c.text)).map((c) => c.text).join('; ');

/** Every `@pytest.mark.parametrize(names, rows)` of a source, evaluated with its module constants. */
export function parametrizeTables(source: string): ParamTable[] {
  const constants = moduleConstants(source);
  const tables: ParamTable[] = [];
  for (const m of source.matchAll(/@pytest\.mark\.parametrize\(/g)) {
    const comments: PyComment[] = [];
    const open = m.index + m[0].length - 1;
    const call = evaluateAt(source, open, constants, comments);
    if (!isTuple(call) || typeof call.items[0] !== 'string' || !isTuple(call.items[1])) throw new Error(`a parametrize call at ${open} not read`);
    const names = call.items[0].split(',').map((n) => n.trim()).filter(Boolean);
    const list = call.items[1] as PyTuple;
    const lineEnd = (i: number) => {
      const e = source.indexOf('\n', i);
      return e < 0 ? source.length : e;
    };
    // A row's own words: from the end of the previous row's last line to the end of its own last line.
    const why = list.spans.map(([, end], k) => ownWords(comments, k ? lineEnd(list.spans[k - 1]![1]) : open, lineEnd(end)));
    const rows = list.items.map((item) => (names.length > 1 && isTuple(item) ? [...item.items] : [item]));
    const end = (comments.at(-1)?.at ?? open) > list.spans.at(-1)![1] ? comments.at(-1)!.at : list.spans.at(-1)![1];
    const { name, body } = decoratedFunction(source, end);
    tables.push({ names, rows, why, test: name, body });
  }
  return tables;
}

const textField = (names: readonly string[]) => names.findIndex((n) => n === 'payload' || n === 'file_content' || n === 'line');

/**
 * The cases of one plugin test file: each row of a table with a text field and a verdict (`should_flag`, or a test that
 * asserts every row reported), the db2 table's expected `token`. Tables of helpers (`content, expected_output`: the other
 * factor a verifier looks for), of limits or status codes are left (said in `left`).
 */
export function pluginCases(path: string, source: string, left: string[]): AssertedCase[] {
  const cases: AssertedCase[] = [];
  for (const table of parametrizeTables(source)) {
    const at = textField(table.names);
    const flag = table.names.indexOf('should_flag');
    const tokenAt = table.names.indexOf('token');
    if (at < 0 || table.names.includes('expected_secret')) {
      left.push(`${path}#${table.test}: a table of ${table.names.join(', ')} (no text with a verdict)`);
      continue;
    }
    const everyReported = /assert len\(output\) == 1\b|assert logic\.analyze_line\(|assert output\b/.test(table.body);
    if (flag < 0 && !everyReported) throw new Error(`${path}#${table.test}: no verdict`);
    table.rows.forEach((row, k) => {
      const text = row[at];
      const rule = `${path}#${table.test}[${k + 1}]${table.why[k] ? `: ${table.why[k]}` : ''}`;
      if (typeof text !== 'string') {
        left.push(`${rule}: a text the labeller does not evaluate`);
        return;
      }
      const said = flag < 0 ? true : row[flag];
      const reported = said === true || (typeof said === 'string' && Number(said) > 0);
      const token = tokenAt >= 0 && typeof row[tokenAt] === 'string' && row[tokenAt] ? (row[tokenAt] as string) : undefined;
      cases.push({ text, reported, ...(token ? { token } : {}), rule });
    });
  }
  return cases;
}

const connectionKey = /(?:^|[\s;,?&"'])(?:password|pwd|accountkey|sharedaccesskey|accesskey|code)\s*=\s*["']?([^;,&"'\s]+)/i;
const userinfo = /[a-z][a-z0-9+.-]*:\/\/([^\s/@'"]+)@/i;

/**
 * What must be redacted in a reported case, the first that applies: the test's expected token; an `Authorization:`
 * scheme's credential; a connection string's password / key / `code` value; the longest of the file's constants (8+
 * characters) or of the values another case of the test feeds alone (one token of letters, digits, `+/._-` and `=` padding, 8+
 * characters) that stands in the text as a whole token (no letter, digit, `_` or `-` either side); a
 * URL's user-info password (the whole user-info when it has no `:`); else holdout49's reportedSecret, a leading `=`/`:`
 * dropped and a `name=value` it returns narrowed to the value.
 */
export function yelpSecret(c: AssertedCase, known: readonly string[]): string {
  if (c.token) return c.token;
  const first = (re: RegExp) => re.exec(c.text)?.[1];
  const named = first(/Authorization:\s*(?:token|Bearer|Basic)\s+([A-Za-z0-9._~+/=-]{8,})/) ?? first(connectionKey);
  if (named) return named;
  const standing = (v: string) => new RegExp(`(?<![\\w-])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(c.text);
  const held = known.filter((v) => v.length >= 8 && v !== c.text.trim() && standing(v)).sort((a, b) => b.length - a.length)[0];
  if (held) return held;
  const info = first(userinfo);
  if (info) return info.includes(':') ? info.slice(info.indexOf(':') + 1) : info;
  let value = reportedSecret({ ...c, text: c.text.trimEnd(), token: undefined }).replace(/^[=:]+/, '');
  for (let m; (m = /^[A-Za-z_][\w.-]*\s*[=:]\s*([^=:\s]\S*)$/.exec(value)); ) value = m[1]!;
  return value;
}

/** The file's string constants and the values its cases feed alone (one token: letters, digits, `+/._-`, `=` padding). */
const knownValues = (constants: readonly string[], cases: readonly AssertedCase[]) => [
  ...constants,
  ...cases.map((c) => c.text.trim()).filter((t) => /^[A-Za-z0-9+/._-]+=*$/.test(t)),
];

const email = /[\w.+-]+@[\w-]+\.[\w.-]+/;
/** An OAuth client ID (Google's) and an Application Insights instrumentation key: identifiers Google and Microsoft call public. */
const publicIdentifier = /([\w-]+\.apps\.googleusercontent\.com)\b|^InstrumentationKey=([^;]+)/;

/** A private-key test's file content: the PEM body's lines (real or written `\n` line ends), or none (a header alone). */
export function pemBody(text: string): string[] {
  const m = /-----BEGIN [A-Z ]*PRIVATE KEY-----([\s\S]*?)-----END [A-Z ]*PRIVATE KEY-----/.exec(text);
  return m ? m[1]!.split(/\\n|\n/).map((l) => l.trim()).filter(Boolean) : [];
}

/** The private-key test's `test_basic` rows: a file content and the secret the scan must report. */
export function privateKeyItems(path: string, source: string): FiftiethItem[] {
  return parametrizeTables(source).filter((t) => t.names.includes('expected_secret')).flatMap((t) =>
    t.rows.map((row, k): FiftiethItem => {
      const text = row[t.names.indexOf('file_content')];
      const expected = row[t.names.indexOf('expected_secret')];
      if (typeof text !== 'string' || typeof expected !== 'string') throw new Error(`${path}#${t.test}[${k + 1}] not evaluated`);
      const rule = `${path}#${t.test}[${k + 1}]`;
      const body = pemBody(text);
      if (!body.length) return { text, secrets: [expected], label: 'secret', rule, note: 'a key header without a key' };
      return verdict(text, body, rule);
    }),
  );
}

/** One plugin test file's items (the e-mail plugin's and public identifiers apart); `prefixes` are the split's (reportedPrefixes). */
export function labelPluginTest(path: string, source: string, prefixes: readonly string[], left: string[]): FiftiethItem[] {
  if (/private_key_test\.py$/.test(path)) return privateKeyItems(path, source);
  const ip = /ip_(?:public|address)_test\.py$/.test(path);
  const withSecrets = casesWithSecrets(path, source, ip, left);
  // labelCases sets a negative apart when it holds any reported value; a stand-in set apart (`pass` in `notapassword`)
  // names no secret, so such a negative is judged again with the scored secrets only.
  const first = labelCases(withSecrets, '', [], ip, prefixes, left);
  const real = first.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets);
  const items: FiftiethItem[] = first.map((item) =>
    item.note === "holds another case's secret" && !real.some((s) => item.text.includes(s)) ? labelCases(withSecrets.filter((c) => c.rule === item.rule), '', [], ip, prefixes, [])[0]! : item,
  );
  return items.map((item) => {
    if (/email_address_test\.py$/.test(path)) return { ...item, secrets: item.label === 'secret' ? [email.exec(item.text)![0]] : [], note: 'an e-mail address is not a credential' };
    const identifier = item.label === 'secret' ? publicIdentifier.exec(item.text) : null;
    if (identifier) return { ...item, secrets: [identifier[1] ?? identifier[2]!], note: 'not a credential (an identifier the plugin reports)' };
    return item;
  });
}

/** A plugin test file's cases, each reported one (not an IP plugin's) with its secret as its token. */
function casesWithSecrets(path: string, source: string, ip: boolean, left: string[]): AssertedCase[] {
  const cases = pluginCases(path, source, left);
  const constants = [...moduleConstants(source).values()].filter((v): v is string => typeof v === 'string');
  const known = knownValues(constants, cases);
  return cases.map((c) => (c.reported && !ip ? { ...c, token: yelpSecret(c, known) } : c));
}

/** The secrets every plugin test file's reported cases give (for reportedPrefixes over the split). */
export function reportedValues(files: readonly { path: string; text: string }[]): string[] {
  return files
    .filter((f) => !/private_key_test\.py$|ip_(?:public|address)_test\.py$|email_address_test\.py$/.test(f.path))
    .flatMap((f) => casesWithSecrets(f.path, f.text, false, []).filter((c) => c.reported).map((c) => c.token!));
}

/**
 * The high-entropy plugin's test: its class table `(plugin, non_secret, secret)` crossed with each method's table —
 * `test_basic`'s `(format, should_be_caught)` and `test_multiple_strings_same_line`'s `(format, num_results)`: the text the
 * format gives; caught (or 1+ results) a secret item, its secrets the row's secret (and `secret + 'a'` when the format
 * writes it), not caught a clean item.
 */
export function labelEntropyTest(path: string, source: string, left: string[]): FiftiethItem[] {
  const tables = parametrizeTables(source);
  const rows = tables.find((t) => t.names.join() === 'plugin,non_secret,secret');
  if (!rows) throw new Error(`${path}: no (plugin, non_secret, secret) table`);
  const items: FiftiethItem[] = [];
  for (const t of tables.filter((t) => t.names[0] === 'format')) {
    rows.rows.forEach((row, r) => {
      const [, nonSecret, secret] = row as [PyValue, string, string];
      t.rows.forEach(([template, said], k) => {
        const rule = `${path}#${t.test}[${r + 1}-${k + 1}]${t.why[k] ? `: ${t.why[k]}` : ''}`;
        const text = (template as string).replace(/\{non_secret\}/g, nonSecret).replace(/\{secret\}/g, secret);
        if (said === false || said === 0) {
          items.push({ text, secrets: [], label: 'clean', rule });
          return;
        }
        const secrets = text.includes(`${secret}a`) ? [secret, `${secret}a`] : [secret];
        items.push(placeholderValue(secret) ? { text, secrets, label: 'secret', rule, note: 'a documented example or filler value' } : verdict(text, secrets, rule));
      });
    });
  }
  for (const t of tables.filter((t) => t.names[0] !== 'format' && t !== rows)) left.push(`${path}#${t.test}: a table of ${t.names.join(', ')} (no text with a verdict)`);
  return items;
}

/**
 * A scan test that names what it finds in a test_data file: `secrets.scan_file('<file>')` then
 * `secret.secret_value.startswith('<prefix>')`: the file whole is a secret item, its secret the quoted literal of the
 * file that starts with the prefix.
 */
export function labelScanTest(testPath: string, test: string, files: ReadonlyMap<string, string>): FiftiethItem[] {
  return [...test.matchAll(/def (test_\w+)\(\):[\s\S]*?secrets\.scan_file\('([^']+)'\)[\s\S]*?secret_value\.startswith\('([^']+)'\)/g)].map((m) => {
    const text = files.get(m[2]!);
    if (text === undefined) throw new Error(`${testPath}#${m[1]}: ${m[2]} not saved`);
    const secret = new RegExp(`['"](${m[3]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^'"]*)['"]`).exec(text)?.[1];
    if (!secret) throw new Error(`${testPath}#${m[1]}: no literal starting ${m[3]} in ${m[2]}`);
    return verdict(text, [secret], `${m[2]} (${testPath}#${m[1]})`);
  });
}
