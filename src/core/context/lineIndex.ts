// Offsets to line numbers and back, for one text (built once per document version).

/** The last few indexes built: the same document text is indexed by its edit and its request. */
const recent: LineIndex[] = [];
const RECENT_INDEXES = 4;

export class LineIndex {
  private readonly starts: number[] = [0];

  /** The index of `text`, reused when the same text (one document version) was indexed lately. */
  static of(text: string): LineIndex {
    const found = recent.find((index) => index.text === text);
    if (found) return found;
    const index = new LineIndex(text);
    recent.unshift(index);
    recent.length = Math.min(recent.length, RECENT_INDEXES);
    return index;
  }

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
