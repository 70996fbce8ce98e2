// What the chat needs from the model layer, kept narrow so any gateway can stand behind it.
import type { ChatRequest, StreamChunk } from '../models/modelTypes';

export interface ChatModelInfo {
  readonly id: string;
  readonly label: string;
  /** Served by the user's own Ollama (vs a cloud API). */
  readonly local: boolean;
  /** The model's context window in tokens, when the server reports it. */
  readonly contextLength?: number;
  /** The model requests currently go to. */
  readonly selected?: boolean;
}

/** What a request carries besides its messages, for the egress guard and the feedback log. */
export interface ChatCallInfo {
  /** Workspace-relative paths of every file whose text is in the prompt. */
  readonly files: readonly string[];
  /** The answer's id (the suggestion its feedback events refer to). */
  readonly suggestionId: string;
}

export interface ChatModel {
  /** Streams a reply from the selected chat model; aborting `signal` closes the HTTP request. */
  streamChat(request: ChatRequest, signal: AbortSignal, info?: ChatCallInfo): AsyncIterable<StreamChunk>;
  listModels(): Promise<ChatModelInfo[]>;
  select(id: string): void | Promise<void>;
}

/** A snippet the context engine retrieved for a question. */
export interface RetrievedSnippet {
  readonly path: string;
  readonly text: string;
  readonly languageId?: string;
}

export type RetrieveContext = (query: string, signal: AbortSignal) => Promise<readonly RetrievedSnippet[]>;
