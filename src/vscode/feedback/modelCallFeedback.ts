// The feedback log's model.call event for one measured gateway call: the feedback log
// subscribes to the gateway's call events (the gateway knows nothing of feedback). Embedding
// calls are left out: the workspace index makes thousands, and none serves a suggestion.
import type { FeedbackEventInput } from '../../core/feedback/feedbackEvents';
import type { ModelCallEvent } from '../../core/models/modelGatewayEvents';

export function modelCallFeedback(event: ModelCallEvent): FeedbackEventInput | undefined {
  const { record, prompt } = event;
  if (record.role === 'embedding') return undefined;
  return {
    kind: 'model.call',
    purpose: record.role,
    outcome: record.outcome,
    model: record.model,
    provider: record.provider,
    ...(prompt.languageId ? { language: prompt.languageId } : {}),
    ...(prompt.suggestionId ? { suggestionId: prompt.suggestionId } : {}),
    ...(record.ttftMs !== undefined ? { ttftMs: Math.round(record.ttftMs) } : {}),
    ...(record.tpotMs !== undefined ? { tpotMs: Math.round(record.tpotMs * 10) / 10 } : {}),
    totalMs: Math.round(record.totalMs),
    tokensIn: record.tokensIn,
    tokensOut: record.tokensOut,
    ...(record.estimatedCostUsd !== undefined ? { estimatedCostUsd: record.estimatedCostUsd } : {}),
    ...(record.errorKind ? { errorKind: record.errorKind } : {}),
  };
}
