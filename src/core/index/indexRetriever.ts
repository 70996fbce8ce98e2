// The workspace index as a context source, registered with the context engine like any other.
// For a chat question it runs hybrid retrieval over the whole workspace (terms, symbols and,
// when configured, vectors). For a completion it looks up, in the index's symbol table, the
// definitions of names used before the cursor that the file neither defines nor imports, from
// what earlier lookups answered: a lookup this request starts is sent after the request's own
// work and never waited for (the worker's answer is a message, and waiting for one lets the
// host's queued background work run inside the request's time); it serves the next keystroke,
// which usually asks for the same names. (The request holds indexing back from its start to
// its end: the completion engine tells the index, see WorkspaceIndex.requestStarted.)
import type { ContextRetriever } from '../context/contextRetriever';
import type { ContextCandidate } from '../context/contextTypes';
import { isMeaningfulIdentifier } from '../context/identifierTokens';
import { UNITS_PER_MS } from '../context/workBudget';
import { languageIdForPath, sameLanguageFamily } from '../syntax/languages';
import type { SymbolHit } from './indexRows';
import type { WorkspaceIndex } from './workspaceIndex';

export const INDEX_RETRIEVER = 'workspaceIndex';

/** Chunks a chat question gets at most. */
const CHAT_LIMIT = 16;
/** Names looked up per completion, nearest the cursor first, and definitions kept per name. */
const NAMES = 8;
const PER_NAME = 2;
/** The work a completion is charged for sending a lookup (a message to the worker, not waited for). */
const LOOKUP_UNITS = 0.1 * UNITS_PER_MS;
const CACHE_NAMES = 500;

/** What the retriever asks of the index. */
export type IndexQueries = Pick<WorkspaceIndex, 'ready' | 'generation' | 'search' | 'definitions'>;

export function workspaceIndexRetriever(index: IndexQueries): ContextRetriever {
  const cache = new Map<string, readonly SymbolHit[]>();
  let generation = -1;
  const remember = (names: readonly string[], hits: readonly SymbolHit[]): void => {
    for (const name of names) {
      cache.delete(name);
      cache.set(name, hits.filter((h) => h.name === name).slice(0, PER_NAME));
    }
    while (cache.size > CACHE_NAMES) cache.delete(cache.keys().next().value as string);
  };
  return {
    name: INDEX_RETRIEVER,
    weight: 1,
    async retrieve(signal, budget) {
      if (!index.ready) return [];
      if (signal.purpose === 'chat') {
        const hits = await index.search(signal.document.text, CHAT_LIMIT, signal.abort);
        return hits.map((h) => ({
          path: h.path, text: h.text, source: INDEX_RETRIEVER, sourceScore: h.score, startLine: h.startLine, endLine: h.endLine,
          reason: `${Object.keys(h.via).join(' + ')} match${h.scope ? ` in ${h.scope}` : ''}`,
        }));
      }
      // Lookups are forgotten whenever the index changed (line numbers move, definitions go).
      if (generation !== index.generation) {
        cache.clear();
        generation = index.generation;
      }
      const here = signal.document.relativePath;
      const file = signal.current();
      const imported = new Set(file?.imports.flatMap((i) => i.names) ?? []);
      const names = signal.identifiers().filter((n) => isMeaningfulIdentifier(n) && !file?.byName.has(n) && !imported.has(n)).slice(0, NAMES);
      if (names.length === 0) return [];
      const missing = names.filter((n) => !cache.has(n));
      if (missing.length > 0 && budget.work.take(LOOKUP_UNITS)) {
        // Sent once the request's own work is done (a message wakes the worker's thread, which
        // would compete with this one for the CPU), and not under the request's abort signal:
        // the answer is for the keystrokes after this one.
        setImmediate(() => void index.definitions(missing, PER_NAME * 3).then((hits) => remember(missing, hits), () => undefined));
      }
      const out: ContextCandidate[] = [];
      names.forEach((name, distance) => {
        for (const def of cache.get(name) ?? []) {
          // A completion takes definitions from its own language family only (a Python prompt has no use for a TypeScript `add`).
          if (def.path === here || !sameLanguageFamily(signal.document.languageId, languageIdForPath(def.path))) continue;
          out.push({ path: def.path, text: def.text, source: INDEX_RETRIEVER, sourceScore: 1 / (1 + distance), startLine: def.startLine, endLine: def.endLine, reason: `${def.kind} ${name} (workspace index)` });
        }
      });
      return out;
    },
  };
}
