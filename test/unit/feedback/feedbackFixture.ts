// A small, hand-made log shared by the statistics, export and CLI tests.
import type { FeedbackEvent } from '../../../src/core/feedback/feedbackEvents';

const day1 = Date.UTC(2025, 2, 3, 12);
const day2 = Date.UTC(2025, 2, 4, 12);

export function fixtureEvents(): FeedbackEvent[] {
  let n = 0;
  const ev = <T extends Omit<FeedbackEvent, 'v' | 'id'>>(e: T) => ({ v: 1 as const, id: `e${n++}`, ...e }) as unknown as FeedbackEvent;
  const ts = { language: 'typescript', model: 'qwen', provider: 'ollama' };
  const py = { language: 'python', model: 'qwen', provider: 'ollama' };
  return [
    // a: accepted, then edited a little.
    ev({ kind: 'completion.shown', suggestionId: 'a', ts: day1, ...ts, path: 'src/a.ts', visibleMs: 900, ttftMs: 100, totalMs: 200, text: { prefix: 'const x = ', suffix: ';', completion: 'foo(1)' } }),
    ev({ kind: 'completion.accepted', suggestionId: 'a', ts: day1 + 1000, ...ts }),
    ev({ kind: 'completion.retention', suggestionId: 'a', ts: day1 + 31_000, ...ts, atSec: 30, distance: 0, text: { completion: 'foo(1)', final: 'foo(1)' } }),
    ev({ kind: 'completion.retention', suggestionId: 'a', ts: day1 + 121_000, ...ts, atSec: 120, distance: 0.5, text: { completion: 'foo(1)', final: 'foo(22)' } }),
    // b: rejected with Escape.
    ev({ kind: 'completion.shown', suggestionId: 'b', ts: day1 + 5000, ...ts, path: 'src/b.ts', visibleMs: 1200, ttftMs: 300, totalMs: 400, text: { prefix: 'let y', suffix: '', completion: ' = 2' } }),
    ev({ kind: 'completion.rejected', suggestionId: 'b', ts: day1 + 6000, ...ts, reason: 'escape' }),
    // c: partially accepted, in python, next day; from an ignored file.
    ev({ kind: 'completion.shown', suggestionId: 'c', ts: day2, ...py, path: '.env', visibleMs: 800, ttftMs: 50, totalMs: 120, text: { prefix: 'A=', suffix: '', completion: '1' } }),
    ev({ kind: 'completion.partiallyAccepted', suggestionId: 'c', ts: day2 + 900, ...py, acceptedLength: 1 }),
    // d: typed over; its completion holds a secret.
    ev({ kind: 'completion.shown', suggestionId: 'd', ts: day2 + 10_000, ...py, path: 'app.py', visibleMs: 800, ttftMs: 70, totalMs: 130, text: { prefix: 'key = "', suffix: '"', completion: 'AKIAIOSFODNN7EXAMPLQ' } }),
    ev({ kind: 'completion.rejected', suggestionId: 'd', ts: day2 + 11_000, ...py, reason: 'typedOver' }),
    // e: shown without stored text, then replaced.
    ev({ kind: 'completion.shown', suggestionId: 'e', ts: day2 + 20_000, ...py, path: 'app.py', visibleMs: 800 }),
    ev({ kind: 'completion.rejected', suggestionId: 'e', ts: day2 + 21_000, ...py, reason: 'replaced' }),
    // chat, refactor, model calls
    ev({ kind: 'chat.thumbsUp', suggestionId: 'm1', ts: day2 }),
    ev({ kind: 'chat.apply', suggestionId: 'm1', ts: day2, blockIndex: 0 }),
    ev({ kind: 'review.shown', suggestionId: 'r1', ts: day2, origin: 'refactor', action: 'document', hunks: 2 }),
    ev({ kind: 'review.accepted', suggestionId: 'r1', ts: day2, origin: 'refactor', action: 'document', hunksAccepted: 1, hunksTotal: 2 }),
    ev({ kind: 'model.call', ts: day2, purpose: 'completion', outcome: 'ok', totalMs: 200, ttftMs: 80, tpotMs: 10, tokensIn: 100, tokensOut: 20, estimatedCostUsd: 0.001 }),
    ev({ kind: 'model.call', ts: day2, purpose: 'chat', outcome: 'error', totalMs: 50, errorKind: 'http_500' }),
  ];
}
