// Names a document uses again and again (a C++ file's `GTEST_LOG_` and `GTEST_CHECK_`, a Java
// file's `Utils` and `Log`), defined in another file, are the names its next line is likeliest
// to use again, however far above the cursor they last occurred. The sources that read the
// lines near the cursor never see them; this one gives their definitions: from the imported and
// open files, else from the workspace symbol table (a macro comes through a header's headers).
import { sameLanguageFamily } from '../syntax/languages';
import type { ContextRetriever } from './contextRetriever';
import type { ContextCandidate } from './contextTypes';
import { identifiersIn, isMeaningfulIdentifier } from './identifierTokens';
import { signatureLines } from './definitionHeaders';
import { definitionSnippet } from './definitionSnippets';
import type { FileAnalysis } from './fileAnalysis';
import { overloadGroups } from './overloadFamilies';
import type { WorkspaceSymbols } from './workspaceSymbols';

/** Text before the cursor whose names are counted: about what a long prompt shows. */
const COUNTED_CHARS = 50_000;
/** A name used fewer times is no habit of the file. */
const MIN_USES = 3;
const MAX_NAMES = 8;
/** Names with more definitions than this in the workspace are too ambiguous to guess. */
const AMBIGUOUS = 6;
const FREQUENT_WEIGHT = 0.7;

/** The names of `text` used at least `MIN_USES` times, most used first (ties: first used first), leaving out `skip`. */
export function frequentNames(text: string, skip: (name: string) => boolean): string[] {
  const counts = new Map<string, number>();
  for (const name of identifiersIn(text)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts]
    .filter(([name, count]) => count >= MIN_USES && isMeaningfulIdentifier(name) && !skip(name))
    .sort((a, b) => b[1] - a[1])
    .map(([name]) => name);
}

/** A container's header, a callable's signature with its overloads' parameters: the defining line is what the name needs. */
function headerSnippet(file: FileAnalysis, name: string): { text: string; startLine: number; endLine: number; kind: string } | undefined {
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
    async retrieve(signal) {
      const { document: doc, offset } = signal;
      const local = new Set(signal.current()?.byName.keys() ?? []);
      const near = new Set(signal.identifiers());
      const names = frequentNames(doc.text.slice(Math.max(0, offset - COUNTED_CHARS), offset), (n) => near.has(n) || local.has(n));
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
