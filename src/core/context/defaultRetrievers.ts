// The built-in context sources, in the order the mixer runs them (they share one work budget:
// the cheap, precise sources go first). A new source is a retriever and a line here, or a
// `ContextEngine.register` call from whoever owns it.
import type { ContextRetriever } from './contextRetriever';
import { enclosingScopeRetriever } from './enclosingScope';
import { frequentDefinitionsRetriever } from './frequentNames';
import { pendingImportsRetriever } from './pendingImports';
import { recentEditsRetriever } from './recentEdits';
import { rustMacrosRetriever } from './rustMacros';
import type { RecentEditTracker } from './recentEdits';
import { similarCodeRetriever } from './similarCode';
import { symbolDefinitionsRetriever } from './symbolDefinitions';
import { typeMembersRetriever } from './typeMembers';
import { workspaceDefinitionsRetriever } from './workspaceSymbols';
import type { WorkspaceSymbols } from './workspaceSymbols';

export function defaultRetrievers(recentEdits: RecentEditTracker | undefined, workspace: WorkspaceSymbols | undefined): ContextRetriever[] {
  const retrievers = [enclosingScopeRetriever, symbolDefinitionsRetriever, typeMembersRetriever, similarCodeRetriever(recentEdits, workspace)];
  if (workspace) retrievers.push(workspaceDefinitionsRetriever(workspace));
  retrievers.push(frequentDefinitionsRetriever(workspace), pendingImportsRetriever, rustMacrosRetriever);
  if (recentEdits) retrievers.push(recentEditsRetriever(recentEdits));
  return retrievers;
}
