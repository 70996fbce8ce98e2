// The audit trail's line for a call to an endpoint off this machine: where, how many bytes, for
// what, exactly which files, how many secrets were redacted and at which strictness. Never any content.
import { safeOrigin } from './endpointLocality';
import type { ModelCallEvent } from './modelGatewayEvents';

export function auditLine(event: ModelCallEvent): string {
  const { prompt, endpoint } = event;
  const files = prompt.files.length ? prompt.files.join(', ') : '(none)';
  return `audit: sent ${event.bytes} bytes to ${endpoint.model} at ${safeOrigin(endpoint.baseUrl)} for ${prompt.purpose} (${event.record.outcome}); files: ${files}; secrets redacted: ${event.redactions}${event.strictness ? ` (${event.strictness})` : ''}`;
}
