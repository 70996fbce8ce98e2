// The forty-ninth holdout's labeller (corpus/README.md, "The forty-ninth holdout"): IBM's detect-secrets fork, its own
// plugins' unit tests. Each test parametrises strings a plugin must report and strings it must not, the project's own
// verdict per item: a string a test asserts reported is a secret item (the secret the credential value the test names:
// the table's expected token, else the value the line assigns), a string it asserts not reported is a clean item. Cases
// Yelp's tests of the same plugin also hold are left out (the fork copied them), matched after whitespace and quotes are
// stripped; IP addresses (the public-IP plugin) and stand-ins the placeholder policy passes go apart.
import { stringLiterals, type SourceLiteral } from './pythonLiterals';
import { verdict, type TwentyFirstNote } from './scrubberDefaultTests';

export const ibmDetectSecretsSource = 'ibm-detect-secrets';
/** Yelp's tests of the same plugin names, saved only to leave the fork's copies of them out. */
export const yelpComparisonSource = 'ibm-detect-secrets-yelp';

export type FortyNinthNote = TwentyFirstNote | 'an IP address is not a credential' | "holds another case's secret";

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

/** The index of the bracket closing the one at `open`, string literals and comments skipped. */
function closingBracket(source: string, open: number, literals: readonly SourceLiteral[]): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const literal = literals.find((l) => l.start === i);
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

/** A tuple's elements: adjacent literals joined (Python's implicit concatenation), a bare word as written. */
function tupleElements(source: string, open: number, close: number, literals: readonly SourceLiteral[]): (string | { word: string })[] {
  const elements: (string | { word: string })[] = [];
  let pieces: string[] = [];
  let word = '';
  const flush = () => {
    if (pieces.length) elements.push(pieces.join(''));
    else if (word.trim()) elements.push({ word: word.trim() });
    pieces = [];
    word = '';
  };
  for (let i = open + 1; i < close; i++) {
    const literal = literals.find((l) => l.start === i);
    if (literal) {
      pieces.push(literal.value);
      i = literal.end;
    } else if (source[i] === '#') i = source.indexOf('\n', i);
    else if (source[i] === ',') flush();
    else word += source[i];
  }
  flush();
  return elements;
}

/**
 * Every `@pytest.mark.parametrize(…, [ (…), … ])` table of a test file: each tuple one case, `(payload, True|False)` or
 * `(token, payload, True|False)` (the test asserts the reported secret equals `token`), named after the test function
 * the decorator stands on and the case's place in the table.
 */
export function parametrizedCases(path: string, source: string): AssertedCase[] {
  const literals = stringLiterals(source, 'python');
  const cases: AssertedCase[] = [];
  for (const m of source.matchAll(/@pytest\.mark\.parametrize\(/g)) {
    const end = closingBracket(source, m.index + m[0].length - 1, literals);
    const list = source.indexOf('[', m.index);
    if (list < 0 || list > end) continue;
    const test = /def (\w+)\(/.exec(source.slice(end))?.[1];
    const listEnd = closingBracket(source, list, literals);
    let n = 0;
    for (let i = list + 1; i < listEnd; i++) {
      const literal = literals.find((l) => l.start === i);
      if (literal) {
        i = literal.end;
        continue;
      }
      if (source[i] === '#') i = source.indexOf('\n', i);
      else if (source[i] === '(') {
        const close = closingBracket(source, i, literals);
        const elements = tupleElements(source, i, close, literals);
        const flag = elements.at(-1);
        if (typeof flag === 'string' || (flag?.word !== 'True' && flag?.word !== 'False')) throw new Error(`${path}#${test}: a case without True/False`);
        const strings = elements.slice(0, -1);
        if (!strings.every((s): s is string => typeof s === 'string') || strings.length < 1 || strings.length > 2) throw new Error(`${path}#${test}: a case of ${strings.length} strings`);
        n++;
        const [token, text] = strings.length === 2 ? strings : [undefined, strings[0]!];
        cases.push({ text: text!, reported: flag.word === 'True', ...(token ? { token } : {}), rule: `${path}#${test}[${n}]` });
        i = close;
      }
    }
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
 * The keyword test's FOLLOWED_BY_TO_AND_QUOTES_RE table (excerpt): its negatives are standard negatives (second excerpt),
 * which test_analyze_standard_negatives requires unreported (third); its positives carry the test's one value.
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
 * The credential a reported case names: the test's expected token; else the value the line assigns — the last quoted
 * literal (a Java string), or the one token after an `=` that runs to the end (an .npmrc `_auth` / `_password`, base64 as
 * the file writes it); else the line itself, trimmed (a bare token).
 */
export function reportedSecret(c: AssertedCase): string {
  if (c.token) return c.token;
  const quoted = [...c.text.matchAll(/"([^"]+)"/g)].at(-1)?.[1];
  if (quoted) return quoted;
  return /=\s*(\S+)\s*$/.exec(c.text)?.[1] ?? c.text.trim();
}

const ipv4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/;

/**
 * The items of one plugin's cases: Yelp's copies left out (`yelp`, the stripped text of Yelp's test of the same plugin,
 * and `yelpValues`), the rest labelled by their assertion. `ip` marks the public-IP plugin's cases, all apart.
 */
export function labelCases(cases: readonly AssertedCase[], yelp: string, yelpValues: readonly string[], ip: boolean, left: string[]): FortyNinthItem[] {
  const isYelps = (c: AssertedCase) => {
    const value = c.reported && !ip ? reportedSecret(c) : undefined;
    if (value !== undefined) return yelpValues.includes(value) || yelp.includes(stripped(value));
    return yelp.includes(stripped(c.text));
  };
  const own = cases.filter((c) => {
    if (!isYelps(c)) return true;
    left.push(`${c.rule}: Yelp's`);
    return false;
  });
  const reported = own.filter((c) => c.reported && !ip).map(reportedSecret);
  return own.map((c): FortyNinthItem => {
    if (ip) return c.reported ? { text: c.text, secrets: [ipv4.exec(c.text)![0]], label: 'secret', rule: c.rule, note: 'an IP address is not a credential' } : { text: c.text, secrets: [], label: 'clean', rule: c.rule, note: 'an IP address is not a credential' };
    if (c.reported) return verdict(c.text, [reportedSecret(c)], c.rule);
    return reported.some((s) => c.text.includes(s)) ? { text: c.text, secrets: [], label: 'clean', rule: c.rule, note: "holds another case's secret" } : { text: c.text, secrets: [], label: 'clean', rule: c.rule };
  });
}
