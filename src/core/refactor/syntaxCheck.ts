// Does the proposal parse? The new code is parsed in place, inside the whole document, so a
// method or a statement list is judged in its real context. Only errors inside the replaced
// lines count, so code that was already broken elsewhere (the reason for a Fix) is no excuse
// to refuse, and no reason to accept either.
import type { SyntaxNode } from '../syntax/syntaxService';
import type { RefactorSyntax } from './targetRange';

export type SyntaxVerdict = 'ok' | 'errors' | 'unknown';

/** The row spans (0-based, inclusive) of every ERROR and MISSING node. */
function errorSpans(node: SyntaxNode, out: Array<[number, number]>): void {
  if (!node.hasError) return;
  if (node.isError || node.isMissing) {
    out.push([node.startPosition.row, node.endPosition.row]);
    return;
  }
  for (const child of node.children) if (child) errorSpans(child, out);
}

export interface SyntaxCheckResult {
  readonly verdict: SyntaxVerdict;
  /** 0-based lines of the new text, relative to its first line, where parsing failed. */
  readonly errorLines: readonly number[];
}

/**
 * Parses `documentText` with [start, end) replaced by `code` and reports errors within the
 * new code's lines; 'unknown' when the language has no grammar or the parse gave up.
 */
export async function checkProposalSyntax(
  syntax: RefactorSyntax | undefined,
  languageId: string,
  documentText: string,
  range: { readonly start: number; readonly end: number },
  code: string,
): Promise<SyntaxCheckResult> {
  if (!syntax) return { verdict: 'unknown', errorLines: [] };
  const text = documentText.slice(0, range.start) + code + documentText.slice(range.end);
  const fromRow = documentText.slice(0, range.start).split('\n').length - 1;
  const toRow = fromRow + code.split('\n').length - 1;
  const oldToRow = fromRow + documentText.slice(range.start, range.end).split('\n').length - 1;
  const inNew = await errorsOf(syntax, languageId, text, fromRow, toRow);
  if (!inNew) return { verdict: 'unknown', errorLines: [] };
  const errorLines = [...new Set(inNew.inside)].sort((a, b) => a - b).map((r) => r - fromRow);
  if (errorLines.length) return { verdict: 'errors', errorLines };
  if (inNew.outside === 0) return { verdict: 'ok', errorLines };
  // Errors after the code usually mean it was cut off (an unclosed brace swallows the rest of
  // the file); they count when the original document did not have as many.
  const inOld = await errorsOf(syntax, languageId, documentText, fromRow, oldToRow);
  if (!inOld) return { verdict: 'unknown', errorLines: [] };
  return inNew.outside > inOld.outside ? { verdict: 'errors', errorLines: [toRow - fromRow] } : { verdict: 'ok', errorLines };
}

async function errorsOf(
  syntax: RefactorSyntax,
  languageId: string,
  text: string,
  fromRow: number,
  toRow: number,
): Promise<{ inside: number[]; outside: number } | undefined> {
  const tree = await syntax.parse(languageId, text, { timeoutMs: 1000 });
  if (!tree) return undefined;
  try {
    const spans: Array<[number, number]> = [];
    errorSpans(tree.rootNode, spans);
    const inside = spans.filter(([a, b]) => b >= fromRow && a <= toRow).map(([a]) => Math.max(a, fromRow));
    return { inside, outside: spans.length - inside.length };
  } finally {
    tree.delete();
  }
}
