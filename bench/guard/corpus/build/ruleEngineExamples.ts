// The twenty-third holdout's labeller (corpus/README.md, "The twenty-third holdout"): rule engines whose credential rules
// carry their own labelled examples — DevSkim's secret rules (each rule's `must-match` / `must-not-match` strings and its
// `.test` files), cfripper's hard-coded credential rules (the templates their tests invoke them on), and the Roslyn
// security analyzers' hard-coded key and certificate rules (CA5390, CA5403: each test's C# text and whether it expects a
// diagnostic). Each manifest transcribes what the test requires; this file pairs it with the saved texts.
import { csharpString, ruleVerdictItem, type RuleVerdict } from './iacCredentialRules';

export type TwentyThirdNote =
  | 'a documented example or filler value'
  | 'the rule reports a reference or an absent value'
  | 'the rule reports a byte array, not a string'
  | 'the rule reports a marker, not a value'
  | 'the reported value is split over several literals'
  | 'the test says the rule misses a hard-coded key';

export interface TwentyThirdItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: TwentyThirdNote;
}

export type ExampleVerdict = RuleVerdict<TwentyThirdNote>;

/** A rule's examples: what each `must-match` string reports (in order) and any note on a `must-not-match` one. */
export interface RuleExamples {
  mustMatch: ExampleVerdict[];
  mustNotMatch?: Record<string, TwentyThirdNote>;
}

/** DevSkim's rule file: every rule's `must-match` strings (reported) and `must-not-match` strings (unreported). */
export function labelDevSkimRules(path: string, source: string, rules: Record<string, RuleExamples>): TwentyThirdItem[] {
  const parsed = JSON.parse(source) as { id: string; 'must-match'?: string[]; 'must-not-match'?: string[] }[];
  return parsed.flatMap((rule) => {
    const examples = rules[rule.id];
    const matches = rule['must-match'] ?? [];
    if (!examples || examples.mustMatch.length !== matches.length) throw new Error(`${path} ${rule.id}: ${matches.length} must-match, the manifest says otherwise`);
    const reported = matches.map((text, i) => ruleVerdictItem(text, `${path}#${rule.id}/must-match[${i}]`, examples.mustMatch[i]!));
    const unreported = (rule['must-not-match'] ?? []).map((text, i) => {
      const note = examples.mustNotMatch?.[String(i)];
      return ruleVerdictItem<TwentyThirdNote>(text, `${path}#${rule.id}/must-not-match[${i}]`, { verdict: 'unreported', values: [], note });
    });
    return [...reported, ...unreported];
  });
}

/** A DevSkim `.test` file: `line: N` headers, a `===` rule, then the text the rule must report on those lines. */
export function labelDevSkimTest(path: string, source: string, verdict: ExampleVerdict): TwentyThirdItem {
  const rule = /^=+$/m.exec(source);
  if (!rule || !/^line: \d+/.test(source)) throw new Error(`${path}: not a DevSkim test file`);
  return ruleVerdictItem(source.slice(rule.index + rule[0].length + 1), path, verdict);
}

/** Each Roslyn analyzer test's C# text (the verbatim string it verifies), its name, and whether it expects a diagnostic. */
export function roslynTestCases(source: string): { test: string; text: string; reported: boolean }[] {
  const calls = [...source.matchAll(/public async Task (\w+)\(\)\s*\{\s*await (?:VerifyCS\.VerifyAnalyzerAsync|VerifyCSharpWithDependenciesAsync)\((?=@")/g)];
  return calls.map((m, i) => {
    const at = m.index! + m[0].length;
    const text = csharpString(source, at);
    // The expected results follow the text up to the next test; a result commented out (`////`) is not expected.
    const rest = source.slice(at, calls[i + 1]?.index ?? source.length).replace(/^\s*\/\/.*$/gm, '');
    return { test: m[1]!, text, reported: rest.includes('GetCSharpResultAt(') };
  });
}

/** A Roslyn analyzer test file's items: every case, its verdict checked against the manifest's transcription. */
export function labelRoslynTests(path: string, source: string, cases: Record<string, ExampleVerdict>): TwentyThirdItem[] {
  const found = roslynTestCases(source);
  if (found.length !== Object.keys(cases).length) throw new Error(`${path}: ${found.length} tests, ${Object.keys(cases).length} transcribed`);
  return found.map(({ test, text, reported }) => {
    const verdict = cases[test];
    if (!verdict || (verdict.verdict === 'reported') !== reported) throw new Error(`${path} ${test}: the transcribed verdict differs from the test`);
    return ruleVerdictItem(text, `${path}#${test}`, verdict);
  });
}
