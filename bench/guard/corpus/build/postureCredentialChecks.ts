// The twentieth holdout's labeller (corpus/README.md, "The twentieth holdout"): the credential checks of Kubernetes and
// cloud posture checkers — kubescape's C-0012 rule, kube-linter's env-var-secret and configmap-with-credentials,
// Polaris' sensitive environment variable and ConfigMap checks, Prowler's AWS secrets checks. Each manifest transcribes
// a test's verdict and the values in the slot its check reads; this file turns them into items the same way for all four.
import { describesStandIn } from '../../../../src/core/guard/standInWords';

export type TwentiethNote = 'a documented example or filler value' | "the tool's ignore setting suppresses the finding" | 'the rule reports a reference or an absent value';

export interface TwentiethItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: TwentiethNote;
}

/** One test's verdict on a text: reported with the values its check reads, or not reported. */
export interface CheckVerdict {
  verdict: 'reported' | 'unreported';
  values: readonly string[];
  note?: TwentiethNote;
}

/**
 * A value that says it is no secret: a stand-in (the placeholder policy's V1), AWS's documented example, a mask of x's,
 * or a private key's armor lines around nothing but x's (or around nothing).
 */
export function isFillerValue(value: string): boolean {
  const body = value.replace(/^\s*-{3,}(?:BEGIN|END)\b.*-{3,}\s*$/gm, '').replace(/\s+/g, '');
  const armored = /-{3,}(?:BEGIN|END)\b/.test(value);
  return describesStandIn(value) || /EXAMPLE/.test(value) || /^x+$/i.test(body) || (armored && body === '');
}

/** The item a verdict makes of a text: clean, a secret item, or apart with its reason. */
export function verdictItem(text: string, rule: string, { verdict, values, note }: CheckVerdict): TwentiethItem {
  if (note) return { text, secrets: verdict === 'reported' ? [...values] : [], label: verdict === 'reported' ? 'secret' : 'clean', rule, note };
  if (verdict === 'unreported') return { text, secrets: [], label: 'clean', rule };
  if (values.length === 0) return { text, secrets: [], label: 'clean', rule, note: 'the rule reports a reference or an absent value' };
  for (const v of values) if (!text.includes(v)) throw new Error(`${rule}: a reported value is not in its text`);
  const real = values.filter((v) => !isFillerValue(v));
  if (real.length === 0) return { text, secrets: [...new Set(values)], label: 'secret', rule, note: 'a documented example or filler value' };
  return { text, secrets: [...new Set(real)], label: 'secret', rule };
}

/** Polaris: the test file without its first line, a comment that says why the test passes or fails. */
export function polarisText(file: string): string {
  return file.replace(/^#[^\n]*\n/, '');
}

/** kube-linter: each YAML document of a test file, its `---` line dropped. */
export function yamlDocuments(file: string): string[] {
  return file.split(/^---[ \t]*\n/m).filter((d) => d.trim()).map((d) => d.replace(/\n+$/, ''));
}

/** A Prowler case's resource fields, each written the way its check dumps or reads it (raw/prowler/manifest.json, `render`). */
export interface ProwlerPart {
  render: 'json' | 'text' | 'lines' | 'fixture';
  input: unknown;
}

export function prowlerText(parts: readonly ProwlerPart[], fixture: (saved: string) => string): string {
  const rendered = parts.map(({ render, input }) =>
    render === 'json' ? pythonJsonDumps(input)
    : render === 'lines' ? (input as string[]).map((l) => `${l}\n`).join('')
    : render === 'fixture' ? fixture(input as string)
    : (input as string));
  return rendered.join('\n').replace(/^(?:[ \t]*\n)+/, '').replace(/(?:\n[ \t]*)+$/, '');
}

/** A value as it stands in a rendered text: itself, or its JSON string escape when a json part holds it. */
export function valueInText(text: string, value: string): string {
  if (text.includes(value)) return value;
  const escaped = pythonJsonString(value).slice(1, -1);
  if (text.includes(escaped)) return escaped;
  throw new Error('a reported value is not in its rendered text');
}

/** Python's `json.dumps(value, indent=2)`: ASCII-escaped strings, `",\n"` between items, `": "` after keys. */
export function pythonJsonDumps(value: unknown, depth = 0): string {
  const pad = (d: number) => '  '.repeat(d);
  if (typeof value === 'string') return pythonJsonString(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => pad(depth + 1) + pythonJsonDumps(v, depth + 1)).join(',\n')}\n${pad(depth)}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${pad(depth + 1)}${pythonJsonString(k)}: ${pythonJsonDumps(v, depth + 1)}`).join(',\n')}\n${pad(depth)}}`;
  }
  return JSON.stringify(value);
}

function pythonJsonString(s: string): string {
  return JSON.stringify(s).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
