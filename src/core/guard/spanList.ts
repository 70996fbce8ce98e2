// The spans of secrets found in a text, three numbers each (kind, start, end) packed in one typed
// array. A dense env file has a secret every dozen characters: as one small object each, tens of
// thousands of them kept alive (stored into an array the collector has already moved to the old
// generation) cost the garbage collector more than finding them did. Objects are made only for
// callers that ask for them (tests, scoring).
import type { SecretSpan } from './secretRule';

const kindIds = new Map<string, number>();
const kindNames: string[] = [];

/** The number that stands for a kind of secret in a SpanList (rules ask once, when they are made). */
export function spanKind(name: string): number {
  let id = kindIds.get(name);
  if (id === undefined) {
    id = kindNames.length;
    kindNames.push(name);
    kindIds.set(name, id);
  }
  return id;
}

export function kindName(kind: number): string {
  return kindNames[kind]!;
}

export class SpanList {
  private data: Int32Array;
  private size = 0;
  // Whether the spans are in order (by start, longer first) and apart, kept as they are pushed:
  // merged() asks before each catch-all rule and at the end, and reading 143,000 spans of a MB of
  // `pw=abc⏎` twice a time for it was 2.5% of that input's samples.
  private ordered = true;
  private separate = true;

  /**
   * `expected`: how many spans the list may come to hold (a text's length over the fewest
   * characters a dense file spends on a secret). Past its first `capacity` it grows to that at
   * once: doubling from 16, a file with a secret on every line copied its spans a dozen times,
   * each time into memory the process had never touched (its cost the kernel's page faults).
   */
  constructor(capacity = 16, private readonly expected = 0) {
    this.data = new Int32Array(Math.max(capacity, 4) * 3);
  }

  get length(): number {
    return this.size;
  }

  push(kind: number, start: number, end: number): void {
    if ((this.size + 1) * 3 > this.data.length) {
      const grown = new Int32Array(Math.max(this.data.length * 2, this.expected * 3));
      grown.set(this.data);
      this.data = grown;
    }
    const at = this.size * 3;
    if (this.size > 0) this.follow(this.data[at - 2]!, this.data[at - 1]!, start, end);
    this.data[at] = kind;
    this.data[at + 1] = start;
    this.data[at + 2] = end;
    this.size++;
  }

  kind(i: number): number {
    return this.data[i * 3]!;
  }

  start(i: number): number {
    return this.data[i * 3 + 1]!;
  }

  end(i: number): number {
    return this.data[i * 3 + 2]!;
  }

  /**
   * Sorted by start and non-overlapping: an overlap joins the earlier span (keeping its kind), and
   * of two spans that start together the longer one comes first. Spans pushed in order (one rule,
   * or rules that found nothing side by side) are not sorted again, and a list already sorted and
   * apart is its own answer.
   */
  merged(): SpanList {
    if (this.ordered && this.separate) return this;
    const order = this.ordered ? undefined : this.sortedOrder();
    const out = new SpanList(this.size);
    for (let k = 0; k < this.size; k++) {
      const i = order === undefined ? k : order[k]!;
      out.join(this.kind(i), this.start(i), this.end(i));
    }
    return out;
  }

  /** Appends a span that sorts after every span here, joined to the last one where it overlaps it (keeping the last one's kind). */
  private join(kind: number, start: number, end: number): void {
    const last = this.size - 1;
    if (last >= 0 && start < this.end(last)) {
      // (Joined to the last span, the list stays in order and apart: the spans come sorted, so none before it starts as late.)
      if (end > this.end(last)) this.data[last * 3 + 2] = end;
    } else {
      this.push(kind, start, end);
    }
  }

  /** This list without the spans `drop` answers true for; the same list when it drops none. */
  without(drop: (start: number, end: number) => boolean): SpanList {
    let kept: SpanList | undefined;
    for (let i = 0; i < this.size; i++) {
      const dropped = drop(this.start(i), this.end(i));
      if (dropped && kept === undefined) {
        kept = new SpanList(this.size);
        for (let j = 0; j < i; j++) kept.push(this.kind(j), this.start(j), this.end(j));
      } else if (!dropped && kept !== undefined) {
        kept.push(this.kind(i), this.start(i), this.end(i));
      }
    }
    return kept ?? this;
  }

  /**
   * `this.concat(other).merged()`, without sorting the whole: each list put in order (a list pushed in order is its own)
   * and the two merged side by side, this list's span first where neither precedes the other, as the stable sort of
   * the concatenation puts it. A text whose found secrets each occur again as often as they were found (a file of many
   * keys, each value given twice) adds as many spans as it found: sorted whole, the concatenation was read three times.
   */
  mergedWith(other: SpanList): SpanList {
    const a = this.ordered ? undefined : this.sortedOrder();
    const b = other.ordered ? undefined : other.sortedOrder();
    const out = new SpanList(this.size + other.size);
    let i = 0;
    let j = 0;
    while (i < this.size || j < other.size) {
      const x = a === undefined ? i : a[i]!;
      const y = b === undefined ? j : b[j]!;
      // (The other list's span goes first only if it strictly precedes: start earlier, or as early and end later.)
      const fromOther = i >= this.size || (j < other.size && (other.start(y) < this.start(x) || (other.start(y) === this.start(x) && other.end(y) > this.end(x))));
      if (fromOther) {
        out.join(other.kind(y), other.start(y), other.end(y));
        j++;
      } else {
        out.join(this.kind(x), this.start(x), this.end(x));
        i++;
      }
    }
    return out;
  }

  /** This list followed by `other`'s spans. */
  concat(other: SpanList): SpanList {
    const out = new SpanList(this.size + other.size);
    out.data.set(this.data.subarray(0, this.size * 3));
    out.data.set(other.data.subarray(0, other.size * 3), this.size * 3);
    out.size = this.size + other.size;
    out.ordered = this.ordered && other.ordered;
    out.separate = this.separate && other.separate;
    if (this.size > 0 && other.size > 0) out.follow(this.start(this.size - 1), this.end(this.size - 1), other.start(0), other.end(0));
    return out;
  }

  /**
   * Whether one span now in the list holds start..end (start < end). A span pushed after its
   * holder changes nothing merged() returns: it sorts after the holder and inside its group. So a
   * rule need not judge what an earlier rule already redacted.
   */
  holder(): (start: number, end: number) => boolean {
    const n = this.size;
    const order = this.ordered ? undefined : this.sortedOrder();
    const starts = new Int32Array(n);
    // The furthest end of the spans up to each one, in order of their starts.
    const reach = new Int32Array(n);
    let furthest = -1;
    for (let k = 0; k < n; k++) {
      const i = order === undefined ? k : order[k]!;
      starts[k] = this.start(i);
      reach[k] = furthest = Math.max(furthest, this.end(i));
    }
    // (A rule asks in the order it scans, so the answer is mostly the last one or the next: those two are looked at
    // before the search. On a MB where every line is a span, 90,909 searches of 17 steps were ~4% of the redaction.)
    let last = 0;
    return (start, end) => {
      // Past the last span that starts at or before `start`.
      let lo: number;
      if (last < n && starts[last]! <= start) lo = last + 1 === n || starts[last + 1]! > start ? last + 1 : upperBound(starts, start);
      else lo = last === 0 || starts[last - 1]! <= start ? last : upperBound(starts, start);
      last = lo;
      return lo > 0 && reach[lo - 1]! >= end;
    };
  }

  toSpans(): SecretSpan[] {
    const spans: SecretSpan[] = [];
    for (let i = 0; i < this.size; i++) spans.push({ kind: kindName(this.kind(i)), start: this.start(i), end: this.end(i) });
    return spans;
  }

  /** A span (start, end) placed right after one (lastStart, lastEnd): out of order when it sorts before it, not apart when it starts before it ends. */
  private follow(lastStart: number, lastEnd: number, start: number, end: number): void {
    if (lastStart > start || (lastStart === start && lastEnd < end)) this.ordered = false;
    if (start < lastEnd) this.separate = false;
  }

  /**
   * Indices by start, longer first, then in the order pushed (stable). Each rule pushes its spans
   * in order, so the list is a few sorted runs back to back: merging neighbouring runs until one
   * is left costs a pass per halving of their number, not a comparison callback per pair.
   */
  private sortedOrder(): Uint32Array {
    const n = this.size;
    let order = new Uint32Array(n);
    let spare = new Uint32Array(n);
    let runs: number[] = [0];
    for (let i = 0; i < n; i++) {
      order[i] = i;
      if (i > 0 && this.precedes(i, i - 1)) runs.push(i);
    }
    runs.push(n);
    while (runs.length > 2) {
      const merged: number[] = [0];
      for (let r = 0; r + 1 < runs.length; r += 2) {
        const lo = runs[r]!;
        const mid = runs[r + 1]!;
        const hi = r + 2 < runs.length ? runs[r + 2]! : mid;
        let a = lo;
        let b = mid;
        for (let k = lo; k < hi; k++) {
          // The right run's span goes first only if it strictly precedes: ties keep the order pushed.
          spare[k] = b < hi && (a >= mid || this.precedes(order[b]!, order[a]!)) ? order[b++]! : order[a++]!;
        }
        merged.push(hi);
      }
      [order, spare] = [spare, order];
      runs = merged;
    }
    return order;
  }

  /** Whether span i sorts strictly before span j: it starts earlier, or as early and ends later. */
  private precedes(i: number, j: number): boolean {
    const si = this.start(i);
    const sj = this.start(j);
    return si < sj || (si === sj && this.end(i) > this.end(j));
  }
}

/** How many of the rising `starts` are at or before `at`. */
function upperBound(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
