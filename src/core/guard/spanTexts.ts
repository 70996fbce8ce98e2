// The distinct texts of a text's spans, each sliced once. A secret found again and again (a
// thousand pasted lines, or a few values by turns: `a="x" b="y" a="x" b="y"`) is found among them by
// its length and characters compared in place, so neither a slice nor a string's hash is paid per span.
import { startsAt } from './secretOccurrences';

const SLOTS = 1 << 9;
/** At most a quarter of the slots hold a text, so a probe meets an empty slot soon. */
const MAX_TEXTS = SLOTS >> 2;
/** Slots probed for a text before it is called new and left out: no input makes a look-up read more. */
const PROBES = 8;

export class SpanTexts {
  private readonly slots = new Int32Array(SLOTS).fill(-1);
  /** The texts met, in the order first met. */
  readonly texts: string[] = [];
  private last = -1;

  /**
   * The index in `texts` of text[start, end) (at least two characters), added if new; -1 when there is no
   * room for it, and once the memo is full but for a repeat of the text last met (the caller slices it as before).
   */
  indexOf(text: string, start: number, end: number): number {
    const length = end - start;
    // (The same as the last, the commonest case, is known without reading for its slot.)
    const last = this.last;
    if (last !== -1 && this.texts[last]!.length === length && startsAt(text, start, this.texts[last]!)) return last;
    return (this.last = this.lookUp(text, start, end));
  }

  private lookUp(text: string, start: number, end: number): number {
    // (Full, it is asked no more: a text of thousands of distinct spans pays no probes past its room.)
    if (this.texts.length === MAX_TEXTS) return -1;
    const length = end - start;
    let slot = slotOf(text, start, end);
    for (let probe = 0; probe < PROBES; probe++, slot = (slot + 1) & (SLOTS - 1)) {
      const k = this.slots[slot]!;
      if (k === -1) {
        this.slots[slot] = this.texts.length;
        return this.texts.push(text.slice(start, end)) - 1;
      }
      const known = this.texts[k]!;
      if (known.length === length && startsAt(text, start, known)) return k;
    }
    return -1;
  }
}

/** A slot by the length and five characters: the first two, the middle one and the last two. */
function slotOf(text: string, start: number, end: number): number {
  const length = end - start;
  let h = Math.imul(length, 31) + text.charCodeAt(start);
  h = Math.imul(h, 31) + text.charCodeAt(start + 1);
  h = Math.imul(h, 31) + text.charCodeAt(start + (length >> 1));
  h = Math.imul(h, 31) + text.charCodeAt(end - 2);
  h = Math.imul(h, 31) + text.charCodeAt(end - 1);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 23;
}
