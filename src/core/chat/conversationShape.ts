// Runtime shapes of conversations and context items, for data read back from storage or
// received from the webview.
import type { ChatContextItem } from './chatContextItem';
import type { ChatTurn, Conversation } from './conversation';
import { anyOf, arrayOf, isBoolean, isCount, isNumber, isString, literal, objectOf, optional, recordOf, type Shape } from '../valueShape';

const positionShape = objectOf({ line: isCount, character: isCount });
const rangeShape = objectOf({ start: positionShape, end: positionShape });

export const contextItemShape = objectOf({
  id: isString,
  kind: literal('selection', 'file', 'mention', 'codebase'),
  label: isString,
  path: isString,
  uri: optional(isString),
  languageId: optional(isString),
  text: optional(isString),
  range: optional(rangeShape),
  version: optional(isNumber),
  focusOffset: optional(isCount),
  cell: optional(isCount),
  automatic: optional(isBoolean),
  notSent: optional(isString),
}) as Shape<ChatContextItem>;

const trimmedShape = objectOf({
  label: isString,
  kind: literal('selection', 'file', 'mention', 'codebase', 'history'),
  action: literal('dropped', 'truncated', 'notRead'),
  keptTokens: isCount,
  totalTokens: isCount,
  reason: optional(isString),
  remedy: optional(objectOf({ path: isString, title: isString })),
});

const errorShape = objectOf({
  kind: literal('unreachable', 'modelMissing', 'unauthorized', 'rateLimited', 'contextTooLong', 'timeout', 'server', 'settings', 'unknown'),
  message: isString,
  command: optional(isString),
});

const userTurnShape = objectOf({
  id: isString,
  role: literal('user'),
  content: isString,
  createdAt: isNumber,
  context: arrayOf(contextItemShape),
  trimmed: optional(arrayOf(trimmedShape)),
});

const assistantTurnShape = objectOf({
  id: isString,
  role: literal('assistant'),
  content: isString,
  createdAt: isNumber,
  status: literal('streaming', 'done', 'stopped', 'error'),
  model: optional(isString),
  error: optional(errorShape),
  vote: optional(literal('up', 'down')),
  documentVersions: optional(recordOf(isNumber)),
  promptTokens: optional(isCount),
  completionTokens: optional(isCount),
  ttftMs: optional(isNumber),
  totalMs: optional(isNumber),
});

export const turnShape = anyOf<ChatTurn>(userTurnShape as Shape<ChatTurn>, assistantTurnShape as Shape<ChatTurn>);

export const conversationShape = objectOf({
  id: isString,
  title: isString,
  createdAt: isNumber,
  updatedAt: isNumber,
  turns: arrayOf(turnShape),
}) as Shape<Conversation>;
