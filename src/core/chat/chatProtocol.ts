// The one message protocol between the chat webview and the extension host, imported by both
// sides. Every message is validated on receipt; a malformed one is dropped (and logged).
import type { ChatContextItem } from './chatContextItem';
import type { Conversation, Vote } from './conversation';
import { contextItemShape, conversationShape } from './conversationShape';
import { arrayOf, isBoolean, isCount, isNumber, isString, literal, maxLengthString, objectOf, optional, parseOrUndefined, taggedUnion, type Fields } from '../valueShape';

// The webview imports nothing of the extension but this file (a test holds it to that), so the
// types inside the state it draws, how a code fence names its language and file (both sides
// must read it alike), and how a question's context shows as chips, are passed on from here.
export type { ChatContextItem, ContextChip } from './chatContextItem';
export { contextChips } from './chatContextItem';
export type { AssistantTurn, TrimmedContext, UserTurn } from './conversation';
export { parseFenceInfo } from './codeBlocks';

export interface ModelOption {
  readonly id: string;
  readonly label: string;
  /** Served by the user's own Ollama (vs a cloud API). */
  readonly local: boolean;
}

export interface ConversationSummary {
  readonly id: string;
  readonly title: string;
  readonly updatedAt: number;
  readonly turnCount: number;
}

/** Everything the view shows; the host owns it and sends it whole when it changes. */
export interface ChatViewState {
  readonly conversation: Conversation;
  readonly history: readonly ConversationSummary[];
  readonly models: readonly ModelOption[];
  readonly selectedModel?: string;
  /** Why the model list is empty (Ollama down…). */
  readonly modelsError?: string;
  /** Context that will go with the next message. */
  readonly chips: readonly ChatContextItem[];
  readonly busy: boolean;
}

export interface FileSuggestion {
  readonly kind: 'mention' | 'file' | 'codebase';
  readonly path: string;
  readonly label: string;
  readonly detail?: string;
}

export type CodeAction = 'copy' | 'insert' | 'apply';
export type ErrorAction = 'copyCommand' | 'runCommand' | 'openSettings';

/** Host → webview. */
export type HostMessage =
  | { readonly type: 'state'; readonly state: ChatViewState }
  /** Streaming text appended to an answer, between full states. */
  | { readonly type: 'append'; readonly conversationId: string; readonly turnId: string; readonly text: string }
  | { readonly type: 'fileSuggestions'; readonly requestId: number; readonly items: readonly FileSuggestion[] }
  | { readonly type: 'focusInput' }
  /** The view-title History button: show or hide the conversation list. */
  | { readonly type: 'toggleHistory' };

/** Webview → host. */
export type WebviewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'send'; readonly text: string }
  | { readonly type: 'stop' }
  | { readonly type: 'regenerate'; readonly turnId: string }
  | { readonly type: 'newChat' }
  | { readonly type: 'openConversation'; readonly id: string }
  | { readonly type: 'deleteConversation'; readonly id: string }
  | { readonly type: 'selectModel'; readonly id: string }
  | { readonly type: 'refreshModels' }
  | { readonly type: 'removeChip'; readonly id: string }
  | { readonly type: 'addChip'; readonly kind: FileSuggestion['kind']; readonly path: string }
  | { readonly type: 'searchFiles'; readonly requestId: number; readonly query: string }
  | { readonly type: 'codeAction'; readonly action: CodeAction; readonly turnId: string; readonly blockIndex: number }
  | { readonly type: 'vote'; readonly turnId: string; readonly vote: Vote | null }
  | { readonly type: 'errorAction'; readonly turnId: string; readonly action: ErrorAction }
  /** `line`: zero-based, where to put the cursor (a snippet chip). */
  | { readonly type: 'openFile'; readonly path: string; readonly line?: number }
  /** A "Not sent" note's button: open what refused this file (the host judges the path afresh). */
  | { readonly type: 'openRefusal'; readonly path: string };

const MAX_TEXT = 200_000;
const boundedString = maxLengthString(MAX_TEXT);

const stateShape = objectOf({
  conversation: conversationShape,
  history: arrayOf(objectOf({ id: isString, title: isString, updatedAt: isNumber, turnCount: isCount })),
  models: arrayOf(objectOf({ id: isString, label: isString, local: isBoolean })),
  selectedModel: optional(isString),
  modelsError: optional(isString),
  chips: arrayOf(contextItemShape),
  busy: isBoolean,
});

const suggestionShape = objectOf({ kind: literal('mention', 'file', 'codebase'), path: isString, label: isString, detail: optional(isString) });

const hostFields: Record<HostMessage['type'], Fields> = {
  state: { state: stateShape },
  append: { conversationId: isString, turnId: isString, text: isString },
  fileSuggestions: { requestId: isCount, items: arrayOf(suggestionShape, 500) },
  focusInput: {},
  toggleHistory: {},
};

const webviewFields: Record<WebviewMessage['type'], Fields> = {
  ready: {},
  send: { text: boundedString },
  stop: {},
  regenerate: { turnId: isString },
  newChat: {},
  openConversation: { id: isString },
  deleteConversation: { id: isString },
  selectModel: { id: isString },
  refreshModels: {},
  removeChip: { id: isString },
  addChip: { kind: literal('mention', 'file', 'codebase'), path: isString },
  searchFiles: { requestId: isCount, query: boundedString },
  codeAction: { action: literal('copy', 'insert', 'apply'), turnId: isString, blockIndex: isCount },
  vote: { turnId: isString, vote: literal('up', 'down', null) },
  errorAction: { turnId: isString, action: literal('copyCommand', 'runCommand', 'openSettings') },
  openFile: { path: isString, line: optional(isCount) },
  openRefusal: { path: isString },
};

const webviewMessageShape = taggedUnion<WebviewMessage>('type', webviewFields);
const hostMessageShape = taggedUnion<HostMessage>('type', hostFields);

/** The message (without fields it should not have) if it is a well-formed webview → host message, else undefined. */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  return parseOrUndefined(webviewMessageShape, value);
}

/** The message (without fields it should not have) if it is a well-formed host → webview message, else undefined. */
export function parseHostMessage(value: unknown): HostMessage | undefined {
  return parseOrUndefined(hostMessageShape, value);
}

/** A short description of a rejected message for the log (its type, never its text). */
export function describeRejected(value: unknown): string {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? `malformed "${type.slice(0, 40)}" message` : `message without a type (${typeof value})`;
}
