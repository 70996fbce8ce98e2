// Fits a chat request into the model's context window. The question and the system prompt are
// never cut; then, in order of worth: what the user chose (selections, then mentioned files and
// chips they added), the latest exchange, then what Flywheel attached by itself (the open file,
// retrieved snippets), older history. So automatic context shrinks first and the user's choice
// survives a large open file. What does not fit is truncated or dropped and reported, so the user
// sees it instead of losing it silently.
import type { ChatMessage } from '../models/modelTypes';
import { estimateTokens } from '../tokenEstimator';
import { isAutomaticContext, type ChatContextItem } from './chatContextItem';
import { renderContextItem, renderUserMessage } from './chatPrompt';
import type { TrimmedContext } from './conversation';

export type TokenCounter = (text: string) => number;

export interface FitInput {
  /** The model's context window in tokens (prompt + reply). */
  readonly windowTokens: number;
  /** Tokens kept free for the answer. */
  readonly replyTokens: number;
  readonly system: string;
  readonly question: string;
  /** Context items in display order, each with its text. */
  readonly context: readonly ChatContextItem[];
  /** Earlier messages, oldest first. */
  readonly history: readonly ChatMessage[];
  readonly countTokens?: TokenCounter;
}

export interface FitResult {
  readonly messages: ChatMessage[];
  readonly included: ChatContextItem[];
  readonly trimmed: TrimmedContext[];
  readonly promptTokens: number;
}

/** The question alone (with the system prompt and reply reserve) does not fit the window. */
export class ContextTooLongError extends Error {
  override readonly name = 'ContextTooLongError';
  constructor(
    readonly neededTokens: number,
    readonly windowTokens: number,
  ) {
    super(`The message needs about ${neededTokens} tokens but the model's window is ${windowTokens} (including room for the reply). Shorten the message.`);
  }
}

/** Per-message framing the chat template adds (role markers). */
const MESSAGE_OVERHEAD = 8;
/** Below this, a truncated piece is not worth sending. */
const MIN_TRUNCATED_TOKENS = 48;

const LATEST_EXCHANGE = 2;
const OLDER_HISTORY = 5;

function priority(item: ChatContextItem): number {
  if (item.kind === 'selection') return 0;
  if (!isAutomaticContext(item)) return 1;
  return item.kind === 'codebase' ? 4 : 3;
}

export function fitChatPrompt(input: FitInput): FitResult {
  const count = input.countTokens ?? estimateTokens;
  const fixed = count(input.system) + count(input.question) + 2 * MESSAGE_OVERHEAD + 4;
  let budget = input.windowTokens - input.replyTokens - fixed;
  if (budget < 0) throw new ContextTooLongError(fixed + input.replyTokens, input.windowTokens);

  const kept = new Map<ChatContextItem, string>();
  const trimmed: TrimmedContext[] = [];
  const history = input.history;
  // The latest exchange is the last user/assistant pair (or a lone trailing message).
  const latestStart = Math.max(0, history.length - 2);
  let historyStart = history.length;

  const order = [
    ...input.context.map((item) => ({ rank: priority(item), item })),
    { rank: LATEST_EXCHANGE, item: undefined },
    { rank: OLDER_HISTORY, item: undefined },
  ].sort((a, b) => a.rank - b.rank);

  for (const { rank, item } of order) {
    if (item) {
      const text = item.text ?? '';
      const full = count(renderContextItem(item, text));
      if (full <= budget) {
        kept.set(item, text);
        budget -= full;
        continue;
      }
      const cut = item.kind === 'codebase' ? undefined : truncateToFit(item, text, budget, count);
      if (cut) {
        kept.set(item, cut.text);
        budget -= cut.tokens;
        trimmed.push({ label: item.label, kind: item.kind, action: 'truncated', keptTokens: cut.tokens, totalTokens: full });
      } else {
        trimmed.push({ label: item.label, kind: item.kind, action: 'dropped', keptTokens: 0, totalTokens: full });
      }
      continue;
    }
    // History: whole messages, newest first, and once one is dropped so is everything older.
    const from = rank === LATEST_EXCHANGE ? latestStart : 0;
    for (let i = historyStart - 1; i >= from; i--) {
      const cost = count(history[i].content) + MESSAGE_OVERHEAD;
      if (cost > budget) break;
      budget -= cost;
      historyStart = i;
    }
    if (rank === OLDER_HISTORY && historyStart > 0) {
      const dropped = history.slice(0, historyStart);
      const total = dropped.reduce((sum, m) => sum + count(m.content) + MESSAGE_OVERHEAD, 0);
      const label = dropped.length === 1 ? '1 earlier message' : `${dropped.length} earlier messages`;
      trimmed.push({ label, kind: 'history', action: 'dropped', keptTokens: 0, totalTokens: total });
    }
  }

  const included = input.context.filter((item) => kept.has(item)).map((item) => ({ ...item, text: kept.get(item) }));
  const blocks = input.context.filter((item) => kept.has(item)).map((item) => renderContextItem(item, kept.get(item)));
  const messages: ChatMessage[] = [
    { role: 'system', content: input.system },
    ...history.slice(historyStart),
    { role: 'user', content: renderUserMessage(input.question, blocks) },
  ];
  const promptTokens = messages.reduce((sum, m) => sum + count(m.content) + MESSAGE_OVERHEAD, 0);
  return { messages, included, trimmed, promptTokens };
}

/**
 * Keeps whole lines around the item's focus (the cursor, else the top) that fit `budget`,
 * marking the cut with a comment-free "…" line so the model knows text is missing.
 */
function truncateToFit(item: ChatContextItem, text: string, budget: number, count: TokenCounter): { text: string; tokens: number } | undefined {
  if (budget < MIN_TRUNCATED_TOKENS) return undefined;
  const lines = text.split('\n');
  const focusLine = item.focusOffset === undefined ? 0 : text.slice(0, item.focusOffset).split('\n').length - 1;
  const render = (from: number, to: number): string =>
    `${from > 0 ? `… (${from} lines above omitted)\n` : ''}${lines.slice(from, to).join('\n')}${to < lines.length ? `\n… (${lines.length - to} lines below omitted)` : ''}`;

  // Grow a window of lines around the focus while it fits (doubling, then one line at a time).
  let from = focusLine;
  let to = focusLine;
  let best: { text: string; tokens: number } | undefined;
  const tryWindow = (f: number, t: number): boolean => {
    const candidate = render(f, t);
    const tokens = count(renderContextItem(item, candidate));
    if (tokens > budget) return false;
    best = { text: candidate, tokens };
    from = f;
    to = t;
    return true;
  };
  let step = 1;
  while (from > 0 || to < lines.length) {
    const f = Math.max(0, from - Math.ceil(step / 2));
    const t = Math.min(lines.length, to + step);
    if (tryWindow(f, t)) {
      step *= 2;
    } else if (step > 1) {
      step = 1;
    } else {
      // One more line below, or above, might still fit when the other side does not.
      if (!(to < lines.length && tryWindow(from, to + 1)) && !(from > 0 && tryWindow(from - 1, to))) break;
    }
  }
  return best && best.tokens >= MIN_TRUNCATED_TOKENS / 2 ? best : undefined;
}
