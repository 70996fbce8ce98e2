// Where a run of some kind of character ends, for places asked in rising order. A scanner that
// asks "how far does the run from here go?" at every candidate inside one long run would read the
// run again each time; the run's end is found once and shared by every place inside it.

export class RunEnds {
  private runStart = 0;
  private runEnd = -1;

  constructor(private readonly text: string, private readonly inRun: (c: number) => boolean) {}

  /** The end of the run of `inRun` characters that starts at `at` (`at` itself when there is none). */
  from(at: number): number {
    if (at >= this.runStart && at <= this.runEnd) return this.runEnd;
    let end = at;
    while (end < this.text.length && this.inRun(this.text.charCodeAt(end))) end++;
    this.runStart = at;
    this.runEnd = end;
    return end;
  }
}
