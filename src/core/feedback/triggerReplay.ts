// Replays a history through the adaptive trigger as if live: each suggestion is judged by a
// model trained only on what came before it, then learned from. Versus always triggering.
import { AdaptiveTrigger, type AdaptiveTriggerOptions, type TriggerExample } from './adaptiveTrigger';

export interface TriggerReplayResult {
  readonly examples: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly acceptedKept: number;
  readonly rejectedSkipped: number;
  /** Shares of accepted suggestions kept and rejected ones skipped (always-trigger: 1 and 0). */
  readonly acceptedKeptShare: number;
  readonly rejectedSkippedShare: number;
  /** Examples seen before the trigger first left its neutral state. */
  readonly warmup: number;
}

export function replayTrigger(examples: readonly TriggerExample[], options: AdaptiveTriggerOptions = {}): TriggerReplayResult {
  const trigger = new AdaptiveTrigger(options);
  let accepted = 0;
  let rejected = 0;
  let acceptedKept = 0;
  let rejectedSkipped = 0;
  let warmup = -1;
  for (const [i, example] of examples.entries()) {
    const decision = trigger.shouldRequest(example.features);
    if (warmup < 0 && trigger.isActive) warmup = i;
    if (example.accepted) {
      accepted++;
      if (decision.request) acceptedKept++;
    } else {
      rejected++;
      if (!decision.request) rejectedSkipped++;
    }
    trigger.observe(example.features, example.accepted);
  }
  return {
    examples: examples.length,
    accepted,
    rejected,
    acceptedKept,
    rejectedSkipped,
    acceptedKeptShare: accepted > 0 ? acceptedKept / accepted : 1,
    rejectedSkippedShare: rejected > 0 ? rejectedSkipped / rejected : 0,
    warmup: warmup < 0 ? examples.length : warmup,
  };
}
