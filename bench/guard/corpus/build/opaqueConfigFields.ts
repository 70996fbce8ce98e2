// The sixty-first holdout's labeller (corpus/README.md, "The sixty-first holdout"): the OpenTelemetry Collector's components'
// test configurations, labelled by the Go type of the config field each value fills. A field declared `configopaque.String`
// (or a map, slice or MapList of it) holds a secret: the component's own saved struct declarations say which, with the
// collector's client settings (`headers`) for a component that embeds `confighttp.`/`configgrpc.` settings. Each instance
// block of a saved test configuration is one item, its text the block as the file writes it.
import { placeholderValue } from './passwordCheckTests';
import { verdict, type TwentyFirstItem } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/ with the repository its manifest names. */
export const opaqueConfigSources = ['otel-collector-contrib', 'otel-collector'] as const;

export type SixtyFirstNote =
  | 'an env expansion, not the secret'
  | 'typed plain string, named like a secret'
  | 'its field not in the saved declarations'
  | 'the markers disagree';

export type SixtyFirstItem = Omit<TwentyFirstItem, 'note'> & { note?: TwentyFirstItem['note'] | SixtyFirstNote };

/** What the saved declarations say of each mapstructure tag. */
export interface FieldTypes {
  readonly opaque: ReadonlySet<string>;
  readonly plain: ReadonlySet<string>;
  readonly other: ReadonlySet<string>;
  /** The same fields by their Go names (what a test's struct literal writes), with their tags. */
  readonly goOpaque: ReadonlySet<string>;
  readonly goPlain: ReadonlyMap<string, string>;
}

const declaration = /^\s*(?:(\w+)\s+)?([\w.*[\]]+)\s+`[^`]*\bmapstructure:"([^",]*)/;

/** The tags (and Go names) of every field the Go text declares, by type: configopaque, plain string, anything else. */
export function fieldTypes(goText: string): FieldTypes {
  const opaque = new Set<string>(), plain = new Set<string>(), other = new Set<string>();
  const goOpaque = new Set<string>(), goPlain = new Map<string, string>();
  for (const line of goText.split('\n')) {
    const m = declaration.exec(line);
    if (!m || !m[3]) continue;
    const [name, type, tag] = [m[1], m[2]!, m[3]];
    const kind = type.includes('configopaque.') ? opaque : /^\*?string$/.test(type) ? plain : other;
    kind.add(tag);
    if (name && kind === opaque) goOpaque.add(name);
    if (name && kind === plain) goPlain.set(name, tag);
  }
  return { opaque, plain, other, goOpaque, goPlain };
}

/** Several declaration sets read as one (a component's own and the collector's client settings it embeds). */
export function mergeFieldTypes(sets: readonly FieldTypes[]): FieldTypes {
  const union = (pick: (f: FieldTypes) => ReadonlySet<string>) => new Set(sets.flatMap((f) => [...pick(f)]));
  return {
    opaque: union((f) => f.opaque), plain: union((f) => f.plain), other: union((f) => f.other), goOpaque: union((f) => f.goOpaque),
    goPlain: new Map(sets.flatMap((f) => [...f.goPlain])),
  };
}

const secretWords = new Set(['password', 'passwd', 'passphrase', 'pass', 'pwd', 'secret', 'token', 'tokens', 'apikey', 'credential', 'credentials', 'htpasswd', 'bearer']);
const secretPair = /(?:^|_)(?:api|access|private|secret|account|ingest|instrumentation)_key(?:$|_)/;
// A field whose whole value carries a credential inside it (a connection string, a DSN) is named like one too.
const credentialCarriers = new Set(['connection_string', 'connection', 'dsn', 'datasource', 'data_source']);
const pathLike = new Set(['file', 'path', 'url', 'endpoint', 'arn', 'header', 'name', 'id', 'type', 'filename']);

/** A field named like a secret: a secret word among its name's parts, or its parent's when its own name is not a path or URL's. */
export function namedLikeSecret(key: string, parent?: string): boolean {
  const named = (k: string) => k.toLowerCase().split(/[_.-]/).some((p) => secretWords.has(p)) || secretPair.test(k.toLowerCase()) || credentialCarriers.has(k.toLowerCase());
  const parts = key.toLowerCase().split(/[_.-]/);
  if (pathLike.has(parts[parts.length - 1]!)) return false;
  return named(key) || (parent !== undefined && named(parent));
}

/** An environment expansion the collector resolves at start (`${env:X}`, `${X}`, `$X`): the value is not in the file. */
export const envExpansion = (value: string) => /^\$(?:\{[^}]+\}|[A-Za-z_]\w*)$/.test(value);

interface Instance {
  readonly name: string;
  readonly lines: readonly string[];
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const meaningful = (line: string) => line.trim() !== '' && !line.trim().startsWith('#');
const pipelineSections = new Set(['receivers', 'exporters', 'extensions', 'processors', 'connectors']);

/** The instance blocks of a test configuration: its outermost keys, or under the pipeline sections when it has them. */
export function instances(yaml: string, wholeFile: boolean): Instance[] {
  const lines = yaml.split('\n');
  if (wholeFile) return [{ name: '(file)', lines: trimEnd(lines) }];
  const blocks = (from: readonly string[], at: number): Instance[] => {
    const out: { name: string; lines: string[] }[] = [];
    for (const line of from) {
      if (meaningful(line) && indentOf(line) === at) out.push({ name: line.trim().replace(/:.*$/, ''), lines: [line] });
      else if (meaningful(line) && indentOf(line) < at) break;
      else out[out.length - 1]?.lines.push(line);
    }
    return out.map((b) => ({ name: b.name, lines: trimEnd(b.lines) }));
  };
  const top = blocks(lines, Math.min(...lines.filter(meaningful).map(indentOf)));
  if (!top.some((b) => pipelineSections.has(b.name) || b.name === 'service')) return top.filter((b) => b.lines.length > 1);
  return top.filter((b) => pipelineSections.has(b.name)).flatMap((b) => blocks(b.lines.slice(1), 2)).filter((b) => b.lines.length > 1);
}

function trimEnd(lines: readonly string[]): string[] {
  const out = [...lines];
  while (out.length && !meaningful(out[out.length - 1]!)) out.pop();
  return out;
}

const keyLine = /^(\s*)(-\s+)?("[^"]*"|'[^']*'|[^\s"'#:][^:#]*?)\s*:(?:\s+(.*))?$/;
const unquote = (v: string) => (/^"(.*)"$/.exec(v) ?? /^'(.*)'$/.exec(v))?.[1] ?? v;
const scalar = (raw: string) => unquote(raw.startsWith('"') || raw.startsWith("'") ? raw.trim() : raw.replace(/\s+#.*$/, '').trim());

/** The values an instance gives, each with what its field's declared type says of it. */
interface Found {
  readonly opaque: string[];
  readonly env: string[];
  readonly plainNamed: string[];
  readonly undeclaredNamed: string[];
  readonly disagreeing: string[];
}

function walk(lines: readonly string[], types: FieldTypes): Found {
  const found: Found = { opaque: [], env: [], plainNamed: [], undeclaredNamed: [], disagreeing: [] };
  const stack: { indent: number; key: string }[] = [];
  const opaqueTag = (key: string) => types.opaque.has(key) && !types.plain.has(key);
  const put = (key: string, parent: string | undefined, value: string, underOpaque: boolean) => {
    if (!value) return;
    if (underOpaque || opaqueTag(key)) (envExpansion(value) ? found.env : found.opaque).push(value);
    else if (types.opaque.has(key) && types.plain.has(key)) found.disagreeing.push(value);
    else if (!namedLikeSecret(key, parent) || /^(?:true|false|-?\d+(?:\.\d+)?)$/.test(value)) return;
    else if (envExpansion(value)) found.env.push(value);
    else if (types.plain.has(key)) found.plainNamed.push(value);
    else if (!types.other.has(key)) found.undeclaredNamed.push(value);
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (!meaningful(line)) continue;
    const m = keyLine.exec(line);
    const dash = /^(\s*)-\s+(.*)$/.exec(line);
    const indent = m ? indentOf(line) + (m[2]?.length ?? 0) : indentOf(line);
    while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const underOpaque = stack.some((s) => opaqueTag(s.key));
    const parent = stack[stack.length - 1]?.key;
    if (!m) {
      if (dash && underOpaque) put('', parent, scalar(dash[2]!), true);
      continue;
    }
    const key = unquote(m[3]!.trim());
    const raw = (m[4] ?? '').trim();
    if (/^[|>][-+]?$/.test(raw)) {
      const body: string[] = [];
      while (n + 1 < lines.length && (lines[n + 1]!.trim() === '' || indentOf(lines[n + 1]!) > indent)) body.push(lines[++n]!.trim());
      for (const text of body.filter(Boolean)) put(key, parent, text, underOpaque && key !== 'name');
      continue;
    }
    if (raw) put(key, parent, scalar(raw), underOpaque && key !== 'name');
    stack.push({ indent, key });
  }
  return found;
}

/**
 * An instance's item. Apart, in this order: a value whose tag the declarations give both types ("the markers
 * disagree"); a literal in a field named like a secret but declared plain string, or declared nowhere saved; an instance
 * whose only opaque values are environment expansions. Else its opaque literals are its secrets (placeholder policy both
 * ways and holdout21's verdict, as holdout57's), and an instance with none is clean.
 */
export function labelInstance(text: string, lines: readonly string[], types: FieldTypes, rule: string): SixtyFirstItem {
  return verdictOf(text, walk(lines, types), rule);
}

function verdictOf(text: string, f: Found, rule: string): SixtyFirstItem {
  const secretItem = (secrets: string[], note: SixtyFirstNote): SixtyFirstItem => ({ text, secrets: [...new Set(secrets)], label: 'secret', rule, note });
  if (f.disagreeing.length) return secretItem([...f.disagreeing, ...f.opaque], 'the markers disagree');
  if (f.plainNamed.length) return secretItem([...f.plainNamed, ...f.opaque], 'typed plain string, named like a secret');
  if (f.undeclaredNamed.length) return secretItem([...f.undeclaredNamed, ...f.opaque], 'its field not in the saved declarations');
  if (f.opaque.length) {
    const kept = f.opaque.filter((s) => !placeholderValue(s));
    const item = verdict(text, kept.length ? kept : f.opaque, rule);
    return kept.length ? item : { ...item, note: 'a documented example or filler value' };
  }
  if (f.env.length) return secretItem(f.env, 'an env expansion, not the secret');
  return { text, secrets: [], label: 'clean', rule };
}

const goString = '"((?:[^"\\\\\\n]|\\\\.)*)"';
const goOpaqueCall = new RegExp(`configopaque\\.String\\(${goString}\\)`, 'g');
const goAssignment = new RegExp(`(?:\\b(\\w+):|\\.(\\w+)\\s*=)\\s*${goString}`, 'g');

/**
 * A test's Go excerpt, one item: `configopaque.String("…")` and a string literal given a field the declarations type
 * configopaque (`Password: "…"`, `cfg.Token = "…"`) are its opaque values; a literal given a plain string field named
 * like a secret sets it apart; then the verdict of a configuration's instance.
 */
export function labelGoExcerpt(text: string, types: FieldTypes, rule: string): SixtyFirstItem {
  const found: Found = { opaque: [], env: [], plainNamed: [], undeclaredNamed: [], disagreeing: [] };
  for (const m of text.matchAll(goOpaqueCall)) (envExpansion(m[1]!) ? found.env : found.opaque).push(m[1]!);
  for (const m of text.matchAll(goAssignment)) {
    const [name, value] = [m[1] ?? m[2]!, m[3]!];
    if (!value) continue;
    if (types.goOpaque.has(name)) (envExpansion(value) ? found.env : found.opaque).push(value);
    else if (types.goPlain.has(name) && namedLikeSecret(types.goPlain.get(name)!)) found.plainNamed.push(value);
  }
  return verdictOf(text, found, rule);
}

/** A saved test configuration's items, one an instance block. */
export function labelConfigFile(yaml: string, wholeFile: boolean, types: FieldTypes, rulePrefix: string): SixtyFirstItem[] {
  return instances(yaml, wholeFile).map((b) => labelInstance(b.lines.join('\n'), b.lines, types, `${rulePrefix}#${b.name}`));
}

/** At most four scored items a component, at most three of one label, and at most four apart, in file order. */
export function capPerComponent<T extends { label: string; note?: string }>(items: readonly T[]): T[] {
  const scored = items.filter((i) => !i.note);
  const taken: T[] = [];
  for (const i of scored) if (taken.length < 4 && taken.filter((t) => t.label === i.label).length < 3) taken.push(i);
  const apart = items.filter((i) => i.note).slice(0, 4);
  return items.filter((i) => taken.includes(i) || apart.includes(i));
}

/** A saved file as its manifest lists it, with its text. */
export interface SavedConfigFile {
  readonly component: string;
  readonly path: string;
  readonly text: string;
  readonly instances?: 'file';
  readonly uses?: readonly string[];
}

const isDeclarations = (path: string) => path.endsWith('.go') && !path.endsWith('_test.go');
const isConfig = (path: string) => /\.ya?ml$/.test(path) || path.endsWith('_test.go');

/**
 * Every source's items: each component's saved declarations read as one (a file saved as several excerpts too), the
 * collector's client settings added where the component embeds them (its declarations name `confighttp.` or
 * `configgrpc.`, or its manifest entry says `uses`), each test configuration's instances labelled, then capped a component.
 */
export function labelOpaqueConfigs(sources: readonly { source: string; files: readonly SavedConfigFile[] }[]): (SixtyFirstItem & { source: string })[] {
  const all = sources.flatMap((s) => s.files.map((f) => ({ ...f, source: s.source })));
  const declared = (component: string) => all.filter((f) => f.component === component && isDeclarations(f.path)).map((f) => f.text).join('\n');
  return sources.flatMap(({ source, files }) => {
    const components = [...new Set(files.filter((f) => isConfig(f.path)).map((f) => f.component))];
    return components.flatMap((component) => {
      const own = declared(component);
      const configs = files.filter((f) => f.component === component && isConfig(f.path));
      const items = configs.flatMap((f) => {
        const uses = f.uses ?? ['config/confighttp', 'config/configgrpc'].filter((c) => own.includes(`${c.split('/')[1]}.`));
        if (!own && !uses.length) throw new Error(`${source} ${component}: no declarations saved`);
        const types = mergeFieldTypes([fieldTypes(own), ...uses.map((c) => fieldTypes(declared(c)))]);
        return f.path.endsWith('_test.go') ? [labelGoExcerpt(f.text, types, f.path)] : labelConfigFile(f.text, f.instances === 'file', types, f.path);
      });
      return capPerComponent(items).map((i) => ({ ...i, source }));
    });
  });
}
