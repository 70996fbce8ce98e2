// Reads flywheel.chat.* into the plain settings the core chat session takes.
import * as vscode from 'vscode';
import type { ChatSettings } from '../../core/chat/chatAnswering';

export interface ChatViewSettings extends ChatSettings {
  readonly includeCurrentFile: boolean;
}

export function readChatSettings(): ChatViewSettings {
  const c = vscode.workspace.getConfiguration('flywheel.chat');
  return {
    windowTokens: Math.max(1024, c.get<number>('contextWindow', 8192)),
    replyTokens: Math.max(64, c.get<number>('maxReplyTokens', 2048)),
    temperature: c.get<number>('temperature', 0.2),
    codebaseSnippets: Math.max(0, c.get<number>('codebaseSnippets', 8)),
    includeCurrentFile: c.get<boolean>('includeCurrentFile', true),
  };
}
