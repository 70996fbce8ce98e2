// SonarSource's sonar-text keeps, beside each secret rule, examples its own test runs through that
// rule: `text` (a `|` or `>` block), `containsSecret: true|false` and, for a positive, `match`, the
// characters the rule reports (the early layout has no containsSecret: `match: false` is a negative).
// Labels, the detector's own:
// - a positive is a secret item whose secret is its match; a match of the form `user:password` that
//   sits in a URL's authority (`scheme://user:password@`) is reduced to its password, as the other
//   sources' URL findings are; a match the text does not hold is skipped and listed by the build;
// - a negative is clean: the rule reports nothing there. Sonar's negatives are scoped to their rule,
//   so a negative that holds a value one of the source's positives reports is kept apart, a judgement
//   call, with note "holds another example's secret". A negative whose very text is also a positive
//   (the same text under a test or documentation `fileName`, a path we do not give) becomes one item
//   with it, the secret, by the build's rule for identical texts.
import type { LabelledSnippet } from './whispersFixtures';

export interface SonarExample {
  readonly rule: string;
  readonly text: string;
  readonly containsSecret: boolean;
  readonly match?: string;
  readonly fileName?: string;
}

export type SonarItem = LabelledSnippet & { rule: string; note?: "holds another example's secret" };

export interface SonarSpec {
  readonly repository: string;
  readonly commit: string;
  readonly path: string;
  readonly examples: readonly SonarExample[];
}

/** A spec excerpt: its header (`# owner/repo @ commit`, `# path`), then its rules' ids and examples. */
export function parseSonarSpec(source: string): SonarSpec {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const origin = /^# (\S+) @ ([0-9a-f]{40})$/.exec(lines[0] ?? '');
  const path = /^# (\S+\.ya?ml)$/.exec(lines[1] ?? '');
  if (!origin || !path) throw new Error('a spec excerpt starts with "# owner/repo @ commit" and "# path"');
  const examples: SonarExample[] = [];
  let rule = '';
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    // A rule's id opens its list item (`- id:`) or follows `- rspecKey:` on the next line (whole files).
    const id = /^ *(?:- )?id:\s*(\S+)/.exec(line);
    if (id) {
      rule = id[1]!;
      i++;
      continue;
    }
    // YAML allows a blank before a key's colon (`- text :`).
    const text = /^( *)- text *:\s*(.*)$/.exec(line);
    if (!text) {
      i++;
      continue;
    }
    // The example's keys sit where `text` does, two columns right of the dash.
    const keyIndent = text[1]!.length + 2;
    let header = text[2]!;
    i++;
    if (header === '') header = lines[i++]!.trim();
    const [value, next] = blockScalar(lines, i, header, keyIndent);
    i = next;
    const keys: Record<string, string> = {};
    for (; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
      const lead = l.length - l.trimStart().length;
      const key = lead === keyIndent ? /^ *([A-Za-z]+):\s*(.*)$/.exec(l) : null;
      if (!key) break;
      keys[key[1]!] = plainOrQuoted(key[2]!);
    }
    const match = keys.match !== undefined && keys.match !== 'false' ? keys.match : undefined;
    const containsSecret = keys.containsSecret !== undefined ? keys.containsSecret === 'true' : match !== undefined;
    examples.push({ rule, text: value, containsSecret, ...(match !== undefined && containsSecret ? { match } : {}), ...(keys.fileName ? { fileName: keys.fileName } : {}) });
  }
  return { repository: origin[1]!, commit: origin[2]!, path: path[1]!, examples };
}

// A block scalar: `|` keeps line breaks, `>` folds lines of the block's own indent into one, joined
// by a space (blank lines and more-indented lines keep their breaks); clip chomping (one final line
// break) unless `-`. A comment after the indicator is YAML's. The block is the lines indented past
// its key; its indent is the least of theirs (one example's first line sits a column deeper than
// the rest, which Sonar's own reader accepts).
function blockScalar(lines: readonly string[], from: number, header: string, keyIndent: number): [string, number] {
  const indicator = /^([|>])(-?)(?:\s+#.*)?$/.exec(header.trim());
  if (!indicator) throw new Error(`example text is not a block scalar: ${header}`);
  const leadOf = (l: string) => l.length - l.trimStart().length;
  let i = from;
  while (i < lines.length && (lines[i]!.trim() === '' || leadOf(lines[i]!) > keyIndent)) i++;
  const block = lines.slice(from, i);
  const indent = Math.min(...block.filter((l) => l.trim() !== '').map(leadOf));
  const body = block.map((l) => (l.trim() === '' ? '' : l.slice(indent)));
  while (body.length > 0 && body[body.length - 1] === '') body.pop();
  let text: string;
  if (indicator[1] === '|') text = body.join('\n');
  else {
    text = body[0] ?? '';
    for (let k = 1; k < body.length; k++) {
      const [prev, line] = [body[k - 1]!, body[k]!];
      if (line === '') text += '\n';
      else if (prev === '') text += line;
      else text += (/^\s/.test(prev) || /^\s/.test(line) ? '\n' : ' ') + line;
    }
  }
  return [indicator[2] === '-' ? text : `${text}\n`, i];
}

// A one-line scalar: plain, single-quoted ('' is a quote) or double-quoted (backslash escapes).
function plainOrQuoted(raw: string): string {
  const s = raw.replace(/\s+#.*$/, '').trim();
  if (s.length >= 2 && s[0] === "'" && s.endsWith("'")) return s.slice(1, -1).replace(/''/g, "'");
  if (s.length >= 2 && s[0] === '"' && s.endsWith('"')) {
    return s.slice(1, -1).replace(/\\(.)/g, (_, e: string) => ({ n: '\n', t: '\t', r: '\r', '0': '\0' })[e] ?? e);
  }
  return s;
}

/** The labelled items of the given specs (together: a negative is checked against every positive). */
export function labelSonarSpecs(specs: readonly SonarSpec[], report: string[]): SonarItem[] {
  const secretValues = new Set<string>();
  const out: SonarItem[] = [];
  const negatives: { text: string; rule: string }[] = [];
  for (const spec of specs) {
    const file = spec.path.replace(/^.*\/configuration\//, '');
    for (const ex of spec.examples) {
      const rule = `${file}#${ex.rule}`;
      if (!ex.containsSecret) {
        negatives.push({ text: ex.text, rule });
        continue;
      }
      const secret = ex.match === undefined ? undefined : secretOfMatch(ex.text, ex.match);
      if (secret === undefined) {
        // The value is not printed: the build's report is read by people tuning the redactor.
        report.push(`sonar ${rule}: a positive whose match its text does not hold, skipped`);
        continue;
      }
      for (const v of secret) secretValues.add(v);
      out.push({ text: ex.text, secrets: secret, label: 'secret', rule });
    }
  }
  for (const n of negatives) {
    const holds = [...secretValues].some((v) => n.text.includes(v));
    out.push({ text: n.text, secrets: [], label: 'clean', rule: n.rule, ...(holds ? { note: "holds another example's secret" as const } : {}) });
  }
  return out;
}

/** What must be redacted for a match: the match, a URL's password where it reports `user:password`, a key block's body for its BEGIN line. */
export function secretOfMatch(text: string, match: string): string[] | undefined {
  const at = text.indexOf(match);
  if (at === -1) return undefined;
  if (/^-----BEGIN [A-Z ]+-----$/.test(match)) {
    const end = text.indexOf('-----END', at + match.length);
    const body = text.slice(at + match.length, end === -1 ? text.length : end).replace(/[A-Za-z][\w-]*:\s+\S+/g, ' ').split(/\s+/).filter(Boolean);
    return body.length > 0 ? body : undefined;
  }
  const colon = match.indexOf(':');
  if (colon > 0 && text.includes(`://${match}@`)) return [match.slice(colon + 1)];
  return [match];
}
