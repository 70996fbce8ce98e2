// The forty-ninth holdout's labeller (corpus/README.md, "The forty-ninth holdout"): detect-secrets forks' own plugins'
// unit tests — IBM's, egressai's, researchandevv's. Each test feeds strings a plugin must report and strings it must
// not, the project's own verdict per item: a string a test asserts reported is a secret item (the secret the credential
// value the test names: the table's expected token, else the value the line gives), a string it asserts not reported is
// a clean item. Cases Yelp's tests of the same plugin also hold are left out (the forks copied them), matched after
// whitespace and quotes are stripped; IP addresses, ARNs, stand-ins the placeholder policy passes and credential-shaped
// negatives only the tested plugin passes go apart.
import { stringLiterals, type SourceLiteral } from './pythonLiterals';
import { placeholderValue } from './passwordCheckTests';
import { verdict, type TwentyFirstNote } from './scrubberDefaultTests';

/** The forks (and IBM's scanning service built on its fork), each saved under raw/<source>/ with the repository its manifest names. */
export const detectSecretsForkSources = ['ibm-detect-secrets', 'egressai-detect-secrets', 'researchandevv-detect-secrets', 'ibm-detect-secrets-stream'] as const;
/** Yelp's tests of the plugins the forks' saved tests share a name with, saved only to leave the forks' copies out. */
export const yelpComparisonSource = 'yelp-detect-secrets-compare';

export type FortyNinthNote =
  | TwentyFirstNote
  | 'an IP address is not a credential'
  | 'not a credential (an identifier the plugin reports)'
  | 'a credential-shaped value only the tested plugin passes'
  | "holds another case's secret";

export interface FortyNinthItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: FortyNinthNote;
}

/** One case a test asserts: the text it feeds, whether the plugin must report it, and the secret the test names. */
export interface AssertedCase {
  text: string;
  reported: boolean;
  /** The credential value the test names (the table's expected token), when it names one. */
  token?: string;
  rule: string;
}

/** Whitespace and quotes out: a case only re-indented, re-quoted or rewrapped is still Yelp's. */
export const stripped = (s: string) => s.replace(/[\s'"]/g, '');

const literalAt = (literals: readonly SourceLiteral[], i: number) => literals.find((l) => l.start === i);

/** The index of the bracket closing the one at `open`, string literals and comments skipped. */
function closingBracket(source: string, open: number, literals: readonly SourceLiteral[]): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const literal = literalAt(literals, i);
    if (literal) {
      i = literal.end;
      continue;
    }
    const c = source[i]!;
    if (c === '#') i = source.indexOf('\n', i);
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth === 0) return i;
  }
  throw new Error(`unbalanced bracket at ${open}`);
}

/** The elements between `open` and `close` split at commas: adjacent literals joined (Python's implicit concatenation), anything else a word. */
function elements(source: string, open: number, close: number, literals: readonly SourceLiteral[]): (string | { word: string })[] {
  const out: (string | { word: string })[] = [];
  let pieces: string[] = [];
  let word = '';
  let depth = 0;
  const flush = () => {
    if (word.trim()) out.push({ word: word.trim() });
    else if (pieces.length) out.push(pieces.join(''));
    pieces = [];
    word = '';
  };
  for (let i = open + 1; i < close; i++) {
    const literal = literalAt(literals, i);
    if (literal) {
      if (depth > 0) word += source.slice(i, literal.end + 1);
      else pieces.push(literal.value);
      i = literal.end;
    } else if (source[i] === '#') i = source.indexOf('\n', i);
    else if (source[i] === ',' && depth === 0) flush();
    else {
      if ('([{'.includes(source[i]!)) depth++;
      else if (')]}'.includes(source[i]!)) depth--;
      word += source[i];
    }
  }
  flush();
  return out;
}

/** The test function a decorator ending at `at` stands on: its name and body (up to the next decorator, def or class). */
function decoratedFunction(source: string, at: number): { name: string; body: string } {
  const m = /def (\w+)\(/.exec(source.slice(at))!;
  const start = at + m.index;
  const next = source.slice(start + 1).search(/\n\s*(?:@|def |class )/);
  return { name: m[1]!, body: source.slice(start, next < 0 ? source.length : start + 1 + next) };
}

/**
 * Every `@pytest.mark.parametrize(…, [ … ])` table: each tuple `(payload, True|False)` or `(token, payload, True|False)`
 * one case (the test asserts the reported secret equals `token`); a list of bare strings takes its verdict from the
 * test function's `assert len(output) >= 1` / `== 0`. A tuple with an expression the labeller does not evaluate is
 * left (said in `left`).
 */
export function parametrizedCases(path: string, source: string, left: string[]): AssertedCase[] {
  const literals = stringLiterals(source, 'python');
  const cases: AssertedCase[] = [];
  for (const m of source.matchAll(/@pytest\.mark\.parametrize\(/g)) {
    const end = closingBracket(source, m.index + m[0].length - 1, literals);
    const list = source.indexOf('[', m.index);
    if (list < 0 || list > end) continue;
    const test = decoratedFunction(source, end);
    const items = elements(source, list, closingBracket(source, list, literals), literals);
    const bodyVerdict = /assert len\(output\) >= 1/.test(test.body) ? true : /assert len\(output\) == 0/.test(test.body) ? false : undefined;
    items.forEach((item, at) => {
      const rule = `${path}#${test.name}[${at + 1}]`;
      if (typeof item === 'string') {
        if (bodyVerdict === undefined) throw new Error(`${rule}: a bare string and no verdict in the test`);
        cases.push({ text: item, reported: bodyVerdict, rule });
        return;
      }
      const tuple = tupleOf(item.word);
      if (!tuple) {
        left.push(`${rule}: an expression the labeller does not evaluate`);
        return;
      }
      cases.push({ ...tuple, rule });
    });
  }
  return cases;
}

/** A tuple written as `( 'a' 'b', 'c', True )`: its strings (adjacent literals joined) and its flag, or undefined. */
function tupleOf(written: string): Omit<AssertedCase, 'rule'> | undefined {
  const inner = written.trim();
  if (!inner.startsWith('(') || !inner.endsWith(')')) return undefined;
  const literals = stringLiterals(inner, 'python');
  const parts = elements(inner, 0, inner.length - 1, literals);
  const flag = parts.at(-1);
  const strings = parts.slice(0, -1);
  if (typeof flag === 'string' || (flag?.word !== 'True' && flag?.word !== 'False')) return undefined;
  if (!strings.every((s): s is string => typeof s === 'string') || strings.length < 1 || strings.length > 2) return undefined;
  const [token, text] = strings.length === 2 ? strings : [undefined, strings[0]!];
  return { text: text!, reported: flag.word === 'True', ...(token ? { token } : {}) };
}

const pythonString = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"`;
const valueOf = (written: string) => stringLiterals(written, 'python')[0]!.value;

/**
 * Named tests: `payload = '…'` then `assert self._scan…(payload) is True|False`; `assert [not] list(d.analyze_line('f',
 * '…', 1))`, or with a `line = '…'` set before it.
 */
export function namedTestCases(path: string, source: string): AssertedCase[] {
  const cases: AssertedCase[] = [];
  for (const m of source.matchAll(/\n {4}def (test_\w+)\(self\):/g)) {
    const next = source.slice(m.index + 1).search(/\n {4}def |\nclass /);
    const body = source.slice(m.index, next < 0 ? source.length : m.index + 1 + next);
    const rule = `${path}#${m[1]}`;
    const scanned = new RegExp(String.raw`payload = (${pythonString})\n\s*assert self\._scan\w*\(payload\) is (True|False)`).exec(body);
    if (scanned) cases.push({ text: valueOf(scanned[1]!), reported: scanned[2] === 'True', rule });
    const analyzed = new RegExp(String.raw`assert (not )?list\(d\.analyze_line\('f', (${pythonString}|line), 1\)\)`).exec(body);
    if (analyzed) {
      const line = analyzed[2] === 'line' ? new RegExp(String.raw`line = (${pythonString})`).exec(body)?.[1] : analyzed[2];
      if (!line) throw new Error(`${rule}: no line`);
      cases.push({ text: valueOf(line), reported: !analyzed[1], rule });
    }
  }
  return cases;
}

/**
 * IBM's scanning service's scan tests: a `def test_run_detect_secrets_…(self):` that writes one text to the diff file it
 * scans (`name = '…'` … `diff_file.write(name)`), then asserts that text among the findings' secrets
 * (`self.assertIn(name, [secret['secret'] …])`, the text its own secret) or that the scan found nothing
 * (`self.assertEqual(0, len(ds_output['results']))`).
 */
export function diffScanCases(path: string, source: string): AssertedCase[] {
  const cases: AssertedCase[] = [];
  for (const m of source.matchAll(/(?:^|\n) {4}def (test_run_detect_secrets_\w+)\(self\):/g)) {
    const next = source.slice(m.index + 1).search(/\n {4}def /);
    const body = source.slice(m.index, next < 0 ? source.length : m.index + 1 + next);
    const written = /diff_file\.write\((\w+)\)/.exec(body)?.[1];
    const text = written && new RegExp(String.raw`\b${written} = (${pythonString})`).exec(body)?.[1];
    if (!text) throw new Error(`${path}#${m[1]}: no text written to the scanned file`);
    const rule = `${path}#${m[1]}`;
    if (new RegExp(String.raw`self\.assertIn\(\s*${written}, \[\s*secret\['secret'\]`).test(body)) cases.push({ text: valueOf(text), reported: true, token: valueOf(text), rule });
    else if (/self\.assertEqual\(0, len\(ds_output\['results'\]\)\)/.test(body)) cases.push({ text: valueOf(text), reported: false, rule });
    else throw new Error(`${rule}: no verdict on the scanned text`);
  }
  return cases;
}

/**
 * The content checker's `java_source_file_tests`: each entry not commented out, its `"content"` the text the test scans
 * as a `.java` file, `"want": secretExpected` one finding, `noSecretExpected` none.
 */
export function contentCheckerCases(path: string, source: string): AssertedCase[] {
  const live = source.split('\n').filter((line) => !/^\s*#/.test(line)).join('\n');
  return [...live.matchAll(/"name":\s*"([^"]*)",\s*"content":\s*'([^'\\]*)',\s*"want":\s*(secretExpected|noSecretExpected),/g)].map((m) => ({
    text: m[2]!,
    reported: m[3] === 'secretExpected',
    rule: `${path}#test_java_source_files[${m[1]}]`,
  }));
}

/**
 * IBM's keyword test's FOLLOWED_BY_TO_AND_QUOTES_RE table (excerpt): its negatives are standard negatives (second
 * excerpt), which test_analyze_standard_negatives requires unreported (third); its positives carry the test's one value.
 */
export function keywordTableCases(path: string, table: string, negativesUse: string, negativesTest: string): AssertedCase[] {
  if (!negativesUse.includes("FOLLOWED_BY_TO_AND_QUOTES_RE.get('negatives').get('quotes_required')")) throw new Error(`${path}: the table's negatives are not standard negatives`);
  if (!/STANDARD_NEGATIVES,[\s\S]*assert len\(output\) == 0/.test(negativesTest)) throw new Error(`${path}: no test requires the standard negatives unreported`);
  const literals = stringLiterals(table, 'python').map((l) => l.value);
  const positives = literals.indexOf('positives');
  const pick = (from: number, to: number) => literals.slice(from, to).filter((v) => v !== 'quotes_required');
  const negatives = pick(literals.indexOf('negatives') + 1, positives).map((text, at) => ({ text, reported: false, rule: `${path}#FOLLOWED_BY_TO_AND_QUOTES_RE.negatives[${at + 1}]` }));
  const reported = pick(positives + 1, literals.length).map((text, at) => ({ text, reported: true, token: /"([^"]+)"$/.exec(text)![1]!, rule: `${path}#FOLLOWED_BY_TO_AND_QUOTES_RE.positives[${at + 1}]` }));
  return [...negatives, ...reported];
}

/**
 * The credential a reported case names: the test's expected token; else, the first that applies, an `Authorization:`
 * scheme's credential, a URL's user-info password, an `AccountKey=` value, and then on the text's last line the last
 * quoted literal's content (narrowed again by what follows), the one token after a key's `=` or `:` (a name or a quote before it) that runs to the end (not itself starting with one),
 * the line's last word.
 */
export function reportedSecret(c: AssertedCase): string {
  if (c.token) return c.token;
  const first = (re: RegExp) => re.exec(c.text)?.[1];
  const named = first(/Authorization:\s*(?:token|Bearer|Basic)\s+([A-Za-z0-9._~+/=-]{8,})/) ?? first(/[a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:([^@\s/]+)@/i) ?? first(/AccountKey=([^;"\s]+)/);
  if (named) return named;
  let line = c.text.split('\n').at(-1)!.trim();
  const quoted = [...line.matchAll(/"([^"]+)"|'([^']+)'/g)].at(-1);
  if (quoted) line = quoted[1] ?? quoted[2]!;
  return /(?<=[\w"'\]])\s*[=:]\s*([^=:\s]\S*)\s*$/.exec(line)?.[1] ?? line.split(/\s+/).at(-1)!;
}

const ipv4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/;
const secretNamedAssignment = /(?:token|key|secret|passw|pwd|auth)\w*["']?\s*[=:]\s*["']?([^\s"'$<{][^\s"']{19,})/i;

/** Prefixes the split's reported values begin with (up to a `-` or `_` among their first eight characters). */
export function reportedPrefixes(secrets: readonly string[]): string[] {
  return [...new Set(secrets.map((s) => /^[A-Za-z0-9]{1,7}[-_]/.exec(s)?.[0]).filter((p): p is string => !!p))];
}

/**
 * The items of one test file's cases: Yelp's copies left out (`yelp`, the stripped text of Yelp's test of the same
 * plugin, and `yelpValues`), the rest labelled by their assertion. `ip` marks the public-IP plugin's cases, all apart;
 * `prefixes` are the split's reported prefixes (`reportedPrefixes`).
 */
export function labelCases(cases: readonly AssertedCase[], yelp: string, yelpValues: readonly string[], ip: boolean, prefixes: readonly string[], left: string[]): FortyNinthItem[] {
  const isYelps = (c: AssertedCase) => {
    const value = c.reported && !ip ? reportedSecret(c) : undefined;
    if (value !== undefined) return yelpValues.includes(value) || (yelp !== '' && yelp.includes(stripped(value)));
    return yelp !== '' && yelp.includes(stripped(c.text));
  };
  const own = cases.filter((c) => {
    if (!c.text.trim()) left.push(`${c.rule}: an empty text`);
    else if (isYelps(c)) left.push(`${c.rule}: Yelp's`);
    else return true;
    return false;
  });
  const reported = own.filter((c) => c.reported && !ip).map(reportedSecret);
  const prefixed = (text: string) => prefixes.some((p) => new RegExp(`(?:^|[^A-Za-z0-9])${p.replace(/[-_]/g, '\\$&')}[A-Za-z0-9_-]{${Math.max(0, 20 - p.length)},}`).test(text));
  return own.map((c): FortyNinthItem => {
    if (ip) return c.reported ? { text: c.text, secrets: [ipv4.exec(c.text)![0]], label: 'secret', rule: c.rule, note: 'an IP address is not a credential' } : { text: c.text, secrets: [], label: 'clean', rule: c.rule, note: 'an IP address is not a credential' };
    if (c.reported) {
      if (/^arn:/.test(c.text)) return { text: c.text, secrets: [c.text.trim()], label: 'secret', rule: c.rule, note: 'not a credential (an identifier the plugin reports)' };
      const secret = reportedSecret(c);
      // holdout10's placeholder policy (a documented example, a filler run), then holdout21's stand-in words.
      if (placeholderValue(secret)) return { text: c.text, secrets: [secret], label: 'secret', rule: c.rule, note: 'a documented example or filler value' };
      return verdict(c.text, [secret], c.rule);
    }
    const clean = { text: c.text, secrets: [], label: 'clean' as const, rule: c.rule };
    if (reported.some((s) => c.text.includes(s))) return { ...clean, note: "holds another case's secret" };
    if (secretNamedAssignment.test(c.text) || prefixed(c.text)) return { ...clean, note: 'a credential-shaped value only the tested plugin passes' };
    return clean;
  });
}
