// The fixed rule the adaptive trigger is measured against and is built on: skip after `)`, `]`,
// `}` (a statement or call just closed: acceptance there is a quarter of the average in public
// telemetry) or mid-word while typing fast (suggestions typed over unread). Its two parts differ
// in how well public data backs them: `)` and `]` have published rates (10 % and 7 % against
// 35 % overall), `}` and fast mid-word typing only a direction.
import type { TriggerFeatures } from './feedbackEvents';
import { charClass, FAST_TYPING_MS } from './triggerVector';

/** Which part of the rule fires: `closer` after `)` or `]`, `weak` after `}` or fast mid-word. */
export type RulePart = 'closer' | 'weak';

export function rulePart(f: TriggerFeatures): RulePart | undefined {
  if (f.charBefore === ')' || f.charBefore === ']') return 'closer';
  if (f.charBefore === '}') return 'weak';
  const c = charClass(f.charBefore);
  return (c === 'letter' || c === 'digit') && typingPace(f) < FAST_TYPING_MS ? 'weak' : undefined;
}

export function ruleSkips(f: TriggerFeatures): boolean {
  return rulePart(f) !== undefined;
}

/**
 * How fast the user is typing: the interval between their last two keystrokes where the log has
 * it. The time since the last keystroke is what a tool that counts displayed suggestions logs, but
 * at Flywheel's decision it is only the wait before the request (VS Code's and the debounce,
 * under 150 ms for everyone), which would make every mid-word position "fast".
 */
function typingPace(f: TriggerFeatures): number {
  return f.keyIntervalMs ?? f.msSinceKeystroke;
}
