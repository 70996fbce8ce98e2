// The text a definition contributes to a prompt: a function's signature and the head of its
// body; a class's header and its members' signatures (an outline), which names every method
// a completion might call.
import { classOutline } from './classOutline';
import { headerLastLine, signatureLines } from './definitionHeaders';
import type { CodeDefinition, FileAnalysis } from './fileAnalysis';

/** The snippet for one definition: outline for containers, head of the body otherwise. */
export function definitionSnippet(file: FileAnalysis, def: CodeDefinition, bodyLines = 8): { text: string; startLine: number; endLine: number } {
  if ((def.kind === 'class' || def.kind === 'type') && def.endLine > headerLastLine(file, def) + 1) {
    // An outline's range is its header: it shares no text with its members' own snippets,
    // so fusion must not merge them as duplicates.
    return classOutline(file, def);
  }
  const headerLast = headerLastLine(file, def);
  const endLine = Math.min(def.endLine, Math.max(headerLast, def.startLine) + bodyLines);
  return { text: file.lines.lines(def.startLine, endLine), startLine: def.startLine, endLine };
}

/** A module as the signatures of its top-level definitions (classes by their header only). */
export function moduleOutline(file: FileAnalysis, maxLines = 40): { text: string; startLine: number; endLine: number } | undefined {
  const parts: string[] = [];
  let count = 0;
  let startLine = -1;
  let endLine = 0;
  file.definitions.forEach((def) => {
    if (def.parent !== undefined || count >= maxLines || def.kind === 'field') return;
    const text = signatureLines(file, def);
    parts.push(text);
    count += text.split('\n').length;
    if (startLine < 0) startLine = endLine = def.startLine; // as for class outlines: the range is the first line only
  });
  return parts.length ? { text: parts.join('\n'), startLine, endLine } : undefined;
}
