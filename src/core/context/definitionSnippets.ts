// The text a definition contributes to a prompt: a function's signature; a class's header and
// its members' signatures (an outline), which names every method a completion might call.
import { classOutline, commentMarker, DEFINITION_OUTLINE_TOKENS } from './classOutline';
import type { Relevance } from './classOutline';
import { headerLastLine, signatureLines } from './definitionHeaders';
import type { CodeDefinition, FileAnalysis } from './fileAnalysis';
import { overloadNote } from './overloadFamilies';

export interface DefinitionSnippet {
  readonly text: string;
  readonly startLine: number;
  readonly endLine: number;
  /** An outline made again for fewer tokens (the members most related to the cursor kept); for containers only. */
  readonly fitTo?: (maxTokens: number) => string;
}

/**
 * The snippet for one definition: outline for containers, the signature (and `bodyLines` of
 * its body) otherwise. Signatures alone measured best: bodies crowd other definitions out.
 * `overloads` are the other members of its overload family: one line lists their parameters.
 */
export function definitionSnippet(file: FileAnalysis, def: CodeDefinition, bodyLines = 0, relevance?: Relevance, overloads: readonly CodeDefinition[] = []): DefinitionSnippet {
  if ((def.kind === 'class' || def.kind === 'type') && def.endLine > headerLastLine(file, def) + 1) {
    // An outline's range is its header: it shares no text with its members' own snippets,
    // so fusion must not merge them as duplicates.
    const outline = classOutline(file, def, DEFINITION_OUTLINE_TOKENS, relevance);
    return { ...outline, fitTo: (maxTokens) => classOutline(file, def, Math.min(maxTokens, DEFINITION_OUTLINE_TOKENS), relevance).text };
  }
  const headerLast = headerLastLine(file, def);
  const endLine = Math.min(def.endLine, Math.max(headerLast, def.startLine) + bodyLines);
  const text = file.lines.lines(def.startLine, endLine);
  if (overloads.length === 0) return { text, startLine: def.startLine, endLine };
  const indent = /^\s*/.exec(text)![0];
  const note = overloadNote(indent, commentMarker(file), def.name, overloads.map((o) => signatureLines(file, o)));
  return { text: `${text}\n${note}`, startLine: def.startLine, endLine };
}
