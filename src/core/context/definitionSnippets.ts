// The text a definition contributes to a prompt: a function's signature; a class's header and
// its members' signatures (an outline), which names every method a completion might call.
import { classOutline } from './classOutline';
import type { Relevance } from './classOutline';
import { headerLastLine } from './definitionHeaders';
import type { CodeDefinition, FileAnalysis } from './fileAnalysis';

/**
 * The snippet for one definition: outline for containers, the signature (and `bodyLines` of
 * its body) otherwise. Signatures alone measured best: bodies crowd other definitions out.
 */
export function definitionSnippet(file: FileAnalysis, def: CodeDefinition, bodyLines = 0, relevance?: Relevance): { text: string; startLine: number; endLine: number } {
  if ((def.kind === 'class' || def.kind === 'type') && def.endLine > headerLastLine(file, def) + 1) {
    // An outline's range is its header: it shares no text with its members' own snippets,
    // so fusion must not merge them as duplicates.
    return classOutline(file, def, 40, undefined, relevance);
  }
  const headerLast = headerLastLine(file, def);
  const endLine = Math.min(def.endLine, Math.max(headerLast, def.startLine) + bodyLines);
  return { text: file.lines.lines(def.startLine, endLine), startLine: def.startLine, endLine };
}
