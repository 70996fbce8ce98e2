// A conversation and the pure operations on it. Every change returns a new object, so the
// session can hand snapshots to the webview and the store without copying defensively.
import type { ChatContextItem } from './chatContextItem';

export type TurnStatus = 'streaming' | 'done' | 'stopped' | 'error';
export type Vote = 'up' | 'down';

export type ChatErrorKind =
  | 'unreachable'
  | 'modelMissing'
  | 'unauthorized'
  | 'rateLimited'
  | 'contextTooLong'
  | 'timeout'
  | 'server'
  /** The model settings for chat are invalid: the card offers to open them. */
  | 'settings'
  | 'unknown';

/** What an error card in the conversation shows, and which buttons it offers. */
export interface ChatErrorInfo {
  readonly kind: ChatErrorKind;
  readonly message: string;
  /** A shell command that fixes it, e.g. "ollama pull qwen2.5-coder:7b". */
  readonly command?: string;
}

/**
 * Context that did not go whole, shown under the user's message: cut or dropped to fit the model's window, or not read at
 * all (excluded by the path policy, or unreadable).
 */
export interface TrimmedContext {
  readonly label: string;
  readonly kind: ChatContextItem['kind'] | 'history';
  readonly action: 'dropped' | 'truncated' | 'notRead';
  readonly keptTokens: number;
  readonly totalTokens: number;
  /** Not read because the path policy refuses its file: why, in the user's words (absent: unreadable, or an older conversation). */
  readonly reason?: string;
  /** With `reason`: the refused file's path and the title of the button that opens what refused it (absent: nothing may). */
  readonly remedy?: { readonly path: string; readonly title: string };
}

/** Why the path policy refuses a file, in the user's words, and the title of the button that opens what refused it. */
export interface NotSent {
  readonly reason: string;
  readonly button?: string;
}

/** The path policy's refusal of a file as the chat says it; undefined when the file may be sent. */
export type WhyNotSent = (path: string) => NotSent | undefined;

export interface UserTurn {
  readonly id: string;
  readonly role: 'user';
  readonly content: string;
  readonly createdAt: number;
  readonly context: readonly ChatContextItem[];
  readonly trimmed?: readonly TrimmedContext[];
}

export interface AssistantTurn {
  readonly id: string;
  readonly role: 'assistant';
  readonly content: string;
  readonly createdAt: number;
  readonly status: TurnStatus;
  readonly model?: string;
  readonly error?: ChatErrorInfo;
  readonly vote?: Vote;
  /** Versions of the context documents (by uri) the answer was produced from. */
  readonly documentVersions?: Readonly<Record<string, number>>;
  readonly promptTokens?: number;
  readonly completionTokens?: number;
  readonly ttftMs?: number;
  readonly totalMs?: number;
}

export type ChatTurn = UserTurn | AssistantTurn;

export interface Conversation {
  readonly id: string;
  readonly title: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly turns: readonly ChatTurn[];
}

const TITLE_LENGTH = 60;

export function createConversation(id: string, now: number): Conversation {
  return { id, title: 'New chat', createdAt: now, updatedAt: now, turns: [] };
}

/** First line of the first question, shortened: the history list's label. */
export function titleFromQuestion(question: string): string {
  const line = question.trim().split('\n')[0].trim() || 'New chat';
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1)}…` : line;
}

export function appendTurns(conversation: Conversation, turns: readonly ChatTurn[], now: number): Conversation {
  const first = conversation.turns.length === 0 ? turns.find((t) => t.role === 'user') : undefined;
  return {
    ...conversation,
    title: first ? titleFromQuestion(first.content) : conversation.title,
    updatedAt: now,
    turns: [...conversation.turns, ...turns],
  };
}

export function findTurn(conversation: Conversation, turnId: string): ChatTurn | undefined {
  return conversation.turns.find((t) => t.id === turnId);
}

export function updateAssistant(
  conversation: Conversation,
  turnId: string,
  change: (turn: AssistantTurn) => AssistantTurn,
  now: number,
): Conversation {
  let changed = false;
  const turns = conversation.turns.map((t) => {
    if (t.id !== turnId || t.role !== 'assistant') return t;
    changed = true;
    return change(t);
  });
  return changed ? { ...conversation, turns, updatedAt: now } : conversation;
}

export function updateUser(conversation: Conversation, turnId: string, change: (turn: UserTurn) => UserTurn): Conversation {
  return { ...conversation, turns: conversation.turns.map((t) => (t.id === turnId && t.role === 'user' ? change(t) : t)) };
}

/** The last assistant turn, the only one Regenerate may replace. */
export function lastAssistant(conversation: Conversation): AssistantTurn | undefined {
  const last = conversation.turns[conversation.turns.length - 1];
  return last?.role === 'assistant' ? last : undefined;
}

/** The user turn an assistant turn answers (the one just before it). */
export function questionFor(conversation: Conversation, assistantId: string): UserTurn | undefined {
  const index = conversation.turns.findIndex((t) => t.id === assistantId);
  const before = index > 0 ? conversation.turns[index - 1] : undefined;
  return before?.role === 'user' ? before : undefined;
}

/**
 * Earlier exchanges to replay to the model, oldest first, before the turn at `beforeIndex`.
 * Failed or empty answers are left out; their questions stay (the model sees what was asked).
 */
export function historyBefore(conversation: Conversation, beforeIndex: number): { role: 'user' | 'assistant'; content: string }[] {
  const out: { role: 'user' | 'assistant'; content: string }[] = [];
  for (const turn of conversation.turns.slice(0, beforeIndex)) {
    if (turn.role === 'user') out.push({ role: 'user', content: turn.content });
    else if (turn.status !== 'error' && turn.content.trim() !== '') out.push({ role: 'assistant', content: turn.content });
  }
  return out;
}
