// Which secret rules a text needs, in one pass over it: every rule's keywords go into one
// Aho-Corasick automaton (as gitleaks and trufflehog prefilter), so the cost is one table step
// per character however many rules and keywords there are, instead of one search of the whole
// text per keyword. Keywords are lower-case ASCII; the text's ASCII letters are folded to match.
// The table has a column per character the keywords hold (every other character leads to the
// start from any state) and reads an upper-case letter in its lower-case letter's column: the
// table is a third of a full ASCII one's size, so more of it stays in the cache when random text
// walks it, and there is no test of case per character (random text switches case at random, and
// a branch on it was mispredicted about one character in three).

const ALPHABET = 128;
/** The most occurrences of a located group's keywords recorded; past them its rule reads the whole text. */
const NEAR_MOST = 1024;

export class KeywordPrefilter {
  /** Transition table: state * width + column → next state (a full automaton, no failure walks); 16 bits a state where they fit. */
  private readonly next: Uint16Array | Int32Array;
  /** Per ASCII character, its column (0: a character no keyword holds). */
  private readonly column = new Uint8Array(ALPHABET);
  private readonly width: number;
  /** Per state, the groups whose keyword ends there (or at a suffix of it); empty for most. */
  private readonly hits: (readonly number[])[];
  /** Per state, 1 when it has hits: the one load per character of the scan. */
  private readonly hasHits: Uint8Array;
  private readonly alwaysOn: readonly number[];
  /** Per group, 1 when `needed` is to record where its keywords occur (`located`). */
  private readonly locatedGroup: Uint8Array;
  /** Per state, 1 when a located group's keyword ends there: such a state is looked up every time it is reached. */
  private readonly locating: Uint8Array;

  /**
   * `groups[i]` are the keywords of group i; a group without keywords is always needed. A group
   * `located[i]` has the ends of its keywords' occurrences recorded by `needed` (a rule that looks
   * only on their lines): a keyword found inside random values spares that rule its pass over the text.
   * With `blankRuns`, a keyword's blank (space or tab) is read as any run of spaces and tabs, as a shell,
   * CMake or a language's lexer reads the blanks between words: `net use` is found in `net<TAB>use` and
   * `net  use`, which a rule's `net[ \t]+use` matches (the redactor's prefilter; a keyword's place is then
   * where it ends, not its length before that).
   */
  constructor(
    private readonly groups: readonly (readonly string[])[],
    located: readonly boolean[] = [],
    blankRuns = false,
  ) {
    const children: Map<number, number>[] = [new Map()];
    const ends: Set<number>[] = [new Set()];
    /** The states a blank leads to (with `blankRuns`): a further blank stays there. */
    const afterBlank: number[] = [];
    const read = groups.map((keywords) => keywords.map((keyword) => (blankRuns ? keyword.replace(/[ \t]+/g, ' ') : keyword)));
    read.forEach((keywords, group) => {
      for (const keyword of keywords) {
        if (keyword === '' || !/^[\x00-\x40\x5b-\x7f]+$/.test(keyword)) throw new Error(`keyword ${JSON.stringify(keyword)} is not lower-case ASCII`);
        let state = 0;
        for (let i = 0; i < keyword.length; i++) {
          const c = keyword.charCodeAt(i);
          let child = children[state]!.get(c);
          if (child === undefined) {
            child = children.length;
            children.push(new Map());
            ends.push(new Set());
            children[state]!.set(c, child);
            if (blankRuns && c === 32) afterBlank.push(child);
          }
          state = child;
        }
        ends[state]!.add(group);
      }
    });
    // Column 0 is every character no keyword holds; an upper-case letter shares its lower-case letter's.
    const charOf = [-1];
    for (const keywords of read) {
      for (const keyword of keywords) {
        for (let i = 0; i < keyword.length; i++) {
          const c = keyword.charCodeAt(i);
          if (this.column[c] === 0) this.column[c] = charOf.push(c) - 1;
        }
      }
    }
    for (let c = 65; c <= 90; c++) this.column[c] = this.column[c + 32]!;
    if (blankRuns) this.column[9] = this.column[32]!;
    const width = (this.width = charOf.length);
    // Breadth first: a state's failure state is shallower, so its row and hits are complete.
    const next = children.length <= 0x10000 ? new Uint16Array(children.length * width) : new Int32Array(children.length * width);
    const fail = new Int32Array(children.length);
    const queue: number[] = [];
    for (let k = 0; k < width; k++) {
      const child = children[0]!.get(charOf[k]!);
      if (child !== undefined) queue.push(child);
      next[k] = child ?? 0;
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      for (const group of ends[fail[state]!]!) ends[state]!.add(group);
      for (let k = 0; k < width; k++) {
        const child = children[state]!.get(charOf[k]!);
        if (child === undefined) {
          next[state * width + k] = next[fail[state]! * width + k]!;
        } else {
          fail[child] = next[fail[state]! * width + k]!;
          next[state * width + k] = child;
          queue.push(child);
        }
      }
    }
    // (No keyword holds two blanks in a row, so a blank's state has no blank child: it keeps the run.)
    for (const state of afterBlank) next[state * width + this.column[32]!] = state;
    this.next = next;
    this.hits = ends.map((s) => [...s]);
    this.hasHits = Uint8Array.from(ends, (s) => (s.size > 0 ? 1 : 0));
    this.alwaysOn = groups.flatMap((keywords, group) => (keywords.length === 0 ? [group] : []));
    this.locatedGroup = Uint8Array.from(groups, (keywords, group) => (located[group] === true && keywords.length > 0 ? 1 : 0));
    this.locating = Uint8Array.from(this.hits, (groupsHere) => (groupsHere.some((group) => this.locatedGroup[group] === 1) ? 1 : 0));
  }

  /**
   * Calls `visit` with the end (exclusive) of every keyword occurrence in the text, any group, in
   * rising order, and the groups whose keywords end there: one pass, for a rule that looks near each
   * of many keywords (a vendor's name) and judges by the kind of keyword (a name that is also a word).
   */
  forEachHit(text: string, visit: (end: number, groups: readonly number[]) => void): void {
    const { next, hasHits, hits, column, width } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        state = 0;
        continue;
      }
      state = next[state * width + column[c]!]!;
      if (hasHits[state] !== 0) visit(i + 1, hits[state]!);
    }
  }

  /**
   * For each group, whether the text holds one of its keywords (ASCII case-insensitively). Given
   * `near`, it sets `near[group]` for each located group the text holds: the ends of its keywords'
   * occurrences in rising order, or null past `NEAR_MOST` of them (the group's rule reads the whole text).
   */
  needed(text: string, near?: (number[] | null | undefined)[]): boolean[] {
    const needed = new Array<boolean>(this.groups.length).fill(false);
    for (const group of this.alwaysOn) needed[group] = true;
    let missing = this.groups.length - this.alwaysOn.length;
    const { next, hits, column, width, locatedGroup } = this;
    // A state's groups are marked the first time it is reached: a keyword every line (`:`) is looked up once.
    // (A located group's states every time, to record where; when recording, the scan reads to the end.)
    const unmarked = this.hasHits.slice();
    const { locating } = this;
    const toEnd = near !== undefined && locatedGroup.includes(1);
    let state = 0;
    for (let i = 0; i < text.length && (missing > 0 || toEnd); i++) {
      const c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        state = 0; // no keyword holds a non-ASCII character
        continue;
      }
      state = next[state * width + column[c]!]!;
      if (unmarked[state] === 0) continue;
      if (locating[state] === 0 || !near) {
        unmarked[state] = 0;
      } else {
        let recording = false;
        for (const group of hits[state]!) {
          if (locatedGroup[group] === 0) continue;
          const ends = needed[group] ? near[group] : (near[group] = []);
          if (ends && ends.length < NEAR_MOST) {
            ends.push(i + 1);
            recording = true;
          } else near[group] = null;
        }
        // (Every located group here past its most, a keyword on every line (`pat`) is looked up no more.)
        if (!recording) unmarked[state] = 0;
      }
      for (const group of hits[state]!) {
        if (!needed[group]) {
          needed[group] = true;
          missing--;
        }
      }
    }
    return needed;
  }
}
