// The chat's "Codebase" context: the context engine run for a chat question, so the workspace
// index searches the whole workspace for it and the symbol lookup and similar-code ranking
// search for what the question names. Only files inside the workspace folders are kept: the
// engine also ranks every open document, and one opened from elsewhere (the editor's own
// settings.json, a file from another project) is not the codebase the user asked about.
import * as vscode from 'vscode';
import type { RetrieveContext } from '../../core/chat/chatModelPort';
import type { ContextEngine } from '../../core/context/contextEngine';
import { resolveWorkspaceUri } from '../chat/chatEditorContext';
import { workspacePath } from '../workspacePaths';

const RETRIEVAL_BUDGET_TOKENS = 1_500;

export function chatRetrieval(engine: ContextEngine): RetrieveContext {
  return async (query, signal) => {
    const languageId = vscode.window.activeTextEditor?.document.languageId ?? 'plaintext';
    const result = await engine.gather({
      document: { uri: 'flywheel-chat:question', relativePath: '(question)', languageId, text: query, version: 0, offset: query.length },
      budgetTokens: RETRIEVAL_BUDGET_TOKENS,
      signal,
      purpose: 'chat',
    });
    // An open document is judged by its own URI (an untitled one is in no folder).
    const open = new Map(vscode.workspace.textDocuments.map((d) => [workspacePath(d.uri), d.uri]));
    return result.snippets.filter((s) => isInWorkspace(s.path, open.get(s.path))).map((s) => ({ path: s.path, text: s.text, startLine: s.startLine }));
  };
}

/**
 * A workspace-relative path that stays inside a workspace folder. VS Code writes a file outside
 * every folder as an absolute path, and `..` could climb out of one.
 */
function isInWorkspace(path: string, openUri: vscode.Uri | undefined): boolean {
  const normalized = path.replace(/\\/g, '/');
  if (normalized.startsWith('/') || /^[a-z]:/i.test(normalized) || normalized.split('/').includes('..')) return false;
  const uri = openUri ?? resolveWorkspaceUri(normalized);
  return uri !== undefined && uri.scheme !== 'untitled' && vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}
