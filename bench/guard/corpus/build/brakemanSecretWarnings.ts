// The eighteenth holdout's second labeller: brakeman's warnings of a credential written in source (corpus/README.md, "The
// eighteenth holdout") — "Session secret should not be included in version control" and "Hardcoded value for … in source
// code" — as its per-app tests assert them on a test app's file and line. An asserted warning makes the file a secret
// item whose secret is the string literal on that line; an asserted absence makes it clean, or sets it apart when the
// absence turns on something outside the text (the manifest's `why`: a .gitignore naming the file).
import { credentialItem, type EighteenthItem } from './ggshieldCassettes';

export interface BrakemanAssertion {
  test: string;
  asserted: 'warning' | 'no warning';
  warning: string;
  file: string;
  line: number;
  why?: string;
}

const stringLiteral = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;

export function labelBrakemanAssertions(assertions: readonly BrakemanAssertion[], files: ReadonlyMap<string, string>, report: string[]): EighteenthItem[] {
  const items: EighteenthItem[] = [];
  for (const a of assertions) {
    const text = files.get(a.file);
    if (text === undefined) throw new Error(`brakeman ${a.test}: ${a.file} is not saved`);
    const rule = `${a.test}:${a.file}:${a.line}`;
    if (a.asserted === 'no warning') {
      items.push(a.why ? { text, secrets: [], label: 'clean', rule, note: 'the verdict turns on the repository, not the text' } : { text, secrets: [], label: 'clean', rule });
      continue;
    }
    const literals = [...(text.split('\n')[a.line - 1] ?? '').matchAll(stringLiteral)].map((m) => m[1] ?? m[2]!).filter((v) => v !== '');
    if (literals.length !== 1) {
      report.push(`brakeman ${rule}: ${literals.length} string literals on the warned line, skipped`);
      continue;
    }
    items.push(credentialItem(text, literals, rule));
  }
  return items;
}
