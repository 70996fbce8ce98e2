// Turns a failed chat request into the card the conversation shows: a message written for the
// user and, where one exists, the command that fixes it. Branches on ModelError.reason, never
// on message text.
import { ModelError, transportReason } from '../models/modelError';
import { ContextTooLongError } from './contextFitting';
import type { ChatErrorInfo } from './conversation';
import { errorMessage } from '../errorMessage';

export interface ChatErrorContext {
  /** The model the request went to, for "ollama pull <model>". */
  readonly model?: string;
  /** Whether that model is served by a local Ollama (vs a cloud API). */
  readonly local?: boolean;
}

export function describeChatError(error: unknown, context: ChatErrorContext = {}): ChatErrorInfo {
  if (error instanceof ContextTooLongError) return { kind: 'contextTooLong', message: error.message };
  if (ModelError.is(error)) {
    const model = error.model ?? context.model;
    switch (error.reason) {
      case 'unreachable':
        return { kind: 'unreachable', message: error.message, command: error.provider === 'ollama' ? 'ollama serve' : undefined };
      case 'modelNotFound':
        return {
          kind: 'modelMissing',
          message: error.message,
          command: (error.provider ?? (context.local ? 'ollama' : undefined)) === 'ollama' && model ? `ollama pull ${model}` : undefined,
        };
      case 'unauthorized':
        return { kind: 'unauthorized', message: error.message };
      case 'rateLimited':
        return { kind: 'rateLimited', message: error.message };
      case 'contextTooLong':
        return { kind: 'contextTooLong', message: `${error.message} Remove some context or start a new chat.` };
      case 'timeout':
        return { kind: 'timeout', message: error.message };
      case 'server':
      case 'badResponse':
        return { kind: 'server', message: error.message };
      case 'invalidSettings':
        return { kind: 'settings', message: error.message };
      case 'aborted':
        return { kind: 'unknown', message: error.message };
    }
  }
  // A provider that did not wrap its error: recognise the transport and HTTP status at least.
  const status = (error as { status?: unknown } | undefined)?.status;
  if (status === 401 || status === 403) return { kind: 'unauthorized', message: `The server rejected the request (HTTP ${status}). Check the API key.` };
  if (status === 429) return { kind: 'rateLimited', message: 'The server is rate limiting requests (HTTP 429). Wait a moment and retry.' };
  if (transportReason(error) === 'unreachable') {
    return context.local
      ? { kind: 'unreachable', message: 'Cannot reach Ollama. Is it running? Start it with `ollama serve`.', command: 'ollama serve' }
      : { kind: 'unreachable', message: 'Cannot reach the model server.' };
  }
  const message = errorMessage(error);
  return { kind: 'unknown', message: message || 'The request failed.' };
}
