// The text a definition contributes to a prompt: a function's signature and the head of its
// body; a class's header and its members' signatures (an outline), which names every method
// a completion might call.
import type { CodeDefinition, FileAnalysis } from './fileAnalysis';

const MAX_SIGNATURE_LINES = 4;
const MAX_OUTLINE_MEMBERS = 30;

/** The definition's header: from its start to where its body begins (at most a few lines). */
export function signatureLines(file: FileAnalysis, def: CodeDefinition): string {
  const lastLine = Math.min(file.lines.lineAt(Math.max(def.startIndex, def.headerEnd - 1)), def.startLine + MAX_SIGNATURE_LINES - 1);
  return file.lines.lines(def.startLine, lastLine);
}

/** Direct members of a definition (methods, fields, nested types), in order. */
export function membersOf(file: FileAnalysis, def: CodeDefinition): CodeDefinition[] {
  const index = file.definitions.indexOf(def);
  return file.definitions.filter((d) => d.parent === index);
}

/** A class or type as its header followed by its members' signatures. */
export function outlineOf(file: FileAnalysis, def: CodeDefinition): { text: string; endLine: number } {
  const parts = [signatureLines(file, def)];
  let endLine = file.lines.lineAt(Math.max(def.startIndex, def.headerEnd - 1));
  let previousEnd = endLine;
  for (const member of membersOf(file, def).slice(0, MAX_OUTLINE_MEMBERS)) {
    if (member.startLine <= previousEnd) continue;
    if (member.startLine > previousEnd + 1) parts.push(elision(file, member));
    const sig = signatureLines(file, member);
    parts.push(sig);
    previousEnd = member.startLine + sig.split('\n').length - 1;
    endLine = Math.max(endLine, member.endLine);
  }
  return { text: parts.join('\n'), endLine };
}

/** A line marking left-out code, indented like the line that follows it. */
function elision(file: FileAnalysis, next: CodeDefinition): string {
  const line = file.lines.lines(next.startLine, next.startLine);
  return `${/^\s*/.exec(line)![0]}...`;
}

/** The snippet for one definition: outline for containers, head of the body otherwise. */
export function definitionSnippet(file: FileAnalysis, def: CodeDefinition, bodyLines = 8): { text: string; startLine: number; endLine: number } {
  if ((def.kind === 'class' || def.kind === 'type') && membersOf(file, def).length > 0) {
    // An outline's range is its header: it shares no text with its members' own snippets,
    // so fusion must not merge them as duplicates.
    const outline = outlineOf(file, def);
    return { text: outline.text, startLine: def.startLine, endLine: file.lines.lineAt(Math.max(def.startIndex, def.headerEnd - 1)) };
  }
  const headerLast = file.lines.lineAt(Math.max(def.startIndex, def.headerEnd - 1));
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
