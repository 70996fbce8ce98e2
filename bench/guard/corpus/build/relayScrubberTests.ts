// The sixteenth holdout's first labeller: Sentry Relay's data scrubbing tests (relay-pii/src/convert.rs, the port of
// Sentry's own data scrubber tests), each an event given to the scrubber with the default settings and the output its
// insta snapshot requires (corpus/README.md, "The sixteenth holdout"). The event is read from the test's
// `serde_json::json!` block (the fixtures and constants it calls spliced in, a test macro's argument put in its place);
// each value is followed along its path into the required output, through the forms the scrubber rewrites (an object
// of cookies or headers into a list of pairs, a header's name capitalised, a query string into its pairs). An item is
// the source lines of one member, pair or list element: secret where the output masks part of it (the masked stretches
// its secrets), clean where every output of it is the input.
import { describesStandIn } from '../../../../src/core/guard/standInWords';

export type SixteenthNote = 'a documented example or filler value' | 'a public key' | 'a value the scrubber leaves elsewhere in its text';

export interface RelayItem {
  text: string;
  secrets: string[];
  label: 'secret' | 'clean';
  rule: string;
  note?: SixteenthNote;
}

/** A taken test: its required output (the path of its saved snapshot, or `inline` in the test) and the keys it masks as personal data. */
export interface RelayTest {
  test: string;
  snapshot: string;
  personal?: string[];
}

interface Node {
  kind: 'obj' | 'arr' | 'str' | 'other';
  start: number;
  end: number;
  value?: string;
  /** Where the value is written (a fixture's or constant's elsewhere in the same file). */
  members?: { key: string; keyStart: number; node: Node; end: number }[];
  items?: Node[];
}

const MASK = '[Filtered]';

/** The items of every taken test; `outputs` maps a snapshot's path to its saved text. */
export function labelRelayTests(source: string, tests: readonly RelayTest[], outputs: ReadonlyMap<string, string>, report: string[]): RelayItem[] {
  const units = new Map<string, { secrets: Set<string>; masked: boolean; clean: boolean; rule: string; publicKey: boolean; times: Map<string, number> }>();
  for (const t of tests) {
    const body = functionBody(source, t.test);
    const event = eventOf(source, body, t.test);
    const saved = t.snapshot === 'inline' ? undefined : outputs.get(t.snapshot) ?? fail(`${t.test}: ${t.snapshot} not saved`);
    const output = saved === undefined ? inlineSnapshot(source, body, t.test) : snapshotData(saved);
    // A snapshot of the event's request alone (`expression: data.value().unwrap().request`) starts below it.
    const below = saved !== undefined && /^expression: data\.value\(\)\.unwrap\(\)\.request$/m.test(saved) ? 1 : 0;
    for (const leaf of leavesOf(event, [])) {
      if (t.personal?.includes(leaf.path[leaf.path.length - 1]!)) continue;
      const found = follow(output, leaf.path.slice(below), leaf.value);
      if (found.kind === 'missing') {
        report.push(`sentry-relay ${t.test}: no output for ${leaf.path.join('.')} (the snapshot's version writes another event)`);
        continue;
      }
      // A value in a container the scrubber removed whole is cut with the container's member (its key names the slot).
      const unit = found.kind === 'masked' && found.removedAt !== undefined ? [...leaf.containers].reverse().find((c) => c.key === leaf.path[below + found.removedAt! - 1]) ?? leaf.unit : leaf.unit;
      const text = linesOf(source, unit.start, unit.end);
      const entry = units.get(text) ?? { secrets: new Set(), masked: false, clean: false, rule: `relay-pii/src/convert.rs#${t.test}`, publicKey: false, times: new Map() };
      units.set(text, entry);
      if (found.kind === 'kept') {
        entry.clean = true;
        continue;
      }
      if (leaf.isPairKey) continue; // a header's name the scrubber masks is a name, not a secret
      entry.masked = true;
      if (/-----BEGIN PUBLIC KEY-----/.test(leaf.value)) entry.publicKey = true;
      for (const s of found.stretches) {
        if (!text.includes(s)) report.push(`sentry-relay ${t.test}: masked ${JSON.stringify(s)} not written as such in its item`);
        else entry.secrets.add(s);
      }
      for (const s of new Set(found.stretches)) entry.times.set(s, Math.max(entry.times.get(s) ?? 0, found.stretches.filter((x) => x === s).length));
    }
  }
  return [...units.entries()].map(([text, e]) => (e.masked ? maskedItem(text, [...e.secrets], e.rule, e.times, e.publicKey) : { text, secrets: [], label: 'clean', rule: e.rule }));
}

/**
 * A secret item, or one scored apart: a public key; a value the placeholder policy passes (the stand-in words and a
 * slot's own words, src/core/guard/standInWords.ts); a value written in its text more often than the scrubber masks it
 * (`foo 'redis://redis:foo@…'`: the bench counts an item redacted only when every occurrence is, which the scrubber's
 * own output does not do).
 */
export function maskedItem(text: string, masked: readonly string[], rule: string, times: ReadonlyMap<string, number>, publicKey = false): RelayItem {
  const secrets = masked.filter((s) => !describesStandIn(s));
  const item = (note?: SixteenthNote): RelayItem => ({ text, secrets: note ? [...masked] : secrets, label: 'secret', rule, ...(note ? { note } : {}) });
  if (publicKey) return item('a public key');
  if (secrets.length === 0) return item('a documented example or filler value');
  if (secrets.some((s) => text.split(s).length - 1 > (times.get(s) ?? 1))) return item('a value the scrubber leaves elsewhere in its text');
  return item();
}

function fail(message: string): never {
  throw new Error(message);
}

// --- the test source ---

/** The body of `fn name()`: from its opening brace to the matching one, strings and comments skipped. */
export function functionBody(source: string, name: string): { start: number; end: number } {
  const at = source.indexOf(`fn ${name}()`);
  if (at < 0) fail(`sentry-relay: no fn ${name}() in the saved test source`);
  const open = source.indexOf('{', at);
  return { start: open, end: matching(source, open) };
}

/** The index of the bracket closing the one at `open`, skipping string literals and `//` comments. */
function matching(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const skipped = skipLiteral(source, i);
    if (skipped > i) {
      i = skipped - 1;
      continue;
    }
    const c = source[i]!;
    if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return fail('sentry-relay: unbalanced brackets');
}

/** Past a string literal (`"…"` with escapes, `r#"…"#`) or a `//` comment starting at i; i itself otherwise. */
function skipLiteral(source: string, i: number): number {
  if (source.startsWith('//', i)) {
    const nl = source.indexOf('\n', i);
    return nl < 0 ? source.length : nl;
  }
  if (source.startsWith('r#"', i)) return source.indexOf('"#', i + 3) + 2;
  if (source[i] === '"') {
    for (let j = i + 1; j < source.length; j++) {
      if (source[j] === '\\') j++;
      else if (source[j] === '"') return j + 1;
    }
  }
  return i;
}

interface Leaf {
  path: string[];
  value: string;
  node: Node;
  isPairKey: boolean;
  /** The member, pair or element the value stands in, and the members holding it (outermost first). */
  unit: { start: number; end: number };
  containers: { key: string; start: number; end: number }[];
}

/** The test's event: its `json!` value parsed, fixtures, constants and a macro's argument put in place. */
function eventOf(source: string, body: { start: number; end: number }, test: string) {
  const text = source.slice(body.start, body.end);
  const first = skipSpace(source, body.start + 1);
  const macro = /^(\w+)!\(/.exec(source.slice(first, body.end));
  let node: Node;
  if (macro && !text.includes('serde_json::json!')) {
    const arg = parseValue(source, skipSpace(source, first + macro[0].length), {}).node;
    const definition = source.indexOf(`macro_rules! ${macro[1]}`);
    if (definition < 0) fail(`sentry-relay ${test}: no macro ${macro[1]}`);
    const json = source.indexOf('serde_json::json!(', definition);
    // The argument's value, its place the call's statement (an item is the call's lines).
    const call = { ...arg, start: first, end: body.start + text.lastIndexOf(')') + 1 };
    node = parseValue(source, skipSpace(source, json + 'serde_json::json!('.length), { $url: call }).node;
  } else {
    const json = text.indexOf('serde_json::json!(');
    if (json < 0) fail(`sentry-relay ${test}: no json! event`);
    node = parseValue(source, skipSpace(source, body.start + json + 'serde_json::json!('.length), {}).node;
  }
  return node;
}

function skipSpace(source: string, i: number): number {
  for (;;) {
    while (i < source.length && /\s/.test(source[i]!)) i++;
    if (source.startsWith('//', i)) i = source.indexOf('\n', i);
    else return i;
  }
}

/** A `json!` value at i: objects, arrays, strings, raw strings; a fixture call or constant read from the same file. */
function parseValue(source: string, i: number, substitutes: Record<string, Node>): { node: Node; next: number } {
  const c = source[i]!;
  if (c === '{' || c === '[') {
    const node: Node = c === '{' ? { kind: 'obj', start: i, end: 0, members: [] } : { kind: 'arr', start: i, end: 0, items: [] };
    let j = skipSpace(source, i + 1);
    while (source[j] !== (c === '{' ? '}' : ']')) {
      if (c === '{') {
        const key = parseValue(source, j, substitutes);
        j = skipSpace(source, key.next);
        if (source[j] !== ':') fail(`sentry-relay: expected ':' at ${j}`);
        const value = parseValue(source, skipSpace(source, j + 1), substitutes);
        node.members!.push({ key: key.node.value ?? '', keyStart: key.node.start, node: value.node, end: value.next });
        j = skipSpace(source, value.next);
      } else {
        const value = parseValue(source, j, substitutes);
        node.items!.push(value.node);
        j = skipSpace(source, value.next);
      }
      if (source[j] === ',') j = skipSpace(source, j + 1);
    }
    node.end = j + 1;
    return { node, next: j + 1 };
  }
  if (c === '"' || source.startsWith('r#"', i)) {
    const end = skipLiteral(source, i);
    const raw = c === '"' ? source.slice(i + 1, end - 1) : source.slice(i + 3, end - 2);
    const value = c === '"' ? JSON.parse(`"${raw.replace(/\n/g, '\\n')}"`) as string : raw;
    return { node: { kind: 'str', start: i, end, value }, next: end };
  }
  const word = /^[\w$*.]+(\(\))?/.exec(source.slice(i))![0];
  const next = i + word.length;
  const name = word.replace(/^\*/, '');
  if (substitutes[name]) return { node: substitutes[name]!, next };
  if (word.endsWith('()')) {
    const body = functionBody(source, word.slice(0, -2));
    const json = source.indexOf('serde_json::json!(', body.start);
    return { node: parseValue(source, skipSpace(source, json + 'serde_json::json!('.length), substitutes).node, next };
  }
  const constant = new RegExp(`static ${name}: &str = `).exec(source);
  if (constant) {
    const at = constant.index + constant[0].length;
    const literal = parseValue(source, at, substitutes).node;
    return { node: { ...literal, start: constant.index, end: skipLiteral(source, at) + 1 }, next };
  }
  return { node: { kind: 'other', start: i, end: next }, next };
}

/** Every string in the event with its path and the unit an item is cut from: its member (a value written elsewhere, a
 * constant or a macro's argument, is cut where it is written), its pair, or its list element. */
function leavesOf(node: Node, path: string[], unit = { start: node.start, end: node.end }, containers: Leaf['containers'] = []): Leaf[] {
  if (node.kind === 'str') return [{ path, value: node.value!, node, isPairKey: false, unit, containers }];
  if (node.kind === 'obj') {
    return node.members!.flatMap((m) => {
      const inPlace = m.node.start > m.keyStart && m.node.start < m.end;
      const own = inPlace ? { start: m.keyStart, end: m.end } : { start: m.node.start, end: m.node.end };
      return leavesOf(m.node, [...path, m.key], own, [...containers, { key: m.key, ...own }]);
    });
  }
  if (node.kind === 'arr') {
    const pair = node.items!.length === 2 && node.items!.every((n) => n.kind === 'str');
    if (pair) {
      const [k, v] = node.items as [Node, Node];
      const own = { start: node.start, end: node.end };
      return [
        { path: [...path, `#key:${k.value}`], value: k.value!, node: k, isPairKey: true, unit: own, containers },
        { path: [...path, `#pair:${k.value}`], value: v.value!, node: v, isPairKey: false, unit: own, containers },
      ];
    }
    // A list of pairs is read by the pairs' names (the scrubber sorts some lists); any other list by position.
    const isPair = (n: Node) => n.kind === 'arr' && n.items!.length === 2 && n.items!.every((i) => i.kind === 'str');
    return node.items!.flatMap((n, k) => leavesOf(n, isPair(n) ? path : [...path, `#${k}`], { start: n.start, end: n.end }, containers));
  }
  return [];
}

// --- the required output ---

type Found = { kind: 'missing' } | { kind: 'kept' } | { kind: 'masked'; stretches: string[]; removedAt?: number };

/** A saved snapshot's data: its JSON after the insta header, cut before `_meta` (the saved excerpt) and closed again. */
export function snapshotData(saved: string): unknown {
  const body = saved.split(/^---$/m)[2]!.trim();
  return JSON.parse(body.endsWith(',') ? `${body.slice(0, -1)}}` : body);
}

function inlineSnapshot(source: string, body: { start: number; end: number }, test: string): unknown {
  const m = /assert_annotated_snapshot!\(data, @r#"([\s\S]*?)"#\)/.exec(source.slice(body.start, body.end));
  if (!m) fail(`sentry-relay ${test}: no inline snapshot`);
  return JSON.parse(m[1]!);
}

/** The output at the leaf's path, and what of the input value it masks. */
function follow(output: unknown, path: readonly string[], input: string): Found {
  let at: unknown = output;
  for (const [k, step] of path.entries()) {
    if (at === null) return { kind: 'masked', stretches: [input], removedAt: k }; // a container the scrubber removed whole
    const pairKey = step.startsWith('#pair:') ? step.slice(6) : step.startsWith('#key:') ? step.slice(5) : undefined;
    if (pairKey !== undefined || (!Array.isArray(at) || !/^#\d+$/.test(step))) {
      const key = pairKey ?? step;
      const next = lookUp(at, key, step.startsWith('#key:'));
      if (next === undefined) return { kind: 'missing' };
      at = next;
    } else at = (at as unknown[])[Number(step.slice(1))];
  }
  if (at === null) return { kind: 'masked', stretches: [input] };
  // A query string the scrubber splits into its pairs.
  if (Array.isArray(at) && input.includes('=')) return queryPairs(input, at);
  if (typeof at !== 'string') return { kind: 'missing' };
  if (at === input) return { kind: 'kept' };
  const stretches = maskedStretches(input, at);
  return stretches ? { kind: 'masked', stretches } : { kind: 'missing' };
}

/** A member of an object, a `{"value": …}` attribute's value, or the value (or name) of a pair of a list of pairs, names compared in any case. */
function lookUp(at: unknown, key: string, wantName: boolean): unknown {
  if (at && typeof at === 'object' && !Array.isArray(at)) {
    const v = (at as Record<string, unknown>)[key];
    if (v !== undefined) return v;
    return undefined;
  }
  if (Array.isArray(at)) {
    const pairs = at.filter((p): p is [unknown, unknown] => Array.isArray(p) && p.length === 2);
    const pair = pairs.find((p) => typeof p[0] === 'string' && p[0].toLowerCase() === key.toLowerCase()) ?? (pairs.length === 1 ? pairs[0] : undefined);
    if (pair) return wantName ? pair[0] : pair[1];
  }
  return undefined;
}

function queryPairs(input: string, pairs: unknown[]): Found {
  const stretches: string[] = [];
  for (const part of input.split('&')) {
    const [name, value] = part.split('=');
    const out = pairs.find((p) => Array.isArray(p) && p[0] === name) as [string, string] | undefined;
    if (!out) return { kind: 'missing' };
    if (value !== undefined && out[1] === MASK) stretches.push(value);
  }
  return stretches.length ? { kind: 'masked', stretches } : { kind: 'kept' };
}

/** The stretches of `input` that `output` writes as the mask: the output's other pieces must stand in the input in order. */
export function maskedStretches(input: string, output: string, mask = MASK): string[] | undefined {
  const pieces = output.split(mask);
  if (pieces.length === 1) return undefined;
  const pattern = new RegExp(`^${pieces.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(.+?)')}$`, 's');
  const m = pattern.exec(input);
  return m ? m.slice(1) : undefined;
}

/** Whole source lines from the line holding `start` to the one holding `end - 1`, their common indentation removed. */
function linesOf(source: string, start: number, end: number): string {
  const from = source.lastIndexOf('\n', start - 1) + 1;
  const nl = source.indexOf('\n', end - 1);
  const lines = source.slice(from, nl < 0 ? source.length : nl).split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n').replace(/\s+$/, '');
}
