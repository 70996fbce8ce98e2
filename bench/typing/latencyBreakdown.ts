// Where the wait for ghost text goes. Each ghost text that appeared is paired with the model
// request that produced it (the oracle's clock and the page's are both wall clocks on this one
// machine), which splits the wait the user feels into: key → request reaching the model server
// (VS Code's own delay, our debounce, context gathering, prompt building), the model's time, and
// reply → ghost text drawn (stream reading, post-processing, the editor's rendering). The engine's
// own stage timings, from its debug log, say which of ours costs what.
import { percentile } from '../../src/core/models/callMetrics';
import type { GhostAppearance } from './ghostProbe';
import type { OracleCall } from './oracleOllama';

export interface PairedAppearance {
  readonly appearance: GhostAppearance;
  /** The request behind it, when one started after the key (else it came from the cache or a request already under way). */
  readonly call?: OracleCall;
}

/** Clocks of two processes on one machine agree to about a millisecond; this much slack is allowed. */
const CLOCK_SLACK_MS = 5;

/** Pairs each appearance with the last answered request that started after its key and ended before it appeared. */
export function pairWithCalls(appearances: readonly GhostAppearance[], calls: readonly OracleCall[]): PairedAppearance[] {
  const answered = calls.filter((c) => c.satisfied).sort((a, b) => a.endAt - b.endAt);
  return appearances.map((appearance) => {
    const keyAt = appearance.at - appearance.afterKeyMs;
    let call: OracleCall | undefined;
    for (const c of answered) {
      if (c.endAt > appearance.at + CLOCK_SLACK_MS) break;
      if (c.arrivedAt >= keyAt - CLOCK_SLACK_MS) call = c;
    }
    return call ? { appearance, call } : { appearance };
  });
}

export interface WaitParts {
  /** Key → ghost text, every appearance. */
  readonly ghost: number[];
  /** Of the appearances a fresh request produced: */
  readonly pairedGhost: number[];
  readonly model: number[];
  /** ghost − model, per appearance: the overhead that is not the model's. */
  readonly overhead: number[];
  /** Key → request at the model server. */
  readonly beforeRequest: number[];
  /** Reply's end → ghost text drawn. */
  readonly afterReply: number[];
}

export function waitParts(paired: readonly PairedAppearance[]): WaitParts {
  const parts: WaitParts = { ghost: [], pairedGhost: [], model: [], overhead: [], beforeRequest: [], afterReply: [] };
  for (const { appearance, call } of paired) {
    parts.ghost.push(appearance.afterKeyMs);
    if (!call) continue;
    const keyAt = appearance.at - appearance.afterKeyMs;
    parts.pairedGhost.push(appearance.afterKeyMs);
    parts.model.push(call.ms);
    parts.overhead.push(appearance.afterKeyMs - call.ms);
    parts.beforeRequest.push(call.arrivedAt - keyAt);
    parts.afterReply.push(appearance.at - call.endAt);
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
