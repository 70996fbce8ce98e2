// Which secret rules a text needs, in one pass over it: every rule's keywords go into one
// Aho-Corasick automaton (as gitleaks and trufflehog prefilter), so the cost is one table step
// per character however many rules and keywords there are, instead of one search of the whole
// text per keyword. Keywords are lower-case ASCII; the text's ASCII letters are folded to match. A keyword may hold
// characters past ASCII (a password's name in another script: `パスワード`, `пароль`): those characters, in either case,
// share one column, so such a keyword is found wherever its ASCII letters stand with any of those characters in its
// other places (a rule's own expression then reads the word itself); ASCII text walks the table as before.
// The table has a column per character the keywords hold (every other character leads to the
// start from any state) and reads an upper-case letter in its lower-case letter's column: the
// table is a third of a full ASCII one's size, so more of it stays in the cache when random text
// walks it, and there is no test of case per character (random text switches case at random, and
// a branch on it was mispredicted about one character in three).

const ALPHABET = 128;
/** The most occurrences of a located group's keywords recorded; past them its rule reads the whole text. */
const NEAR_MOST = 1024;
/** What `needed` does at a state: mark its groups needed (once), record ends for located groups, record starts for started ones. */
const MARK = 1;
const RECORD_ENDS = 2;
const RECORD_STARTS = 4;
const RECORD_HITS = 8;

/**
 * How a group's occurrences are recorded by `needed`: not (false), their ends up to `NEAR_MOST` (true), every
 * start, or every end with the longest of the group's keywords ending there (`'hits'`).
 */
export type Located = boolean | 'starts' | 'hits';

/** What `needed` hands a located group: its places, rising (a started group's in a typed array, the others' in an array). */
export type Places = readonly number[] | Int32Array<ArrayBufferLike>;

export class KeywordPrefilter {
  /** Transition table: (state << shift) + column → next state (a full automaton, no failure walks); 16 bits a state where they fit. */
  private readonly next: Uint16Array | Int32Array;
  /** Per ASCII character, its column (0: a character no keyword holds). */
  private readonly column = new Uint8Array(ALPHABET);
  /** Per character past ASCII, 1 for those the keywords hold (in either case), read in `wideColumn`; undefined for none. */
  private readonly wide: Uint8Array | undefined;
  private readonly wideColumn: number = 0;
  /** A row's columns are padded to 2^shift: the step per character shifts where it multiplied (the step is the scan's critical path). */
  private readonly shift: number;
  /** Per state, the groups whose keyword ends there (or at a suffix of it); empty for most. */
  private readonly hits: (readonly number[])[];
  private readonly alwaysOn: readonly number[];
  /** Per group, 1 when `needed` is to record where its keywords occur (`located`). */
  private readonly locatedGroup: Uint8Array;
  /** Per state, what the scan does there (`MARK`, `RECORD_ENDS`, `RECORD_STARTS` bits), without and with `near`: 0 for most. */
  private readonly lookPlain: Uint8Array;
  private readonly lookNear: Uint8Array;
  /** The started groups (all of one keyword list), and per state the length of their keyword ending there (0 for most). */
  private readonly startedGroups: readonly number[];
  private readonly startLength: Uint8Array;
  /** The hit group (-1 for none), and per state 1 + the index of the longest of its keywords ending there (0 for none). */
  private readonly hitGroup: number;
  private readonly hitKeyword: Uint16Array;

  /**
   * `groups[i]` are the keywords of group i; a group without keywords is always needed. A group
   * `located[i]` has the ends of its keywords' occurrences recorded by `needed` (a rule that looks
   * only on their lines): a keyword found inside random values spares that rule its pass over the text.
   * A group `located[i] === 'starts'` has the start of every occurrence of its keywords recorded, however
   * many (the assignment rule's key words, which its scan would otherwise seek in a pass of its own); none
   * of its keywords may hold another but at its start (`pw` in `pwd`), so starts come in the order ends do.
   * Several started groups must have one keyword list (the assignment rule's and high-entropy's gate's key
   * words): they are handed the one record.
   * One group `located[i] === 'hits'` has every end of its keywords' occurrences recorded, however many, each
   * with the index of the longest of its keywords ending there (vendor-keyed-token's names, whose own automaton
   * would otherwise walk the text again): the keywords ending there are that one's suffixes, so the index says which.
   * With `blankRuns`, a keyword's blank (space or tab) is read as any run of spaces and tabs, as a shell,
   * CMake or a language's lexer reads the blanks between words: `net use` is found in `net<TAB>use` and
   * `net  use`, which a rule's `net[ \t]+use` matches (the redactor's prefilter; a keyword's place is then
   * where it ends, not its length before that).
   */
  constructor(
    private readonly groups: readonly (readonly string[])[],
    located: readonly Located[] = [],
    blankRuns = false,
  ) {
    // (Built in typed arrays, not a `Map` of children and a `Set` of groups per state: this runs once, in a process's
    // first redaction, which a user waits on; ~10,000 states' maps and sets were most of its time and its garbage.)
    const read = groups.map((keywords) => keywords.map((keyword) => (blankRuns ? keyword.replace(/[ \t]+/g, ' ') : keyword)));
    // Column 0 is every character no keyword holds; an upper-case letter shares its lower-case letter's.
    let width = 1;
    let characters = 0;
    let wide: Uint8Array | undefined;
    for (const keywords of read) {
      for (const keyword of keywords) {
        if (keyword === '' || !/^[\x00-\x40\x5b-\x7f\u0080-\uffff]+$/.test(keyword)) throw new Error(`keyword ${JSON.stringify(keyword)} is not lower case`);
        characters += keyword.length;
        for (let i = 0; i < keyword.length; i++) {
          const c = keyword.charCodeAt(i);
          if (c >= ALPHABET) {
            if (this.wideColumn === 0) this.wideColumn = width++;
            wide ??= new Uint8Array(0x10000);
            for (const form of [keyword[i]!, keyword[i]!.toUpperCase(), keyword[i]!.toLowerCase()]) if (form.length === 1 && form.charCodeAt(0) >= ALPHABET) wide[form.charCodeAt(0)] = 1;
          } else if (this.column[c] === 0) this.column[c] = width++;
        }
      }
    }
    this.wide = wide;
    const columnOf = (c: number): number => (c < ALPHABET ? this.column[c]! : this.wideColumn);
    const shift = (this.shift = 32 - Math.clz32(width - 1));
    // The trie: per state its children in a list (first child, next sibling, the column reaching it; 0 ends a list, as
    // the start is no state's child), room for a state per character. (Most states have one child: the lists are short.)
    const firstChild = new Int32Array(characters + 1);
    const sibling = new Int32Array(characters + 1);
    const columnTo = new Int32Array(characters + 1);
    /** Per state, the groups whose keyword ends there (undefined for none). */
    const ends: (number[] | undefined)[] = [undefined];
    /** The states a blank leads to (with `blankRuns`): a further blank stays there. */
    const afterBlank: number[] = [];
    let states = 1;
    read.forEach((keywords, group) => {
      for (const keyword of keywords) {
        let state = 0;
        for (let i = 0; i < keyword.length; i++) {
          const c = keyword.charCodeAt(i);
          const k = columnOf(c);
          let child = firstChild[state]!;
          while (child !== 0 && columnTo[child] !== k) child = sibling[child]!;
          if (child === 0) {
            child = states++;
            columnTo[child] = k;
            sibling[child] = firstChild[state]!;
            firstChild[state] = child;
            ends.push(undefined);
            if (blankRuns && c === 32) afterBlank.push(child);
          }
          state = child;
        }
        const here = (ends[state] ??= []);
        if (!here.includes(group)) here.push(group);
      }
    });
    for (let c = 65; c <= 90; c++) this.column[c] = this.column[c + 32]!;
    if (blankRuns) this.column[9] = this.column[32]!;
    // Breadth first: a state's failure state is shallower, so its row and hits are complete. A state's row is its
    // failure state's (copied at once) with its own children written over it.
    const next = states <= 0x10000 ? new Uint16Array(states << shift) : new Int32Array(states << shift);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let child = firstChild[0]!; child !== 0; child = sibling[child]!) {
      next[columnTo[child]!] = child;
      queue.push(child);
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      const row = state << shift;
      const failRow = fail[state]! << shift;
      const inherited = ends[fail[state]!];
      if (inherited) {
        const here = (ends[state] ??= []);
        for (const group of inherited) if (!here.includes(group)) here.push(group);
      }
      next.copyWithin(row, failRow, failRow + width);
      for (let child = firstChild[state]!; child !== 0; child = sibling[child]!) {
        fail[child] = next[failRow + columnTo[child]!]!;
        next[row + columnTo[child]!] = child;
        queue.push(child);
      }
    }
    // (No keyword holds two blanks in a row, so a blank's state has no blank child: it keeps the run.)
    for (const state of afterBlank) next[(state << shift) + this.column[32]!] = state;
    this.next = next;
    const none: readonly number[] = [];
    this.hits = ends.map((groupsHere) => groupsHere ?? none);
    this.alwaysOn = groups.flatMap((keywords, group) => (keywords.length === 0 ? [group] : []));
    this.locatedGroup = Uint8Array.from(groups, (keywords, group) => (located[group] === true && keywords.length > 0 ? 1 : 0));
    // (A keyword's state, by its path from the start: a trie edge is the table's transition, kept by the walk above, and
    // a keyword takes no blank from a blank's state.)
    const stateOf = (keyword: string): number => {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) state = next[(state << shift) + columnOf(keyword.charCodeAt(i))]!;
      return state;
    };
    // (Per state, the length of the started group's keyword that ends there: its occurrence starts that far before its end.)
    const started = groups.flatMap((keywords, group) => (located[group] === 'starts' && keywords.length > 0 ? [group] : []));
    if (started.some((group) => read[group]!.length !== read[started[0]!]!.length || read[group]!.some((keyword, k) => keyword !== read[started[0]!]![k]))) throw new Error('more than one started group, of other keywords');
    this.startedGroups = started;
    const startLength = (this.startLength = new Uint8Array(states));
    for (const keyword of started.length > 0 ? read[started[0]!]! : []) {
      if (read[started[0]!]!.some((other) => other !== keyword && other.indexOf(keyword, 1) !== -1)) throw new Error(`keyword ${JSON.stringify(keyword)} stands inside another of its group`);
      if ((blankRuns && keyword.includes(' ')) || keyword.length > 255) throw new Error(`keyword ${JSON.stringify(keyword)} of a started group holds a blank or is too long: its start is not its end less its length`);
      startLength[stateOf(keyword)] = keyword.length;
    }
    // (A state whose path ends in a started keyword ends it too: its failure state's, set first in breadth-first order.
    // No keyword of the group ends another, so a state ends at most one.)
    for (const state of queue) if (startLength[state] === 0) startLength[state] = startLength[fail[state]!]!;
    // (Likewise the hit group's longest keyword: a state's own if it ends one, else its failure state's, the longest suffix.)
    const hit = groups.flatMap((keywords, group) => (located[group] === 'hits' && keywords.length > 0 ? [group] : []));
    if (hit.length > 1) throw new Error('more than one hit group');
    this.hitGroup = hit[0] ?? -1;
    const hitKeyword = (this.hitKeyword = new Uint16Array(states));
    const hitWords = hit.length > 0 ? read[hit[0]!]! : [];
    if (hitWords.length >= 0xffff) throw new Error('too many keywords in the hit group');
    hitWords.forEach((keyword, index) => {
      const state = stateOf(keyword);
      if (hitKeyword[state] === 0) hitKeyword[state] = index + 1;
    });
    for (const state of queue) if (hitKeyword[state] === 0) hitKeyword[state] = hitKeyword[fail[state]!]!;
    const lookPlain = (this.lookPlain = new Uint8Array(states));
    const lookNear = (this.lookNear = new Uint8Array(states));
    for (let state = 0; state < states; state++) {
      const groupsHere = this.hits[state]!;
      const mark = groupsHere.length > 0 ? MARK : 0;
      const locating = groupsHere.some((group) => this.locatedGroup[group] === 1);
      lookPlain[state] = mark;
      lookNear[state] = mark | (locating ? RECORD_ENDS : 0) | (startLength[state] !== 0 ? RECORD_STARTS : 0) | (hitKeyword[state] !== 0 ? RECORD_HITS : 0);
    }
  }

  /**
   * An empty `near` for `needed`, a slot a group. Made whole by Array.from, an array of the kind the scan's stores
   * leave it (`[]` or `new Array(n)` grow into it as stored to): an array made by a literal or `new Array` carries a
   * note of the kind its arrays grew into, and V8 makes the next ones of that kind from the start, so the array the
   * scan stored into changed kind between a text and the next, and the compiled scan, checking the kind it had
   * seen, was thrown away and compiled again in the third and fifth redaction of a process (README, twenty-seventh
   * round, guardspeed37).
   */
  nearSlots(): (Places | null | undefined)[] {
    return Array.from({ length: this.groups.length }, () => undefined);
  }

  /**
   * For each group, whether the text holds one of its keywords (ASCII case-insensitively). Given
   * `near`, it sets `near[group]` for each located group the text holds: the ends of its keywords'
   * occurrences in rising order, or null past `NEAR_MOST` of them (the group's rule reads the whole text);
   * for the started groups, the starts of all its keywords' occurrences in rising order, each place once; for the
   * hit group, every end of its keywords' occurrences in rising order, each followed by its longest keyword's index.
   */
  needed(text: string, near?: (Places | null | undefined)[]): boolean[] {
    // (Made whole by Array.from, not `new Array(n).fill(false)`: see nearSlots.)
    const needed = Array.from({ length: this.groups.length }, () => false);
    for (const group of this.alwaysOn) needed[group] = true;
    let missing = this.groups.length - this.alwaysOn.length;
    const { next, hits, column, wide, wideColumn, shift, locatedGroup, startLength, startedGroups, hitKeyword, hitGroup } = this;
    // A state's groups are marked the first time it is reached: a keyword every line (`:`) is looked up once.
    // (A located group's states every time, to record where, and a started group's; when recording, the scan reads to the end.)
    const look = (near ? this.lookNear : this.lookPlain).slice();
    const toEnd = near !== undefined && (locatedGroup.includes(1) || startedGroups.length > 0 || hitGroup !== -1);
    // (The starts in a typed array grown by doubling: a MB of keys, one every few characters, pushed into an array
    // spent ~17 ns a start, a fifth of the pass; stored into an Int32Array, ~4.)
    let starts = new Int32Array(STARTS_FIRST);
    let startCount = 0;
    const hitsFound: number[] = [];
    if (near && hitGroup !== -1) near[hitGroup] = hitsFound;
    let lastStart = -1;
    let state = 0;
    for (let i = 0; i < text.length && (missing > 0 || toEnd); i++) {
      const c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        // (Past ASCII the start, unless a keyword holds the character: ASCII text takes the one step it took before.)
        if (wide === undefined || wide[c] !== 1) {
          state = 0;
          continue;
        }
        state = next[(state << shift) + wideColumn]!;
      } else state = next[(state << shift) + column[c]!]!;
      const todo = look[state]!;
      if (todo === 0) continue;
      if ((todo & RECORD_STARTS) !== 0) {
        const start = i + 1 - startLength[state]!;
        // (`pw` and then `pwd` end apart but start at one place: recorded once.)
        if (start !== lastStart) {
          if (startCount === starts.length) starts = grown(starts);
          starts[startCount++] = lastStart = start;
        }
      }
      if ((todo & RECORD_HITS) !== 0) hitsFound.push(i + 1, hitKeyword[state]! - 1);
      if ((todo & RECORD_ENDS) !== 0) {
        let recording = false;
        for (const group of hits[state]!) {
          if (locatedGroup[group] === 0) continue;
          // (A located group's places are an array: only a started group's are typed.)
          const ends = (needed[group] ? near![group] : (near![group] = [])) as number[] | null | undefined;
          if (ends && ends.length < NEAR_MOST) {
            ends.push(i + 1);
            recording = true;
          } else near![group] = null;
        }
        // (Every located group here past its most, a keyword on every line (`pat`) is looked up no more for them.)
        if (!recording) look[state] = todo & ~RECORD_ENDS;
      }
      if ((todo & MARK) !== 0) {
        look[state] &= ~MARK;
        for (const group of hits[state]!) {
          if (!needed[group]) {
            needed[group] = true;
            missing--;
          }
        }
      }
    }
    if (near && startedGroups.length > 0) {
      const places = starts.subarray(0, startCount);
      for (const group of startedGroups) near[group] = places;
    }
    return needed;
  }
}

/** Room for the first starts recorded; doubled as they come. */
const STARTS_FIRST = 64;

function grown(places: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(places.length * 2);
  larger.set(places);
  return larger;
}
