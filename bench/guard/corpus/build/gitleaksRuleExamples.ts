// The fifty-first holdout's labeller (corpus/README.md, "The fifty-first holdout"): gitleaks' own rule examples and detect
// tests. Each rule file of `cmd/generate/config/rules/` validates its rule against `tps` (must be found) and `fps` (must
// not be); `detect/detect_test.go` scans fragments and names the secret of every finding it expects. Labels are the
// tests': a literal `tps` entry is a secret item, a literal `fps` entry a clean item, an entry the generator draws at run
// time (`secrets.NewSecret`, `GenerateSampleSecret(s)`, any call) is left out and counted. A detect case with findings is
// a secret item whose secrets are the findings' (a decoded finding as the encoded token the text holds); a case without
// is apart (an allow marker or the configuration decides it, not the text).
import { literalEnd } from './talismanDetectorTests';
import { placeholderValue } from './passwordCheckTests';
import { verdict, type TwentyFirstNote } from './scrubberDefaultTests';

/** The saved sources: the rule files' excerpts, and detect_test.go's cases transcribed into a manifest. */
export const gitleaksRulesSource = 'gitleaks-rules';
export const gitleaksDetectSource = 'gitleaks-detect';

export type FiftyFirstNote =
  | TwentyFirstNote
  | 'marked as a secret to allow'
  | "holds another case's secret"
  | "a clean verdict on another kind's credential"
  | 'a key header without a key'
  | 'not a credential (a client ID or a module checksum)'
  | 'decided by the configuration, not the text';

export interface FiftyFirstItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: FiftyFirstNote;
}

/** One literal entry of a tps or fps list (or map), with what its line says after it. */
export interface RuleEntry {
  readonly kind: 'tps' | 'fps';
  readonly value: string;
  /** `<list>[<position>]`, the map key in place of the position for a map. */
  readonly at: string;
  /** The rest of the entry's line: `// gitleaks:allow`, a comment. */
  readonly after: string;
  /** The nearest comment line above the entry (`// example keys from …`). */
  readonly heading: string;
}

export interface RuleLists {
  readonly entries: RuleEntry[];
  /** Entries (or whole lists) the generator draws at run time: left out. */
  readonly generated: number;
  /** The written values a GenerateSampleSecret(s) call wraps in its template (not items; they bind values a negative may hold). */
  readonly wrappedValues: string[];
}

const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', "'": "'" };

function literalValue(raw: string): string {
  if (raw.startsWith('`')) return raw.slice(1, -1);
  return raw.slice(1, -1).replace(/\\(.)/g, (_, c: string) => escapes[c] ?? `\\${c}`);
}

/** The end of the expression starting at `i`: the next `,` or closing bracket at depth 0, literals and comments skipped. */
function expressionEnd(text: string, i: number): number {
  let depth = 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === '`') i = literalEnd(text, i) - 1;
    else if (c === '/' && text[i + 1] === '/') i = text.indexOf('\n', i) - 1;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (depth === 0) return i;
      depth--;
    } else if (c === ',' && depth === 0) return i;
  }
  return i;
}

/** A Go string expression of literals joined by `+` has a value; anything else (a call, a name) has none. */
function literalExpression(expr: string): string | undefined {
  let out = '';
  let i = 0;
  for (;;) {
    while (/\s/.test(expr[i] ?? '')) i++;
    if (expr[i] !== '"' && expr[i] !== '`') return undefined;
    const end = literalEnd(expr, i);
    out += literalValue(expr.slice(i, end));
    i = end;
    while (/\s/.test(expr[i] ?? '')) i++;
    if (i >= expr.length) return out;
    if (expr[i] !== '+') return undefined;
    i++;
  }
}

interface ListElement {
  readonly expr: string;
  readonly key?: string;
  readonly after: string;
  readonly heading: string;
}

/** The elements from `i` to the bracket closing the list, comments skipped; a map's elements split at their key. */
function elements(text: string, i: number, map: boolean): { items: ListElement[]; end: number } {
  const items: ListElement[] = [];
  let heading = '';
  for (;;) {
    while (/[\s,]/.test(text[i] ?? '')) i++;
    if (text.startsWith('//', i)) {
      const eol = text.indexOf('\n', i);
      heading = text.slice(i, eol < 0 ? undefined : eol);
      i = eol < 0 ? text.length : eol;
      continue;
    }
    if (i >= text.length || '})'.includes(text[i]!)) return { items, end: i };
    let key: string | undefined;
    if (map) {
      const keyEnd = literalEnd(text, i);
      key = literalValue(text.slice(i, keyEnd));
      i = text.indexOf(':', keyEnd) + 1;
      while (/\s/.test(text[i] ?? '')) i++;
    }
    const end = expressionEnd(text, i);
    const eol = text.indexOf('\n', end);
    // A comment heads every entry after it until the next comment (`// example keys from …`).
    items.push({ expr: text.slice(i, end).trim(), key, after: text.slice(end, eol < 0 ? undefined : eol), heading });
    i = end;
  }
}

const listStart = /(?:\br\.(TPs|FPs)|\b(tps|fps))\s*:?=\s*(\[\]string\{|map\[string\]string\{|append\(\s*(\w+)\s*,|)/g;
const namedList = /\bvar (\w+) = \[\]string\{/g;
const wrapped = /GenerateSampleSecrets?\(\s*(?:"[^"]*"|`[^`]*`)\s*,\s*("(?:[^"\\]|\\.)*"|`[^`]*`)\s*\)/g;

/** A rule file excerpt's tps and fps: the literal entries, the generated count, the values a generator call wraps. */
export function ruleLists(text: string): RuleLists {
  const entries: RuleEntry[] = [];
  let generated = 0;
  const named = new Map<string, ListElement[]>();
  for (const m of text.matchAll(namedList)) named.set(m[1]!, elements(text, m.index! + m[0].length, false).items);
  const usedAs = new Map<string, Set<'tps' | 'fps'>>();
  const use = (name: string, kind: 'tps' | 'fps') => usedAs.set(name, (usedAs.get(name) ?? new Set()).add(kind));
  for (const m of text.matchAll(listStart)) {
    const kind = (m[1] ?? m[2])!.toLowerCase() as 'tps' | 'fps';
    const form = m[3]!;
    const from = m.index! + m[0].length;
    if (!form) {
      // `tps := utils.GenerateSampleSecrets(…)`: a whole list drawn at run time.
      if (/^\s*utils\.GenerateSampleSecrets\(/.test(text.slice(from))) generated++;
      continue;
    }
    const first = m[4];
    if (first && !['tps', 'fps'].includes(first)) use(first, kind);
    const { items } = elements(text, from, form.startsWith('map'));
    items.forEach((e, n) => {
      const spread = /^(\w+)\.\.\.$/.exec(e.expr);
      if (spread) return named.has(spread[1]!) ? use(spread[1]!, kind) : generated++;
      const value = literalExpression(e.expr);
      if (value === undefined) {
        generated++;
        return;
      }
      const list = form.startsWith('append') ? `${kind}+` : kind;
      entries.push({ kind, value, at: `${list}[${e.key ?? n}]`, after: e.after, heading: e.heading });
    });
  }
  for (const [name, items] of named) {
    const kinds = usedAs.get(name);
    if (!kinds) continue;
    // A shared list one rule must find and another must not: a text any rule must find is a secret (2ms's Cloudflare lists).
    const kind = kinds.has('tps') ? 'tps' : 'fps';
    items.forEach((e, n) => {
      const value = literalExpression(e.expr);
      if (value === undefined) generated++;
      else entries.push({ kind, value, at: `${name}[${n}]`, after: e.after, heading: e.heading });
    });
  }
  const wrappedValues = [...text.matchAll(wrapped)].map((m) => literalValue(m[1]!));
  return { entries, generated, wrappedValues };
}

// --- what a true positive's credential is ------------------------------------------------------------------

const unquote = (s: string) => s.replace(/^["']|["']$/g, '');

/** `curl -u user:pass` / `--user`: the password, or the user part when the password is empty (a token as user). */
function curlUserSecret(text: string): string | undefined {
  if (!/\bcurl\b/.test(text)) return undefined;
  const m = /(?:^|\s)(?:-u|--user)(?:=|[ \t]+)("[^"]*"(?::"[^"]*")?|'[^']*'|\S+)/.exec(text);
  if (!m) return undefined;
  const arg = m[1]!;
  const quotedPair = /^"([^"]*)":"([^"]*)"$/.exec(arg);
  if (quotedPair) return quotedPair[2]!;
  const inner = unquote(arg);
  const colon = inner.indexOf(':');
  if (colon < 0) return undefined;
  const pass = unquote(inner.slice(colon + 1));
  return pass || inner.slice(0, colon);
}

const headerSecret = /\b(?:Authorization|Api-Token|Token|apikey|X-[\w-]*ApiKey)['"]?\s*:\s*['"]?(?:(?:Basic|Bearer|Api-Token|Token)\s+)?([^\s"'\\]+)/i;
const userinfoSecret = /\b[a-z][\w+.-]*:\/\/[^/\s:@]*:([^@\s/]+)@/i;
const quotedAssignment = /[\w.-]*(?:key|secret|token|password|passwd|pass|pwd)["']?\s*(?::=|=>|[:=])\s*["']([^"'\n]+)["']/gi;

/**
 * The thirteenth holdout's last rule (twoMsSecret) without its one 2ms-specific filter: the longest token left when the
 * text is split at blanks, quotes and brackets, a secret-named NAME=VALUE or NAME:VALUE standing for VALUE, keys (a
 * trailing `:`), flags and `$`/`/` references and words holding "token" left out. (2ms's rule also drops a token
 * ending in `=`: base64 padding here.)
 */
function longestToken(text: string): string | undefined {
  return text
    .split(/\\n|[\s"'`<>{}()[\],;\\]+/)
    .map((t) => {
      const bound = /^([\w.-]+)[=:](.+)$/.exec(t);
      return bound && /(?:token|key|secret|password|pass|pwd)$/i.test(bound[1]!) ? bound[2]! : t;
    })
    .filter((t) => t && !/:$/.test(t) && !/^[:=?.>]+$/.test(t) && !/^[$/-]/.test(t) && !/token/i.test(t))
    .reduce<string | undefined>((longest, t) => (longest === undefined || t.length > longest.length ? t : longest), undefined);
}

/** A Kubernetes Secret's first `data:` entry's value (what gitleaks' rule captures, narrowed to the value). */
function kubernetesDataValue(text: string): string | undefined {
  if (!/\bkind:\s*['"]?secret\b/i.test(text)) return undefined;
  const at = text.search(/\bdata:/);
  if (at < 0) return undefined;
  return /\n\s*(?:#[^\n]*\n\s*)*[\w.-]+:[ \t]*(?:[|>][-+]?\s+)?["']?([A-Za-z0-9+/]{10,}={0,3})["']?/.exec(text.slice(at))?.[1];
}

/**
 * What a true positive must have redacted, the first that applies: a Kubernetes Secret's first data value; a curl
 * `-u` password; an Authorization (or API-key) header's credential; a URL's userinfo password; the last quoted value
 * of a secret-named assignment; else the longest token (longestToken), a URL
 * among them narrowed to its last path segment.
 */
export function gitleaksSecret(text: string): string {
  const found =
    kubernetesDataValue(text) ??
    curlUserSecret(text) ??
    headerSecret.exec(text)?.[1] ??
    userinfoSecret.exec(text)?.[1] ??
    [...text.matchAll(quotedAssignment)].at(-1)?.[1] ??
    longestToken(text);
  if (!found) throw new Error(`gitleaks: no secret read in ${JSON.stringify(text.slice(0, 80))}`);
  const url = /^[a-z][\w+.-]*:\/\/[^/\s]+\/(?:[^?#\s]*\/)?([^/?#\s]+)\/?(?:[?#]\S*)?$/i.exec(found);
  return url ? url[1]! : found;
}

// --- labels ------------------------------------------------------------------------------------------------

const keyHeader = /^-----BEGIN [A-Z ]*PRIVATE KEY-----$/;
const notACredential = /"client_id"|\bh1:[A-Za-z0-9+/]{20,}=/;
const allowMarker = /\/\/\s*gitleaks:allow/;

/** A rule file's items: its tps secret items, its fps clean items, with the apart rules of the README. */
export function labelRuleFile(path: string, excerpts: readonly string[]): { items: FiftyFirstItem[]; generated: number; wrappedValues: string[] } {
  const items: FiftyFirstItem[] = [];
  let generated = 0;
  const wrappedValues: string[] = [];
  const lists = excerpts.map((text) => ruleLists(text));
  for (const l of lists) {
    generated += l.generated;
    wrappedValues.push(...l.wrappedValues);
  }
  const tpsSecrets: string[] = [...wrappedValues];
  lists.forEach((l, n) => {
    for (const e of l.entries.filter((x) => x.kind === 'tps')) {
      const rule = `${path}#${n}:${e.at}`;
      const text = e.value;
      if (keyHeader.test(text.trim())) {
        items.push({ text, secrets: [text.trim()], label: 'secret', rule, note: 'a key header without a key' });
        continue;
      }
      const secret = gitleaksSecret(text);
      tpsSecrets.push(secret);
      if (notACredential.test(text)) items.push({ text, secrets: [secret], label: 'secret', rule, note: 'not a credential (a client ID or a module checksum)' });
      else if (placeholderValue(secret)) items.push({ text, secrets: [secret], label: 'secret', rule, note: 'a documented example or filler value' });
      else items.push(verdict(text, [secret], rule));
    }
  });
  lists.forEach((l, n) => {
    for (const e of l.entries.filter((x) => x.kind === 'fps')) {
      const clean = { text: e.value, secrets: [], label: 'clean' as const, rule: `${path}#${n}:${e.at}` };
      if (allowMarker.test(e.after)) items.push({ ...clean, note: 'marked as a secret to allow' });
      else if (tpsSecrets.some((s) => e.value.includes(s))) items.push({ ...clean, note: "holds another case's secret" });
      else if (/example keys from/i.test(e.heading)) items.push({ ...clean, note: "a clean verdict on another kind's credential" });
      else items.push(clean);
    }
  });
  return { items, generated, wrappedValues };
}

/** A clean item holding a secret other rule files' true positives name: gitleaks' verdict for one rule on another's token. */
export function markOtherKinds(items: FiftyFirstItem[]): FiftyFirstItem[] {
  const fileOf = (rule: string) => rule.slice(0, rule.indexOf('#'));
  const secrets = items.filter((i) => i.label === 'secret' && !i.note).flatMap((i) => i.secrets.map((s) => ({ s, file: fileOf(i.rule) })));
  return items.map((i) =>
    i.label === 'clean' && !i.note && secrets.some((x) => x.file !== fileOf(i.rule) && i.text.includes(x.s)) ? { ...i, note: "a clean verdict on another kind's credential" } : i,
  );
}

/** One detect test case as the manifest transcribes it. */
export interface DetectCase {
  readonly test: string;
  readonly case: number | string;
  readonly raw: string;
  readonly expected: readonly string[];
  readonly why?: string;
}

/** The detect cases: findings expected, a secret item (a decoded finding as the encoded token); none, apart. */
export function labelDetectCases(cases: readonly DetectCase[], decodedFrom: Readonly<Record<string, string>>, decodedFromSecond: string): FiftyFirstItem[] {
  return cases.map((c) => {
    const rule = `detect/detect_test.go#${c.test}[${c.case}]`;
    if (!c.expected.length) {
      const note = /gitleaks:allow/.test(c.why ?? '') ? 'marked as a secret to allow' : 'decided by the configuration, not the text';
      return { text: c.raw, secrets: [], label: 'clean', rule, note };
    }
    const seen = new Set<string>();
    const secrets = c.expected.map((s) => {
      if (c.raw.includes(s)) return s;
      const span = seen.has(s) ? decodedFromSecond : decodedFrom[s];
      seen.add(s);
      if (!span || !c.raw.includes(span)) throw new Error(`${rule}: the finding ${JSON.stringify(s)} is not in the text and no encoded span is named`);
      return span;
    });
    const unique = [...new Set(secrets)];
    if (unique.every((s) => placeholderValue(s))) return { text: c.raw, secrets: unique, label: 'secret', rule, note: 'a documented example or filler value' };
    return verdict(c.raw, unique.filter((s) => !placeholderValue(s)), rule);
  });
}
