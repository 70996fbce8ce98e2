// The plain parsing of the flywheel.models.* values (a role's endpoint list, the phase
// timeouts), shared by the editor's settings reader and the CLI, which reads settings.json.
import type { GatewayEndpoint } from './modelGatewayConfig';
import type { PhaseTimeouts } from './phaseTimeouts';

/** Entries that are not objects with provider, baseUrl and model are left out. */
export function readEndpoints(raw: readonly unknown[]): GatewayEndpoint[] {
  const out: GatewayEndpoint[] = [];
  for (const item of raw) {
    if (!item || typeof item !== 'object') continue;
    const e = item as Record<string, unknown>;
    const provider = e.provider === 'ollama' || e.provider === 'openai' ? e.provider : undefined;
    if (!provider || typeof e.baseUrl !== 'string' || typeof e.model !== 'string' || !e.model) continue;
    out.push({
      provider,
      baseUrl: e.baseUrl.replace(/\/+$/, ''),
      model: e.model,
      ...(typeof e.contextLength === 'number' ? { contextLength: e.contextLength } : {}),
      ...(e.headers && typeof e.headers === 'object' ? { headers: stringRecord(e.headers as Record<string, unknown>) } : {}),
      ...(typeof e.pricePer1kInput === 'number' ? { pricePer1kInput: e.pricePer1kInput } : {}),
      ...(typeof e.pricePer1kOutput === 'number' ? { pricePer1kOutput: e.pricePer1kOutput } : {}),
    });
  }
  return out;
}

export function readTimeouts(raw: Record<string, unknown>): Partial<PhaseTimeouts> {
  const out: Record<string, number> = {};
  for (const key of ['connectMs', 'loadMs', 'firstTokenMs', 'totalMs', 'loadNoticeMs']) {
    const v = raw[key];
    if (typeof v === 'number' && v > 0) out[key] = v;
  }
  return out as Partial<PhaseTimeouts>;
}

function stringRecord(raw: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
}
