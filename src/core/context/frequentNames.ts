// Names a document uses again and again (a C++ file's `GTEST_LOG_` and `GTEST_CHECK_`, a Java
// file's `Utils` and `Log`), defined in another file, are the names its next line is likeliest
// to use again, however far above the cursor they last occurred. The sources that read the
// lines near the cursor never see them; this one gives their definitions: from the imported and
// open files, else from the workspace symbol table (a macro comes through a header's headers).
import { sameLanguageFamily } from '../syntax/languages';
import type { ContextRetriever } from './contextRetriever';
import type { ContextCandidate } from './contextTypes';
import { forEachIdentifier, isMeaningfulIdentifier } from './identifierTokens';
import { signatureLines } from './definitionHeaders';
import { definitionSnippet } from './definitionSnippets';
import type { FileAnalysis } from './fileAnalysis';
import { overloadGroups } from './overloadFamilies';
import { NAME_USES_UNITS_PER_CHAR } from './workBudget';
import type { WorkBudget } from './workBudget';
import type { WorkspaceSymbols } from './workspaceSymbols';

/** A name used fewer times is no habit of the file. */
const MIN_USES = 3;
const MAX_NAMES = 8;
/** Names with more definitions than this in the workspace are too ambiguous to guess. */
const AMBIGUOUS = 6;
const FREQUENT_WEIGHT = 0.7;

/** Where each meaningful name of a text occurs, ascending (once used too: an imported name used once is pending, see pendingImports.ts). */
export type NameUses = ReadonlyMap<string, readonly number[]>;

export function nameUses(text: string): NameUses {
  const at = new Map<string, number[]>();
  forEachIdentifier(text, (name, offset) => {
    const list = at.get(name);
    if (list) list.push(offset);
    else at.set(name, [offset]);
  });
  for (const name of at.keys()) if (!isMeaningfulIdentifier(name)) at.delete(name);
  return at;
}

/** How many of the ascending `offsets` are below `end`. */
export function countBefore(offsets: readonly number[], end: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < end) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The names used at least `MIN_USES` times before `end`, most used first (ties: first used first). */
export function namesUsedBefore(uses: NameUses, end: number): string[] {
  const counted: [string, number][] = [];
  for (const [name, offsets] of uses) {
    const count = countBefore(offsets, end);
    if (count >= MIN_USES) counted.push([name, count]);
  }
  return counted.sort((a, b) => b[1] - a[1] || uses.get(a[0])![0] - uses.get(b[0])![0]).map(([name]) => name);
}

// Found once per version of a document (a scan of a long file costs milliseconds), as first-time
// work charged to the request's budget: over it, this request goes without.
const uses = new WeakMap<FileAnalysis, NameUses>();

export function usesOf(file: FileAnalysis, work: WorkBudget): NameUses | undefined {
  let found = uses.get(file);
  if (!found && work.take(file.lines.text.length * NAME_USES_UNITS_PER_CHAR)) uses.set(file, (found = nameUses(file.lines.text)));
  return found;
}

/** A container's header, a callable's signature with its overloads' parameters: the defining line is what the name needs. */
export function headerSnippet(file: FileAnalysis, name: string): { text: string; startLine: number; endLine: number; kind: string } | undefined {
  const defs = file.byName.get(name);
  if (!defs?.length) return undefined;
  const [def, ...others] = overloadGroups(defs, (d) => d)[0];
  if (def.kind === 'class' || def.kind === 'type') {
    const text = signatureLines(file, def);
    return { text, startLine: def.startLine, endLine: def.startLine + text.split('\n').length - 1, kind: def.kind };
  }
  return { ...definitionSnippet(file, def, 0, undefined, others), kind: def.kind };
}

/** Definitions of the names the document uses most, that the lines near the cursor do not show. */
export function frequentDefinitionsRetriever(symbols: WorkspaceSymbols | undefined): ContextRetriever {
  return {
    name: 'frequentDefinitions',
    weight: FREQUENT_WEIGHT,
    role: 'background',
    async retrieve(signal) {
      const doc = signal.document;
      // The document's analysis, maybe a version old: the names it uses most change slowly.
      const current = signal.current();
      if (!current) return [];
      const near = new Set(signal.identifiers());
      // Before the cursor only: what follows it may be the very line being written.
      const found = usesOf(current, signal.work);
      if (!found) return [];
      const names = namesUsedBefore(found, signal.offset).filter((n) => !near.has(n) && !current.byName.has(n));
      if (names.length === 0) return [];
      const imported = (await signal.imports()).map((r) => r.file);
      const importedPaths = new Set(imported.map((f) => f.path));
      const files = [...imported, ...signal.openFiles().filter((f) => !importedPaths.has(f.path))];
      const out: ContextCandidate[] = [];
      // Most used first, among the names defined somewhere it can see (`std` and `size_t` are not).
      for (const name of names) {
        if (out.length >= MAX_NAMES) break;
        const sourceScore = 1 / (1 + out.length);
        let found = false;
        for (const file of files) {
          const snippet = headerSnippet(file, name);
          if (!snippet) continue;
          out.push({ path: file.path, text: snippet.text, source: 'frequentDefinitions', sourceScore, startLine: snippet.startLine, endLine: snippet.endLine, reason: `${snippet.kind} ${name} (used often)`, defines: name });
          found = true;
          break;
        }
        if (found) continue;
        const defs = symbols?.definitions(name).filter((d) => d.path !== doc.relativePath && sameLanguageFamily(doc.languageId, d.languageId)) ?? [];
        if (defs.length === 0 || defs.length > AMBIGUOUS) continue;
        const def = defs[0];
        // A class's symbol text is its outline: its first line is the header.
        const text = def.kind === 'class' || def.kind === 'type' ? def.text.split('\n')[0] : def.text;
        out.push({ path: def.path, text, source: 'frequentDefinitions', sourceScore, startLine: def.startLine, endLine: def.startLine + text.split('\n').length - 1, reason: `${def.kind} ${name} (used often; workspace symbol table)`, defines: name });
      }
      return out;
    },
  };
}
