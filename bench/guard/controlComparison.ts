// The redactor set beside a dumb control on the same items: per-item outcomes tallied into counts (never the items),
// pooled over splits, and a verdict read from the point estimates with an exact paired test beside (the same items
// scored by both, so McNemar's test over the items only one of the two gets right).

/** What one redactor (the real one or a control) did on one item, kept only long enough to be counted. */
export interface Outcome {
  readonly label: 'secret' | 'clean';
  readonly redactorRight: boolean;
  readonly controlRight: readonly boolean[];
}

export interface PairCounts {
  readonly secretItems: number;
  readonly cleanItems: number;
  /** The redactor's redacted secret items and clean items it redacted something in. */
  readonly redacted: number;
  readonly falsePositives: number;
  /** Per control, the same two counts and the paired discordances: secret items only the redactor / only the control
   * redacted; clean items only the redactor / only the control left untouched. */
  readonly controls: readonly {
    readonly redacted: number; readonly falsePositives: number;
    readonly recallOnlyRedactor: number; readonly recallOnlyControl: number;
    readonly cleanOnlyRedactor: number; readonly cleanOnlyControl: number;
  }[];
}

export function tally(outcomes: Iterable<Outcome>, controls: number): PairCounts {
  let secretItems = 0, cleanItems = 0, redacted = 0, falsePositives = 0;
  const c = Array.from({ length: controls }, () => ({ redacted: 0, falsePositives: 0, recallOnlyRedactor: 0, recallOnlyControl: 0, cleanOnlyRedactor: 0, cleanOnlyControl: 0 }));
  for (const o of outcomes) {
    if (o.label === 'secret') secretItems++;
    else cleanItems++;
    if (o.label === 'secret' && o.redactorRight) redacted++;
    if (o.label === 'clean' && !o.redactorRight) falsePositives++;
    o.controlRight.forEach((right, i) => {
      const k = c[i]!;
      if (o.label === 'secret') {
        if (right) k.redacted++;
        if (o.redactorRight && !right) k.recallOnlyRedactor++;
        if (!o.redactorRight && right) k.recallOnlyControl++;
      } else {
        if (!right) k.falsePositives++;
        if (o.redactorRight && !right) k.cleanOnlyRedactor++;
        if (!o.redactorRight && right) k.cleanOnlyControl++;
      }
    });
  }
  return { secretItems, cleanItems, redacted, falsePositives, controls: c };
}

export function addCounts(a: PairCounts, b: PairCounts): PairCounts {
  return {
    secretItems: a.secretItems + b.secretItems, cleanItems: a.cleanItems + b.cleanItems,
    redacted: a.redacted + b.redacted, falsePositives: a.falsePositives + b.falsePositives,
    controls: a.controls.map((x, i) => {
      const y = b.controls[i]!;
      return {
        redacted: x.redacted + y.redacted, falsePositives: x.falsePositives + y.falsePositives,
        recallOnlyRedactor: x.recallOnlyRedactor + y.recallOnlyRedactor, recallOnlyControl: x.recallOnlyControl + y.recallOnlyControl,
        cleanOnlyRedactor: x.cleanOnlyRedactor + y.cleanOnlyRedactor, cleanOnlyControl: x.cleanOnlyControl + y.cleanOnlyControl,
      };
    }),
  };
}

/** Exact two-sided McNemar p over b and c discordant items: twice the smaller tail of Binomial(b + c, 1/2), at most 1. */
export function mcnemarP(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  let logPmf = -n * Math.LN2; // P(X = 0)
  let tail = Math.exp(logPmf);
  for (let i = 1; i <= k; i++) {
    logPmf += Math.log((n - i + 1) / i);
    tail += Math.exp(logPmf);
  }
  return Math.min(1, 2 * tail);
}

export type Verdict =
  | 'redactor beats it on both' | 'redactor beats it on recall at ≤ its FP' | 'redactor beats it on FP at ≥ its recall'
  | 'CONTROL BEATS THE REDACTOR on both' | 'CONTROL BEATS THE REDACTOR on recall at ≤ its FP' | 'CONTROL BEATS THE REDACTOR on FP at ≥ its recall'
  | 'neither: the redactor finds more, the control is cleaner' | 'neither: the control finds more, the redactor is cleaner' | 'tie';

/** The brief's question read on the point estimates: who is better on one figure and no worse on the other. */
export function verdict(redactor: { recall: number; fp: number }, control: { recall: number; fp: number }): Verdict {
  const moreRecall = Math.sign(redactor.recall - control.recall);
  const lessFp = Math.sign(control.fp - redactor.fp);
  if (moreRecall === 0 && lessFp === 0) return 'tie';
  if (moreRecall >= 0 && lessFp >= 0) {
    if (moreRecall > 0 && lessFp > 0) return 'redactor beats it on both';
    return moreRecall > 0 ? 'redactor beats it on recall at ≤ its FP' : 'redactor beats it on FP at ≥ its recall';
  }
  if (moreRecall <= 0 && lessFp <= 0) {
    if (moreRecall < 0 && lessFp < 0) return 'CONTROL BEATS THE REDACTOR on both';
    return moreRecall < 0 ? 'CONTROL BEATS THE REDACTOR on recall at ≤ its FP' : 'CONTROL BEATS THE REDACTOR on FP at ≥ its recall';
  }
  return moreRecall > 0 ? 'neither: the redactor finds more, the control is cleaner' : 'neither: the control finds more, the redactor is cleaner';
}

/** A redactor applied to each request with probability q (and nothing done otherwise) reaches, in expectation, every point
 * on the chord from (0, 0) to its own (FP, recall). The fair reading of a "neither": both read at the lower FP of the two,
 * the other thinned there (recall × lower FP / its FP); at equal FPs the recalls compare as they are. */
export function atLowerFp(redactor: { recall: number; fp: number }, control: { recall: number; fp: number }): { fp: number; redactor: number; control: number } {
  const fp = Math.min(redactor.fp, control.fp);
  const thin = (x: { recall: number; fp: number }) => (x.fp === fp ? x.recall : (x.recall * fp) / x.fp);
  return { fp, redactor: thin(redactor), control: thin(control) };
}
