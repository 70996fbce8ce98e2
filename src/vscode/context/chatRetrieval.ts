// The chat's "Codebase" context: the context engine run for a chat question, so the workspace
// index searches the whole workspace for it and the symbol lookup and similar-code ranking
// search for what the question names.
import * as vscode from 'vscode';
import type { RetrieveContext } from '../../core/chat/chatModelPort';
import type { ContextEngine } from '../../core/context/contextEngine';

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
    return result.snippets.map((s) => ({ path: s.path, text: s.text, startLine: s.startLine }));
  };
}
