// semgrep-rules keeps beside each secret rule an annotated test file: a `ruleid: <rule>` comment
// marks the next line as one the rule must report, an `ok: <rule>` comment one it must not. Its
// labels, per marked line:
// - a `ruleid` line is a secret item; one that opens a `-----BEGIN … PRIVATE KEY…-----` block stands
//   for the block up to its END line (or the first blank line), whose body lines are the secrets;
// - an `ok` line is clean; inside a `-----BEGIN …-----` block the item is the block, comments left
//   out (semgrep judged the line in that context).
// semgrep names the line, not the value; `secretOfLine` names it by the rule in corpus/README.md.
import type { LabelledSnippet } from './whispersFixtures';

const annotation = /^\s*(?:#|\/\/|<!--)\s*(ruleid|ok):\s*([\w-]+)/;
const begin = /^-----BEGIN [A-Z0-9 ]+-----/;
const end = /^-----END [A-Z0-9 ]+-----/;

export interface SemgrepItem extends LabelledSnippet {
  readonly rule: string;
}

export function labelSemgrepTest(text: string): SemgrepItem[] {
  const lines = text.split('\n');
  const out: SemgrepItem[] = [];
  lines.forEach((line, i) => {
    const m = annotation.exec(line);
    if (!m) return;
    const at = lines.findIndex((l, j) => j > i && l.trim() !== '' && !annotation.test(l));
    if (at === -1) return;
    const [, kind, rule] = m as unknown as [string, string, string];
    if (kind === 'ruleid') {
      if (begin.test(lines[at]!) && lines[at]!.includes('PRIVATE KEY')) {
        const block = blockFrom(lines, at);
        const body = block.slice(1).filter((l) => !end.test(l) && !/^[\w-]+: /.test(l) && !/^=[A-Za-z0-9+/]{4}$/.test(l) && l.trim() !== '');
        out.push({ text: block.join('\n'), secrets: body, label: 'secret', rule });
      } else {
        out.push({ text: lines[at]!, secrets: [secretOfLine(lines[at]!)], label: 'secret', rule });
      }
      return;
    }
    const opened = lines.slice(0, i).map((l, j) => [l, j] as const).reverse().find(([l]) => begin.test(l) || end.test(l));
    if (opened && begin.test(opened[0])) {
      const block = blockFrom(lines, opened[1]).filter((l) => !annotation.test(l));
      out.push({ text: block.join('\n'), secrets: [], label: 'clean', rule });
    } else {
      out.push({ text: lines[at]!, secrets: [], label: 'clean', rule });
    }
  });
  return out;
}

// From a BEGIN line to its END line, else to the first blank line or the end of the file.
function blockFrom(lines: readonly string[], at: number): string[] {
  const block: string[] = [];
  for (let j = at; j < lines.length; j++) {
    if (j > at && lines[j]!.trim() === '' && !lines.slice(j).some((l) => end.test(l))) break;
    block.push(lines[j]!);
    if (end.test(lines[j]!)) break;
  }
  return block;
}

const token = /[A-Za-z0-9+/_.~$-]+(?:=+(?![A-Za-z0-9+/_.~$-]))?/g;
const quoted = /'([^'\n]*)'|"([^"\n]*)"|`([^`\n]*)`/g;
const urlWithUser = /[A-Za-z][A-Za-z0-9+.-]*:\/\/([^\s/"'`?#]*)/g;
const url = /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s"'`]+/;

/** The value a marked line holds, by the rule fixed in corpus/README.md before any scoring. */
export function secretOfLine(line: string): string {
  for (const m of line.matchAll(urlWithUser)) {
    const authority = m[1]!;
    const at = authority.lastIndexOf('@');
    const colon = authority.indexOf(':');
    if (at !== -1 && colon !== -1 && colon < at) return authority.slice(colon + 1, at);
  }
  const runs = [...line.matchAll(token)].map((m) => m[0]).filter((r) => !r.startsWith('//'));
  const candidates = [
    ...[...line.matchAll(quoted)].map((m) => m[1] ?? m[2] ?? m[3] ?? '').filter((q) => q !== ''),
    ...runs.filter((r) => /\d/.test(r)),
  ];
  const longest = (xs: readonly string[]) => xs.reduce((a, b) => (b.length > a.length ? b : a));
  if (candidates.length > 0) return longest(candidates);
  const whole = url.exec(line);
  if (whole) return whole[0];
  return runs.at(-1) ?? line.trim();
}
