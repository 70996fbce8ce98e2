// Persists conversations in a key-value store (VS Code's workspaceState in the editor, a Map in
// tests). Format, version 1, under one key:
//   { version: 1, activeId?: string, conversations: Conversation[] }  (newest first)
// File contents are not stored (they are re-read when needed); selections and snippets are,
// capped in size. A damaged conversation is skipped and reported; the rest still loads.
import type { Logger } from '../logger';
import { isLiveFileItem, type ChatContextItem } from './chatContextItem';
import type { ChatTurn, Conversation } from './conversation';
import { conversationShape } from './conversationShape';
import { parseOrUndefined } from '../valueShape';

export const CHAT_STORAGE_KEY = 'flywheel.chat.conversations';
export const CHAT_STORAGE_VERSION = 1;

/** The part of vscode.Memento this needs. */
export interface KeyValueStorage {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void>;
}

export interface StoredChats {
  readonly version: typeof CHAT_STORAGE_VERSION;
  readonly activeId?: string;
  readonly conversations: readonly Conversation[];
}

export interface LoadedChats {
  readonly conversations: Conversation[];
  readonly activeId?: string;
  /** Conversations that could not be read. */
  readonly skipped: number;
}

export interface ConversationStoreOptions {
  readonly maxConversations?: number;
  /** Longest selection or snippet text kept per context item. */
  readonly maxItemChars?: number;
}

export class ConversationStore {
  private readonly maxConversations: number;
  private readonly maxItemChars: number;

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly logger: Logger,
    options: ConversationStoreOptions = {},
  ) {
    this.maxConversations = options.maxConversations ?? 100;
    this.maxItemChars = options.maxItemChars ?? 20_000;
  }

  load(): LoadedChats {
    const raw = this.storage.get(CHAT_STORAGE_KEY);
    if (raw === undefined) return { conversations: [], skipped: 0 };
    if (typeof raw !== 'object' || raw === null || (raw as { version?: unknown }).version !== CHAT_STORAGE_VERSION) {
      this.logger.warn(`Chat history has an unknown format (version ${String((raw as { version?: unknown } | null)?.version)}); starting empty.`);
      return { conversations: [], skipped: 1 };
    }
    const list = (raw as { conversations?: unknown }).conversations;
    const items: unknown[] = Array.isArray(list) ? list : [];
    const conversations = items.map((c) => parseOrUndefined(conversationShape, c)).filter((c) => c !== undefined);
    const skipped = items.length - conversations.length;
    if (skipped > 0) this.logger.warn(`Skipped ${skipped} unreadable conversation(s) in the chat history.`);
    const activeId = (raw as { activeId?: unknown }).activeId;
    return { conversations: conversations.map(settle), activeId: typeof activeId === 'string' ? activeId : undefined, skipped };
  }

  async save(conversations: readonly Conversation[], activeId: string | undefined): Promise<void> {
    const kept = conversations
      .filter((c) => c.turns.length > 0)
      .slice()
      .sort((a, b) => b.updatedAt - a.updatedAt)
      .slice(0, this.maxConversations)
      .map((c) => this.forStorage(c));
    const value: StoredChats = { version: CHAT_STORAGE_VERSION, activeId, conversations: kept };
    await this.storage.update(CHAT_STORAGE_KEY, value);
  }

  private forStorage(conversation: Conversation): Conversation {
    return { ...settle(conversation), turns: conversation.turns.map((t) => (t.role === 'user' ? { ...t, context: t.context.map((i) => this.itemForStorage(i)) } : t)) };
  }

  private itemForStorage(item: ChatContextItem): ChatContextItem {
    if (isLiveFileItem(item)) return { ...item, text: undefined };
    if (item.text !== undefined && item.text.length > this.maxItemChars) return { ...item, text: item.text.slice(0, this.maxItemChars) };
    return item;
  }
}

/** An answer that was streaming when the window closed is a stopped answer now. */
function settle(conversation: Conversation): Conversation {
  if (!conversation.turns.some((t) => t.role === 'assistant' && t.status === 'streaming')) return conversation;
  const turns = conversation.turns.map((t): ChatTurn => (t.role === 'assistant' && t.status === 'streaming' ? { ...t, status: 'stopped' } : t));
  return { ...conversation, turns };
}
