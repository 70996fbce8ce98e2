// The fixed rule the adaptive trigger is measured against and may lean on: skip after `)`, `]`,
// `}` (a statement or call just closed: acceptance there is a quarter of the average in public
// telemetry) or mid-word while typing fast (suggestions typed over unread).
import type { TriggerFeatures } from './feedbackEvents';
import { charClass, FAST_TYPING_MS } from './triggerVector';

export function ruleSkips(f: TriggerFeatures): boolean {
  if (f.charBefore === ')' || f.charBefore === ']' || f.charBefore === '}') return true;
  const c = charClass(f.charBefore);
  return (c === 'letter' || c === 'digit') && f.msSinceKeystroke < FAST_TYPING_MS;
}
