// Overloads of one name (Java's `log(String)`, `log(Supplier<String>)`, `log(Level, String)`…,
// C++'s and C#'s overloads) differ only in their parameters: shown as N near-identical
// signatures they spend a budget's worth of tokens on one name. A family is shown as its first
// signature, whole (the defining line a completion and the yardstick need), and one line with
// the other parameter lists.
import type { CodeDefinition } from './fileAnalysis';

/** Characters of the note line before it is cut. */
const MAX_NOTE_CHARS = 160;

const CALLABLE = new Set<CodeDefinition['kind']>(['function', 'method']);

/** The parameter list after `name(` in a signature, whitespace squashed (`(Level level, String msg)`). */
export function parameterList(signature: string, name: string): string | undefined {
  const start = signature.indexOf(`${name}(`);
  if (start < 0) return undefined;
  let depth = 0;
  for (let i = start + name.length; i < signature.length; i++) {
    const c = signature[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return signature.slice(start + name.length, i + 1).replace(/\s+/g, ' ');
  }
  return undefined;
}

/**
 * The line that stands for the family's other members after its first signature:
 * `// also log(Supplier<String> msgSupplier), log(Level level, String msg)`; cut with `…`.
 */
export function overloadNote(indent: string, comment: string, name: string, otherSignatures: readonly string[]): string {
  const calls = otherSignatures.map((s) => `${name}${parameterList(s, name) ?? '(…)'}`);
  const note = `${indent}${comment} also ${[...new Set(calls)].join(', ')}`;
  return note.length > MAX_NOTE_CHARS ? `${note.slice(0, MAX_NOTE_CHARS)}…` : note;
}

/** Items grouped by overload family, each group in the items' order, groups by their first item. */
export function overloadGroups<T>(items: readonly T[], defOf: (item: T) => CodeDefinition | undefined): T[][] {
  const groups: T[][] = [];
  const families = new Map<string, T[]>();
  for (const item of items) {
    const def = defOf(item);
    const key = def && CALLABLE.has(def.kind) ? `${def.parent ?? ''}:${def.name}` : undefined;
    const family = key === undefined ? undefined : families.get(key);
    if (family) {
      family.push(item);
      continue;
    }
    const group = [item];
    groups.push(group);
    if (key !== undefined) families.set(key, group);
  }
  return groups;
}
