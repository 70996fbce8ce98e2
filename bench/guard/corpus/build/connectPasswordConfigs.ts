// The fortieth holdout's labeller (corpus/README.md, "The fortieth holdout"): Kafka Connect connector configurations and
// Kafka client configurations, labelled by `ConfigDef.Type.PASSWORD`. Kafka's `ConfigDef` declares each configuration key
// with a type, and a key that carries a credential is declared `Type.PASSWORD` (its value is held as a `Password`, printed
// `[hidden]`); Debezium's `Field.withType(Type.PASSWORD)` feeds the same ConfigDef. Each saved configuration is one item,
// read from the file (nothing transcribed): a connector JSON (`"key": "value"`), a `.properties` file (`key=value`) or a
// test's key/value argument list (`"key", "value",`). Each raw/<source>/manifest.json names the password-typed keys its
// configurations fill, each with the declaration that types it (a substring of a declaration source's saved excerpts,
// which must say `Type.PASSWORD`, and the constant that names the key when the declaration uses one). A literal given to
// a password-typed key — or to the same key under Kafka's prefixes (`producer.`, `consumer.`, `admin.`, a cluster alias),
// which pass it through to the client that declares it — is the secret (a JAAS config narrowed to its `password="…"`);
// an item that fills none is clean. Set apart: a password slot holding only a config provider reference (`${file:…}`),
// whose value is resolved at run time; a credential the declarations do not label (a credential-named key no declaration
// read types PASSWORD, a password inside a plain `connection.url`); then holdout21's verdict (stand-ins, a value written
// elsewhere in the text).
import { verdict, type TwentyFirstItem, type TwentyFirstNote } from './scrubberDefaultTests';

/** The configuration sources, each saved under raw/<source>/ with the repository its manifest names. */
export const connectConfigSources = ['debezium-examples', 'kafka', 'ibm-mq-source', 'doris', 'debezium-server'] as const;
/** The sources whose saved excerpts hold the declarations (a source may be both). */
export const connectDeclarationSources = ['debezium', 'kafka', 'ibm-mq-source'] as const;

/** What a manifest says of one password-typed key: where it is declared, and by which text. */
export interface PasswordKey {
  /** A declaration source (raw/<in>/), whose saved excerpts hold `declaration` and `constant`. */
  in: string;
  /** The declaration: it must say `Type.PASSWORD`, and name the key or the constant. */
  declaration: string;
  /** `NAME = "key"`, when the declaration names the key through a constant. */
  constant?: string;
  /** Why the declaration names this key when it builds the name from parts not saved. */
  because?: string;
}

export type FortiethNote =
  | TwentyFirstNote
  | 'a config provider reference (resolved at run time, not in its text)'
  | 'a credential no ConfigDef read types PASSWORD (its type does not label it)';

export interface FortiethItem extends Omit<TwentyFirstItem, 'note'> {
  note?: FortiethNote;
}

export type ConfigForm = 'json' | 'properties' | 'java-pairs';

const quoted = String.raw`"((?:[^"\\\n]|\\.)*)"`;
const pairPatterns: Record<ConfigForm, RegExp> = {
  json: new RegExp(`${quoted}\\s*:\\s*(${quoted}|[^,\\s}\\]]+)`, 'g'),
  'java-pairs': new RegExp(`${quoted},\\s*(${quoted}|[\\w.]+(?:\\(\\))?)`, 'g'),
  properties: /^[ \t]*([\w.\-]+)[ \t]*[=:][ \t]*(.*)$/gm,
};

/** Each key and value the configuration writes, a quoted value without its quotes (escapes left as written). */
export function configPairs(text: string, form: ConfigForm): [string, string][] {
  return [...text.matchAll(pairPatterns[form])].map((m) => {
    const value = m[2]!.trim();
    return [m[1]!, /^".*"$/s.test(value) ? value.slice(1, -1) : value];
  });
}

const isProviderReference = (value: string) => /^\$\{[^}]+\}$/.test(value);
/** Key names that say they hold a credential (to catch one no declaration read types PASSWORD). */
const credentialNamed = /pass(?:word|wd|phrase)|secret|token|credential|jaas|api[._-]?key|private[._-]?key|master[._-]?key/i;
/** A password inside a URL or a JDBC URL's parameters. */
const urlPasswords = (value: string) =>
  [...value.matchAll(/[?&;]password=([^&;"\s\\]+)/gi), ...value.matchAll(/:\/\/[^/\s:@"]+:([^/\s@"]+)@/g)].map((m) => m[1]!);
/** A JAAS login module's password option (`password="…"`, the quotes escaped in a Java string), else the whole value. */
const narrowJaas = (value: string) => /password=\\?["']([^"'\\]*)\\?["']/.exec(value)?.[1] ?? value;

/** Whether `key` is a declared key or one under a prefix Kafka strips before handing it to the declaring client. */
const typedBy = (keys: Readonly<Record<string, PasswordKey>>, key: string) =>
  Object.keys(keys).find((declared) => key === declared || key.endsWith(`.${declared}`));

/**
 * Checks each password key's declaration against the declaration sources' saved text: present, `Type.PASSWORD`, and
 * naming the key (literally, through its constant, or as `because` says).
 */
export function checkPasswordKeyDeclarations(keys: Readonly<Record<string, PasswordKey>>, saved: (source: string) => string): void {
  for (const [key, d] of Object.entries(keys)) {
    const text = saved(d.in);
    const fail = (why: string) => { throw new Error(`password key ${key}: ${why}`); };
    if (!text.includes(d.declaration)) fail(`its declaration is not in raw/${d.in}/`);
    if (!/\bType\.PASSWORD\b/.test(d.declaration)) fail('its declaration does not say Type.PASSWORD');
    if (d.constant) {
      const name = /^(\w+) = "([^"]+)"$/.exec(d.constant);
      if (!name || name[2] !== key || !text.includes(d.constant) || !d.declaration.includes(name[1]!)) fail(`its constant ${d.constant} does not name it in the declaration`);
    } else if (!d.declaration.includes(`"${key}"`) && !d.because) fail('its declaration does not name it');
  }
}

/** The item of one saved configuration. */
export function labelConnectConfig(rule: string, text: string, form: ConfigForm, keys: Readonly<Record<string, PasswordKey>>): FortiethItem {
  const pairs = configPairs(text, form).filter(([, v]) => v !== '');
  const slots = pairs.filter(([k]) => typedBy(keys, k));
  const literals = slots.filter(([, v]) => !isProviderReference(v)).map(([k, v]) => (/jaas/i.test(k) ? narrowJaas(v) : v));
  const unlabelled = [
    ...pairs.filter(([k, v]) => !typedBy(keys, k) && credentialNamed.test(k) && !isProviderReference(v)).map(([, v]) => v),
    ...pairs.flatMap(([, v]) => urlPasswords(v)),
  ];
  if (unlabelled.length) return { text, secrets: [...new Set([...literals, ...unlabelled])], label: 'secret', rule, note: 'a credential no ConfigDef read types PASSWORD (its type does not label it)' };
  if (!literals.length && slots.length) return { text, secrets: [], label: 'clean', rule, note: 'a config provider reference (resolved at run time, not in its text)' };
  const counts = new Map<string, number>();
  for (const s of literals) counts.set(s, (counts.get(s) ?? 0) + 1);
  return verdict(text, literals, rule, counts);
}
