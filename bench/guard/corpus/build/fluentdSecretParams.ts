// The thirty-eighth holdout's labeller (corpus/README.md, "The thirty-eighth holdout"): Fluentd plugins' tests, labelled
// by the plugins' own `secret: true` configuration parameters. A plugin declares each parameter with `config_param
// :name, :type, …`, and one that carries a credential with `secret: true` (`:secret => true`): Fluentd masks it when it
// dumps the configuration. The tests configure the plugins with Fluentd configuration written as Ruby literals (`%[ … ]`,
// `%{ … }` strings and heredocs handed to `create_driver`, or assigned to a CONFIG constant or a local). Each literal is one
// item, its text the literal's lines as the file writes them; a literal given to a parameter the saved declaration marks
// secret is its secret, an item that fills none is clean. Set apart: a credential parameter filled only with Ruby
// interpolation (`#{…}`) or a Fluentd placeholder (`${…}`) — the value is not in the text —, a credential the stored
// declaration does not mark secret (the manifest names it with its declaration line), then holdout21's verdict
// (stand-ins, a value written elsewhere in its text too).
import { verdict, type TwentyFirstItem, type TwentyFirstNote } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/ with the repository its manifest names. */
export const fluentdSources = [
  'fluentd', 'fluent-secure-forward', 'fluent-out-http', 'fluent-influxdb', 'fluent-mixpanel', 'fluent-s3', 'fluent-redis',
  'fluent-elasticsearch', 'fluent-opensearch', 'fluent-mysql', 'fluent-splunk',
] as const;

export type ThirtyEighthNote =
  | TwentyFirstNote
  | 'Ruby interpolation or a Fluentd placeholder in a credential parameter (the value is not in its text)'
  | 'a credential the stored declaration does not mark secret';

export interface ThirtyEighthItem extends Omit<TwentyFirstItem, 'note'> {
  note?: ThirtyEighthNote;
}

/** What a manifest says of one saved test file: the declarations that label it and the literals it does not take. */
export interface FluentdTest {
  /** Paths of the saved plugin sources whose `config_param` lines label the file's configurations. */
  declarations: string[];
  /** Literals assigned to these names configure another plugin (one whose stored declaration is not saved): not taken. */
  skipVariables?: string[];
  /** Credential parameters the stored declaration leaves plain: parameter → its declaration line (a substring of it). */
  plainCredentials?: Record<string, string>;
}

/** One configuration literal as the test writes it: its lines (a substring of the file) and where it stands. */
export interface ConfigLiteral {
  text: string;
  name: string;
  variable?: string;
}

/** Parameters `config_param` declares in a plugin source: each name, and whether it is declared secret. */
export function declaredParams(source: string): Map<string, boolean> {
  const params = new Map<string, boolean>();
  for (const m of source.matchAll(/^\s*config_param\s+:(\w+)\s*,([^\n]*)$/gm)) {
    const secret = /(?:\bsecret:\s*true|:secret\s*=>\s*true)/.test(m[2]!);
    params.set(m[1]!, (params.get(m[1]!) ?? false) || secret);
  }
  return params;
}

/** The lines of a literal's body without its leading and trailing blank lines (nothing fed when none is left). */
function bodyLines(body: string): string | undefined {
  const lines = body.split('\n');
  while (lines.length && !lines[0]!.trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
  return lines.length ? lines.join('\n') : undefined;
}

/** Where a literal opens: a driver call's argument, an assignment, a `+` onto another configuration, or a method's body. */
const configPosition = /(?:\s=|[(+]|\b(?:create_driver|create_raw_driver|configure))\s*$/;
const closing: Record<string, string> = { '[': ']', '{': '}', '(': ')' };

/** The test (`def name`, `test 'name'`) a literal stands in, read from the text before it. */
function enclosingName(before: string): string | undefined {
  const names = [...before.matchAll(/^\s*(?:def\s+(\w+)|test\s+(['"])(.+?)\2)/gm)];
  const last = names.pop();
  return last ? (last[1] ?? last[3]) : undefined;
}

/**
 * The configuration literals of a Ruby test excerpt: each `%[ … ]` (brackets balanced; `%{ … }` and `%( … )` when they
 * open a block) in a configuration position, and each heredoc (`<<ID`, `<<-ID`, `<<~ID`) up to its terminator line.
 */
export function configLiterals(file: string): ConfigLiteral[] {
  const found: { at: number; body: string; prefix: string }[] = [];
  for (const m of file.matchAll(/%([[{(])/g)) {
    const [open, close] = [m[1]!, closing[m[1]!]!];
    // `%{…}` and `%(…)` are configuration only when they open a block (`%{path}` is a format placeholder).
    if (open !== '[' && file[m.index + 2] !== '\n') continue;
    let depth = 0;
    let end = -1;
    for (let i = m.index + 1; i < file.length; i++) {
      if (file[i] === open) depth++;
      else if (file[i] === close && --depth === 0) {
        end = i;
        break;
      }
    }
    if (end < 0) continue;
    const lineStart = file.lastIndexOf('\n', m.index) + 1;
    const prefix = file.slice(lineStart, m.index);
    const previous = file.slice(0, lineStart).trimEnd().split('\n').pop() ?? '';
    if (!configPosition.test(prefix) && !(prefix.trim() === '' && /^\s*def\s+\w+\s*$/.test(previous))) continue;
    found.push({ at: m.index, body: file.slice(m.index + 2, end), prefix });
  }
  for (const m of file.matchAll(/<<[-~]?([A-Z_]+)\b[^\n]*\n/g)) {
    const start = m.index + m[0].length;
    const close = new RegExp(`^\\s*${m[1]}\\s*$`, 'm').exec(file.slice(start));
    if (!close) continue;
    const lineStart = file.lastIndexOf('\n', m.index) + 1;
    found.push({ at: m.index, body: file.slice(start, start + close.index), prefix: file.slice(lineStart, m.index) });
  }
  return found
    .sort((a, b) => a.at - b.at)
    .flatMap(({ at, body, prefix }) => {
      const text = bodyLines(body);
      if (!text) return [];
      const variable = /(\w+)\s*=\s*(?:\w+\s*\+\s*)?$/.exec(prefix)?.[1];
      const constant = variable && /^[A-Z][A-Z0-9_]*$/.test(variable) ? variable : undefined;
      const name = constant ?? enclosingName(file.slice(0, at)) ?? variable ?? `line ${file.slice(0, at).split('\n').length}`;
      return [{ text, name, ...(variable ? { variable } : {}) }];
    });
}

/** A configuration line's parameter: its name and value (a trailing ` # comment` dropped, quotes taken off). */
export function configParams(text: string): [string, string][] {
  return text.split('\n').flatMap((line) => {
    const t = line.trim();
    if (!t || t.startsWith('#') || t.startsWith('<')) return [];
    const m = /^([@\w.]+)(?:\s+(.*))?$/.exec(t);
    if (!m) return [];
    const value = (m[2] ?? '').replace(/\s+#.*$/, '').trim();
    return [[m[1]!, /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value]];
  });
}

const runTime = (value: string) => value.includes('#{') || value.includes('${');
/** in_opensearch's escape placeholder: it reads `%{…}` as the credential inside, URL-encoded (its saved `configure`). */
const escaped = (value: string) => /^%\{(.+)\}$/.exec(value)?.[1] ?? value;

/**
 * The items of one saved test excerpt, labelled by the saved declarations: a value given to a parameter they declare
 * `secret: true` is a secret. Each plain credential the manifest names must be declared there, without it.
 */
export function labelFluentdTest(path: string, test: FluentdTest, file: string, declarations: string): ThirtyEighthItem[] {
  const params = declaredParams(declarations);
  for (const [param, line] of Object.entries(test.plainCredentials ?? {})) {
    if (!declarations.includes(line) || params.get(param) !== false || !line.includes(`:${param},`)) throw new Error(`${path}: ${param} is not declared plain by ${JSON.stringify(line)}`);
  }
  return configLiterals(file)
    .filter((l) => !(l.variable && test.skipVariables?.includes(l.variable)))
    .map((l) => {
      const rule = `${path}#${l.name}`;
      const filled = configParams(l.text).filter(([, v]) => v !== '');
      const slots = filled.filter(([k]) => params.get(k) === true);
      const secrets = slots.map(([, v]) => escaped(v)).filter((v) => !runTime(v));
      const atRunTime: ThirtyEighthItem = { text: l.text, secrets: [], label: 'clean', rule, note: 'Ruby interpolation or a Fluentd placeholder in a credential parameter (the value is not in its text)' };
      if (!secrets.length && slots.length) return atRunTime;
      const plainSlots = filled.filter(([k]) => k in (test.plainCredentials ?? {}));
      const plain = plainSlots.map(([, v]) => v).filter((v) => !runTime(v));
      if (!secrets.length && plain.length) return { text: l.text, secrets: [...new Set(plain)], label: 'secret' as const, rule, note: 'a credential the stored declaration does not mark secret' as const };
      if (!secrets.length && plainSlots.length) return atRunTime;
      const counts = new Map<string, number>();
      for (const s of secrets) counts.set(s, (counts.get(s) ?? 0) + 1);
      return verdict(l.text, secrets, rule, counts);
    });
}
