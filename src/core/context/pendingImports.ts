// A name a file imports and has not used yet is one the lines still to be written will use: the
// author imported it for them. The sources that read the lines near the cursor cannot see it (it
// occurs only in the import statement, far above), so this one gives its defining line: from the
// file the import resolved to, or, when that file only re-exports it (`pub use`, `export { x }
// from`, a package's `__init__`), from the file its own import of the name resolved to.
import type { ContextRetriever } from './contextRetriever';
import type { ContextCandidate } from './contextTypes';
import type { FileAnalysis } from './fileAnalysis';
import { countBefore, headerSnippet, usesOf } from './frequentNames';
import type { RetrievalSignal } from './retrievalSignal';

const MAX_NAMES = 4;
const PENDING_WEIGHT = 1.2;

/** The file that defines `name` among the files `file`'s own imports of it resolve to (one re-export followed). */
async function reexported(signal: RetrievalSignal, file: FileAnalysis, name: string): Promise<FileAnalysis | undefined> {
  if (!file.imports.some((ref) => ref.names.includes(name))) return undefined;
  const scope = await signal.scopeOf(file);
  return scope.imported.find((r) => r.names.has(name) && r.file.byName.has(name))?.file;
}

/** Definitions of the names the document's imports bind that the text before the cursor uses only in the import. */
export const pendingImportsRetriever: ContextRetriever = {
  name: 'pendingImports',
  weight: PENDING_WEIGHT,
  async retrieve(signal) {
    const current = signal.current();
    const uses = current && usesOf(current, signal.work);
    if (!uses) return [];
    const out: ContextCandidate[] = [];
    const seen = new Set<string>();
    for (const { file, names, aliases } of await signal.imports()) {
      for (const bound of names) {
        if (out.length >= MAX_NAMES) return out;
        const offsets = uses.get(bound);
        // Once: the import itself (a name it binds but the file never wrote is no identifier here).
        if (!offsets || countBefore(offsets, signal.offset) > 1 || seen.has(bound)) continue;
        seen.add(bound);
        const name = aliases?.get(bound) ?? bound;
        const home = file.byName.has(name) ? file : await reexported(signal, file, name);
        const snippet = home && headerSnippet(home, name);
        if (!home || !snippet) continue;
        out.push({
          path: home.path,
          text: snippet.text,
          source: 'pendingImports',
          sourceScore: 1 / (1 + out.length),
          startLine: snippet.startLine,
          endLine: snippet.endLine,
          reason: `${snippet.kind} ${name} (imported, not used yet)`,
          defines: bound,
        });
      }
    }
    return out;
  },
};
