// A settings file read two ways: as VS Code's reader gives it (a key under a name the file sets to a non-object dropped)
// and as its user wrote it (every key kept) — the comparison folderSettingsArrival.ts makes to know a file's values
// arrived, and which of them VS Code drops.
import { parse } from 'jsonc-parser';

/** A key VS Code drops: `name`, a part of it the same file sets to `value`, which is not an object. */
export interface Conflict {
  readonly key: string;
  readonly name: string;
  readonly value: unknown;
}

/** A settings file read two ways: as VS Code's reader gives it, and as the user wrote it. */
export interface Reading {
  readonly editor: Readonly<Record<string, unknown>>;
  readonly file: Readonly<Record<string, unknown>>;
  readonly conflicts: readonly Conflict[];
}

/** `text` (none: no file) read both ways for `keys`, with the conflicts that drop each. */
export function readTwoWays(text: string | undefined, keys: readonly string[]): Reading {
  const raw: unknown = text === undefined ? {} : parse(text, [], { allowTrailingComma: true, disallowComments: false });
  const { tree, conflicts } = editorTree(raw);
  return {
    editor: Object.fromEntries(keys.map((key) => [key, valueAt(tree, key)])),
    file: Object.fromEntries(keys.map((key) => [key, writtenValue(raw, key)])),
    conflicts: keys.flatMap((key) => conflicts.filter((c) => c.key === key || key.startsWith(`${c.key}.`)).map((c) => ({ ...c, key }))),
  };
}

/**
 * A settings file's values as VS Code's reader builds them (`toValuesTree`, code-server 4.139.1): each top-level key in
 * the file's order, a key with dots naming nested settings (`"flywheel.guard.exclude"` and `"flywheel.guard": {"exclude":
 * …}` are the same setting); a key under a name already set to a non-object is dropped (a conflict: VS Code logs
 * "Ignoring …"), and a later non-object overwrites what was nested under its name.
 */
function editorTree(raw: unknown): { tree: Record<string, unknown>; conflicts: Conflict[] } {
  const tree: Record<string, unknown> = Object.create(null);
  const conflicts: Conflict[] = [];
  if (!isObject(raw)) return { tree, conflicts };
  for (const [key, value] of Object.entries(raw)) {
    const segments = key.split('.');
    let node: Record<string, unknown> = tree;
    let dropped = false;
    for (let i = 0; i < segments.length - 1 && !dropped; i++) {
      const next = node[segments[i]!];
      if (next === undefined) node = node[segments[i]!] = Object.create(null);
      else if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>;
      else {
        conflicts.push({ key, name: segments.slice(0, i + 1).join('.'), value: next });
        dropped = true;
      }
    }
    if (!dropped) node[segments[segments.length - 1]!] = value;
  }
  return { tree, conflicts };
}

/**
 * A key's value as the user wrote it: the last top-level entry that sets it, whole (`"flywheel.guard.exclude"`) or nested
 * under a part of its name (`"flywheel.guard": {"exclude": …}`), whatever else the file sets those parts to.
 */
function writtenValue(raw: unknown, key: string): unknown {
  if (!isObject(raw)) return undefined;
  let found: unknown;
  for (const [name, value] of Object.entries(raw)) {
    if (name === key) found = value;
    else if (key.startsWith(`${name}.`)) found = valueAt(value, key.slice(name.length + 1)) ?? found;
  }
  return found;
}

function valueAt(tree: unknown, key: string): unknown {
  let node: unknown = tree;
  for (const segment of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
