// Definitions nest (methods in classes, closures in functions): chunkers walk them level by level.
import type { CodeDefinition } from './fileAnalysis';

/** Each definition's direct children as indexes in source order; the key `undefined` is the top level. */
export function childrenByParent(definitions: readonly CodeDefinition[]): Map<number | undefined, number[]> {
  const children = new Map<number | undefined, number[]>();
  definitions.forEach((d, i) => {
    const list = children.get(d.parent);
    if (list) list.push(i);
    else children.set(d.parent, [i]);
  });
  return children;
}
