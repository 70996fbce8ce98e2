// `--strictness balanced|strict`: the redaction's strictness a bench tool scores (the user's
// `flywheel.redaction.strictness`; redactionStrictness.ts). Absent, the default: the tool's output is as before.
import type { RedactionOptions } from '../../src/core/guard/redactionStrictness';

export function strictnessArg(args: readonly string[]): RedactionOptions | undefined {
  const at = args.indexOf('--strictness');
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (value !== 'balanced' && value !== 'strict') {
    console.error('--strictness takes balanced or strict');
    process.exit(2);
  }
  return { strictness: value };
}
