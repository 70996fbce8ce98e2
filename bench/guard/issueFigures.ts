// The five figures #11 names for the bench's JSON last line, `{"items","recall","precision","clean_fp_rate","max_ms_per_mb"}`,
// first in every mode's last line: the scores are measured in every mode; the speed only where the mode times it,
// `max_ms_per_mb_of` saying over what (and `max_ms_per_mb` null where nothing was timed), so a reader of one line
// never takes a quick run's figure, or a missing one, for the full run's.
import type { RedactionScore } from './redactionScore';

export function issueFigures(items: number, score: RedactionScore, maxMsPerMb: number | null, timed: string) {
  return { items, recall: score.recall, precision: score.precision, clean_fp_rate: score.cleanFpRate, max_ms_per_mb: maxMsPerMb, max_ms_per_mb_of: timed };
}

/** What a mode's `max_ms_per_mb` is the slowest of (`--only` narrows the adversarial families). */
export function timedInputs(mode: 'full' | 'families' | 'quality', only: RegExp | undefined): string {
  if (mode === 'quality') return 'nothing: --quality-only times no input';
  const families = only ? `the adversarial families --only ${only.source} names` : 'the adversarial families';
  return mode === 'families' ? `${families} only (--families-only)` : `every kind of input: the corpus items, ${families}, the generated near-matches, the every-line inputs and the repeats`;
}
