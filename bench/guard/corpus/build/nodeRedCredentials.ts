// The forty-fourth holdout's labeller (corpus/README.md, "The forty-fourth holdout"): Node-RED nodes' tests, labelled by
// the nodes' own credentials declarations. A node declares its credentials when it registers
// (`RED.nodes.registerType("name", Node, { credentials: { user: {type:"text"}, password: {type:"password"} } })`);
// Node-RED keeps credentials apart from the flow, in the encrypted credentials file, and never sends a `password`-typed
// one back to the editor. The tests load a flow (`var flow = [{id:"n1", type:"http request", …}]`) and hand the nodes
// their credentials as literals: the third argument of `helper.load(node, flow, {n1: {…}}, …)` (inline, or a variable
// the file assigns an object literal), or `n1.credentials = {…}` on a loaded node. Each credentials literal is one item,
// its text the literal as the file writes it (with its assignment), and so is one field set on such a variable
// (`credentials.n1.accessToken = '…';`); a literal given to a field its node's saved
// declaration types `password` is its secret, one that fills none is clean (`text`-typed and untyped fields — a user
// name, a device id — are clean text). Each flow literal holding a node whose declaration is saved is a clean item (the
// node's ordinary properties: url, host, port, method). Set apart: a password field given a value computed at run time
// (`getDigestPassword()`, a variable) or a Node-RED substitution (`${ENV}`, `$(env)`) or the editor's mask `__PWRD__`
// — the credential is not in the text —, then holdout21's verdict (stand-ins, a value written elsewhere in its text too).
import { closeBracket } from './checkovCheckTests';
import { verdict, type TwentyFirstItem, type TwentyFirstNote } from './scrubberDefaultTests';

/** The sources, each saved under raw/<source>/ with the repository its manifest names. */
export const nodeRedSources = ['nodered-core', 'nodered-nodes', 'nodered-homee'] as const;

export type FortyFourthNote =
  | TwentyFirstNote
  | 'a password credential computed at run time, substituted or masked (the value is not in its text)';

export interface FortyFourthItem extends Omit<TwentyFirstItem, 'note'> {
  note?: FortyFourthNote;
}

/** Field → its declared type (`password`, `text`, or '' for a field declared without one), per node type. */
export type Declarations = Map<string, Map<string, string>>;

/** Every `registerType("type", Ctor, { credentials: { field: {…}, … } })` of the saved declaration excerpts. */
export function credentialDeclarations(saved: string): Declarations {
  const out: Declarations = new Map();
  for (const m of saved.matchAll(/registerType\(\s*(["'])([^"']+)\1\s*,\s*\w+\s*,\s*\{\s*credentials\s*:\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g)) {
    const fields = new Map<string, string>();
    for (const f of m[3]!.matchAll(/(\w+)\s*:\s*\{([^{}]*)\}/g)) fields.set(f[1]!, /type\s*:\s*["'](\w+)["']/.exec(f[2]!)?.[1] ?? '');
    out.set(m[2]!, fields);
  }
  return out;
}

/** The text from `open` (an index of `{` or `[`) to its matching close, quotes respected. */
const balanced = (file: string, open: number) => file.slice(open, closeBracket(file, open));

const unquote = (key: string) => key.replace(/^(["'])(.*)\1$/, '$2');

/** A value as the literal writes it: a quoted string's content, or the expression (not a literal). */
const valueOf = (raw: string): { literal?: string; expression?: string } => {
  const q = /^(["'])((?:\\.|(?!\1).)*)\1$/s.exec(raw.trim());
  return q ? { literal: q[2]! } : { expression: raw.trim() };
};

/** The `key: value` pairs at the top level of an object literal's body (quotes, brackets and calls respected). */
function pairs(body: string): [string, string][] {
  const out: [string, string][] = [];
  let i = 0;
  const skip = () => {
    while (i < body.length && /[\s,]/.test(body[i]!)) i++;
  };
  const quoted = () => {
    const q = body[i]!;
    const start = i;
    for (i++; i < body.length && body[i] !== q; i++) if (body[i] === '\\') i++;
    i++;
    return body.slice(start, i);
  };
  for (skip(); i < body.length; skip()) {
    const key = body[i] === '"' || body[i] === "'" ? quoted() : /^\w+/.exec(body.slice(i))?.[0];
    if (!key) throw new Error(`not an object literal: ${body.slice(i, i + 40)}`);
    if (!/["']/.test(key[0]!)) i += key.length;
    const colon = /^\s*:\s*/.exec(body.slice(i));
    if (!colon) throw new Error(`not an object literal: ${body.slice(i, i + 40)}`);
    i += colon[0].length;
    const start = i;
    for (let depth = 0; i < body.length && (depth > 0 || body[i] !== ',');) {
      if (body[i] === '"' || body[i] === "'") quoted();
      else if (body[i] === '{' || body[i] === '[') i += balanced(body, i).length;
      else depth += body[i++] === '(' ? 1 : body[i - 1] === ')' ? -1 : 0;
    }
    out.push([unquote(key), body.slice(start, i).trim()]);
  }
  return out;
}

/** Node id → type of a flow literal (its top-level node objects). */
function nodeTypes(flow: string): Map<string, string> {
  const types = new Map<string, string>();
  for (let i = flow.indexOf('[') + 1; i < flow.length; i++) {
    if (flow[i] !== '{') continue;
    const node = balanced(flow, i);
    const p = new Map(pairs(node.slice(1, -1)));
    const id = p.get('id'), type = p.get('type');
    if (id && type) types.set(valueOf(id).literal ?? id, valueOf(type).literal ?? type);
    i += node.length - 1;
  }
  return types;
}

/** One literal of a test file: its text, where it starts, and what it is. */
interface Literal {
  at: number;
  /** Where its node ids are resolved: a variable's first `helper.load` (else `at`). */
  loadedAt?: number;
  text: string;
  kind: 'flow' | 'credentials';
  /** For credentials: node id → the object literal of its fields; one node (`nX.credentials = {…}`) or several. */
  nodes?: Map<string, string>;
}

/** The flow literals and credentials literals of a test file, in file order. */
export function testLiterals(file: string): Literal[] {
  const out: Literal[] = [];
  for (const m of file.matchAll(/\b(?:var|let|const)\s+flow\s*=\s*\[/g)) {
    const open = m.index + m[0].length - 1;
    out.push({ at: m.index, text: file.slice(m.index, open) + balanced(file, open), kind: 'flow' });
  }
  for (const m of file.matchAll(/\b(\w+)\.credentials\s*=\s*\{/g)) {
    const open = m.index + m[0].length - 1;
    const object = balanced(file, open);
    out.push({ at: m.index, text: `${file.slice(m.index, open)}${object};`, kind: 'credentials', nodes: new Map([[m[1]!, object]]) });
  }
  const byVariable = (name: string) => {
    const v = new RegExp(`\\b(?:var|let|const)\\s+${name}\\s*=\\s*\\{`).exec(file);
    if (!v) throw new Error(`helper.load's credentials variable ${name} is not assigned an object literal`);
    return { at: v.index, head: file.slice(v.index, v.index + v[0].length - 1), open: v.index + v[0].length - 1 };
  };
  const variables = new Set<string>();
  for (const m of file.matchAll(/helper\.load\(\s*[^,]+,\s*\w+\s*,\s*(\{|(\w+)\s*,\s*(?:function|\(|async))/g)) {
    let at: number, head: string, open: number;
    if (m[1] === '{') ({ at, head, open } = { at: m.index + m[0].length - 1, head: '', open: m.index + m[0].length - 1 });
    else {
      if (variables.has(m[2]!)) continue;
      variables.add(m[2]!);
      ({ at, head, open } = byVariable(m[2]!));
    }
    const object = balanced(file, open);
    const nodes = new Map(pairs(object.slice(1, -1)).map(([id, fields]) => [id, fields] as [string, string]));
    out.push({ at, loadedAt: m.index, text: head + object, kind: 'credentials', nodes });
  }
  for (const m of file.matchAll(/\b\w*credentials\.(\w+)\.(\w+)\s*=\s*("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')\s*;/g)) {
    out.push({ at: m.index, text: m[0], kind: 'credentials', nodes: new Map([[m[1]!, `{${m[2]}: ${m[3]}}`]]) });
  }
  return out.sort((a, b) => a.at - b.at);
}

const NOT_IN_TEXT = /^(?:\$\{\w+\}|\$\(\w+\)|__PWRD__)$/;

/** The innermost `it(` / `describe(` title before `at` (the item's rule). */
function titleBefore(file: string, at: number): string {
  const titles = [...file.slice(0, at).matchAll(/\b(?:it|describe)\(\s*(["'])((?:\\.|(?!\1).)*)\1/g)];
  return titles.at(-1)?.[2] ?? 'top';
}

/**
 * The items of one saved test file, its nodes typed by `declarations`. A credentials literal's node ids are resolved in
 * the nearest flow literal before it (before its first `helper.load`, for a variable: the flow that call loads); every
 * node it fills must have a saved declaration, and every field it fills must be declared.
 */
export function labelNodeRedTest(path: string, file: string, declarations: Declarations): FortyFourthItem[] {
  const items: FortyFourthItem[] = [];
  const seen = new Set<string>();
  const literals = testLiterals(file);
  const flows = literals.filter((l) => l.kind === 'flow').map((l) => ({ at: l.at, types: nodeTypes(l.text) }));
  for (const l of literals) {
    const rule = `${path}#${titleBefore(file, l.at)}`;
    if (l.kind === 'flow') {
      const flow = nodeTypes(l.text);
      if (/\bcredentials\s*:/.test(l.text)) throw new Error(`${rule}: a flow with inline credentials (not handled)`);
      if ([...flow.values()].some((t) => declarations.has(t)) && !seen.has(l.text)) {
        seen.add(l.text);
        items.push({ text: l.text, secrets: [], label: 'clean', rule });
      }
      continue;
    }
    const flow = flows.filter((f) => f.at < (l.loadedAt ?? l.at)).at(-1)?.types;
    if (!flow) throw new Error(`${rule}: credentials before any flow`);
    const secrets: string[] = [];
    let hidden = false;
    for (const [id, object] of l.nodes!) {
      const type = flow.get(id);
      const declared = type && declarations.get(type);
      if (!declared) throw new Error(`${rule}: node ${id} (${type ?? 'not in the flow'}) has no saved credentials declaration`);
      for (const [field, raw] of pairs(object.replace(/^\s*\{|\}\s*$/g, ''))) {
        if (!declared.has(field)) throw new Error(`${rule}: ${type} declares no credential ${field}`);
        if (declared.get(field) !== 'password') continue;
        const v = valueOf(raw);
        if (v.literal === undefined || NOT_IN_TEXT.test(v.literal)) hidden = true;
        else if (v.literal) secrets.push(v.literal);
      }
    }
    if (seen.has(l.text)) continue;
    seen.add(l.text);
    if (secrets.length) items.push(verdict(l.text, secrets, rule));
    else if (hidden) items.push({ text: l.text, secrets: [], label: 'clean', rule, note: 'a password credential computed at run time, substituted or masked (the value is not in its text)' });
    else items.push({ text: l.text, secrets: [], label: 'clean', rule });
  }
  return items;
}
