// The sixteenth holdout's second labeller: Microsoft security-utilities' SecretMasker tests (SecretMaskerTests.cs),
// each a literal text given to the masker with the output it requires (corpus/README.md, "The sixteenth holdout"):
// a method's `string input` with its `string expected` (`+++` where the masker masks) or `Assert.AreEqual(input, …)`
// (left as it is); a `[DataRow]` of a method that requires `+++` (the whole input masked) or the input itself; and the
// one text a test requires a detection in (`DetectSecrets(secret)` counted 1), its `{suffix}` filled in.
import { maskedItem, maskedStretches, type RelayItem } from './relayScrubberTests';

const MASK = '+++';

export function labelSecretMaskerTests(path: string, source: string, report: string[]): RelayItem[] {
  const items: RelayItem[] = [];
  const add = (method: string, input: string, output: string | undefined) => {
    const rule = `${path}#${method}`;
    if (output === undefined || output === input) return items.push({ text: input, secrets: [], label: 'clean', rule });
    const stretches = output === MASK ? [input] : maskedStretches(input, output, MASK);
    if (!stretches) return report.push(`security-utilities ${method}: its output is not its input with parts masked`);
    items.push(maskedItem(input, stretches, rule, new Map(stretches.map((s) => [s, stretches.filter((x) => x === s).length]))));
  };
  const methods = source.split(/(?=\n    \[(?:Data)?TestMethod\])/);
  for (const m of methods) {
    const name = /public void (\w+)\(/.exec(m)?.[1];
    if (!name) continue;
    const strings = new Map([...m.matchAll(/string (\w+) = (@?)"((?:[^"\\]|\\.|"")*)";/g)].map((x) => [x[1]!, literal(x[2]!, x[3]!)]));
    const rows = [...m.matchAll(/\[DataRow\((@?)"((?:[^"\\]|\\.|"")*)"/g)].map((x) => literal(x[1]!, x[2]!));
    const interpolated = /string (\w+) = \$"([^"]*)";/.exec(m);
    if (strings.has('input') && strings.has('expected')) add(name, strings.get('input')!, strings.get('expected')!);
    else if (strings.has('input') && /Assert\.AreEqual\(input, (output|actual)\)/.test(m)) add(name, strings.get('input')!, undefined);
    else if (rows.length && /Assert\.AreEqual\("\+\+\+", actual\)/.test(m)) for (const r of rows) add(name, r, MASK);
    else if (rows.length && /Assert\.AreEqual\(input, actual\)/.test(m)) for (const r of rows) add(name, r, undefined);
    else if (interpolated && /DetectSecrets\(\w+\);\s*detections\.Count\(\)\.Should\(\)\.Be\(1\)/.test(m)) {
      add(name, interpolated[2]!.replace(/\{(\w+)\}/g, (_, v: string) => strings.get(v) ?? `{${v}}`), MASK);
    } else report.push(`security-utilities ${name}: no literal input and required output read`);
  }
  return items;
}

/** A C# string literal's value: a verbatim `@"…"` doubles its quotes; a regular one's escapes are the usual ones. */
function literal(verbatim: string, body: string): string {
  return verbatim ? body.replace(/""/g, '"') : (JSON.parse(`"${body}"`) as string);
}
