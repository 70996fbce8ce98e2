// One question turned into the request the model gets: its context fitted to the window, plus
// what the conversation records about it (what was trimmed, which document versions it saw,
// which files it quotes).
import type { ChatMessage, ChatRequest } from '../models/modelTypes';
import type { ChatContextItem } from './chatContextItem';
import { CHAT_SYSTEM_PROMPT } from './chatPrompt';
import { fitChatPrompt, type TokenCounter } from './contextFitting';
import type { TrimmedContext, WhyNotSent } from './conversation';

export interface ChatRequestInput {
  readonly question: string;
  /** The context the question was sent with. */
  readonly attached: readonly ChatContextItem[];
  /** The same items with the current text of files (unreadable ones missing). */
  readonly resolved: readonly ChatContextItem[];
  readonly history: readonly ChatMessage[];
  readonly windowTokens: number;
  readonly replyTokens: number;
  readonly temperature?: number;
  readonly countTokens?: TokenCounter;
  /** Why the path policy refuses a file (the user's words): said beside what was left out. */
  readonly whyNotSent?: WhyNotSent;
}

export interface PreparedChatRequest {
  readonly request: ChatRequest;
  readonly trimmed: TrimmedContext[];
  /** The newest version per document uri: a file may have been read after a selection in it. */
  readonly documentVersions: Record<string, number>;
  /** Workspace paths whose text is in the prompt (for the egress guard). */
  readonly files: string[];
  readonly promptTokens: number;
}

export function prepareChatRequest(input: ChatRequestInput): PreparedChatRequest {
  const fit = fitChatPrompt({
    windowTokens: input.windowTokens,
    replyTokens: input.replyTokens,
    system: CHAT_SYSTEM_PROMPT,
    question: input.question,
    context: input.resolved,
    history: input.history,
    countTokens: input.countTokens,
  });
  // What the user attached and the shell left out (unreadable, or its file excluded: a selection too, though it carries
  // its text) is said under the question; codebase snippets are retrieval's own choice.
  const missing = input.attached.filter((i) => i.kind !== 'codebase' && !input.resolved.some((r) => r.id === i.id));
  const trimmed: TrimmedContext[] = [
    ...missing.map((i) => {
      const notSent = i.path ? input.whyNotSent?.(i.path) : undefined;
      const remedy = i.path && notSent?.button ? { remedy: { path: i.path, title: notSent.button } } : {};
      return { label: i.label, kind: i.kind, action: 'notRead' as const, keptTokens: 0, totalTokens: 0, ...(notSent && { reason: notSent.reason }), ...remedy };
    }),
    ...fit.trimmed,
  ];
  const documentVersions: Record<string, number> = {};
  for (const i of fit.included) if (i.uri && i.version !== undefined) documentVersions[i.uri] = Math.max(i.version, documentVersions[i.uri] ?? 0);
  return {
    request: { messages: fit.messages, maxTokens: input.replyTokens, temperature: input.temperature, numCtx: input.windowTokens },
    trimmed,
    documentVersions,
    files: [...new Set(fit.included.map((i) => i.path).filter(Boolean))],
    promptTokens: fit.promptTokens,
  };
}
