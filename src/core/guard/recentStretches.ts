// The answers a rule gave in one reading of a text to its last few stretches, known by their place:
// a stretch asked again with the same characters (a token pasted on every line of a log, two tokens
// alternating) gets its answer again without the judgement. For a judgement that reads nothing but
// the stretch's characters. Made for one reading and dropped with it: it keeps offsets into the text
// the rule reads anyway, so no secret outlives the call.

/** How many stretches are kept: two tokens a line, alternating, and a few more (each miss compares lengths first). */
const SLOTS = 4;

export class RecentStretches {
  private readonly starts = new Int32Array(SLOTS);
  // (-1: an empty slot; no stretch has a negative length.)
  private readonly lengths = new Int32Array(SLOTS).fill(-1);
  private readonly answers = new Uint8Array(SLOTS);
  private next = 0;

  constructor(private readonly text: string) {}

  /** The answer kept for a stretch whose characters are those of `text[start, end)`: 1 yes, 0 no, -1 none kept. */
  answer(start: number, end: number): number {
    const length = end - start;
    for (let k = 0; k < SLOTS; k++) {
      if (this.lengths[k] === length && sameChars(this.text, this.starts[k]!, start, length)) return this.answers[k]!;
    }
    return -1;
  }

  /** Keeps `answer` for the stretch `text[start, end)`, in place of the oldest kept. */
  keep(start: number, end: number, answer: boolean): void {
    this.starts[this.next] = start;
    this.lengths[this.next] = end - start;
    this.answers[this.next] = answer ? 1 : 0;
    this.next = (this.next + 1) % SLOTS;
  }
}

// Two stretches of one text compared as strings: V8 cuts a slice of 13 characters or more as a view into
// its text (nothing copied; both die with the call) and compares two strings' characters in one builtin,
// faster than a loop of charCodeAt here (tokens of 31 characters and more).
function sameChars(text: string, a: number, b: number, length: number): boolean {
  return a === b || text.substring(a, a + length) === text.substring(b, b + length);
}
