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
