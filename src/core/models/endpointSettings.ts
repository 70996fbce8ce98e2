// The plain parsing of flywheel.models.timeouts, shared by the editor's settings reader and the
// CLI, which reads settings.json. A role's endpoint list is read by modelEntries.ts.
import { defaultPhaseTimeouts, type PhaseTimeouts } from './phaseTimeouts';

export function readTimeouts(raw: Record<string, unknown>): Partial<PhaseTimeouts> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(defaultPhaseTimeouts)) {
    const v = raw[key];
    if (typeof v === 'number' && v > 0) out[key] = v;
  }
  return out as Partial<PhaseTimeouts>;
}
