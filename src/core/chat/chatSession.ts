// The chat behind the view: what the view's buttons do, and the state sent after each of them.
// Each concept has its own file: the conversations (chatConversations.ts), the list of models
// (chatModelList.ts), the pending context (pendingContext.ts), the request in flight
// (chatAnswering.ts), the view state (chatViewState.ts) and the feedback (chatFeedback.ts).
import { randomUUID } from 'node:crypto';
import type { FeedbackSink } from '../feedback/feedbackEvents';
import { ChatAnswering, type ChatAnsweringDeps } from './chatAnswering';
import { ChatConversations } from './chatConversations';
import { recordAnswerFeedback, recordCodeAction, type CodeActionKind, type CodeActionTarget } from './chatFeedback';
import { ChatModelList } from './chatModelList';
import type { ChatViewState } from './chatProtocol';
import { chatViewState } from './chatViewState';
import { extractCodeBlocks, type CodeBlock } from './codeBlocks';
import * as conv from './conversation';
import type { AssistantTurn, Conversation, UserTurn, Vote } from './conversation';
import type { ConversationStore } from './conversationStore';
import { PendingContext } from './pendingContext';

/** What the session needs: what answering does (the session supplies the conversations), and more. */
export interface ChatSessionDeps extends Omit<ChatAnsweringDeps, 'conversations' | 'changed' | 'now'> {
  readonly store: ConversationStore;
  readonly feedback?: FeedbackSink;
  readonly now?: () => number;
  readonly newId?: () => string;
}

export class ChatSession {
  readonly pending = new PendingContext();
  private readonly conversations: ChatConversations;
  private readonly modelList: ChatModelList;
  private readonly answering: ChatAnswering;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(private readonly deps: ChatSessionDeps) {
    this.now = deps.now ?? Date.now;
    this.newId = deps.newId ?? randomUUID;
    this.modelList = new ChatModelList(deps.chatModel, deps.logger, () => this.postState());
    this.conversations = new ChatConversations(deps.store, deps.logger, this.now, this.newId);
    this.answering = new ChatAnswering({ ...deps, conversations: this.conversations, changed: () => this.postState(), now: this.now });
  }

  get busy(): boolean {
    return this.answering.busy;
  }

  get active(): Conversation {
    return this.conversations.active;
  }

  snapshot(): ChatViewState {
    return chatViewState(this.conversations, this.modelList, this.pending, this.busy, this.deps.whyNotSent);
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
    this.conversations.startNew();
    this.changedAndSaved();
  }

  open(id: string): void {
    if (this.conversations.open(id)) this.changedAndSaved();
  }

  delete(id: string): void {
    if (this.answering.isAnswering(id)) this.answering.stop();
    this.conversations.delete(id);
    this.changedAndSaved();
  }

  /** Sends a question with the pending context. Refused (false) while an answer streams. */
  send(text: string): boolean {
    const question = text.trim();
    if (!question || this.busy) return false;
    const now = this.now();
    const user: UserTurn = { id: this.newId(), role: 'user', content: question, createdAt: now, context: this.pending.takeForMessage() };
    const answer = this.newAnswer(now);
    if (this.modelList.isEmpty) void this.refreshModels();
    this.conversations.replace(conv.appendTurns(this.active, [user, answer], now));
    this.answer(this.active.id, user.id, answer.id);
    return true;
  }

  /** Replaces the last answer with a new one (also Retry after an error). */
  regenerate(turnId: string): boolean {
    const conversation = this.active;
    const last = conv.lastAssistant(conversation);
    const question = last && last.id === turnId ? conv.questionFor(conversation, turnId) : undefined;
    if (!last || !question || this.busy) return false;
    if (last.status !== 'error') recordAnswerFeedback(this.deps.feedback, 'chat.regenerate', last);
    const now = this.now();
    const answer = this.newAnswer(now);
    this.conversations.replace({ ...conversation, updatedAt: now, turns: [...conversation.turns.slice(0, -1), answer] });
    this.answer(conversation.id, question.id, answer.id);
    return true;
  }

  stop(): void {
    this.answering.stop();
  }

  vote(turnId: string, vote: Vote | null): void {
    const turn = conv.findTurn(this.active, turnId);
    if (turn?.role !== 'assistant' || turn.status === 'streaming') return;
    this.conversations.replace(conv.updateAssistant(this.active, turnId, (t) => ({ ...t, vote: vote ?? undefined }), this.now()));
    if (vote) recordAnswerFeedback(this.deps.feedback, vote === 'up' ? 'chat.thumbsUp' : 'chat.thumbsDown', turn);
    this.changedAndSaved();
  }

  /** A finished answer's code block, with the question it answered (for Apply's target). */
  codeBlock(turnId: string, index: number): { block: CodeBlock; answer: AssistantTurn; question?: UserTurn } | undefined {
    const answer = conv.findTurn(this.active, turnId);
    if (answer?.role !== 'assistant' || answer.status === 'streaming') return undefined;
    const block = extractCodeBlocks(answer.content)[index];
    return block ? { block, answer, question: conv.questionFor(this.active, turnId) } : undefined;
  }

  /** `target` is the document the code went into (a notebook cell goes by its notebook's path). */
  recordCodeAction(kind: CodeActionKind, answer: AssistantTurn, block: CodeBlock, target?: CodeActionTarget): void {
    recordCodeAction(this.deps.feedback, kind, answer, block, target);
  }

  /** After an accepted Apply: the answer's view of that document is now the new version. */
  noteDocumentVersion(turnId: string, uri: string, version: number): void {
    for (const c of this.conversations.holding(turnId)) {
      this.conversations.updateAnswer(c.id, turnId, (t) => ({ ...t, documentVersions: { ...t.documentVersions, [uri]: version } }));
      this.conversations.persist();
    }
  }

  dispose(): void {
    this.modelList.dispose();
    this.stop();
  }

  private answer(conversationId: string, questionId: string, answerId: string): void {
    void this.answering.run({ conversationId, questionId, answerId, model: this.modelList.selected, modelId: this.modelList.selectedId });
  }

  private newAnswer(now: number): AssistantTurn {
    const model = this.modelList.selected;
    return { id: this.newId(), role: 'assistant', content: '', createdAt: now, status: 'streaming', model: model?.label ?? this.modelList.selectedId };
  }

  private changedAndSaved(): void {
    this.conversations.persist();
    this.postState();
  }
}
