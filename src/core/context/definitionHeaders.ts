// A definition's header (its signature): from its start to where its body begins. Python's
// body starts on the next line, so the header ends at its last non-blank character.
import type { CodeDefinition, FileAnalysis } from './fileAnalysis';

const MAX_SIGNATURE_LINES = 4;

/** The last line of a definition's header: the line of its last character before the body (a Python body starts on the next line). */
export function headerLastLine(file: FileAnalysis, def: CodeDefinition): number {
  const text = file.lines.text;
  let end = def.headerEnd;
  while (end > def.startIndex + 1 && /\s/.test(text[end - 1])) end--;
  return file.lines.lineAt(Math.max(def.startIndex, end - 1));
}

/** The definition's header: from its start (or `from`, a later line of it) to where its body begins (at most a few lines). */
export function signatureLines(file: FileAnalysis, def: CodeDefinition, from = def.startLine): string {
  return file.lines.lines(from, Math.min(headerLastLine(file, def), from + MAX_SIGNATURE_LINES - 1));
}
