// The inputs the speed comparisons time (pairedSpeed.ts, inProcessJudge.ts): the adversarial
// families, and the slowest members of the generated family of near-matches, screened on this tree.
import { adversarialFamilies } from './adversarialInputs';
import { screenFamily } from './adversarialFamily';
import type { Input } from './freshProcess';
import { fill } from './linearity';

export function adversarialInputs(): Input[] {
  return Object.entries(adversarialFamilies).map(([name, text]) => ({ name, text }));
}

/** The `keep` slowest generated near-matches (those whose name, `generated …`, `only` matches), screened at 32 KB, at 1 MB. */
export function slowestGenerated(keep: number, only?: RegExp): Input[] {
  if (keep === 0) return [];
  const screened = screenFamily({ screenBytes: 32_000, keep, only: only && ((name) => only.test(`generated ${name}`)) });
  return screened.map((u) => ({ name: `generated ${u.name}`, text: fill(u.unit, 1_000_000) }));
}
