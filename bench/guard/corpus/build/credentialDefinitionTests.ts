// The sixty-third holdout's labeller (corpus/README.md, "The sixty-third holdout"): automation platforms' own tests, each
// value labelled by the marker the platform itself declares for its key — n8n's credential types mark a secret property
// `typeOptions: { password: true }` (packages/nodes-base/credentials/*.credentials.ts), Backstage's plugins mark a secret
// config key `@visibility secret` in their config.d.ts. The tests' saved excerpts name which credential type
// (`credentialType`) or which config.d.ts (`labelledBy`) labels them; every `key: 'literal'` the excerpt gives a declared key
// is an item, the key's marker its label. Nothing is transcribed: the labels come from the saved declarations alone.

/** The sources, each saved under raw/<source>/ with the repository its manifest names. */
export const credentialDefinitionSources = ['n8n', 'backstage', 'backstage-community-plugins'] as const;

export type SixtyThirdNote = 'a reference or empty value' | 'a value of one or two characters' | "the source's markers disagree";

/** What a platform declares of its keys: the ones it marks secret and the ones it declares without the mark. */
export interface KeyMarkers {
  readonly secret: ReadonlySet<string>;
  readonly plain: ReadonlySet<string>;
}

/**
 * An n8n credential type as its class declares it: `name = '…'` and each property object of `properties: INodeProperties[]`
 * (the objects one level inside the array; an option's own `name` is deeper and not a property), secret when the object
 * holds `password: true` (in `typeOptions`); an `expirable: true` one without it is in both sets.
 */
export function n8nCredentialType(text: string): { name: string; markers: KeyMarkers } | undefined {
  const name = /^\s*name = '([\w-]+)';/m.exec(text)?.[1];
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^\s*properties(?:: INodeProperties\[\])? = \[/.test(l));
  if (!name || start < 0) return undefined;
  const outer = /^\s*/.exec(lines[start]!)![0];
  const block = `${outer}\t`;
  const secret = new Set<string>();
  const plain = new Set<string>();
  let current: { name?: string; password: boolean; expirable: boolean } | undefined;
  for (const line of lines.slice(start + 1)) {
    if (line === `${outer}];`) break;
    if (line === `${block}{`) current = { password: false, expirable: false };
    else if (current && (line === `${block}},` || line === `${block}}`)) {
      // An expirable hidden token (`typeOptions: { expirable: true }`) is one n8n mints and refreshes itself, not marked
      // `password`: both sets, so that its items are set apart as the markers disagreeing.
      if (current.name && current.expirable && !current.password) [secret, plain].forEach((set) => set.add(current!.name!));
      else if (current.name) (current.password ? secret : plain).add(current.name);
      current = undefined;
    } else if (current) {
      const own = new RegExp(`^${block}\\tname: '([\\w-]+)',`).exec(line);
      if (own) current.name = own[1];
      if (/\bpassword: true\b/.test(line)) current.password = true;
      if (/\bexpirable: true\b/.test(line)) current.expirable = true;
    }
  }
  return { name, markers: { secret, plain } };
}

/**
 * A Backstage config.d.ts: every property key of its interfaces, secret when the JSDoc comment right above it says
 * `@visibility secret` (a key declared twice, once secret and once not, is in both sets: the markers disagree).
 */
export function backstageConfigKeys(text: string): KeyMarkers {
  const secret = new Set<string>();
  const plain = new Set<string>();
  let doc = '';
  let inDoc = false;
  for (const line of text.split('\n')) {
    if (inDoc || line.trimStart().startsWith('/**')) {
      doc = inDoc ? `${doc}\n${line}` : line;
      inDoc = !line.includes('*/');
      continue;
    }
    const key = /^\s*['"]?([A-Za-z_$][\w$-]*)['"]?\??:/.exec(line)?.[1];
    if (key) (doc.includes('@visibility secret') ? secret : plain).add(key);
    if (line.trim()) doc = '';
  }
  return { secret, plain };
}

/** One `key: value` a test excerpt gives: the key, the literal value (or a reference), and the line(s) it stands on. */
interface Pair {
  key: string;
  value: string;
  reference: boolean;
  lineStart: number;
  lineEnd: number;
}

// A key followed by a string literal (single, double or template quotes, a template may span lines) or an environment
// reference; each alternative is a single negated class, so the scan stays linear.
const pairPattern = /(?<![\w$.])['"]?([A-Za-z_$][\w$-]*)['"]?:[ \t]*(?:'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`|(process\.env\.[A-Za-z_]\w*))/g;

function pairsOf(text: string): Pair[] {
  const lineStartAt = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const lineEndAt = (at: number) => (text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));
  return [...text.matchAll(pairPattern)].map((m) => {
    const value = m[2] ?? m[3] ?? m[4] ?? m[5]!;
    const end = m.index + m[0].length;
    return { key: m[1]!, value, reference: Boolean(m[5]) || /\$\{|\$env|=\{\{/.test(value), lineStart: lineStartAt(m.index), lineEnd: lineEndAt(end - 1) };
  });
}

export interface SixtyThirdItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: SixtyThirdNote;
}

function apartNote(p: Pair): SixtyThirdNote | undefined {
  if (p.reference || !p.value.trim()) return 'a reference or empty value';
  return p.value.trim().length <= 2 ? 'a value of one or two characters' : undefined;
}

/**
 * The items of one saved test excerpt: the lines that give a declared key a value, one item per line (a template literal's
 * lines together). A line with a key marked secret is a secret item whose secrets are those keys' values (trimmed: a PEM's
 * surrounding line breaks are the test's layout); a line with
 * only declared unmarked keys is clean. Set apart: a reference or an empty value, a value of one or two characters, a key
 * the source marks both ways. Keys the declarations do not name are not taken (`skipped` counts them).
 */
export function labelMarkedPairs(text: string, markers: KeyMarkers, ruleOf: (keys: string[]) => string): { items: SixtyThirdItem[]; skipped: number } {
  const byLine = new Map<number, Pair[]>();
  let skipped = 0;
  for (const p of pairsOf(text)) {
    if (!markers.secret.has(p.key) && !markers.plain.has(p.key)) {
      skipped++;
      continue;
    }
    byLine.set(p.lineStart, [...(byLine.get(p.lineStart) ?? []), p]);
  }
  const items = [...byLine.values()].map((pairs): SixtyThirdItem => {
    const line = text.slice(pairs[0]!.lineStart, Math.max(...pairs.map((p) => p.lineEnd)));
    const marked = pairs.filter((p) => markers.secret.has(p.key));
    const rule = ruleOf((marked.length ? marked : pairs).map((p) => p.key));
    const disputed = marked.find((p) => markers.plain.has(p.key));
    const note = disputed ? "the source's markers disagree" as const : pairs.map(apartNote).find(Boolean);
    const secrets = [...new Set(marked.map((p) => p.value.trim()).filter(Boolean))];
    if (secrets.length) return { text: line, secrets, label: 'secret', rule, ...(note ? { note } : {}) };
    return { text: line, secrets: [], label: 'clean', rule, ...(note || marked.length ? { note: note ?? 'a reference or empty value' } : {}) };
  });
  return { items, skipped };
}

/**
 * Per group (an n8n credential type, a Backstage plugin) at most four scored items: up to 3 secret ones, then clean ones
 * (at most 2) up to the four; at most 2 set apart. Each kind in file order.
 */
export function capPerGroup<T extends SixtyThirdItem & { group: string }>(items: readonly T[]): { kept: T[]; dropped: number } {
  const kindOf = (i: T) => (i.note ? 'apart' : i.label);
  const taken = (group: string, kind: string, limit: number) => new Set(items.filter((i) => i.group === group && kindOf(i) === kind).slice(0, limit));
  const keep = new Set<T>();
  for (const group of new Set(items.map((i) => i.group))) {
    const secret = taken(group, 'secret', 3);
    for (const i of [...secret, ...taken(group, 'clean', Math.min(2, 4 - secret.size)), ...taken(group, 'apart', 2)]) keep.add(i);
  }
  const kept = items.filter((i) => keep.has(i));
  return { kept, dropped: items.length - kept.length };
}
