// The one chat request in flight: the question's codebase snippets retrieved, its files read,
// the request fitted to the window and streamed into the answer turn; Stop aborts it down to
// the HTTP call. Only one at a time: the view's Send waits for it.
import type { Logger } from '../logger';
import { errorMessage } from '../errorMessage';
import type { StreamChunk } from '../models/modelTypes';
import type { OutgoingPrompt } from '../models/outgoingPrompt';
import { isAbortError } from '../models/modelError';
import type { ChatContextItem } from './chatContextItem';
import type { ChatConversations } from './chatConversations';
import { describeChatError } from './chatErrors';
import type { ChatModel, ChatModelInfo, RetrieveContext, RetrievedSnippet } from './chatModelPort';
import type { HostMessage } from './chatProtocol';
import { prepareChatRequest } from './chatRequest';
import type { TokenCounter } from './contextFitting';
import * as conv from './conversation';
import type { UserTurn, WhyNotSent } from './conversation';
import { isCodebaseRequest } from './pendingContext';

export interface ChatSettings {
  /** Largest context window to use, in tokens (the model's own is used when smaller). */
  readonly windowTokens: number;
  readonly replyTokens: number;
  readonly temperature?: number;
  readonly codebaseSnippets: number;
}

export interface ChatAnsweringDeps {
  readonly chatModel: ChatModel;
  readonly conversations: ChatConversations;
  readonly logger: Logger;
  readonly settings: () => ChatSettings;
  /** Reads the current text (and version) of file and mention items; drops unreadable ones. */
  readonly resolveFiles: (items: readonly ChatContextItem[], signal: AbortSignal) => Promise<ChatContextItem[]>;
  /** Why the path policy refuses a file, in the user's words (`refusalWords`); undefined when it does not. */
  readonly whyNotSent?: WhyNotSent;
  readonly retrieveContext?: RetrieveContext;
  readonly countTokens?: TokenCounter;
  /** Streamed text, between full states. */
  readonly post: (message: HostMessage) => void;
  /** The conversation changed in a way the view shows. */
  readonly changed: () => void;
  readonly now: () => number;
}

/** Which answer a request fills, and with which model. */
export interface AnswerTarget {
  readonly conversationId: string;
  readonly questionId: string;
  readonly answerId: string;
  readonly model: ChatModelInfo | undefined;
  /** What the answer names when the list does not have the model (yet). */
  readonly modelId: string | undefined;
}

interface InFlight {
  readonly controller: AbortController;
  readonly conversationId: string;
  readonly answerId: string;
}

export class ChatAnswering {
  private inFlight: InFlight | undefined;

  constructor(private readonly deps: ChatAnsweringDeps) {}

  get busy(): boolean {
    return this.inFlight !== undefined;
  }

  /** Is a request in flight for this conversation? */
  isAnswering(conversationId: string): boolean {
    return this.inFlight?.conversationId === conversationId;
  }

  stop(): void {
    this.inFlight?.controller.abort();
  }

  /** Streams the answer; settles when it is done, stopped or failed (never rejects). */
  async run(target: AnswerTarget): Promise<void> {
    const { conversationId, questionId, answerId, model } = target;
    const { conversations } = this.deps;
    const controller = new AbortController();
    const { signal } = controller;
    this.inFlight = { controller, conversationId, answerId };
    const settings = this.deps.settings();
    const windowTokens = Math.min(settings.windowTokens, model?.contextLength ?? Infinity);
    const started = this.deps.now();
    let ttftMs: number | undefined;
    let content = '';
    let usage: StreamChunk['usage'];
    conversations.updateAnswer(conversationId, answerId, (t) => ({ ...t, model: model?.label ?? target.modelId }));
    this.deps.changed();
    try {
      const question = await this.prepareContext(conversationId, questionId, settings, signal);
      const conversation = conversations.byId(conversationId);
      const history = conv.historyBefore(conversation, conversation.turns.findIndex((t) => t.id === questionId));
      const resolved = await this.deps.resolveFiles(question.context, signal);
      const prepared = prepareChatRequest({
        question: question.content, attached: question.context, resolved, history, windowTokens,
        replyTokens: settings.replyTokens, temperature: settings.temperature, countTokens: this.deps.countTokens, whyNotSent: this.deps.whyNotSent,
      });
      conversations.updateQuestion(conversationId, questionId, (t) => ({ ...t, trimmed: prepared.trimmed }));
      conversations.updateAnswer(conversationId, answerId, (t) => ({ ...t, documentVersions: prepared.documentVersions, promptTokens: prepared.promptTokens }));
      this.deps.changed();
      this.deps.logger.debug(`Chat: ~${prepared.promptTokens} prompt tokens, ${prepared.trimmed.length} trimmed`);
      const prompt: OutgoingPrompt = {
        role: 'chat', purpose: 'chat', body: { kind: 'chat', request: prepared.request }, files: prepared.files, suggestionId: answerId,
      };
      for await (const chunk of this.deps.chatModel.streamChat(prompt, signal)) {
        if (chunk.usage) usage = chunk.usage;
        if (!chunk.text) continue;
        ttftMs ??= this.deps.now() - started;
        content += chunk.text;
        conversations.updateAnswer(conversationId, answerId, (t) => ({ ...t, content }));
        this.deps.post({ type: 'append', conversationId, turnId: answerId, text: chunk.text });
      }
      // A stream that ends because we aborted it is a stop, not an answer.
      const status = signal.aborted ? 'stopped' : 'done';
      conversations.updateAnswer(conversationId, answerId, (t) => ({ ...t, status, promptTokens: usage?.promptTokens ?? t.promptTokens, completionTokens: usage?.completionTokens }));
    } catch (error) {
      if (signal.aborted || isAbortError(error)) {
        conversations.updateAnswer(conversationId, answerId, (t) => ({ ...t, status: 'stopped' }));
      } else {
        const info = describeChatError(error, { model: model?.label, local: model?.local });
        this.deps.logger.warn(`Chat request failed (${info.kind}): ${errorMessage(error)}`);
        conversations.updateAnswer(conversationId, answerId, (t) => ({ ...t, status: 'error', error: info }));
      }
    } finally {
      conversations.updateAnswer(conversationId, answerId, (t) => ({ ...t, ttftMs, totalMs: this.deps.now() - started }));
      if (this.inFlight?.answerId === answerId) this.inFlight = undefined;
      conversations.persist();
      this.deps.changed();
    }
  }

  /** Runs "codebase" retrieval once per question and stores the snippets in its context. */
  private async prepareContext(conversationId: string, questionId: string, settings: ChatSettings, signal: AbortSignal): Promise<UserTurn> {
    const { conversations } = this.deps;
    const question = conv.findTurn(conversations.byId(conversationId), questionId) as UserTurn;
    if (!question.context.some(isCodebaseRequest)) return question;
    let snippets: ChatContextItem[] = [];
    if (this.deps.retrieveContext) {
      try {
        const found = await this.deps.retrieveContext(question.content, signal);
        snippets = found.slice(0, settings.codebaseSnippets).map((s, i) => snippetItem(`${questionId}-snippet-${i}`, s));
      } catch (error) {
        if (signal.aborted) throw error;
        this.deps.logger.warn(`Chat: codebase retrieval failed: ${errorMessage(error)}`);
      }
    }
    const context = question.context.flatMap((i) => (isCodebaseRequest(i) ? snippets : [i]));
    conversations.updateQuestion(conversationId, questionId, (t) => ({ ...t, context }));
    this.deps.changed();
    return { ...question, context };
  }
}

/** A retrieved snippet as a chip: `path:line`, which opens the file at that line. */
function snippetItem(id: string, s: RetrievedSnippet): ChatContextItem {
  if (s.startLine === undefined) return { id, kind: 'codebase', label: s.path, path: s.path, text: s.text, languageId: s.languageId, automatic: true };
  const lines = s.text.split('\n');
  const range = { start: { line: s.startLine, character: 0 }, end: { line: s.startLine + lines.length - 1, character: lines[lines.length - 1].length } };
  return { id, kind: 'codebase', label: `${s.path}:${s.startLine + 1}`, path: s.path, text: s.text, languageId: s.languageId, range, automatic: true };
}
