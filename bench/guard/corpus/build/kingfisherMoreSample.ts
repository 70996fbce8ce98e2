// The fifty-fifth holdout's sample (raw/holdout55-SOURCES.md, fixed before any example was read): above 600 items left
// after the build's overlap rule, the split keeps the 600 whose SHA-1 of `holdout55:<rule key>` sorts lowest, the rule
// key being `<path>#<rule id>:<list>[<i>]`.
import { createHash } from 'node:crypto';

/** Kingfisher's rule files neither the first nor the fifty-third holdout took. */
export const kingfisherMoreSource = 'kingfisher-more';
export const holdout55SampleSize = 600;

/** The items with the split's beyond the sample dropped (every other split's untouched), the drop reported. */
export function keepHashSample<T extends { split: string; rule: string }>(items: readonly T[], split: string, report: string[], size = holdout55SampleSize): T[] {
  const own = items.filter((i) => i.split === split);
  if (own.length <= size) return [...items];
  const rank = (i: T) => createHash('sha1').update(`${split}:${i.rule}`).digest('hex');
  const kept = new Set(own.map((i) => ({ i, h: rank(i) })).sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0)).slice(0, size).map((x) => x.i));
  report.push(`${split}: ${own.length} items after the overlap rule, the sample keeps ${size}`);
  return items.filter((i) => i.split !== split || kept.has(i));
}
