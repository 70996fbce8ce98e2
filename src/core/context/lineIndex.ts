// Offsets to line numbers and back, for one text (built once per document version).

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Zero-based line of a UTF-16 offset. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** End of `line`, before its newline. */
  lineEnd(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
  }

  /** Lines `first..last` inclusive, without the trailing newline. */
  lines(first: number, last: number): string {
    const from = Math.max(0, first);
    const to = Math.min(last, this.starts.length - 1);
    return to < from ? '' : this.text.slice(this.lineStart(from), this.lineEnd(to));
  }
}
