// The chat's conversations and which one is open: loaded from the store, changed in place as
// turns stream, and saved after each finished step. An empty conversation is kept only while it
// is the open one.
import type { Logger } from '../logger';
import { errorMessage } from '../errorMessage';
import type { ConversationSummary } from './chatProtocol';
import * as conv from './conversation';
import type { AssistantTurn, Conversation, UserTurn } from './conversation';
import type { ConversationStore } from './conversationStore';

export class ChatConversations {
  private list: Conversation[];
  private activeId: string;

  constructor(
    private readonly store: ConversationStore,
    private readonly logger: Logger,
    private readonly now: () => number,
    private readonly newId: () => string,
  ) {
    const loaded = store.load();
    this.list = loaded.conversations;
    const active = loaded.conversations.find((c) => c.id === loaded.activeId);
    this.activeId = active ? active.id : this.addEmpty();
  }

  get active(): Conversation {
    return this.list.find((c) => c.id === this.activeId) ?? this.list[0];
  }

  /** The conversations with turns, most recently changed first. */
  history(): ConversationSummary[] {
    return [...this.list]
      .filter((c) => c.turns.length > 0)
      .sort((a, b) => b.updatedAt - a.updatedAt)
      .map((c) => ({ id: c.id, title: c.title, updatedAt: c.updatedAt, turnCount: c.turns.length }));
  }

  /** Opens a new conversation, unless the open one is still empty. */
  startNew(): void {
    if (this.active.turns.length > 0) this.activeId = this.addEmpty();
  }

  open(id: string): boolean {
    if (!this.list.some((c) => c.id === id)) return false;
    this.list = this.list.filter((c) => c.turns.length > 0 || c.id === id);
    this.activeId = id;
    return true;
  }

  delete(id: string): void {
    this.list = this.list.filter((c) => c.id !== id);
    if (this.activeId === id || this.list.length === 0) this.activeId = this.addEmpty();
  }

  /** The conversation; throws when it was deleted (a request in flight for it stops). */
  byId(id: string): Conversation {
    const found = this.list.find((c) => c.id === id);
    if (!found) throw new Error('The conversation was deleted.');
    return found;
  }

  /** Every conversation holding this turn. */
  holding(turnId: string): Conversation[] {
    return this.list.filter((c) => conv.findTurn(c, turnId));
  }

  replace(conversation: Conversation): void {
    this.list = this.list.map((c) => (c.id === conversation.id ? conversation : c));
  }

  /** Changes an answer; nothing when its conversation is gone. */
  updateAnswer(conversationId: string, turnId: string, change: (t: AssistantTurn) => AssistantTurn): void {
    const conversation = this.list.find((c) => c.id === conversationId);
    if (conversation) this.replace(conv.updateAssistant(conversation, turnId, change, this.now()));
  }

  /** Changes a question; throws when its conversation is gone. */
  updateQuestion(conversationId: string, turnId: string, change: (t: UserTurn) => UserTurn): void {
    this.replace(conv.updateUser(this.byId(conversationId), turnId, change));
  }

  persist(): void {
    this.store.save(this.list, this.activeId).then(undefined, (error: unknown) => {
      this.logger.error(`Chat: saving the history failed: ${errorMessage(error)}`);
    });
  }

  private addEmpty(): string {
    const conversation = conv.createConversation(this.newId(), this.now());
    this.list = [conversation, ...this.list.filter((c) => c.turns.length > 0)];
    return conversation.id;
  }
}
