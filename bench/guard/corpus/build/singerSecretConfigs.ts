// The forty-fifth holdout's labeller (corpus/README.md, "The forty-fifth holdout"): Singer SDK taps' and targets'
// tests, labelled by the config schema's `secret=True`. A tap or target built on the Meltano Singer SDK declares its
// settings as `th.PropertiesList(th.Property("name", th.StringType, …, secret=True))`; the SDK marks such a property
// `"secret": true` / `"writeOnly": true` in the JSON schema, keeps it out of logs, and Meltano stores it in the keyring or
// `.env`. The tests fill the configuration with Python dict literals. Each saved test's manifest entry names its
// declaration (a saved excerpt of the `config_jsonschema` block). Items: each dict literal the test gives as the
// configuration (`config = {…}`, `config={…}`, `SAMPLE_CONFIG… = {…}`, `cfg = {…}`, `cfg.update({…})`, the `return {…}`
// of a function named `…config…`), its text the literal as written. A string literal under a property declared
// `secret=True` (a dotted path for `th.ObjectType` members) is the secret, narrowed for a connection URL to the
// password of its user info (a URL without one fills nothing); other properties are clean text; a configuration with no
// secret property filled is clean. Set apart: a secret property given a variable or expression (the value is not in
// its text), and a configuration whose only credential is under a property named as one (`password`, `private_key`,
// `token`, `secret`) that the saved declaration does not mark — the declaration is silent there, not the test. A secret
// value also written elsewhere in the text beside other secrets is taken out of them; then holdout21's verdict
// (stand-ins, a value written elsewhere).
import { verdict, type TwentyFirstItem, type TwentyFirstNote } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/ with the repository its manifest names. */
export const singerSources = ['singer-tap-jira', 'singer-tap-postgres', 'singer-target-postgres', 'singer-tap-mysql', 'singer-target-clickhouse'] as const;

export type FortyFifthNote =
  | TwentyFirstNote
  | 'a variable or expression in a secret property (the value is not in its text)'
  | 'a credential-named property the saved declaration does not mark secret';

export interface FortyFifthItem extends Omit<TwentyFirstItem, 'note'> {
  note?: FortyFifthNote;
}

/** The index just past the bracket that closes the one at `open`, Python strings and comments skipped. */
function closing(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i]!;
    if (c === '"' || c === "'") i = stringEnd(source, i) - 1;
    else if (c === '#') i = source.indexOf('\n', i) < 0 ? source.length : source.indexOf('\n', i);
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth === 0) return i + 1;
  }
  throw new Error(`unbalanced bracket at ${open}`);
}

/** The index just past the Python string literal whose quote is at `at` (single-line, backslash escapes). */
function stringEnd(source: string, at: number): number {
  const quote = source[at]!;
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === quote) return i + 1;
  }
  throw new Error(`unterminated string at ${at}`);
}

/**
 * The dotted paths a declaration excerpt declares, each with whether it says `secret=True`: every `th.Property("name",
 * …)` call, its path prefixed by the enclosing property's (an `th.ObjectType` member), `secret=True` counted only
 * outside the calls nested in it.
 */
export function declaredProperties(declaration: string): Map<string, boolean> {
  const calls = [...declaration.matchAll(/th\.Property\(\s*"([^"]+)"/g)].map((m) => {
    const open = m.index + 'th.Property'.length;
    return { name: m[1]!, start: m.index, open, end: closing(declaration, open) };
  });
  const out = new Map<string, boolean>();
  for (const call of calls) {
    const parents = calls.filter((p) => p.start < call.start && p.end >= call.end);
    const path = [...parents.map((p) => p.name), call.name].join('.');
    let own = declaration.slice(call.open, call.end);
    for (const inner of calls.filter((c) => c.start > call.start && c.end <= call.end)) own = own.replace(declaration.slice(inner.start, inner.end), '');
    out.set(path, /\bsecret\s*=\s*True\b/.test(own));
  }
  return out;
}

type Value = { kind: 'string'; raw: string[] } | { kind: 'dict'; entries: Entry[] } | { kind: 'other'; literal: boolean };
interface Entry {
  key: string;
  value: Value;
}

/** A Python dict literal's entries (string keys), values read as strings (implicit concatenation kept as pieces), dicts, or other. */
function parseDict(source: string, open: number): Entry[] {
  const end = closing(source, open) - 1;
  const entries: Entry[] = [];
  let i = open + 1;
  const skip = () => {
    for (;;) {
      while (i < end && /[\s,]/.test(source[i]!)) i++;
      if (source[i] !== '#') return;
      i = source.indexOf('\n', i);
    }
  };
  for (skip(); i < end; skip()) {
    if (source.startsWith('**', i)) {
      i = expressionEnd(source, i, end);
      continue;
    }
    const keyEnd = stringEnd(source, i);
    const key = source.slice(i + 1, keyEnd - 1);
    i = keyEnd;
    while (/[\s:]/.test(source[i]!)) i++;
    const valueEnd = expressionEnd(source, i, end);
    entries.push({ key, value: readValue(source, i, valueEnd) });
    i = valueEnd;
  }
  return entries;
}

/** Where the expression starting at `at` ends: the first top-level `,` or the dict's end. */
function expressionEnd(source: string, at: number, end: number): number {
  for (let i = at; i < end; i++) {
    const c = source[i]!;
    if (c === '"' || c === "'") i = stringEnd(source, i) - 1;
    else if (c === '#') i = source.indexOf('\n', i) - 1;
    else if ('([{'.includes(c)) i = closing(source, i) - 1;
    else if (c === ',') return i;
  }
  return end;
}

/** One value: a dict, a run of string literals (in parentheses or not, comments between), or anything else. */
function readValue(source: string, start: number, end: number): Value {
  const text = source.slice(start, end).replace(/#[^\n]*/g, '').trim();
  if (text.startsWith('{')) return { kind: 'dict', entries: parseDict(source, start + source.slice(start).indexOf('{')) };
  const inner = text.startsWith('(') && text.endsWith(')') ? text.slice(1, -1).trim() : text;
  const pieces = [...inner.matchAll(/f?"((?:[^"\\]|\\.)*)"\s*/gy)];
  if (pieces.length && pieces.reduce((n, p) => n + p[0].length, 0) === inner.length) return { kind: 'string', raw: pieces.map((p) => p[1]!) };
  return { kind: 'other', literal: /^(?:True|False|None|-?\d[\d_]*)$/.test(inner) };
}

/** The dict literals a test gives as a configuration, each with the name it is given under. */
export function configLiterals(test: string): { at: number; name: string }[] {
  const opener =
    /(?:\b(\w*(?:config|CONFIG|cfg)\w*)\s*=\s*|\b(config)=|\b(cfg)\.update\(\s*|\.(config)\.update\(\s*|def (\w*config\w*)\([^)]*\)[^:\n]*:\s*return\s+)\{/g;
  return [...test.matchAll(opener)].map((m) => ({ at: m.index + m[0].length - 1, name: m.slice(1).find(Boolean)! }));
}

/** A connection URL's user-info password, or undefined when it has none. */
function urlPassword(url: string): string | undefined {
  return /^[\w+.-]+:\/\/[^:@/]*:([^@/]+)@/.exec(url)?.[1];
}

const credentialNamed = /(?:^|[._])(?:password|private_key|token|secret)$/;

/** The items of one saved test: each configuration literal, labelled by the declared secret properties. */
export function labelSingerTest(rule: string, test: string, declared: ReadonlyMap<string, boolean>): FortyFifthItem[] {
  return configLiterals(test).map(({ at, name }, n) => {
    const text = test.slice(at, closing(test, at));
    const secrets: string[] = [];
    let referenced = false;
    let unmarked = false;
    const walk = (entries: Entry[], prefix: string) => {
      for (const { key, value } of entries) {
        const path = prefix + key;
        if (value.kind === 'dict') walk(value.entries, `${path}.`);
        else if (declared.get(path) && value.kind === 'string') {
          const whole = value.raw.join('');
          const password = /_url$/.test(path) ? urlPassword(whole) : whole;
          if (password && !value.raw.some((p) => p.includes(password))) throw new Error(`${rule}: ${path} splits its password over literals`);
          if (password) secrets.push(password);
        } else if (declared.get(path) && !(value.kind === 'other' && value.literal)) referenced = true;
        else if (!declared.get(path) && credentialNamed.test(path) && value.kind === 'string' && value.raw.join('')) unmarked = true;
      }
    };
    walk(parseDict(test, at), '');
    const id = `${rule}#${n + 1} ${name}`;
    if (!secrets.length && referenced) return { text, secrets: [], label: 'clean', rule: id, note: 'a variable or expression in a secret property (the value is not in its text)' };
    if (!secrets.length && unmarked) return { text, secrets: [], label: 'clean', rule: id, note: 'a credential-named property the saved declaration does not mark secret' };
    // A value also written elsewhere (a URL whose user name is its password) beside other secrets is taken out of them,
    // as holdout9 takes a stand-in out; alone, holdout21's verdict sets the item apart.
    const once = secrets.filter((s) => text.split(s).length - 1 <= secrets.filter((t) => t === s).length);
    return verdict(text, once.length ? once : secrets, id);
  });
}
