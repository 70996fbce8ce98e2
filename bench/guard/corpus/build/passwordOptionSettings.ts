// The forty-second holdout's labeller (corpus/README.md, "The forty-second holdout"): Logstash plugins' specs, labelled by
// the plugins' own option declarations. A plugin declares each option `config :name, :validate => …` (or, in a shared
// module, `:name => { :validate => … }`), and one that carries a credential is declared `:validate => :password`
// (Logstash wraps its value in `LogStash::Util::Password`, which logs and inspects as `<password>`). The specs build
// plugins from literal settings: `let(:config) { super().merge("ssl_keystore_password" => "…") }`, `config = {…}`,
// `described_class.new("keystore_password" => "…")`. Each such settings statement is one item, its text the statement as
// the spec writes it. A literal given to an option declared `:password` is the secret (a value the test wraps in
// `LogStash::Util::Password.new(…)` itself is a password too); literals given to other options are clean text; a
// statement that fills no password option with a literal is clean. A password option given a Ruby variable or
// interpolation, or a Logstash `${VAR}` reference, is set apart (its value is not in the text), and so is a statement
// that fills an option the saved declarations do not declare (another version of the plugin: its type is unknown).
// The other notes are holdout21's.
import { verdict, type TwentyFirstItem, type TwentyFirstNote } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/: spec files and the declaration excerpts that type their options. */
export const passwordOptionSources = [
  'logstash-input-elasticsearch', 'logstash-output-elasticsearch', 'logstash-elastic-integration', 'logstash-integration-logstash',
  'logstash-input-http', 'logstash-input-imap', 'logstash-input-twitter', 'logstash-rabbitmq',
] as const;

/** The declarations every input plugin inherits (`LogStash::Inputs::Base`: `type`, `codec`, `tags`, `add_field`). */
export const inheritedDeclarationSource = 'logstash-core';

export type FortySecondNote =
  | TwentyFirstNote
  | 'a value given by a Ruby variable or interpolation (not in its text)'
  | 'a Logstash ${VAR} reference (resolved at run time, not in its text)'
  | 'an option the saved declarations do not declare (another version of the plugin)';

export interface FortySecondItem extends Omit<TwentyFirstItem, 'note'> {
  note?: FortySecondNote;
}

/** Option name → declared `:validate => :password`, from `config :name, …` lines and `:name => { … }` entries. */
export function declaredOptions(declarations: string): Map<string, boolean> {
  const options = new Map<string, boolean>();
  for (const m of declarations.matchAll(/^[ \t]*(?:config\s+:(\w+)\s*,|:(\w+)\s*=>\s*\{)(.*)$/gm)) {
    options.set((m[1] ?? m[2])!, /:validate\s*=>\s*:password\b/.test(m[3]!));
  }
  return options;
}

/** A settings statement as the spec writes it, where it starts, and the option pairs it writes with a quoted key. */
export interface SettingsStatement {
  text: string;
  name: string;
  line: number;
  pairs: { key: string; value: OptionValue }[];
  /** A `let` whose whole value is `LogStash::Util::Password.new("…")`: the test's own password. */
  password?: string;
}

/** What a pair gives its option: string literals (one, or a list's), or something else (a variable, number, nil). */
export type OptionValue = { strings: { value: string; interpolated: boolean }[] } | { other: string };

const quoted = /^(["'])((?:\\.|(?!\1)[^\\])*)\1/;
const passwordNew = /^(?:::)?LogStash::Util::Password\.new\(\s*/;

/** The string a Ruby literal holds (the specs' values carry no escapes but quotes and backslashes). */
const rubyString = (q: string, body: string) => (q === "'" ? body.replace(/\\(['\\])/g, '$1') : body.replace(/\\(["\\])/g, '$1'));

/** The index just past the bracket that closes the one at `start` (quoted strings skipped). */
function closing(text: string, start: number): number {
  const open = text[start]!;
  const close = open === '{' ? '}' : open === '(' ? ')' : ']';
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      const m = quoted.exec(text.slice(i));
      if (m) i += m[0].length - 1;
      continue;
    }
    if (c === open) depth++;
    else if (c === close && --depth === 0) return i + 1;
  }
  return text.length;
}

/** The value written at `at`: a string literal, a `Password.new(literal)`, a list of literals, `%w[…]`, or other. */
function valueAt(text: string, at: number): OptionValue {
  const rest = text.slice(at);
  const literal = (s: string) => {
    const m = quoted.exec(s);
    return m && { value: rubyString(m[1]!, m[2]!), interpolated: m[1] === '"' && m[2]!.includes('#{') };
  };
  const wrapped = passwordNew.exec(rest);
  const single = literal(wrapped ? rest.slice(wrapped[0].length) : rest);
  if (single) return { strings: [single] };
  const words = /^%w\[([^\]]*)\]/.exec(rest);
  if (words) return { strings: words[1]!.trim().split(/\s+/).filter(Boolean).map((value) => ({ value, interpolated: false })) };
  if (rest.startsWith('[')) {
    const inner = rest.slice(1, closing(rest, 0) - 1);
    const parts = inner.split(',').map((p) => p.trim()).filter(Boolean);
    const strings = parts.map(literal);
    if (strings.every((s) => s)) return { strings: strings.map((s) => s!) };
  }
  return { other: /^[^,)}\n]*/.exec(rest)![0].trim() };
}

/**
 * The settings statements of a spec: each `let(:name) { … }` / `let(:name) do … end`, each `config = { … }` (a name with
 * `config`, `settings` or `options`) at a line's start and each `Class.new(…)` / `described_class.new(…)` that writes an option pair with a quoted key, or a `let` whose
 * value is a `Password.new` literal. A statement inside another is part of it.
 */
export function settingsStatements(file: string): SettingsStatement[] {
  const found: { start: number; end: number; name: string }[] = [];
  for (const m of file.matchAll(/\blet\s*\(:(\w+)\)\s*(\{|do\b)|^[ \t]*(\w*(?:config|settings|options)\w*)\s*=\s*\{|\b((?:described_class|[A-Z]\w*(?:::[A-Z]\w*)*)\.new)\s*\(/gm)) {
    const start = m[3] ? m.index + m[0].indexOf(m[3]) : m.index;
    const open = m.index + m[0].length - (m[2] === 'do' ? 2 : 1);
    let end: number;
    if (m[2] === 'do') {
      const indent = /[ \t]*$/.exec(file.slice(0, m.index))![0];
      const close = new RegExp(`\\n${indent}end\\b`, 'g');
      close.lastIndex = open;
      const e = close.exec(file);
      end = e ? e.index + e[0].length : file.length;
    } else end = closing(file, open);
    found.push({ start, end, name: m[1] ?? m[3] ?? m[4]! });
  }
  const statements: SettingsStatement[] = [];
  let reach = -1;
  for (const f of found.sort((a, b) => a.start - b.start)) {
    if (f.start < reach) continue;
    const text = file.slice(f.start, f.end);
    const pairs = [...text.matchAll(/(["'])(\w+)\1\s*=>\s*/g)].map((p) => ({ key: p[2]!, value: valueAt(text, p.index + p[0].length) }));
    const body = /^let\s*\(:\w+\)\s*\{\s*((?:::)?LogStash::Util::Password\.new\(\s*(["'])((?:\\.|(?!\2)[^\\])*)\2\s*\))\s*\}$/.exec(text);
    if (!pairs.length && !body) continue;
    reach = f.end;
    const line = file.slice(0, f.start).split('\n').length;
    statements.push({ text, name: f.name, line, pairs, ...(body ? { password: rubyString(body[2]!, body[3]!) } : {}) });
  }
  return statements;
}

/**
 * The items of one saved spec: each settings statement, labelled by the declarations: the literals given to `:password`
 * options are its secrets.
 */
export function labelPasswordOptionSettings(path: string, file: string, options: ReadonlyMap<string, boolean>): FortySecondItem[] {
  return settingsStatements(file).flatMap((s): FortySecondItem[] => {
    const rule = `${path}#${s.name}@${s.line}`;
    if (s.password !== undefined) return [verdict(s.text, [s.password], rule)];
    const secrets: string[] = [];
    let notInText = false;
    let reference = false;
    let undeclared = false;
    for (const { key, value } of s.pairs) {
      const password = options.get(key);
      if (password === undefined) {
        undeclared ||= 'strings' in value && value.strings.some((v) => v.value);
        continue;
      }
      if (!password) continue;
      if ('other' in value) {
        notInText ||= value.other !== 'nil';
        continue;
      }
      for (const v of value.strings) {
        if (!v.value) continue;
        if (v.interpolated) notInText = true;
        else if (v.value.includes('${')) reference = true;
        else secrets.push(v.value);
      }
    }
    if (undeclared) return [{ text: s.text, secrets: [...new Set(secrets)], label: secrets.length ? 'secret' : 'clean', rule, note: 'an option the saved declarations do not declare (another version of the plugin)' }];
    if (!secrets.length && reference) return [{ text: s.text, secrets: [], label: 'clean', rule, note: 'a Logstash ${VAR} reference (resolved at run time, not in its text)' }];
    if (!secrets.length && notInText) return [{ text: s.text, secrets: [], label: 'clean', rule, note: 'a value given by a Ruby variable or interpolation (not in its text)' }];
    return [verdict(s.text, secrets, rule)];
  });
}
