// The forty-first holdout's labeller (corpus/README.md, "The forty-first holdout"): Apache Camel components' tests,
// labelled by the options' `secret = true` metadata. Camel declares each endpoint option with `@UriParam` /
// `@Metadata`, and one that carries a credential `secret = true` (the generated catalog JSON repeats it as
// `"secret": true`; Camel masks such options in logs and endpoint URIs). The tests write endpoint URIs as Java string
// literals (`"aws2-sqs://MyQueue?accessKey=xxx&secretKey=yyy"`, concatenated over `+` lines) and set options with
// setters (`config.setPassword("secret")`). Each saved test file's manifest entry names the URI schemes it uses, and
// the source's manifest gives, per scheme, the options declared secret — each with the declaration as a saved
// declaration excerpt holds it — and what the URI's user info sets (`username`, `username:password`, `user`).
// Items: each line that writes a literal starting with a listed scheme (with the `+` lines that continue it), and each
// run of setter statements on one receiver that sets a listed option. A literal given to a secret option is the
// secret (`RAW(…)` narrowed to its content: Camel takes what RAW wraps as the value unencoded); other options are
// clean text; a URI or run with no secret option filled is clean. Set apart: a secret option whose value is a Camel
// property placeholder (`{{…}}`), a `${…}` reference, a bean reference (`#name`) or computed by the test (a `+ expr +`
// inside the value) — the value is not in its text; then holdout21's verdict (stand-ins, a value written elsewhere).
import { verdict, type TwentyFirstItem, type TwentyFirstNote } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/ (apache/camel's components). */
export const camelSources = ['camel-ftp', 'camel-aws2-sqs', 'camel-mail', 'camel-xmpp', 'camel-rabbitmq', 'camel-splunk', 'camel-telegram', 'camel-ssh', 'camel-pubnub', 'camel-minio'] as const;

export type FortyFirstNote = TwentyFirstNote | 'a Camel placeholder, bean reference or computed value in a secret option (not in its text)';

export interface FortyFirstItem extends Omit<TwentyFirstItem, 'note'> {
  note?: FortyFirstNote;
}

/** What a source's manifest says of one scheme: its secret options (each with its declaration) and its user info. */
export interface CamelScheme {
  secret: Record<string, string>;
  /** The options the URI's user info sets: `username`, or `username:password` (split at the first `:`). */
  userInfo?: string;
}

/** A saved test file: the schemes its URIs use, and the scheme whose options its setters set. */
export interface CamelTestFile {
  path: string;
  text: string;
  schemes: readonly string[];
  setters?: string;
}

const SECRET_DECLARATION = /secret = true|"secret": true/;
const COMPUTED = '\u0000';
const REFERENCE = /^(?:\{\{.*\}\}|\$\{.*\}|#.+)$/s;
const literal = /"((?:[^"\\]|\\.)*)"/g;

/** Checks each cited declaration against the saved declaration excerpts: it must stand there and say `secret`. */
export function checkDeclarations(source: string, schemes: Readonly<Record<string, CamelScheme>>, declarations: string): void {
  for (const [scheme, { secret }] of Object.entries(schemes)) {
    for (const [option, cited] of Object.entries(secret)) {
      if (!declarations.includes(cited)) throw new Error(`${source} ${scheme}.${option}: its declaration is not in the saved excerpts`);
      if (!SECRET_DECLARATION.test(cited) || !cited.includes(option)) throw new Error(`${source} ${scheme}.${option}: the declaration cited does not declare it secret`);
    }
  }
}

/**
 * The URI a statement writes: its string literals joined where only `+` stands between them, a computed part
 * (`+ getPort() +`) kept as a marker; the URI ends at the first literal joined otherwise (`, "foo/bar"`).
 */
export function uriOf(statement: string, from: number): string {
  let uri = '';
  let last = -1;
  for (const m of statement.slice(from).matchAll(literal)) {
    const at = from + m.index;
    if (last >= 0) {
      const gap = statement.slice(last, at).replace(/\s+/g, '');
      if (gap !== '+') {
        if (/^\+.+\+$/s.test(gap)) uri += COMPUTED;
        else break;
      }
    }
    uri += m[1]!;
    last = at + m[0].length;
  }
  return uri;
}

/** The options a URI fills: its query's `name=value` pairs, then what its user info sets. */
export function optionsOf(uri: string, scheme: CamelScheme): [string, string][] {
  const query = uri.includes('?') ? uri.slice(uri.indexOf('?') + 1) : '';
  const options: [string, string][] = query.split('&').filter((p) => p.includes('=')).map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]);
  const authority = /^[a-z0-9+.-]+:\/\/([^/?]*)/.exec(uri)?.[1] ?? '';
  if (scheme.userInfo && authority.includes('@')) {
    const info = authority.slice(0, authority.lastIndexOf('@'));
    const [user, pass] = scheme.userInfo.split(':');
    if (pass && info.includes(':')) options.push([user!, info.slice(0, info.indexOf(':'))], [pass, info.slice(info.indexOf(':') + 1)]);
    else options.push([user!, info]);
  }
  return options;
}

/** A secret option's value: a literal (RAW's content), or a reference / computed value, or nothing. */
function valueOf(value: string): { literal?: string; reference?: true } {
  if (value === '') return {};
  if (value.includes(COMPUTED) || REFERENCE.test(value)) return { reference: true };
  return { literal: /^RAW[({](.*)[)}]$/s.exec(value)?.[1] ?? value };
}

function label(text: string, rule: string, filled: readonly string[]): FortyFirstItem {
  const values = filled.map(valueOf);
  const secrets = values.flatMap((v) => (v.literal ? [v.literal] : []));
  if (secrets.length) {
    const slots = new Map<string, number>();
    for (const s of secrets) slots.set(s, (slots.get(s) ?? 0) + 1);
    return verdict(text, secrets, rule, slots);
  }
  if (values.some((v) => v.reference)) return { text, secrets: [], label: 'clean', rule, note: 'a Camel placeholder, bean reference or computed value in a secret option (not in its text)' };
  return { text, secrets: [], label: 'clean', rule };
}

/** The items of one saved test file; the rule `<path>#L<line>` (the first line of the item). */
export function labelCamelTest(file: CamelTestFile, schemes: Readonly<Record<string, CamelScheme>>): FortyFirstItem[] {
  const lines = file.text.split('\n');
  const items: FortyFirstItem[] = [];
  const uriStart = new RegExp(`"(${file.schemes.map((s) => s.replace(/[.+-]/g, '\\$&')).join('|')}):`);
  const setter = /^\s*(.+)\.set([A-Z]\w*)\((.*)\);\s*$/;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    const start = uriStart.exec(line);
    if (start) {
      let end = at;
      while (end + 1 < lines.length && /^\s*\+/.test(lines[end + 1]!)) end++;
      const text = lines.slice(at, end + 1).join('\n').trimStart();
      const scheme = schemes[start[1]!]!;
      const filled = optionsOf(uriOf(text, text.indexOf(start[0])), scheme).filter(([name]) => name in scheme.secret).map(([, value]) => value);
      items.push(label(text, `${file.path}#L${at + 1}`, filled));
      at = end;
      continue;
    }
    const set = setter.exec(line);
    if (!set || !file.setters) continue;
    const receiver = set[1]!;
    let end = at;
    while (end + 1 < lines.length && setter.exec(lines[end + 1]!)?.[1] === receiver) end++;
    const run = lines.slice(at, end + 1);
    const scheme = schemes[file.setters]!;
    const calls = run.map((l) => {
      const [, , name, argument] = setter.exec(l)!;
      return { option: name!.charAt(0).toLowerCase() + name!.slice(1), argument: argument!.trim() };
    });
    const secretCalls = calls.filter((c) => c.option in scheme.secret);
    if (secretCalls.length) {
      const filled = secretCalls.map((c) => /^"((?:[^"\\]|\\.)*)"$/.exec(c.argument)?.[1] ?? COMPUTED);
      items.push(label(run.join('\n').trimStart(), `${file.path}#L${at + 1}`, filled));
    }
    at = end;
  }
  return items;
}
