// The twelfth holdout's Checkov part: each unit test of a credential check hands the check one configuration and
// asserts its CheckResult; the secrets runner's sanity files are counted by their own test. The labels, by the rule
// in corpus/README.md ("The twelfth holdout"), fixed before the redactor ran on any item:
// - each `assertEqual(CheckResult.FAILED|PASSED, scan_result)` is a case, its configuration the nearest dict literal,
//   `hcl2.loads` text or selected `resource` block before it; FAILED a secret item, PASSED a clean item when it holds
//   a string literal;
// - a secret item's secrets: the string values bound to credential-named keys (dict, HCL, a shell `KEY=VALUE` in a
//   string), else the value of the attribute the check scans (the manifest's `scanned`);
// - true_positive.json's entries secret items; true_negative.json's apart (its test runs one check alone);
// - a value the placeholder policy passes is scored apart.
import { secretItem } from './passwordCheckTests';
import { dedent } from './annotatedSecretTests';
import type { TwelfthItem } from './talismanDetectorTests';

const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

/** The index just past the bracket closing the one at `open`, string literals (`'…'`, `"…"`: Python's, Java's, JavaScript's) skipped. */
export function closeBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth === 0) return i + 1;
  }
  throw new Error(`an unclosed bracket at ${open}`);
}

const credentialParts = new Set(['secret', 'password', 'passwd', 'pass', 'pwd', 'token', 'key', 'credential', 'credentials']);
/** A key whose `_`-separated parts hold a credential word (`secret_key`, `AWS_ACCESS_KEY_ID`, `private_key_password`). */
export const credentialKey = (key: string) => key.toLowerCase().split('_').some((part) => credentialParts.has(part));

/** Values bound to credential-named keys: a dict's `'KEY': ['VALUE']`, HCL's `KEY = "VALUE"`, a shell `KEY=VALUE` in a string. */
export function boundCredentials(config: string): string[] {
  const out: string[] = [];
  for (const m of config.matchAll(/(['"])(\w+)\1\s*:\s*\[\s*(['"])(.*?)\3/g)) if (credentialKey(m[2]!)) out.push(m[4]!);
  for (const m of config.matchAll(/^\s*(\w+)\s*=\s*"([^"]*)"/gm)) if (credentialKey(m[1]!)) out.push(m[2]!);
  for (const literal of config.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)) {
    for (const m of (literal[1] ?? literal[2]!).matchAll(/\b([A-Za-z_]\w*)=([^\s'"\\]+)/g)) if (credentialKey(m[1]!)) out.push(m[2]!);
  }
  return out.filter((v) => v !== '');
}

/** The value of an attribute the check scans: a heredoc's body or a string literal. */
function scannedValues(config: string, attributes: readonly string[]): string[] {
  return attributes.flatMap((a) => {
    const heredoc = new RegExp(`\\b${a}\\s*=\\s*<<-?(\\w+)\\n([\\s\\S]*?)\\n\\s*\\1\\b`).exec(config);
    if (heredoc) return [heredoc[2]!.trim()];
    const literal = new RegExp(`\\b${a}\\s*=\\s*"([^"]*)"`).exec(config);
    return literal ? [literal[1]!] : [];
  });
}

interface Case {
  readonly config: string;
  readonly result: 'PASSED' | 'FAILED';
  readonly line: number;
}

/** A `resource "TYPE" "NAME" {` block of the module's text, to its closing brace at the start of a line. */
function resourceBlock(text: string, type: string, name: string): string {
  const start = text.indexOf(`resource "${type}" "${name}" {`);
  if (start === -1) throw new Error(`checkov: no resource ${type}.${name}`);
  const end = text.indexOf('\n}', start);
  return text.slice(start, end + 2);
}

/** Each asserted case of a check's test file, with the configuration it was scanned with. */
export function checkovCases(file: string, text: string): Case[] {
  const sources: { at: number; config: () => string }[] = [];
  for (const m of text.matchAll(/^[ \t]*(?:provider_)?conf = \{/gm)) {
    const open = m.index! + m[0].length - 1;
    const end = closeBracket(text, open);
    const lines = text.slice(m.index!, end).split('\n');
    sources.push({ at: m.index!, config: () => dedent(lines) });
  }
  for (const m of text.matchAll(/hcl2\.loads\(\s*"""/g)) {
    const from = m.index! + m[0].length;
    const to = text.indexOf('"""', from);
    sources.push({ at: m.index!, config: () => dedent(text.slice(from, to).split('\n')) });
  }
  for (const m of text.matchAll(/hcl_res\['resource'\]\[\d+\]\['([\w-]+)'\]\['([\w-]+)'\]/g)) {
    sources.push({ at: m.index!, config: () => resourceBlock(text, m[1]!, m[2]!) });
  }
  sources.sort((a, b) => a.at - b.at);
  return [...text.matchAll(/self\.assertEqual\(CheckResult\.(PASSED|FAILED), scan_result\)/g)].map((m) => {
    const source = sources.filter((s) => s.at < m.index!).pop();
    if (!source) throw new Error(`checkov ${file}:${lineOf(text, m.index!)}: an assertion without a configuration`);
    return { config: source.config(), result: m[1] as Case['result'], line: lineOf(text, m.index!) };
  });
}

/** A value written as a string: in HCL after `=` (a block's labels are names), in a dict any quoted string. */
const holdsLiteral = (config: string) => (/^(?:provider|resource)\s/.test(config) ? /=\s*(?:"|<<)/ : /['"]/).test(config);

/** One check test file: FAILED cases secret items, PASSED ones holding a literal clean items. */
export function labelCheckTest(file: string, text: string, scanned: readonly string[], report: string[]): TwelfthItem[] {
  return checkovCases(file, text).flatMap((c): TwelfthItem[] => {
    const rule = `${file}:${c.line}`;
    if (!holdsLiteral(c.config)) {
      report.push(`checkov ${rule}: a configuration without a string literal, not taken`);
      return [];
    }
    if (c.result === 'PASSED') return [{ text: c.config, secrets: [], label: 'clean', rule }];
    const bound = boundCredentials(c.config);
    const secrets = bound.length ? bound : scannedValues(c.config, scanned);
    if (secrets.length === 0) throw new Error(`checkov ${rule}: a FAILED case without a credential value`);
    return [secretItem(c.config, secrets, rule)];
  });
}

/** A sanity file: each `"KEY": "VALUE"` entry line, a secret item (true_positive) or apart (true_negative). */
export function labelSanityFile(file: string, text: string): TwelfthItem[] {
  const negative = file.includes('/non_secrets/');
  return text.split('\n').flatMap((line, i): TwelfthItem[] => {
    const m = /^\s*"[^"]+":\s*"(.*)",?\s*$/.exec(line);
    if (!m) return [];
    const rule = `${file}:${i + 1}`;
    if (negative) return [{ text: line.trim(), secrets: [], label: 'clean', rule, note: 'decided by an option' }];
    return [secretItem(line.trim(), [m[1]!], rule)];
  });
}
