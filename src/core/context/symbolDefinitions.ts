// Definitions of the symbols used near the cursor: identifiers in the lines before it are
// looked up in the files the document imports (resolved without a language server), then in
// the other open files; each hit gives its signature and the head of its body, or a class
// outline. (Module outlines come with the receivers, in typeMembers.ts.)
import type { ContextRetriever } from './contextRetriever';
import type { ContextCandidate } from './contextTypes';
import type { Relevance } from './classOutline';
import { definitionSnippet } from './definitionSnippets';
import type { CodeDefinition, FileAnalysis } from './fileAnalysis';
import { isMeaningfulIdentifier } from './identifierTokens';
import { overloadGroups } from './overloadFamilies';

export interface SymbolLookup {
  /** Analyses of the files the current document imports, in import order. */
  readonly imported: readonly FileAnalysis[];
  /** Analyses of the other open documents, most recently used first. */
  readonly open: readonly FileAnalysis[];
}

const MAX_PER_IDENTIFIER = 2;
const KIND_RANK: Record<CodeDefinition['kind'], number> = { class: 0, type: 1, function: 2, method: 3, constant: 4, field: 5 };

/**
 * Candidates best first. `identifiers` are the identifiers near the cursor, nearest first;
 * `localNames` are names the current document defines itself (looked up nowhere else).
 */
export function symbolDefinitionCandidates(
  identifiers: readonly string[],
  lookup: SymbolLookup,
  localNames: ReadonlySet<string>,
  limit = 16,
  relevance?: Relevance,
): ContextCandidate[] {
  const out: ContextCandidate[] = [];
  const seen = new Set<string>();
  const files = [...lookup.imported.map((f) => [f, true] as const), ...lookup.open.map((f) => [f, false] as const)];
  identifiers.forEach((identifier, distance) => {
    if (out.length >= limit || !isMeaningfulIdentifier(identifier) || localNames.has(identifier)) return;
    let found = 0;
    for (const [file, imported] of files) {
      const defs = file.byName.get(identifier);
      if (!defs) continue;
      const ordered = [...defs].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
      // Overloads of the name are one definition: the first's signature and their parameters.
      for (const [def, ...overloads] of overloadGroups(ordered, (d) => d)) {
        if (found >= MAX_PER_IDENTIFIER) break;
        const key = `${file.path}:${def.startIndex}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found++;
        const snippet = definitionSnippet(file, def, 0, relevance, overloads);
        out.push({
          path: file.path,
          text: snippet.text,
          source: 'symbolDefinitions',
          // Nearer identifiers and imported files first.
          sourceScore: (imported ? 2 : 1) / (1 + distance),
          startLine: snippet.startLine,
          endLine: snippet.endLine,
          reason: `${def.kind} ${identifier}${imported ? ' (imported)' : ''}`,
          defines: identifier,
          fitTo: snippet.fitTo,
        });
      }
      if (found >= MAX_PER_IDENTIFIER) break;
    }
  });
  return out.sort((a, b) => b.sourceScore - a.sourceScore).slice(0, limit);
}

/** Definitions of the identifiers near the cursor, in the imported files and then the other open ones. */
export const symbolDefinitionsRetriever: ContextRetriever = {
  name: 'symbolDefinitions',
  weight: 1.2,
  async retrieve(signal) {
    const imported = (await signal.imports()).map((r) => r.file);
    const importedPaths = new Set(imported.map((f) => f.path));
    const open = signal.openFiles().filter((f) => !importedPaths.has(f.path));
    const localNames = new Set(signal.current()?.byName.keys() ?? []);
    return symbolDefinitionCandidates(signal.identifiers(), { imported, open }, localNames, 16, signal.relevance());
  },
};
