// American Express's earlybird keeps a table of hits its false-positive filter must drop or keep
// (`Test_findFalsePositive` in pkg/scan/falsePositives_test.go): each case a rule's Code, a file
// name, the hit's text (MatchValue or LineValue) and wantIsFP. Its labels, per case of a rule in
// password-secret.yaml (other categories, private keys and card tokens, are not taken):
// - wantIsFP false: earlybird reports the hit, a secret item; its secret is the value the case's
//   rule captures in the text (the pattern's value group, quotes at its ends and trailing blanks
//   left out; the element's text for the XML rules). A case its rule's ported pattern does not
//   match is skipped and listed by the build;
// - wantIsFP true: earlybird drops the hit, a clean item.
import type { LabelledSnippet } from './whispersFixtures';

export interface EarlybirdCase {
  readonly name: string;
  readonly code: number;
  readonly fileName: string;
  readonly text: string;
  readonly wantIsFP: boolean;
}

/** The cases of `Test_findFalsePositive`, in order. */
export function earlybirdCases(source: string): EarlybirdCase[] {
  const start = source.indexOf('func Test_findFalsePositive(');
  const end = source.indexOf('\nfunc ', start + 1);
  const body = source.slice(start, end === -1 ? source.length : end);
  const literal = '(`[^`]*`|"(?:[^"\\\\]|\\\\.)*")';
  const item = new RegExp(
    `\\{\\s*name:\\s*${literal},\\s*hit: Hit\\{\\s*Code:\\s*(\\d+),\\s*Filename:\\s*${literal},\\s*(?:MatchValue|LineValue):\\s*${literal},\\s*\\},\\s*wantIsFP:\\s*(true|false),\\s*\\}`,
    'g',
  );
  return [...body.matchAll(item)].map((m) => ({
    name: goString(m[1]!), code: Number(m[2]), fileName: goString(m[3]!), text: goString(m[4]!), wantIsFP: m[5] === 'true',
  }));
}

// A Go string literal's value: a raw string as written, an interpreted one with its escapes read.
function goString(literal: string): string {
  if (literal.startsWith('`')) return literal.slice(1, -1);
  return literal.slice(1, -1).replace(/\\(.)/g, (_, e: string) => ({ n: '\n', t: '\t', r: '\r' })[e] ?? e);
}

/** An earlybird pattern in JavaScript: its leading `(?i)` becomes the flag. */
export function portEarlybirdPattern(pattern: string): RegExp {
  const insensitive = pattern.startsWith('(?i)');
  return new RegExp(insensitive ? pattern.slice(4) : pattern, insensitive ? 'i' : '');
}

/** The value a rule's pattern captures in a hit's text, or undefined when it does not match. */
export function earlybirdValue(pattern: RegExp, text: string): string | undefined {
  const m = pattern.exec(text);
  if (!m) return undefined;
  const xml = /^<[^>]*>([^<]*)<\//.exec(m[0]);
  const raw = xml ? xml[1]! : m[2] !== undefined && m.length > 2 && !/^password$/i.test(m[2]) ? m[2] : m[0];
  return raw.replace(/^['"]|['"]$/g, '').trimEnd() || undefined;
}

export function labelEarlybirdCases(
  cases: readonly EarlybirdCase[],
  rules: { codes: readonly number[]; patterns: Readonly<Record<string, string>> },
  report: string[],
): (LabelledSnippet & { rule: string })[] {
  const out: (LabelledSnippet & { rule: string })[] = [];
  for (const c of cases) {
    if (!rules.codes.includes(c.code)) continue;
    const rule = `falsePositives_test.go#${c.code}`;
    if (c.wantIsFP) {
      out.push({ text: c.text, secrets: [], label: 'clean', rule });
      continue;
    }
    const pattern = rules.patterns[String(c.code)];
    const value = pattern === undefined ? undefined : earlybirdValue(portEarlybirdPattern(pattern), c.text);
    if (value === undefined) {
      report.push(`earlybird ${rule} (${c.name}): a kept hit its rule's ported pattern does not match, skipped`);
      continue;
    }
    out.push({ text: c.text, secrets: [value], label: 'secret', rule });
  }
  return out;
}
