// The chat's state and behaviour behind the view: conversations, the pending context, the one
// request in flight (aborted by Stop), and the messages that keep the webview in step. The list
// of models lives in chatModelList.ts.
import { randomUUID } from 'node:crypto';
import type { FeedbackSink } from '../feedback/feedbackEvents';
import type { Logger } from '../logger';
import type { StreamChunk } from '../models/modelTypes';
import type { OutgoingPrompt } from '../models/outgoingPrompt';
import { isLiveFileItem, type ChatContextItem } from './chatContextItem';
import { describeChatError } from './chatErrors';
import { isAbortError } from '../models/modelError';
import { ChatModelList } from './chatModelList';
import type { ChatModel, RetrieveContext, RetrievedSnippet } from './chatModelPort';
import type { ChatViewState, HostMessage } from './chatProtocol';
import { extractCodeBlocks, type CodeBlock } from './codeBlocks';
import { prepareChatRequest } from './chatRequest';
import type { TokenCounter } from './contextFitting';
import * as conv from './conversation';
import type { AssistantTurn, Conversation, UserTurn, Vote } from './conversation';
import type { ConversationStore } from './conversationStore';
import { isCodebaseRequest, PendingContext } from './pendingContext';
import { errorMessage } from '../errorMessage';

export interface ChatSettings {
  /** Largest context window to use, in tokens (the model's own is used when smaller). */
  readonly windowTokens: number;
  readonly replyTokens: number;
  readonly temperature?: number;
  readonly codebaseSnippets: number;
}

export interface ChatSessionDeps {
  readonly chatModel: ChatModel;
  readonly store: ConversationStore;
  readonly logger: Logger;
  readonly settings: () => ChatSettings;
  /** Reads the current text (and version) of file and mention items; drops unreadable ones. */
  readonly resolveFiles: (items: readonly ChatContextItem[], signal: AbortSignal) => Promise<ChatContextItem[]>;
  readonly retrieveContext?: RetrieveContext;
  readonly feedback?: FeedbackSink;
  readonly countTokens?: TokenCounter;
  readonly post: (message: HostMessage) => void;
  readonly now?: () => number;
  readonly newId?: () => string;
}

interface InFlight {
  readonly controller: AbortController;
  readonly conversationId: string;
  readonly turnId: string;
}

/** A retrieved snippet as a chip: `path:line`, which opens the file at that line. */
function snippetItem(id: string, s: RetrievedSnippet): ChatContextItem {
  if (s.startLine === undefined) return { id, kind: 'codebase', label: s.path, path: s.path, text: s.text, languageId: s.languageId, automatic: true };
  const lines = s.text.split('\n');
  const range = { start: { line: s.startLine, character: 0 }, end: { line: s.startLine + lines.length - 1, character: lines[lines.length - 1].length } };
  return { id, kind: 'codebase', label: `${s.path}:${s.startLine + 1}`, path: s.path, text: s.text, languageId: s.languageId, range, automatic: true };
}

export class ChatSession {
  readonly pending = new PendingContext();
  private conversations: Conversation[];
  private activeId: string;
  private readonly modelList: ChatModelList;
  private inFlight: InFlight | undefined;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(private readonly deps: ChatSessionDeps) {
    this.now = deps.now ?? Date.now;
    this.newId = deps.newId ?? randomUUID;
    this.modelList = new ChatModelList(deps.chatModel, deps.logger, () => this.postState());
    const loaded = deps.store.load();
    this.conversations = loaded.conversations;
    const active = loaded.conversations.find((c) => c.id === loaded.activeId);
    this.activeId = active ? active.id : this.addEmptyConversation();
  }

  get busy(): boolean {
    return this.inFlight !== undefined;
  }

  get active(): Conversation {
    return this.conversations.find((c) => c.id === this.activeId) ?? this.conversations[0];
  }

  snapshot(): ChatViewState {
    return {
      conversation: this.active,
      history: [...this.conversations]
        .filter((c) => c.turns.length > 0)
        .sort((a, b) => b.updatedAt - a.updatedAt)
        .map((c) => ({ id: c.id, title: c.title, updatedAt: c.updatedAt, turnCount: c.turns.length })),
      ...this.modelList.view(),
      chips: this.pending.chips().map((c) => (isLiveFileItem(c) ? { ...c, text: undefined } : c)),
      busy: this.busy,
    };
  }

  postState(): void {
    this.deps.post({ type: 'state', state: this.snapshot() });
  }

  /** Lists the models again (and again a few times while none are found). */
  refreshModels(): Promise<void> {
    return this.modelList.refresh();
  }

  selectModel(id: string): Promise<void> {
    return this.modelList.select(id);
  }

  newChat(): void {
    if (this.active.turns.length > 0) this.activeId = this.addEmptyConversation();
    this.persist();
    this.postState();
  }

  open(id: string): void {
    if (!this.conversations.some((c) => c.id === id)) return;
    this.conversations = this.conversations.filter((c) => c.turns.length > 0 || c.id === id);
    this.activeId = id;
    this.persist();
    this.postState();
  }

  delete(id: string): void {
    if (this.inFlight?.conversationId === id) this.stop();
    this.conversations = this.conversations.filter((c) => c.id !== id);
    if (this.activeId === id || this.conversations.length === 0) this.activeId = this.addEmptyConversation();
    this.persist();
    this.postState();
  }

  /** Sends a question with the pending context. Refused (false) while an answer streams. */
  send(text: string): boolean {
    const question = text.trim();
    if (!question || this.inFlight) return false;
    const now = this.now();
    const user: UserTurn = { id: this.newId(), role: 'user', content: question, createdAt: now, context: this.pending.takeForMessage() };
    const answer = this.newAnswer(now);
    if (this.modelList.isEmpty) void this.refreshModels();
    this.replace(conv.appendTurns(this.active, [user, answer], now));
    void this.run(this.activeId, user.id, answer.id);
    return true;
  }

  /** Replaces the last answer with a new one (also Retry after an error). */
  regenerate(turnId: string): boolean {
    const conversation = this.active;
    const last = conv.lastAssistant(conversation);
    const question = last && last.id === turnId ? conv.questionFor(conversation, turnId) : undefined;
    if (!last || !question || this.inFlight) return false;
    if (last.status !== 'error') this.record('chat.regenerate', last);
    const now = this.now();
    const answer = this.newAnswer(now);
    this.replace({ ...conversation, updatedAt: now, turns: [...conversation.turns.slice(0, -1), answer] });
    void this.run(conversation.id, question.id, answer.id);
    return true;
  }

  stop(): void {
    this.inFlight?.controller.abort();
  }

  vote(turnId: string, vote: Vote | null): void {
    const turn = conv.findTurn(this.active, turnId);
    if (turn?.role !== 'assistant' || turn.status === 'streaming') return;
    this.replace(conv.updateAssistant(this.active, turnId, (t) => ({ ...t, vote: vote ?? undefined }), this.now()));
    if (vote) this.record(vote === 'up' ? 'chat.thumbsUp' : 'chat.thumbsDown', turn);
    this.persist();
    this.postState();
  }

  /** A finished answer's code block, with the question it answered (for Apply's target). */
  codeBlock(turnId: string, index: number): { block: CodeBlock; answer: AssistantTurn; question?: UserTurn } | undefined {
    const answer = conv.findTurn(this.active, turnId);
    if (answer?.role !== 'assistant' || answer.status === 'streaming') return undefined;
    const block = extractCodeBlocks(answer.content)[index];
    return block ? { block, answer, question: conv.questionFor(this.active, turnId) } : undefined;
  }

  /** `target` is the document the code went into (a notebook cell goes by its notebook's path). */
  recordCodeAction(kind: 'chat.copy' | 'chat.insert' | 'chat.apply', answer: AssistantTurn, block: CodeBlock, target?: { readonly path: string; readonly notebook: boolean }): void {
    this.deps.feedback?.record({
      kind,
      suggestionId: answer.id,
      model: answer.model,
      blockIndex: block.index,
      completionChars: block.code.length,
      language: block.language || undefined,
      path: target?.path,
      ...(target?.notebook && { notebook: true }),
      text: { completion: block.code },
    });
  }

  /** After an accepted Apply: the answer's view of that document is now the new version. */
  noteDocumentVersion(turnId: string, uri: string, version: number): void {
    for (const c of this.conversations) {
      if (!conv.findTurn(c, turnId)) continue;
      this.replace(conv.updateAssistant(c, turnId, (t) => ({ ...t, documentVersions: { ...t.documentVersions, [uri]: version } }), this.now()));
      this.persist();
    }
  }

  dispose(): void {
    this.modelList.dispose();
    this.stop();
  }

  private async run(conversationId: string, questionId: string, answerId: string): Promise<void> {
    const controller = new AbortController();
    const { signal } = controller;
    this.inFlight = { controller, conversationId, turnId: answerId };
    const settings = this.deps.settings();
    const model = this.modelList.selected;
    const windowTokens = Math.min(settings.windowTokens, model?.contextLength ?? Infinity);
    const started = this.now();
    let ttftMs: number | undefined;
    let content = '';
    let usage: StreamChunk['usage'];
    this.updateAnswer(conversationId, answerId, (t) => ({ ...t, model: model?.label ?? this.modelList.selectedId }));
    this.postState();
    try {
      const question = await this.prepareContext(conversationId, questionId, settings, signal);
      const conversation = this.byId(conversationId);
      const history = conv.historyBefore(conversation, conversation.turns.findIndex((t) => t.id === questionId));
      const resolved = await this.deps.resolveFiles(question.context, signal);
      const prepared = prepareChatRequest({
        question: question.content, attached: question.context, resolved, history, windowTokens,
        replyTokens: settings.replyTokens, temperature: settings.temperature, countTokens: this.deps.countTokens,
      });
      this.replace(conv.updateUser(this.byId(conversationId), questionId, (t) => ({ ...t, trimmed: prepared.trimmed })));
      this.updateAnswer(conversationId, answerId, (t) => ({ ...t, documentVersions: prepared.documentVersions, promptTokens: prepared.promptTokens }));
      this.postState();
      this.deps.logger.debug(`Chat: ~${prepared.promptTokens} prompt tokens, ${prepared.trimmed.length} trimmed`);
      const prompt: OutgoingPrompt = {
        role: 'chat', purpose: 'chat', body: { kind: 'chat', request: prepared.request }, files: prepared.files, suggestionId: answerId,
      };
      for await (const chunk of this.deps.chatModel.streamChat(prompt, signal)) {
        if (chunk.usage) usage = chunk.usage;
        if (!chunk.text) continue;
        ttftMs ??= this.now() - started;
        content += chunk.text;
        this.updateAnswer(conversationId, answerId, (t) => ({ ...t, content }));
        this.deps.post({ type: 'append', conversationId, turnId: answerId, text: chunk.text });
      }
      // A stream that ends because we aborted it is a stop, not an answer.
      const status = signal.aborted ? 'stopped' : 'done';
      this.updateAnswer(conversationId, answerId, (t) => ({ ...t, status, promptTokens: usage?.promptTokens ?? t.promptTokens, completionTokens: usage?.completionTokens }));
    } catch (error) {
      if (signal.aborted || isAbortError(error)) {
        this.updateAnswer(conversationId, answerId, (t) => ({ ...t, status: 'stopped' }));
      } else {
        const info = describeChatError(error, { model: model?.label, local: model?.local });
        this.deps.logger.warn(`Chat request failed (${info.kind}): ${errorMessage(error)}`);
        this.updateAnswer(conversationId, answerId, (t) => ({ ...t, status: 'error', error: info }));
      }
    } finally {
      this.updateAnswer(conversationId, answerId, (t) => ({ ...t, ttftMs, totalMs: this.now() - started }));
      if (this.inFlight?.turnId === answerId) this.inFlight = undefined;
      this.persist();
      this.postState();
    }
  }

  /** Runs "codebase" retrieval once per question and stores the snippets in its context. */
  private async prepareContext(conversationId: string, questionId: string, settings: ChatSettings, signal: AbortSignal): Promise<UserTurn> {
    const question = conv.findTurn(this.byId(conversationId), questionId) as UserTurn;
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
    this.replace(conv.updateUser(this.byId(conversationId), questionId, (t) => ({ ...t, context })));
    this.postState();
    return { ...question, context };
  }

  private newAnswer(now: number): AssistantTurn {
    const model = this.modelList.selected;
    return { id: this.newId(), role: 'assistant', content: '', createdAt: now, status: 'streaming', model: model?.label ?? this.modelList.selectedId };
  }

  private record(kind: 'chat.thumbsUp' | 'chat.thumbsDown' | 'chat.regenerate', turn: AssistantTurn): void {
    this.deps.feedback?.record({
      kind, suggestionId: turn.id, model: turn.model, ttftMs: turn.ttftMs, totalMs: turn.totalMs, promptTokens: turn.promptTokens, completionChars: turn.content.length,
    });
  }

  private addEmptyConversation(): string {
    const conversation = conv.createConversation(this.newId(), this.now());
    this.conversations = [conversation, ...this.conversations.filter((c) => c.turns.length > 0)];
    return conversation.id;
  }

  private byId(id: string): Conversation {
    const found = this.conversations.find((c) => c.id === id);
    if (!found) throw new Error('The conversation was deleted.');
    return found;
  }

  private replace(conversation: Conversation): void {
    this.conversations = this.conversations.map((c) => (c.id === conversation.id ? conversation : c));
  }

  private updateAnswer(conversationId: string, turnId: string, change: (t: AssistantTurn) => AssistantTurn): void {
    const conversation = this.conversations.find((c) => c.id === conversationId);
    if (conversation) this.replace(conv.updateAssistant(conversation, turnId, change, this.now()));
  }

  private persist(): void {
    this.deps.store.save(this.conversations, this.activeId).then(undefined, (error: unknown) => {
      this.deps.logger.error(`Chat: saving the history failed: ${errorMessage(error)}`);
    });
  }
}
