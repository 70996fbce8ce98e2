// The twenty-second holdout's labeller (corpus/README.md, "The twenty-second holdout"): infrastructure-as-code linters'
// credential rules and a web scanner's credential-disclosure rules — Azure arm-ttk's credential tests, the Bicep linter's
// five credential rules, cfn-lint's Password rule, OWASP ZAP's passive rules. Each manifest transcribes a test's verdict
// and the values in the slot its rule reads; this file turns them into items the same way for all four.
import { isFillerValue } from './postureCredentialChecks';

export type TwentySecondNote =
  | 'a documented example or filler value'
  | 'the rule reports a reference or an absent value'
  | 'the rule reports a number or an object, not a string'
  | "the test's count leaves the reported value unsaid"
  | 'the rule passes it for its context, not its text'
  | 'not a credential (a user name)'
  | 'not a credential (payment card data)'
  | 'not a credential (personal data)';

export interface TwentySecondItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: TwentySecondNote;
}

/** One test's verdict on a text: reported with the literals its rule reads, or not; a note sets the item apart. */
export interface RuleVerdict<Note extends string = TwentySecondNote> {
  verdict: 'reported' | 'unreported';
  values: readonly string[];
  note?: Note;
}

/** A verdict's item: clean, a secret item, or apart with its reason (every value must stand in the text). */
export function ruleVerdictItem<Note extends string = TwentySecondNote>(
  text: string,
  rule: string,
  { verdict, values, note }: RuleVerdict<Note>,
): Omit<TwentySecondItem, 'note'> & { note?: Note | 'a documented example or filler value' | 'the rule reports a reference or an absent value' } {
  for (const v of values) if (!text.includes(v)) throw new Error(`${rule}: a reported value is not in its text`);
  const label = verdict === 'reported' && values.length > 0 ? 'secret' : 'clean';
  if (note) return { text, secrets: [...new Set(values)], label, rule, note };
  if (verdict === 'unreported') return { text, secrets: [], label: 'clean', rule };
  if (values.length === 0) return { text, secrets: [], label: 'clean', rule, note: 'the rule reports a reference or an absent value' };
  const real = values.filter((v) => !isFillerValue(v));
  if (real.length === 0) return { text, secrets: [...new Set(values)], label: 'secret', rule, note: 'a documented example or filler value' };
  return { text, secrets: [...new Set(real)], label: 'secret', rule };
}

/** A C# string literal at `at`: raw `"""…"""`, verbatim `@"…"` (`""` a quote) or regular `"…"` (backslash escapes). */
export function csharpString(source: string, at: number): string {
  if (source.startsWith('"""', at)) {
    const end = source.indexOf('"""', at + 3);
    // A raw literal's content lies between the line after the opening quotes and the line before the closing ones.
    return source.slice(at + 3, end).replace(/^[ \t]*\r?\n/, '').replace(/\r?\n[ \t]*$/, '');
  }
  if (source.startsWith('@"', at)) {
    let out = '';
    for (let i = at + 2; ; i++) {
      if (source[i] !== '"') out += source[i];
      else if (source[i + 1] === '"') out += source[i++];
      else return out;
    }
  }
  if (source[at] !== '"') throw new Error(`no string literal at ${at}`);
  let out = '';
  for (let i = at + 1; source[i] !== '"'; i++) out += source[i] === '\\' ? ({ n: '\n', t: '\t' } as Record<string, string>)[source[++i]!] ?? source[i] : source[i];
  return out;
}

/**
 * The Bicep texts a linter rule test compiles, in file order: each `[DataRow(` string (after a leading count or pass flag),
 * each verbatim string passed to `CompileAndTest(` or `CompileWithoutRestore(`, and a test's `string bicep = @"…"`.
 */
export function bicepTestTexts(source: string): string[] {
  const starts = /\[DataRow\(\s*(?:(?:\d+|true|false)\s*,\s*)?|(?:CompileAndTest|CompileWithoutRestore)\(\s*(?=@")|string bicep = (?=@")/g;
  return [...source.matchAll(starts)].map((m) => csharpString(source, m.index! + m[0].length));
}

/** A Bicep rule test's items: its texts paired in order with the manifest's cases (a case may be skipped, with its reason). */
export function labelBicepTests(path: string, source: string, cases: readonly (RuleVerdict | { skip: string })[]): TwentySecondItem[] {
  const texts = bicepTestTexts(source);
  if (texts.length !== cases.length) throw new Error(`${path}: ${texts.length} texts, ${cases.length} cases`);
  return texts.flatMap((text, i) => {
    const c = cases[i]!;
    return 'skip' in c ? [] : [ruleVerdictItem(text, `${path}[${i}]`, c)];
  });
}
