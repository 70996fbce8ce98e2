// Precision and recall of the redactor over a corpus: a secret counts as found when one
// redaction covers all of it; a redaction that touches no secret is a false positive.
import { findSecrets } from '../../src/core/guard/secretRedactor';
import type { CorpusCase } from './redactionCorpus';

export interface RedactionScore {
  readonly precision: number;
  readonly recall: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly misses: readonly string[];
  readonly falseAlarms: readonly string[];
}

export function scoreRedaction(cases: readonly CorpusCase[]): RedactionScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const c of cases) {
    const spans = findSecrets(c.text);
    const secretSpans = c.secrets.map((s) => {
      const start = c.text.indexOf(s);
      return { start, end: start + s.length };
    });
    for (const s of secretSpans) {
      if (spans.some((r) => r.start <= s.start && r.end >= s.end)) tp++;
      else {
        fn++;
        misses.push(c.name);
      }
    }
    for (const r of spans) {
      if (!secretSpans.some((s) => r.start < s.end && s.start < r.end)) {
        fp++;
        falseAlarms.push(`${c.name}: ${r.kind} ${JSON.stringify(c.text.slice(r.start, r.end))}`);
      }
    }
  }
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    misses,
    falseAlarms,
  };
}
