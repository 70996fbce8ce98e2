// Which of a few expressions a short string (a value, a token) could match at all, from the
// characters it holds: each expression comes with characters it cannot match without, the
// keyword prefilter's idea applied to one value instead of the whole text. One pass over the
// string answers for all of them; a dense file has a value every few characters, and most
// values hold none of what a stand-in, a reference or a bracket needs, so they skip a call into
// the regular expression engine per test.

/** An expression, and characters it cannot match without (for a character class, its characters). */
export interface CharNeeds {
  readonly pattern: RegExp;
  readonly needs: string;
}

export class CharPrefilter {
  private readonly ascii = new Uint32Array(128);
  private readonly wide = new Map<number, number>();

  /** Bit i of an answer stands for `expressions[i]` (at most 32 of them). */
  constructor(expressions: readonly CharNeeds[]) {
    if (expressions.length > 32) throw new Error('a CharPrefilter holds at most 32 expressions');
    expressions.forEach(({ needs: chars }, i) => {
      for (let k = 0; k < chars.length; k++) {
        const c = chars.charCodeAt(k);
        if (c < 128) this.ascii[c]! |= 1 << i;
        else this.wide.set(c, (this.wide.get(c) ?? 0) | (1 << i));
      }
    });
  }

  /** Bit i is set when `s` (or its characters from `from` to `to`) holds one of the characters expression i needs. */
  mayMatch(s: string, from = 0, to = s.length): number {
    const { ascii, wide } = this;
    let bits = 0;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      bits |= c < 128 ? ascii[c]! : wide.size === 0 ? 0 : wide.get(c) ?? 0;
    }
    return bits;
  }
}
