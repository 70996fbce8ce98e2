// The fourteenth holdout's titus part: praetorian titus' own Go tests under pkg/rule/ run one rule alone on inline
// inputs and assert a match or none. The labels, by the rule in corpus/README.md ("The fourteenth holdout"), fixed
// before the redactor ran on any item:
// - a table case with `shouldMatch: true` (or a named input asserted to match) a secret item, `false` a clean item;
// - not taken: a client-side ID's test, and the rule YAML's own examples (a table "from YAML examples", a case named
//   "… from YAML …", a named input holding such a case's value);
// - a secret item's secret: titusSecret; a value the placeholder policy passes scored apart; a clean item holding a
//   positive case's value apart ("holds another case's secret");
// - an item that rewrites a tune source's example (a secret value a tune item lists, a long literal a tune text holds)
//   apart ("a tune source's example": titus ports Nosey Parker's rules, and some tests re-use their examples' values).
import { secretItem } from './passwordCheckTests';
import { evaluateGo, literalEnd } from './talismanDetectorTests';

export type FourteenthNote = 'a documented example or filler value' | "holds another case's secret" | "a tune source's example";

export interface FourteenthItem {
  readonly text: string;
  readonly secrets: string[];
  readonly label: 'secret' | 'clean';
  readonly rule: string;
  readonly note?: FourteenthNote;
}

/** One inline input and its verdict, as a test function asserts it. */
export interface TitusCase {
  readonly test: string;
  readonly name: string;
  readonly input: string;
  readonly shouldMatch: boolean;
  readonly expected?: string;
  /** The function's string constants and variables the input may hold. */
  readonly names: ReadonlyMap<string, string>;
  /** The case is the rule YAML's example (its table or its name says "from YAML"). */
  readonly fromYaml: boolean;
  /** A named input asserted on its own, not a table case. */
  readonly named: boolean;
}

/** The end of a Go expression starting at `i`: the next `,` or newline outside string literals. */
function expressionEnd(text: string, i: number): number {
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === '`') i = literalEnd(text, i) - 1;
    else if (c === ',' || c === '\n') return i;
  }
  return i;
}

/** A test function's `const X = "…"` and `X := "…" [+ …]` bindings, in order (a later one may use an earlier). */
function stringBindings(body: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of body.matchAll(/^\t(?:const (\w+) =|(\w+) :=) (?=["`])/gm)) {
    const start = m.index + m[0].length;
    try {
      names.set((m[1] ?? m[2])!, evaluateGo(body.slice(start, expressionEnd(body, start)), names));
    } catch {
      // not a string expression
    }
  }
  return names;
}

/** The test functions of a file: each `func TestX(t *testing.T) {` to the next one. */
function testFunctions(text: string): { name: string; body: string }[] {
  const heads = [...text.matchAll(/^func (Test\w+)\(t \*testing\.T\) \{$/gm)];
  return heads.map((h, k) => ({ name: h[1]!, body: text.slice(h.index, heads[k + 1]?.index ?? text.length) }));
}

/** Every case of a file's tables and named asserted inputs. */
export function titusCases(text: string): TitusCase[] {
  const out: TitusCase[] = [];
  for (const { name: test, body } of testFunctions(text)) {
    const names = stringBindings(body);
    const table = /testCases := \[\]struct \{[^]*?\n\t\}\{\n/.exec(body);
    if (table) {
      const before = body.slice(0, table.index).trimEnd().split('\n').pop() ?? '';
      const tableFromYaml = /^\s*\/\/.*from YAML/.test(before);
      const end = body.indexOf('\n\t}\n', table.index + table[0].length);
      const cases = body.slice(table.index + table[0].length, end);
      for (const c of cases.split(/\n\t\t\},?\n/)) {
        const field = (key: string) => {
          const at = new RegExp(`\\b${key}:\\s*`).exec(c);
          return at ? c.slice(at.index + at[0].length, expressionEnd(c, at.index + at[0].length)) : undefined;
        };
        const nameExpr = field('name');
        const inputExpr = field('input');
        const verdict = field('shouldMatch');
        if (nameExpr === undefined || inputExpr === undefined || verdict === undefined) continue;
        const name = evaluateGo(nameExpr, names);
        const expectedExpr = field('expectedGroup1');
        out.push({
          test,
          name,
          input: evaluateGo(inputExpr, names),
          shouldMatch: verdict.trim() === 'true',
          ...(expectedExpr ? { expected: evaluateGo(expectedExpr, names) } : {}),
          names,
          fromYaml: tableFromYaml || /from YAML/.test(name),
          named: false,
        });
      }
    }
    // A named input handed to the matcher and asserted to match.
    for (const m of body.matchAll(/matches, err := m\.Match\(\[\]byte\((\w+)\)\)[^]*?assert\.(NotEmpty|Empty)\(t, matches/g)) {
      const input = names.get(m[1]!);
      if (input !== undefined) out.push({ test, name: m[1]!, input, shouldMatch: m[2] === 'NotEmpty', names, fromYaml: false, named: true });
    }
  }
  return out;
}

const userinfo = /[A-Za-z][\w+.-]*:\/\/([^\s/@'"`]+)@/;

/** What a titus positive must have redacted (README's rule, the first that applies). */
export function titusSecret(c: TitusCase): string | undefined {
  if (c.expected) return c.expected;
  const constant = [...c.names].find(([name, value]) => /Token$/.test(name) && c.input.includes(value));
  if (constant) return constant[1];
  const input = /<input\b[^>]*>/i.exec(c.input)?.[0];
  if (input) return /\bvalue=(?:"([^"]*)"|'([^']*)')/i.exec(input)?.slice(1).find((v) => v !== undefined);
  const info = userinfo.exec(c.input)?.[1];
  if (info) return info.includes(':') ? info.slice(info.indexOf(':') + 1) : info;
  const quoted = [...c.input.matchAll(/"([^"]*)"|'([^']*)'/g)].pop();
  if (quoted) return quoted[1] ?? quoted[2];
  const bound = /^\s*[\w.-]+\s*[=:]\s*([^\s/]\S*)\s*$/.exec(c.input);
  if (bound) return bound[1];
  return c.input.trim() || undefined;
}

/** One test file's items: its positive cases secret, its negative ones clean (README's rule). */
export function labelTitusTest(file: string, text: string, report: string[]): FourteenthItem[] {
  const clientId = (c: TitusCase) => /ClientSideID/.test(c.test);
  const cases = titusCases(text);
  const identifiers = cases.filter(clientId);
  for (const c of identifiers) report.push(`titus ${file}#${c.test}/${c.name}: not taken (a client-side ID is a public identifier)`);
  const credentialCases = cases.filter((c) => !clientId(c));
  const yamlValues = new Set(credentialCases.filter((c) => c.fromYaml && c.shouldMatch).map(titusSecret));
  const positiveValues = new Set(credentialCases.filter((c) => c.shouldMatch).map(titusSecret));
  const out: FourteenthItem[] = [];
  for (const c of credentialCases) {
    const rule = `${file}#${c.test}/${c.name}`;
    const secret = c.shouldMatch ? titusSecret(c) : undefined;
    if (c.fromYaml || (c.named && yamlValues.has(secret))) {
      report.push(`titus ${rule}: not taken (the rule YAML's example)`);
      continue;
    }
    if (c.shouldMatch) {
      if (!secret) throw new Error(`titus ${rule}: no secret in a positive case`);
      out.push(secretItem(c.input, [secret], rule));
    } else {
      const held = [...positiveValues].some((v) => v && c.input.includes(v));
      out.push(held ? { text: c.input, secrets: [], label: 'clean', rule, note: "holds another case's secret" } : { text: c.input, secrets: [], label: 'clean', rule });
    }
  }
  return out;
}

/** The literals of a text long enough to name one example: 12 or more characters without blanks or quotes. */
const longLiterals = (text: string) => text.match(/[^\s"'`]{12,}/g) ?? [];

/**
 * A fourteenth-holdout item that rewrites a tune source's example: every secret it lists is a secret of a tune item, or
 * (a clean item) one of its long literals stands in a tune text. Such an item measures what the rules were tuned on.
 */
export function rewritesTuneExample(item: Pick<FourteenthItem, 'text' | 'secrets' | 'label'>, tuneSecrets: ReadonlySet<string>, tuneTexts: readonly string[]): boolean {
  if (item.label === 'secret') return item.secrets.length > 0 && item.secrets.every((s) => tuneSecrets.has(s));
  return longLiterals(item.text).some((l) => tuneTexts.some((t) => t.includes(l)));
}
