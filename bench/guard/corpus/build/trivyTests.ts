// trivy's secret scanner test scans testdata files and asserts the exact list of findings; each
// finding shows its line with the secret masked by `*`. Its labels, per line of a scanned file:
// - a finding's line is a secret item; its secrets are the characters under each run of `*`
//   (quotes at a run's ends left out), read by laying the masked line over the file's line (the
//   masked line may be a window of a long line); a finding that does not lie over its line in the
//   stored file (another version) is skipped and listed;
// - every other line of a scanned file is clean (the test asserts no finding there) if it holds a
//   run of 8 or more token characters: the rest (`asd`, `data1:`, prose headings) are context, not
//   negatives anyone wrote, and would only flatter the false-positive share.
import type { LabelledSnippet } from './whispersFixtures';

export interface TrivyFinding {
  readonly rule: string;
  readonly file: string;
  readonly line: number;
  readonly masked: string;
}

/** The secrets a masked line hides in the original, or undefined when it does not lie over it exactly once. */
export function unmask(masked: string, original: string): string[] | undefined {
  const fits: number[] = [];
  for (let at = 0; at + masked.length <= original.length; at++) {
    let ok = true;
    for (let i = 0; i < masked.length && ok; i++) ok = masked[i] === '*' || masked[i] === original[at + i];
    if (ok) fits.push(at);
  }
  if (fits.length !== 1) return undefined;
  const at = fits[0]!;
  const secrets: string[] = [];
  for (const run of masked.matchAll(/\*+/g)) {
    const hidden = original.slice(at + run.index!, at + run.index! + run[0].length).replace(/^["']|["']$/g, '');
    if (hidden !== '') secrets.push(hidden);
  }
  return secrets.length > 0 ? secrets : undefined;
}

export function labelTrivyFile(file: string, text: string, findings: readonly TrivyFinding[], report: string[]): (LabelledSnippet & { rule: string })[] {
  const lines = text.split('\n');
  const out: (LabelledSnippet & { rule: string })[] = [];
  const found = new Set(findings.map((f) => f.line));
  for (const f of findings) {
    const original = lines[f.line - 1];
    const secrets = original === undefined ? undefined : unmask(f.masked, original);
    // Named by place only: the build's output is not for reading a holdout's items.
    if (!secrets) report.push(`trivy ${file}:${f.line} (${f.rule}): the test's masked line does not lie over the stored file's line, skipped`);
    else out.push({ text: original!, secrets, label: 'secret', rule: f.rule });
  }
  lines.forEach((line, i) => {
    if (/[A-Za-z0-9+/=_.-]{8}/.test(line) && !found.has(i + 1)) out.push({ text: line, secrets: [], label: 'clean', rule: file });
  });
  return out;
}
