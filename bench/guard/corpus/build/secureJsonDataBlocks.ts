// The thirty-seventh holdout's labeller (corpus/README.md, "The thirty-seventh holdout"): Grafana data source
// provisioning files, labelled by `secureJsonData`. Grafana's provisioning documentation says the values under a data
// source's `secureJsonData` (`secure_json_data` in the version-0 format) are the ones it encrypts, and lists the legacy
// top-level `password` and `basicAuthPassword` as secure too; `jsonData`, `user`, `url` and `database` are stored plain.
// So each entry of a file's `datasources:` list is one item, read from the saved file (no transcription): a literal in a
// secure slot is its secret (an `httpHeaderValueN` or `apiKeyValue` narrowed past its auth scheme); an entry with no
// secure slot filled is clean. Set apart: an entry whose secure slots hold only references (`$VAR`, `${VAR}`,
// `$__env{…}`, `$__file{…}`, or a `…File` path Grafana reads at run time) — the value is not in its text; an entry whose
// filled secure slots hold only values that are not credentials (a CA or client certificate, an OAuth2 endpoint
// parameter); then holdout21's verdict (stand-ins, a value written elsewhere in the text).
import { verdict, type TwentyFirstItem, type TwentyFirstNote } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/ with the repository its manifest names. */
export const secureJsonDataSources = [
  'grafana', 'grafana-clickhouse', 'grafana-github', 'grafana-sentry', 'grafana-athena', 'grafana-redshift', 'grafana-xray',
  'grafana-timestream', 'grafana-infinity', 'grafana-opensearch', 'grafana-sheets', 'grafana-adx', 'grafana-sitewise',
] as const;

export type ThirtySeventhNote =
  | TwentyFirstNote
  | 'a reference resolved at run time (not in its text)'
  | 'not a credential (a certificate or parameter Grafana encrypts)';

export interface ThirtySeventhItem extends Omit<TwentyFirstItem, 'note'> {
  note?: ThirtySeventhNote;
}

/** One entry of a `datasources:` list, as the file writes it (a commented-out list's entries keep their `#`). */
export interface DataSourceBlock {
  name: string;
  text: string;
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;
const isComment = (line: string) => line.trimStart().startsWith('#');

/**
 * The entries of the file's `datasources:` (or `#datasources:`) list: each from its `- ` line to the next entry at the
 * same indentation or the next key outside the list, without the blank lines and outer comments that trail it.
 */
export function dataSourceBlocks(file: string): DataSourceBlock[] {
  const lines = file.split('\n');
  const start = lines.findIndex((l) => /^#?\s*datasources:\s*$/.test(l));
  if (start < 0) return [];
  const commented = lines[start]!.startsWith('#');
  const bare = (l: string) => (commented ? l.replace(/^#/, '') : l);
  const live = (l: string) => bare(l).trim() !== '' && !isComment(bare(l)) && (!commented || l.startsWith('#'));
  let indent = -1;
  const starts: number[] = [];
  let end = lines.length;
  for (let at = start + 1; at < lines.length; at++) {
    const l = lines[at]!;
    if (!live(l)) {
      if (commented && l.trim() !== '' && !l.startsWith('#')) { end = at; break; }
      continue;
    }
    const b = bare(l);
    if (indent < 0 && /^\s*- /.test(b)) indent = indentOf(b);
    if (indentOf(b) === indent && /^\s*- /.test(b)) starts.push(at);
    else if (indentOf(b) <= Math.max(indent, 0)) { end = at; break; }
  }
  return starts.map((from, k) => {
    let to = k + 1 < starts.length ? starts[k + 1]! : end;
    // Trailing blank lines, and comments at the entry's own indentation or less (they introduce what follows).
    while (to > from + 1) {
      const b = bare(lines[to - 1]!);
      if (b.trim() === '' || (isComment(b) && indentOf(b) <= indent) || (commented && !lines[to - 1]!.startsWith('#'))) to--;
      else break;
    }
    const text = lines.slice(from, to).join('\n');
    const name = /^\s*-?\s*name:\s*(.*)$/m.exec(lines.slice(from, to).map(bare).join('\n'))?.[1]?.trim() ?? `#${k + 1}`;
    return { name: unquote(name), text };
  });
}

/** A secure slot of an entry: its key (`secureJsonData.password`, `basicAuthPassword`) and its value as written. */
export interface SecureSlot {
  key: string;
  value: string;
}

const legacySecure = /^(?:password|basicAuthPassword|basic_auth_password|bearerTokenFile|basicAuthPasswordFile)$/;

/** The secure slots of an entry: each key under `secureJsonData` / `secure_json_data`, and the legacy top-level ones. */
export function secureSlots(block: DataSourceBlock): SecureSlot[] {
  const commented = block.text.startsWith('#');
  const lines = block.text.split('\n').map((l) => (commented ? l.replace(/^#/, '') : l));
  const fieldIndent = indentOf(lines[0]!.replace(/^(\s*)- /, '$1  '));
  const slots: SecureSlot[] = [];
  let inSecure = false;
  for (const raw of lines) {
    const l = raw.replace(/^(\s*)- /, '$1  ');
    if (l.trim() === '' || isComment(l)) continue;
    const field = /^(\s*)([A-Za-z_][\w]*):\s*(.*)$/.exec(l);
    if (!field) continue;
    const [, lead, key, rest] = field as unknown as [string, string, string, string];
    if (lead.length === fieldIndent) {
      inSecure = /^(?:secureJsonData|secure_json_data)$/.test(key);
      if (legacySecure.test(key)) slots.push({ key, value: valueOf(rest) });
    } else if (inSecure && lead.length > fieldIndent) slots.push({ key: `secureJsonData.${key}`, value: valueOf(rest) });
  }
  return slots;
}

/** A scalar as YAML writes it: quotes taken off, a trailing comment dropped. */
function valueOf(rest: string): string {
  const quoted = /^(['"])(.*?)\1(?:\s+#.*)?$/.exec(rest.trim());
  if (quoted) return quoted[2]!;
  return rest.replace(/\s+#.*$/, '').trim();
}

function unquote(s: string): string {
  return /^(['"])(.*)\1$/.exec(s)?.[2] ?? s;
}

/** Not credentials, though Grafana encrypts them: certificates (public), and an OAuth2 endpoint parameter's value. */
const notCredential = /^secureJsonData\.(?:tlsCACert|tlsClientCert|oauth2EndPointParamsValue\d+)$/;
const reference = /^\$(?:__env\{|__file\{|\{|[A-Za-z_])/;
/** An elided value (`"..."` in Grafana's commented sample) fills no slot. */
const elided = /^\.{3}$/;

/** The credential a slot's literal holds: a header value narrowed past its scheme (`Bearer`, `Token`, `Basic`). */
function credentialOf(slot: SecureSlot): string {
  if (/^secureJsonData\.(?:httpHeaderValue\d+|apiKeyValue)$/.test(slot.key)) return /^(?:Bearer|Token|Basic)\s+(\S+)$/i.exec(slot.value)?.[1] ?? slot.value;
  return slot.value;
}

/** The items of one saved file, one per data source entry; the rule `<path>#<entry name>`. */
export function labelDataSources(path: string, file: string): ThirtySeventhItem[] {
  return dataSourceBlocks(file).map((block) => {
    const rule = `${path}#${block.name}`;
    const filled = secureSlots(block).filter((s) => s.value !== '' && !elided.test(s.value));
    const refs = filled.filter((s) => /File$/.test(s.key) || reference.test(s.value));
    const plain = filled.filter((s) => !refs.includes(s) && !notCredential.test(s.key));
    if (plain.length) {
      const secrets = plain.map(credentialOf);
      const slots = new Map<string, number>();
      for (const s of secrets) slots.set(s, (slots.get(s) ?? 0) + 1);
      return verdict(block.text, secrets, rule, slots);
    }
    if (refs.length) return { text: block.text, secrets: [], label: 'clean', rule, note: 'a reference resolved at run time (not in its text)' };
    if (filled.length) return { text: block.text, secrets: [], label: 'clean', rule, note: 'not a credential (a certificate or parameter Grafana encrypts)' };
    return { text: block.text, secrets: [], label: 'clean', rule };
  });
}
