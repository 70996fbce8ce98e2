// The context a warmed engine gives once its background work is done (what the user gets after a
// pause), with no work budget: the state most context tests check.
import { ContextEngine } from '../../../src/core/context/contextEngine';
import type { ContextResult } from '../../../src/core/context/contextTypes';
import type { ContextWorkspace } from '../../../src/core/context/contextWorkspace';
import type { DocumentSnapshot } from '../../../src/core/documentSnapshot';
import type { SyntaxService } from '../../../src/core/syntax/syntaxService';

export async function settledContext(
  workspace: ContextWorkspace,
  syntax: SyntaxService,
  doc: DocumentSnapshot,
  budgetTokens: number,
  open: readonly DocumentSnapshot[] = [doc],
): Promise<ContextResult> {
  const engine = new ContextEngine({ workspace, syntax, workBudget: { kind: 'units', units: Infinity }, backgroundParseMs: 10_000 });
  try {
    await engine.warm(open);
    await engine.gather({ document: doc, budgetTokens });
    await engine.idle();
    return await engine.gather({ document: doc, budgetTokens });
  } finally {
    engine.dispose();
  }
}

/** The context's pieces of text with their files: a snippet holds each piece of one file it shows, between `…` lines (tokenBudget.ts). */
export function contextPieces(result: ContextResult): { path: string; text: string }[] {
  return result.snippets.flatMap((s) => s.text.split('\n…\n').map((text) => ({ path: s.path, text })));
}

/** Whether `source` had a candidate of `path` kept, merged into another source's snippet of the file or not. */
export function keptFrom(result: ContextResult, source: string, path: string): boolean {
  return result.debug.candidates.some((c) => c.kept && c.source === source && c.path === path);
}
