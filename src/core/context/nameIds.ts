// Whole identifiers as small integer ids, so that each file's chunk index keeps the names of its
// chunks in typed arrays (chunkNames.ts) instead of a string map and an array per name (which
// doubled the chunk index's memory). One table for the extension host, i.e. for its one
// workspace: every index and every query of the similar-code search number names alike. It
// only grows (a name once seen keeps its id): distinct names of a workspace, plus those typed.
const ids = new Map<string, number>();

/** The id of `name`, given it if new. */
export function internName(name: string): number {
  let id = ids.get(name);
  if (id === undefined) {
    // A fresh copy, not a slice of the file's text, which the table would keep alive for good.
    ids.set(` ${name}`.slice(1), (id = ids.size));
  }
  return id;
}

/** The id of `name`, or undefined when no index has ever held it (then no chunk has it). */
export function nameId(name: string): number | undefined {
  return ids.get(name);
}
