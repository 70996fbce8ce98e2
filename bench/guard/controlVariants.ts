// A sensitivity grid around the dumb controls (dumbControls.ts), fixed in a commit before it ran on any split: the same
// definitions with the window, the shortest run and the entropy bar moved each way. It reads whether a verdict hangs on
// the one setting the brief fixed; the controls the report stands on stay the four of DUMB_CONTROLS, no variant chosen
// from this grid's results.
import { entropySpans, keywordWindowSpans, merged, type DumbControl } from './dumbControls';

const windows = [20, 40, 80];
const windowRuns = [4, 6, 8, 12];
const entropyRuns = [12, 16, 20, 32];
const entropyBits = [3.0, 3.5, 4.0, 4.5];

export const CONTROL_VARIANTS: readonly DumbControl[] = [
  ...windows.flatMap((w) => windowRuns.map((r) => ({ name: `keyword-window-w${w}-r${r}`, spans: (text: string) => keywordWindowSpans(text, w, r) }))),
  ...entropyRuns.flatMap((r) => entropyBits.map((b) => ({ name: `entropy-only-r${r}-b${b.toFixed(1)}`, spans: (text: string) => merged(entropySpans(text, r, b)) }))),
  ...windows.flatMap((w) => [3.5, 4.5].map((b) => ({
    name: `keyword-or-entropy-w${w}-b${b.toFixed(1)}`, spans: (text: string) => merged([...keywordWindowSpans(text, w), ...entropySpans(text, undefined, b)]),
  }))),
];
