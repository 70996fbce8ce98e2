// What the chat needs from the model layer, kept narrow so any gateway can stand behind it.
import type { StreamChunk } from '../models/modelTypes';
import type { OutgoingPrompt } from '../models/outgoingPrompt';

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

export interface ChatModel {
  /** Streams a reply from the selected chat model through the one door; aborting `signal` closes the HTTP request. */
  streamChat(prompt: OutgoingPrompt, signal: AbortSignal): AsyncIterable<StreamChunk>;
  listModels(): Promise<ChatModelInfo[]>;
  select(id: string): void | Promise<void>;
}

/** A snippet the context engine retrieved for a question. */
export interface RetrievedSnippet {
  readonly path: string;
  readonly text: string;
  readonly languageId?: string;
  /** Zero-based first line of `text` in its file. */
  readonly startLine?: number;
}

export type RetrieveContext = (query: string, signal: AbortSignal) => Promise<readonly RetrievedSnippet[]>;
