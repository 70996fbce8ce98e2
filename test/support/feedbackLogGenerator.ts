// Realistic feedback logs of any size, reproducible from a seed, for the statistics tests, the
// e2e test and bench:scale. A year of a working programmer: weekdays (some weekends), one to
// three sessions a day, one or two VS Code windows per session (each its own file series), a
// completion request every few seconds while typing. Each request logs its model call; about
// half get shown; of those ~27 % are accepted, ~5 % partly, ~58 % rejected (Escape, typed
// over, replaced), the rest leave no verdict; accepted text is measured for retention at 30 s,
// 2, 5 and 10 min unless the window closed first. Several languages, and models that change
// over the year (a small local model, then a bigger one beside another, then a cloud model in
// some windows). Chat feedback and proposed edits (refactors, chat's Apply) now and then. No
// stored text (the default).
import { readdir, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { ManualClock } from '../../src/core/feedback/feedbackClock';
import type { FeedbackEvent, RejectReason, RetentionInterval, TriggerFeatures } from '../../src/core/feedback/feedbackEvents';
import { FeedbackStore } from '../../src/core/feedback/feedbackStore';
import { seededRandom } from '../../src/core/seededRandom';

export interface LogGeneratorOptions {
  /** Stop after about this many events (the session in progress is finished). */
  readonly events: number;
  readonly seed?: number;
  /** Epoch ms of the first day (default 2025-01-06, a Monday). */
  readonly start?: number;
  /** Days the log is spread over (default 365). */
  readonly days?: number;
}

/** One window's events, in time order; a new window (VS Code reload) is a new series. */
export interface GeneratedSession {
  readonly series: string;
  readonly events: FeedbackEvent[];
}

const LANGUAGES: readonly [string, number][] = [
  ['typescript', 35], ['python', 25], ['javascript', 10], ['go', 8], ['rust', 6], ['java', 6], ['markdown', 4], ['json', 3], ['c', 3],
];
const DAY_MS = 86_400_000;
const RETENTION: readonly RetentionInterval[] = [30, 120, 300, 600];
const CHAT_KINDS = ['chat.thumbsUp', 'chat.thumbsDown', 'chat.copy', 'chat.insert', 'chat.apply', 'chat.regenerate'] as const;

interface ModelChoice {
  readonly model: string;
  readonly provider: 'ollama' | 'openai';
  readonly ttftMs: number;
}

/** The models in use in a given month of the year. */
function modelsFor(month: number): readonly ModelChoice[] {
  if (month < 3) return [{ model: 'qwen2.5-coder:1.5b', provider: 'ollama', ttftMs: 90 }];
  if (month < 8) return [{ model: 'qwen2.5-coder:7b', provider: 'ollama', ttftMs: 180 }, { model: 'deepseek-coder-v2:16b', provider: 'ollama', ttftMs: 320 }];
  return [{ model: 'qwen2.5-coder:7b', provider: 'ollama', ttftMs: 180 }, { model: 'gpt-4o-mini', provider: 'openai', ttftMs: 450 }];
}

/** Sessions in time order until about `options.events` events were made. */
export function* generateFeedbackSessions(options: LogGeneratorOptions): Generator<GeneratedSession> {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const weighted = (xs: readonly [string, number][]): string => {
    let r = random() * xs.reduce((s, [, w]) => s + w, 0);
    for (const [x, w] of xs) if ((r -= w) < 0) return x;
    return xs[0]![0];
  };
  const lognormal = (median: number, spread: number) => Math.max(1, Math.round(median * Math.exp(spread * gaussian(random))));
  const word = () => ((random() * 2 ** 32) >>> 0).toString(16).padStart(8, '0');
  const hex = (n: number): string => (n <= 8 ? word().slice(0, n) : word() + hex(n - 8));
  const uuid = () => {
    const a = word() + word() + word() + word();
    return `${a.slice(0, 8)}-${a.slice(8, 12)}-4${a.slice(13, 16)}-${'89ab'[Number.parseInt(a[16]!, 16) & 3]}${a.slice(17, 20)}-${a.slice(20, 32)}`;
  };
  const start = options.start ?? Date.UTC(2025, 0, 6, 8);
  const days = options.days ?? 365;
  // Spread the wanted events over the year: requests per working hour follow from it.
  const workingHours = days * (5 / 7 + 0.2 * (2 / 7)) * 2 * 2.5;
  const requestsPerHour = Math.max(4, options.events / 2.6 / workingHours);
  let made = 0;
  for (let day = 0; day < days && made < options.events; day++) {
    const weekday = new Date(start + day * DAY_MS).getUTCDay();
    if ((weekday === 0 || weekday === 6) && random() > 0.2) continue;
    const month = Math.floor((day / days) * 12);
    const models = modelsFor(month);
    let t = start + day * DAY_MS + Math.floor(random() * 2 * 3_600_000);
    for (let s = 1 + Math.floor(random() * 3); s > 0 && made < options.events; s--) {
      const sessionMs = (1 + random() * 3) * 3_600_000;
      const windows = random() < 0.3 ? 2 : 1;
      const sessions: GeneratedSession[] = Array.from({ length: windows }, () => ({ series: hex(6), events: [] }));
      for (const session of sessions) {
        const language = weighted(LANGUAGES as [string, number][]);
        const endpoint = pick(models);
        const end = t + sessionMs;
        let lastOutcome: TriggerFeatures['lastOutcome'] = 'none';
        for (let at = t + Math.floor(random() * 60_000); at < end; at += Math.max(300, Math.round(-Math.log(1 - random()) * (3_600_000 / requestsPerHour)))) {
          const base = { v: 1 as const, language, model: endpoint.model, provider: endpoint.provider, path: `src/${pick(['app', 'util', 'model', 'view', 'api'])}.${language === 'python' ? 'py' : 'ts'}` };
          const suggestionId = uuid();
          const ttftMs = lognormal(endpoint.ttftMs, 0.5);
          const totalMs = ttftMs + lognormal(200, 0.6);
          const shown = random() < 0.55;
          session.events.push({
            ...base, id: uuid(), ts: at + totalMs, kind: 'model.call', suggestionId, purpose: 'completion',
            outcome: shown || random() < 0.8 ? 'ok' : random() < 0.85 ? 'aborted' : 'error',
            ttftMs, tpotMs: Math.round(lognormal(14, 0.3) * 10) / 10, totalMs, tokensIn: 400 + Math.floor(random() * 1600), tokensOut: 4 + Math.floor(random() * 60),
            ...(endpoint.provider === 'openai' ? { estimatedCostUsd: Math.round(random() * 2000) / 1e7 } : {}),
          } as FeedbackEvent);
          if (!shown) continue;
          const column = Math.floor(random() * 80);
          const features: TriggerFeatures = {
            language, column, atLineEnd: random() < 0.7, charBefore: pick(['.', '(', '=', ' ', 'a', ')', '{', ':', ',']),
            msSinceKeystroke: Math.floor(random() * 1500), lastOutcome, documentLength: 500 + Math.floor(random() * 30_000),
            relativePosition: Math.round(random() * 1000) / 1000,
          };
          // An Escape within the visibility threshold is still the user's verdict: the suggestion
          // is recorded as shown when the Escape comes, with the short time it was visible.
          const quickEscape = random() < 0.04;
          const visibleMs = quickEscape ? 80 + Math.floor(random() * 670) : 750 + Math.floor(random() * 2000);
          const shownAt = at + totalMs + visibleMs;
          session.events.push({
            ...base, id: uuid(), ts: shownAt, kind: 'completion.shown', suggestionId, visibleMs, features, ttftMs, totalMs, ghostMs: totalMs + lognormal(70, 0.4),
            promptTokens: 400 + Math.floor(random() * 1600), completionChars: 5 + Math.floor(random() * 120), multiline: random() < 0.25,
          } as FeedbackEvent);
          if (quickEscape) {
            session.events.push({ ...base, id: uuid(), ts: shownAt, kind: 'completion.rejected', suggestionId, reason: 'escape' } as FeedbackEvent);
            lastOutcome = 'rejected';
            continue;
          }
          const verdict = random();
          const decidedAt = shownAt + 200 + Math.floor(random() * 3000);
          if (verdict < 0.27 || (verdict >= 0.27 && verdict < 0.32)) {
            const partial = verdict >= 0.27;
            session.events.push(
              partial
                ? ({ ...base, id: uuid(), ts: decidedAt, kind: 'completion.partiallyAccepted', suggestionId, acceptedLength: 3 + Math.floor(random() * 20) } as FeedbackEvent)
                : ({ ...base, id: uuid(), ts: decidedAt, kind: 'completion.accepted', suggestionId, ttftMs, totalMs } as FeedbackEvent),
            );
            lastOutcome = 'accepted';
            for (const atSec of RETENTION) {
              if (decidedAt + atSec * 1000 > end + 60_000 && random() < 0.7) break; // the window closed first
              const distance = Math.min(1, Math.round(random() ** 3 * (atSec / 300) * 1000) / 1000);
              session.events.push({ ...base, id: uuid(), ts: decidedAt + atSec * 1000, kind: 'completion.retention', suggestionId, atSec, distance, ...(distance === 1 ? { removed: true } : {}) } as FeedbackEvent);
            }
          } else if (verdict < 0.9) {
            const reason: RejectReason = random() < 0.4 ? 'escape' : random() < 0.75 ? 'typedOver' : 'replaced';
            session.events.push({ ...base, id: uuid(), ts: decidedAt, kind: 'completion.rejected', suggestionId, reason } as FeedbackEvent);
            lastOutcome = 'rejected';
          }
        }
        // Now and then: chat feedback and a refactor.
        for (let i = Math.floor(random() * 4); i > 0; i--) {
          const ts = t + Math.floor(random() * sessionMs);
          const messageId = uuid();
          session.events.push({ v: 1, id: uuid(), ts, kind: 'model.call', suggestionId: messageId, purpose: 'chat', outcome: 'ok', model: endpoint.model, provider: endpoint.provider, ttftMs: lognormal(600, 0.5), tpotMs: 20, totalMs: lognormal(6000, 0.5), tokensIn: 2000, tokensOut: 300 } as FeedbackEvent);
          session.events.push({ v: 1, id: uuid(), ts: ts + 8000, kind: pick(CHAT_KINDS), suggestionId: messageId, model: endpoint.model } as FeedbackEvent);
        }
        // A proposed edit now and then: a refactor, or a chat code block applied; both reviewed alike.
        if (random() < 0.4) {
          const ts = t + Math.floor(random() * sessionMs);
          const id = uuid();
          const origin = random() < 0.6 ? ('refactor' as const) : ('chat' as const);
          const action = origin === 'chat' ? 'apply' : pick(['document', 'fix', 'simplify', 'tests']);
          const hunks = 1 + Math.floor(random() * 4);
          const review = { v: 1 as const, suggestionId: id, origin, action, language };
          session.events.push({ ...review, id: uuid(), ts, kind: 'review.shown', hunks } as FeedbackEvent);
          if (random() < 0.6) {
            session.events.push({ ...review, id: uuid(), ts: ts + 5000, kind: 'review.accepted', hunksAccepted: 1 + Math.floor(random() * hunks), hunksTotal: hunks } as FeedbackEvent);
            session.events.push({ ...review, id: uuid(), ts: ts + 35_000, kind: 'review.retention', atSec: 30, distance: Math.round(random() * 300) / 1000 } as FeedbackEvent);
          } else session.events.push({ ...review, id: uuid(), ts: ts + 5000, kind: 'review.rejected', hunksTotal: hunks } as FeedbackEvent);
        }
        session.events.sort((a, b) => a.ts - b.ts);
        made += session.events.length;
      }
      yield* sessions;
      t += Math.round(sessionMs + (1 + random() * 3) * 3_600_000);
    }
  }
}

/** Standard normal, Box–Muller. */
function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

export interface WrittenLog {
  readonly events: number;
  readonly files: number;
  readonly bytes: number;
  /** Events the store refused (a generator bug): must be 0. */
  readonly refused: number;
}

/**
 * Writes the sessions through the real FeedbackStore (its JSONL format, batching and 4 MiB
 * rotation), each window with its own store and clock, so the files are named and filled as the
 * extension names and fills them; each file then looks last written when its window closed.
 */
export async function writeFeedbackLog(dir: string, sessions: Iterable<GeneratedSession>): Promise<WrittenLog> {
  let events = 0;
  let refused = 0;
  const seen = new Set<string>();
  for (const session of sessions) {
    if (session.events.length === 0) continue;
    const clock = new ManualClock(session.events[0]!.ts);
    const store = new FeedbackStore({ dir, clock, maxBatch: 1000, flushIntervalMs: 3_600_000, keepDays: 100_000 });
    for (const event of session.events) {
      if (event.ts > clock.now()) clock.advance(event.ts - clock.now());
      store.record(event);
      events++;
    }
    await store.flush();
    refused += store.invalidEvents;
    store.dispose();
    const closed = new Date(session.events.at(-1)!.ts);
    for (const name of await readdir(dir)) {
      if (seen.has(name) || !name.endsWith('.jsonl')) continue;
      seen.add(name);
      await utimes(join(dir, name), closed, closed);
    }
  }
  const names = (await readdir(dir)).filter((n) => n.endsWith('.jsonl'));
  let bytes = 0;
  for (const name of names) bytes += (await stat(join(dir, name))).size;
  return { events, files: names.length, bytes, refused };
}
