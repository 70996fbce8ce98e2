// Where `^` under the `m` flag holds: at the input's start and after a line terminator (ECMA-262 §22.2.2.6, the
// Assertion `^` with Multiline; §12.3 LineTerminator: LF, CR, U+2028, U+2029). A pattern every match of which opens
// with it (`^[ \t]*user[ \t]*=…` under `m`) can match nowhere else: tried at every place of a line, by the engine's
// search or a near rule's sticky tries, all but the line's first place fail at that first assertion.

const BREAKS = ['\n', '\r', '\u2028', '\u2029'];

/** The line starts of one text, asked for rising (each terminator sought with `indexOf` once over the text). */
export class LineStarts {
  /** Per terminator, its first occurrence at or after the place last asked (the text's length when none). */
  private readonly ahead = new Int32Array(BREAKS.length).fill(-1);
  private asked = 0;

  constructor(private readonly text: string) {}

  /** The first line start at or after `at`, or -1 where none is (the text's end is one after a last terminator). */
  from(at: number): number {
    const text = this.text;
    if (at > text.length) return -1;
    if (at === 0 || isLineTerminator(text.charCodeAt(at - 1))) return at;
    // (Asked for an earlier place, the terminators are sought again from it.)
    if (at < this.asked) this.ahead.fill(-1);
    this.asked = at;
    let nearest = text.length;
    for (let b = 0; b < BREAKS.length; b++) {
      let next = this.ahead[b]!;
      if (next < at) {
        const found = text.indexOf(BREAKS[b]!, at);
        this.ahead[b] = next = found === -1 ? text.length : found;
      }
      if (next < nearest) nearest = next;
    }
    return nearest === text.length ? -1 : nearest + 1;
  }
}

function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}
