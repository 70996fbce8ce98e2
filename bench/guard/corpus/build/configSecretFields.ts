// The thirty-ninth holdout's labeller (corpus/README.md, "The thirty-ninth holdout"): Telegraf plugins' tests, labelled
// by the Go type `config.Secret`. Telegraf declares a plugin's credential fields with that type (docs/CONFIGURATION.md,
// docs/SECRETSTORES.md: held protected in memory, may be filled from a secret store); fields typed `string` are plain.
// A Go test fills a secret field as `Field: config.NewSecret([]byte("…"))` — Go compiles that only into a field typed
// `config.Secret`, so the test's own text carries the declaration's verdict; where the struct is saved beside the test
// (`declaredBy`), each such field must also be declared `config.Secret` there. A TOML test configuration fills a field
// by its toml name, labelled by the saved declarations. The item is what the test writes: one plugin literal or test
// case (each saved excerpt), or one `[[…]]` table of a configuration. An initialization vector or a salt Telegraf holds
// as a secret is not a credential (set apart, or left out of an item's secrets beside a key or password); a secret-store
// reference (`@{store:key}`) or an environment reference is resolved at run time; a value the test itself says is a
// stand-in is filler; then holdout21's verdict (stand-ins, a value written elsewhere in the text).
import { verdict, type TwentyFirstItem, type TwentyFirstNote } from './scrubberDefaultTests';

/** The one source, saved under raw/telegraf/ (repository influxdata/telegraf). */
export const configSecretSources = ['telegraf'] as const;

export type ThirtyNinthNote =
  | TwentyFirstNote
  | 'a reference resolved at run time (not in its text)'
  | 'not a credential (an initialization vector or salt Telegraf holds as a secret)';

export interface ThirtyNinthItem extends Omit<TwentyFirstItem, 'note'> {
  note?: ThirtyNinthNote;
}

/** A saved file as the manifest lists it. */
export interface SavedTelegrafFile {
  path: string;
  role: 'test' | 'config' | 'declaration';
  excerpt?: string;
  declaredBy?: string[];
  text: string;
}

/** What the manifest says beyond the files: fields that hold no credential, and values a test calls stand-ins. */
export interface TelegrafLabelRules {
  notCredentialFields: readonly string[];
  standIns: readonly { value: string; reason: string }[];
}

/** The Go and toml names of the fields a struct excerpt declares `config.Secret` (or a pointer or slice of it). */
export function declaredSecretFields(declaration: string): { go: Set<string>; toml: Set<string> } {
  const go = new Set<string>();
  const toml = new Set<string>();
  for (const m of declaration.matchAll(/^\s*(\w+)\s+(?:\*|\[\]\*?)?config\.Secret\s+`toml:"([^",]+)/gm)) {
    go.add(m[1]!);
    toml.add(m[2]!);
  }
  return { go, toml };
}

/** A value filled in: the field (Go or toml name) and the literal. */
interface Filled {
  field: string;
  value: string;
}

// A Go string literal: interpreted ("…", its \" and \\ undone) or raw (`…`, taken as written: radius, groundwork).
const newSecret = /(\w+):\s*config\.NewSecret\(\[\]byte\((?:"((?:[^"\\]|\\.)*)"|`([^`]*)`)\)\)/g;
const goUnquote = (s: string) => s.replace(/\\(["\\])/g, '$1');
/** Telegraf's secret-store reference, or an environment variable Telegraf expands in its configuration. */
const reference = /^(?:@\{[^:{}]+:[^{}]+\}|\$\{\w+\}|\$\w+)$/;

/** One test excerpt: the literals given to fields typed config.Secret. */
export function filledInGo(text: string, declared?: ReadonlySet<string>, where = ''): Filled[] {
  return [...text.matchAll(newSecret)].map((m) => {
    if (declared && !declared.has(m[1]!)) throw new Error(`${where}: ${m[1]} is given a config.Secret but its saved struct does not declare it so`);
    return { field: m[1]!, value: m[2] !== undefined ? goUnquote(m[2]) : m[3]! };
  });
}

/** One TOML configuration's tables (`[[…]]` to the next `[[…]]`, trailing blank lines off) and the secret keys each fills. */
export function tomlTables(file: string, secretKeys: ReadonlySet<string>): { text: string; filled: Filled[] }[] {
  const lines = file.split('\n');
  const starts = lines.flatMap((l, at) => (/^\s*\[\[[^\]]+\]\]\s*$/.test(l) ? [at] : []));
  return starts.map((from, k) => {
    let to = k + 1 < starts.length ? starts[k + 1]! : lines.length;
    while (to > from + 1 && lines[to - 1]!.trim() === '') to--;
    const table = lines.slice(from, to);
    const filled = table.flatMap((l) => {
      const m = /^\s*(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\s*(?:#.*)?$/.exec(l);
      return m && secretKeys.has(m[1]!) ? [{ field: m[1]!, value: m[2] ?? m[3]! }] : [];
    });
    return { text: table.join('\n'), filled };
  });
}

/** The verdict of one item from the values it fills into secret fields. */
export function labelFilled(text: string, filled: readonly Filled[], rule: string, rules: TelegrafLabelRules): ThirtyNinthItem {
  const given = filled.filter((f) => f.value !== '');
  const refs = given.filter((f) => reference.test(f.value));
  const notCredential = given.filter((f) => !refs.includes(f) && rules.notCredentialFields.includes(f.field));
  const standIns = given.filter((f) => !refs.includes(f) && !notCredential.includes(f) && rules.standIns.some((s) => s.value === f.value));
  const credentials = given.filter((f) => !refs.includes(f) && !notCredential.includes(f) && !standIns.includes(f));
  if (credentials.length) {
    const secrets = credentials.map((f) => f.value);
    const slots = new Map<string, number>();
    for (const s of secrets) slots.set(s, (slots.get(s) ?? 0) + 1);
    return verdict(text, secrets, rule, slots);
  }
  if (standIns.length) return { text, secrets: [...new Set(standIns.map((f) => f.value))], label: 'secret', rule, note: 'a documented example or filler value' };
  if (refs.length) return { text, secrets: [], label: 'clean', rule, note: 'a reference resolved at run time (not in its text)' };
  if (notCredential.length) return { text, secrets: [], label: 'clean', rule, note: 'not a credential (an initialization vector or salt Telegraf holds as a secret)' };
  return { text, secrets: [], label: 'clean', rule };
}

/** The items of the saved files: one per test excerpt, one per configuration table; declarations label, never items. */
export function labelTelegrafFiles(files: readonly SavedTelegrafFile[], rules: TelegrafLabelRules): ThirtyNinthItem[] {
  const declarations = new Map(files.filter((f) => f.role === 'declaration').map((f) => [f.path, declaredSecretFields(f.text)]));
  const declaredBy = (f: SavedTelegrafFile) => {
    if (!f.declaredBy) return undefined;
    const go = new Set<string>();
    const toml = new Set<string>();
    for (const path of f.declaredBy) {
      const d = declarations.get(path);
      if (!d) throw new Error(`${f.path}: its declaration ${path} is not saved`);
      for (const n of d.go) go.add(n);
      for (const n of d.toml) toml.add(n);
    }
    return { go, toml };
  };
  return files.flatMap((f) => {
    if (f.role === 'declaration') return [];
    const declared = declaredBy(f);
    if (f.role === 'config') {
      if (!declared) throw new Error(`${f.path}: a configuration needs its declarations`);
      return tomlTables(f.text, declared.toml).map((t, k) => labelFilled(t.text, t.filled, `${f.path}#table ${k + 1}`, rules));
    }
    const where = `${f.path}#${f.excerpt ?? 'whole file'}`;
    return [labelFilled(f.text, filledInGo(f.text, declared?.go, where), where, rules)];
  });
}
