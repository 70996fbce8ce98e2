// unescapedView.ts before guardspeed28 (main d22bf1e), kept unchanged but for its import, its class's name and the
// decoder's `ignoreBOM` (the lead's fix after the merge, shared by both: a U+FEFF first was dropped) and the percent
// escape's reading (`percentEscapeRead`, a `%253D` encoded twice read as `=`: forty-second round; `%25253D` three times, the forty-third: both alike) as the
// reference the writer's views must equal (unescapedViewWriter.test.ts).
// A text, or parts of it, written as it was before it was escaped, with the way back: where each of
// its characters starts in the escaped text. Written by escapedRegions.ts, read by every rule.
import { BACKSLASH, percentEscapeRead, stringEscapeAt } from '../../../src/core/guard/escapeCodes';

interface UnescapedView {
  readonly text: string;
  /** Where the character at `at` in `text` starts in the escaped text (an escape's character: at its escape). */
  place(at: number): number;
  /** Where each region read apart ends in `text` (rising; a line break there): a span is kept within its region. */
  readonly ends: readonly number[];
}

/** Which escapes a region undoes: a string's (`\n`, `\"`, `\u0022`) or a URL's (`%0A`). */
type EscapeKind = 'string' | 'percent';

/**
 * Writes a view: the text's own slices where escapes are far apart, character by character into a
 * small buffer where they are a few characters apart (a slice at every escape cost three times more
 * there; a character at a time, twice more where escapes are sparse); places kept as breakpoints,
 * two an escape, not one a character.
 */
export class UnescapedViewWriterReference {
  private readonly parts: string[] = [];
  private readonly buffer = new Uint16Array(4096);
  private used = 0;
  private length = 0;
  private readonly points = new Breakpoints();
  private readonly ends: number[] = [];

  constructor(private readonly text: string) {}

  /** The escaped text from `from` to `to`, as it is. */
  raw(from: number, to: number): void {
    if (to <= from) return;
    this.points.add(this.length, from);
    this.copy(from, to);
  }

  /** The escaped text from `from` to `to` with its escapes of `kind` undone. */
  unescaped(kind: EscapeKind, from: number, to: number): void {
    const text = this.text;
    const mark = kind === 'string' ? '\\' : '%';
    let cursor = from;
    this.points.add(this.length, cursor);
    for (let i = text.indexOf(mark, cursor); i !== -1 && i < to; ) {
      const escape = kind === 'string' ? stringEscapeAt(text, i) : percentEscapeRead(text, i);
      if (escape === -1) {
        // Not an escape: both characters as they are (`\U` in `C:\Users`), or a `%` alone.
        i = text.indexOf(mark, i + (text.charCodeAt(i) === BACKSLASH ? 2 : 1));
        continue;
      }
      this.copy(cursor, i);
      this.points.add(this.length, i);
      this.char(escape >> 3);
      cursor = i + (escape & 7);
      this.points.add(this.length, cursor);
      i = text.indexOf(mark, cursor);
    }
    this.copy(cursor, to);
  }

  /** A line break standing for the character at `at` (a string's quote read as a line's bound). */
  lineBreakFor(at: number): void {
    this.points.add(this.length, at);
    this.char(10);
  }

  /** A line break after a region read apart, standing for its end `at`: spans found in it end there. */
  endRegion(at: number): void {
    this.ends.push(this.length);
    this.lineBreakFor(at);
  }

  done(): UnescapedView {
    this.flush();
    const points = this.points;
    return { text: this.parts.join(''), place: (at) => points.place(at), ends: this.ends };
  }

  private copy(from: number, to: number): void {
    if (to - from >= 32) {
      this.flush();
      this.parts.push(this.text.slice(from, to));
    } else {
      if (this.used + (to - from) > this.buffer.length) this.flush();
      for (let k = from; k < to; k++) this.buffer[this.used++] = this.text.charCodeAt(k);
    }
    this.length += Math.max(0, to - from);
  }

  private char(c: number): void {
    if (this.used === this.buffer.length) this.flush();
    this.buffer[this.used++] = c;
    this.length++;
  }

  private flush(): void {
    if (this.used === 0) return;
    this.parts.push(utf16.decode(this.buffer.subarray(0, this.used)));
    this.used = 0;
  }
}

// Code units in, the same code units out, three times faster than String.fromCharCode.apply (a lone
// surrogate becomes U+FFFD: one unit for one, places hold).
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Places in the view where its way back jumps, rising; between two, both advance together. */
class Breakpoints {
  private views = new Int32Array(64);
  private texts = new Int32Array(64);
  private size = 0;

  add(view: number, text: number): void {
    if (this.size > 0 && this.views[this.size - 1] === view) this.size--;
    if (this.size === this.views.length) {
      const views = new Int32Array(this.size * 2);
      const texts = new Int32Array(this.size * 2);
      views.set(this.views);
      texts.set(this.texts);
      this.views = views;
      this.texts = texts;
    }
    this.views[this.size] = view;
    this.texts[this.size++] = text;
  }

  // Spans are mapped back in rising order, so the breakpoint asked last is the first place to look.
  private last = 0;

  place(view: number): number {
    let k = this.last;
    if (this.views[k]! <= view) {
      for (let steps = 0; steps < 8 && k + 1 < this.size && this.views[k + 1]! <= view; steps++) k++;
      if (k + 1 >= this.size || this.views[k + 1]! > view) return this.at((this.last = k), view);
    }
    let low = 0;
    let high = this.size - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.views[mid]! <= view) low = mid;
      else high = mid - 1;
    }
    return this.at((this.last = low), view);
  }

  private at(k: number, view: number): number {
    return this.texts[k]! + (view - this.views[k]!);
  }
}
