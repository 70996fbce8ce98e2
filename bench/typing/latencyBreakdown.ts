// Where the wait for ghost text goes. Each ghost text that appeared is paired with the model
// request whose reply it shows: the oracle logs what each request wrote and when, and the ghost
// text on screen is a piece of one of them (the oracle's clock and the page's are both wall
// clocks on this one machine). That request may have started after the key (a fresh one), been
// under way when the key came (a prefetch, or a request the key typed into), or have ended before
// it (the ghost came back from the cache). The wait the user feels splits into the model's part
// after the key and ours: key → request reaching the model server (VS Code's own delay, our
// debounce, context gathering, prompt building) and reply → ghost text drawn (stream reading,
// post-processing, the editor's rendering). The engine's own stage timings, from its debug log,
// say which of ours costs what.
import { percentile } from '../../src/core/models/callMetrics';
import type { GhostAppearance } from './ghostProbe';
import type { OracleCall } from './oracleOllama';

/** How the request behind a ghost text stood when its key was pressed. */
export type RequestTiming = 'fresh' | 'underway' | 'earlier';

export interface PairedAppearance {
  readonly appearance: GhostAppearance;
  /** The request whose reply the ghost text shows; undefined when none wrote it. */
  readonly call?: OracleCall;
  readonly timing?: RequestTiming;
}

/** Clocks of two processes on one machine agree to about a millisecond; this much slack is allowed. */
const CLOCK_SLACK_MS = 5;
/** A ghost text shows a reply from at most this far into it (the typist typed the rest through). */
const MAX_TYPED_THROUGH = 400;

/**
 * Pairs each appearance with the request that wrote its text: of the answered requests for the
 * same file whose last token came before the ghost text appeared, the latest that wrote it.
 */
export function pairWithCalls(appearances: readonly GhostAppearance[], calls: readonly OracleCall[]): PairedAppearance[] {
  const answered = calls.filter((c) => c.satisfied).sort((a, b) => a.lastTokenAt - b.lastTokenAt);
  return appearances.map((appearance) => {
    const keyAt = appearance.at - appearance.afterKeyMs;
    let call: OracleCall | undefined;
    for (const c of answered) {
      if (c.lastTokenAt > appearance.at + CLOCK_SLACK_MS) break;
      if (c.truth === appearance.task && wrote(c.written, appearance.text)) call = c;
    }
    if (!call) return { appearance };
    const timing: RequestTiming = call.arrivedAt >= keyAt - CLOCK_SLACK_MS ? 'fresh' : call.lastTokenAt > keyAt ? 'underway' : 'earlier';
    return { appearance, call, timing };
  });
}

/**
 * Whether `ghost` (the ghost text's pieces as displayed, one per line: VS Code splits it around
 * characters already in the line, such as an auto-closed bracket) is a piece of `written`:
 * whitespace aside, its first piece is in it near the start, and the rest follows in order.
 */
export function wrote(written: string, ghost: string): boolean {
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const pieces = ghost.split('\n').map(squeeze).filter((p) => p !== '');
  if (pieces.length === 0) return false;
  const text = squeeze(written);
  for (let start = text.indexOf(pieces[0]!); start !== -1 && start <= MAX_TYPED_THROUGH; start = text.indexOf(pieces[0]!, start + 1)) {
    let at = start + pieces[0]!.length;
    let ok = true;
    for (const piece of pieces.slice(1)) {
      const next = text.indexOf(piece, at);
      if (next === -1) {
        ok = false;
        break;
      }
      at = next + piece.length;
    }
    if (ok) return true;
  }
  return false;
}

export interface WaitParts {
  /** Key → ghost text, every appearance. */
  readonly ghost: number[];
  /** Of the appearances paired with their request: */
  readonly pairedGhost: number[];
  /** The request's model time (arrival → last token), whenever it started. */
  readonly model: number[];
  /** ghost − the model's time after the key: the wait that is not the model's. */
  readonly overhead: number[];
  /** How many of the pairs had their request fresh, under way, or over before the key. */
  readonly timings: Record<RequestTiming, number>;
  /** Of fresh requests: key → request at the model server. */
  readonly beforeRequest: number[];
  /** Of fresh and under-way requests: the reply's last token → ghost text drawn. */
  readonly afterReply: number[];
}

export function waitParts(paired: readonly PairedAppearance[]): WaitParts {
  const parts: WaitParts = {
    ghost: [], pairedGhost: [], model: [], overhead: [], timings: { fresh: 0, underway: 0, earlier: 0 }, beforeRequest: [], afterReply: [],
  };
  for (const { appearance, call, timing } of paired) {
    parts.ghost.push(appearance.afterKeyMs);
    if (!call || !timing) continue;
    const keyAt = appearance.at - appearance.afterKeyMs;
    const modelAfterKey = Math.max(0, call.lastTokenAt - Math.max(call.arrivedAt, keyAt));
    parts.timings[timing]++;
    parts.pairedGhost.push(appearance.afterKeyMs);
    parts.model.push(call.ms);
    parts.overhead.push(appearance.afterKeyMs - modelAfterKey);
    if (timing === 'fresh') parts.beforeRequest.push(call.arrivedAt - keyAt);
    if (timing !== 'earlier') parts.afterReply.push(appearance.at - call.lastTokenAt);
  }
  return parts;
}

/** Medians of the engine's stage timings over the completions it logged ("completion completion debounce=75.0ms …"). */
export function stageMedians(log: string): { count: number; medians: Record<string, number> } {
  const samples = new Map<string, number[]>();
  let count = 0;
  for (const line of log.split('\n')) {
    const match = /\bcompletion completion ((?:\w+=-?[\d.]+ms ?)+)\s*$/.exec(line);
    if (!match) continue;
    count++;
    for (const [, name, value] of match[1]!.matchAll(/(\w+)=(-?[\d.]+)ms/g)) {
      samples.set(name!, [...(samples.get(name!) ?? []), Number(value)]);
    }
  }
  const medians: Record<string, number> = {};
  for (const [name, values] of samples) medians[name] = percentile(values, 50) ?? NaN;
  return { count, medians };
}
