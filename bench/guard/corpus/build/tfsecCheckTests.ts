// The nineteenth holdout's first labeller: tfsec's hard-coded-credential checks (corpus/README.md, "The nineteenth
// holdout"). Each check's test table gives Terraform sources with the verdict it requires (mustIncludeResultCode: the
// check reports it; mustExcludeResultCode: it does not), and each rule file's BadExample/GoodExample sources are
// reported / not reported (the examples' tests run them so). A reported source is a secret item whose secrets are the
// values in the place its check reads (the manifest's slot per check); an unreported one is clean.
import { describesStandIn } from '../../../../src/core/guard/standInWords';

export type NineteenthNote = 'a documented example or filler value' | 'the rule reports an absent value' | "the tool's ignore comment suppresses the finding";

export interface NineteenthItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: NineteenthNote;
}

/** Where a check reads the credential it reports (manifest.json's `checks`). */
export type TfsecSlot = 'variable-default' | 'sensitive-attribute' | 'string-scan' | 'env-json' | `attribute:${string}`;

export function labelTfsecFile(path: string, source: string, slot: TfsecSlot, sensitiveWords: readonly string[]): NineteenthItem[] {
  const sensitive = (name: string) => sensitiveWords.some((w) => name.toLowerCase().includes(w));
  const item = (raw: string, reported: boolean, rule: string): NineteenthItem => {
    const text = hclText(raw);
    const values = reportedValues(text, slot, sensitive);
    if (!reported) {
      return values.length && /tfsec:ignore/.test(text)
        ? { text, secrets: [], label: 'clean', rule, note: "the tool's ignore comment suppresses the finding" }
        : { text, secrets: [], label: 'clean', rule };
    }
    if (values.length === 0) throw new Error(`tfsec ${rule}: reported, but no value stands in its check's slot (${slot})`);
    return reportedItem(text, values, rule);
  };
  const items: NineteenthItem[] = [];
  const cases = source.matchAll(/^\t\t\tname: "([^"]*)",\n\t\t\tsource: `([^`]*)`,\n\t\t\tmust(Include|Exclude)ResultCode:/gm);
  for (const [, name, raw, verdict] of cases) items.push(item(raw!, verdict === 'Include', `${path}#${name}`));
  for (const [kind, reported] of [['BadExample', true], ['GoodExample', false]] as const) {
    examples(source, kind).forEach((raw, k) => items.push(item(raw, reported, `${path}#${kind}[${k + 1}]`)));
  }
  return items;
}

/** A reported text's item: apart when every value is one the placeholder policy passes, or AWS's documented example keys. */
export function reportedItem(text: string, values: readonly string[], rule: string): NineteenthItem {
  const nonEmpty = values.filter((v) => v !== '');
  if (nonEmpty.length === 0) return { text, secrets: [], label: 'clean', rule, note: 'the rule reports an absent value' };
  const secrets = nonEmpty.filter((v) => !describesStandIn(v) && !/EXAMPLE/.test(v));
  return secrets.length ? { text, secrets, label: 'secret', rule } : { text, secrets: [...nonEmpty], label: 'secret', rule, note: 'a documented example or filler value' };
}

/** The backtick literals of a rule's `BadExample`/`GoodExample` (one literal, or a `[]string{…}` of them). */
export function examples(source: string, kind: 'BadExample' | 'GoodExample'): string[] {
  const at = source.search(new RegExp(`\\b${kind}:\\s`));
  if (at === -1) return [];
  const rest = source.slice(at + kind.length + 1).trimStart();
  if (rest.startsWith('`')) return [rest.slice(1, rest.indexOf('`', 1))];
  const out: string[] = [];
  let i = rest.indexOf('{') + 1;
  for (;;) {
    while (/[\s,]/.test(rest[i] ?? '')) i++;
    if (rest[i] !== '`') return out;
    const end = rest.indexOf('`', i + 1);
    out.push(rest.slice(i + 1, end));
    i = end + 1;
  }
}

/** A test's source as written in a file: blank lines around it dropped, the indentation every line shares removed. */
export function hclText(raw: string): string {
  const lines = raw.split('\n').map((l) => (l.trim() ? l : ''));
  while (lines.length && !lines[0]) lines.shift();
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  const indents = lines.filter(Boolean).map((l) => /^[ \t]*/.exec(l)![0]);
  let common = indents[0] ?? '';
  for (const indent of indents) while (!indent.startsWith(common)) common = common.slice(0, -1);
  return lines.map((l) => l.slice(common.length)).join('\n');
}

/** The values a check reads in its slot. */
export function reportedValues(text: string, slot: TfsecSlot, sensitive: (name: string) => boolean): string[] {
  const values = new Set<string>();
  if (slot === 'variable-default') {
    for (const [, label, body] of text.matchAll(/variable\s+"([^"]+)"\s*\{([^}]*)\}/g)) {
      const value = /\bdefault\s*=\s*"([^"]*)"/.exec(body!)?.[1];
      if (sensitive(label!) && value !== undefined) values.add(value);
    }
  } else if (slot === 'sensitive-attribute' || slot.startsWith('attribute:')) {
    const wanted = slot.startsWith('attribute:') ? (name: string) => name === slot.slice('attribute:'.length) : sensitive;
    for (const [, name, value] of text.matchAll(/^[ \t]*([A-Za-z_][\w-]*)[ \t]*=[ \t]*"([^"]*)"/gm)) if (wanted(name!)) values.add(value!);
  } else if (slot === 'env-json') {
    for (const [, name, value] of text.matchAll(/\{\s*"name":\s*"([^"]+)",\s*"value":\s*"([^"]*)"\s*\}/g)) if (sensitive(name!)) values.add(value!);
  } else {
    for (const value of assignedValues(text, sensitive)) values.add(value);
    // A base64 attribute value whose decoded text assigns a sensitive name: the encoded literal is what leaks.
    for (const [, encoded] of text.matchAll(/"([A-Za-z0-9+/]{16,}={0,2})"/g)) {
      if (assignedValues(Buffer.from(encoded!, 'base64').toString('utf8'), sensitive).length) values.add(encoded!);
    }
  }
  return [...values].filter((v) => !/^(?:var|local)\./.test(v));
}

// `NAME = "v"`, `NAME=v`, `export NAME=\"v\"` (a heredoc's shell or ini line) under a sensitive name.
function assignedValues(text: string, sensitive: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const [, name, escaped, quoted, bare] of text.matchAll(/(?:^|\s)(?:export\s+)?([A-Za-z_]\w*)[ \t]*=[ \t]*(?:\\"([^"\\]*)\\"|"([^"]*)"|([^\s"]+))/gm)) {
    if (sensitive(name!)) out.push((escaped ?? quoted ?? bare)!);
  }
  return out;
}
