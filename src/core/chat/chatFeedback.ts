// The feedback events the chat records: votes and regenerations of an answer, and what was done
// with a code block of it. Each names the answer it is about.
import type { FeedbackSink } from '../feedback/feedbackEvents';
import type { CodeBlock } from './codeBlocks';
import type { AssistantTurn } from './conversation';

export type AnswerFeedbackKind = 'chat.thumbsUp' | 'chat.thumbsDown' | 'chat.regenerate';
export type CodeActionKind = 'chat.copy' | 'chat.insert' | 'chat.apply';

export function recordAnswerFeedback(sink: FeedbackSink | undefined, kind: AnswerFeedbackKind, turn: AssistantTurn): void {
  sink?.record({
    kind, suggestionId: turn.id, model: turn.model, ttftMs: turn.ttftMs, totalMs: turn.totalMs, promptTokens: turn.promptTokens, completionChars: turn.content.length,
  });
}

export function recordCodeAction(sink: FeedbackSink | undefined, kind: CodeActionKind, answer: AssistantTurn, block: CodeBlock, path?: string): void {
  sink?.record({
    kind,
    suggestionId: answer.id,
    model: answer.model,
    blockIndex: block.index,
    completionChars: block.code.length,
    language: block.language || undefined,
    path,
    text: { completion: block.code },
  });
}
