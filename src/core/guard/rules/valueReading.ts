// One reading of a value for the facts the assignment rule's value test (secretValue.ts) asks of it:
// which expressions its characters allow (a CharPrefilter's answer), and what adjacent characters
// show (a digit before a lower-case letter, a case change, a doubled mask character, a key word's
// first two letters). A dense file has a value every few characters, and each test read the same
// dozen characters again (a loop, a regex, the key-word scan): from one reading the tests those
// facts answer are not asked.
import type { CharNeeds } from '../charPrefilter';
import { keyWords } from './keyWordScan';

/** A digit right before a lower-case letter (`7b`): valueNames.ts's `digitBeforeLower`. */
export const DIGIT_LOWER = 1;
/** A lower-case letter right before an upper-case one: /[a-z][A-Z]/. */
export const LOWER_UPPER = 2;
/** Two upper-case letters side by side. */
export const UPPER_UPPER = 4;
/** The first two letters of a key word, either case (`pa`, `Se`, `kE`): keyWordScan.ts's scan can find none without. */
export const KEY_START = 8;
/** A mask's doubled character (xx or XX either case, ** .. __ 00 ## ••) or a `…`: `mayStandIn`'s reading of a value's inside. */
export const DOUBLED_MASK = 16;
/** An upper-case letter. */
export const UPPER = 32;
/** A character that is no ASCII letter. */
export const NOT_LETTER = 64;
/**
 * A character no name of words holds: none of ASCII's letters and digits, `_`, `$`, `.`, `:`, `-` or the blank (`=`, `/`,
 * `+`, a quote, a bracket, beyond ASCII). Every reading of a value as a name (ownKeyWords.ts's WORDS, valueNames.ts's
 * IDENTIFIER, SNAKE_NAME and NAMESPACED_NAME) matches only those characters.
 */
export const NOT_NAME_CHAR = 128;
/** A character no message holds: none of ASCII's letters, the blank, `,` `.` `'` `?` `!` `:` `-` (proseValue.ts's PROSE and PHRASE). */
export const NOT_PROSE_CHAR = 256;

const ELLIPSIS = 0x2026;
const BULLET = 0x2022;

// The marks besides ASCII's letters (and a name's digits) that NOT_NAME_CHAR and NOT_PROSE_CHAR allow.
const NAME_MARKS = '_$.:- ';
const PROSE_MARKS = " ,.'?!:-";

/** Per ASCII pair (previous << 7 | character), the facts above it shows; the first character is read after NUL, which shows none. */
const KEY_STARTS = new Set(keyWords.map((word) => word.slice(0, 2)));
const PAIRS = Uint16Array.from({ length: 128 * 128 }, (_, k) => pairFacts(k >> 7, k & 127));

function pairFacts(a: number, c: number): number {
  const upper = (x: number): boolean => x >= 65 && x <= 90;
  const lower = (x: number): boolean => x >= 97 && x <= 122;
  const digit = (x: number): boolean => x >= 48 && x <= 57;
  let facts = upper(c) ? UPPER : lower(c) ? 0 : NOT_LETTER;
  if (!upper(c) && !lower(c) && !digit(c) && !NAME_MARKS.includes(String.fromCharCode(c))) facts |= NOT_NAME_CHAR;
  if (!upper(c) && !lower(c) && !PROSE_MARKS.includes(String.fromCharCode(c))) facts |= NOT_PROSE_CHAR;
  if (digit(a) && lower(c)) facts |= DIGIT_LOWER;
  if (lower(a) && upper(c)) facts |= LOWER_UPPER;
  if (upper(a) && upper(c)) facts |= UPPER_UPPER;
  // (`| 0x20` folds A-Z onto a-z, as the key-word scan does, and no other character onto a letter.)
  if ((upper(a) || lower(a)) && (upper(c) || lower(c)) && KEY_STARTS.has(String.fromCharCode(a | 0x20, c | 0x20))) facts |= KEY_START;
  if (((a | 32) === 120 && (c | 32) === 120) || (a === c && (c === 42 || c === 46 || c === 95 || c === 48 || c === 35))) facts |= DOUBLED_MASK;
  return facts;
}

export class ValueReading {
  private readonly ascii = new Uint32Array(128);
  private readonly wide = new Map<number, number>();
  /** Bit i: the value holds a character `expressions[i]` needs (what `CharPrefilter.mayMatch` answers). */
  chars = 0;
  /** The facts above that the value's characters and their pairs show. */
  pairs = 0;

  /** As a CharPrefilter of these expressions (at most 32). */
  constructor(expressions: readonly CharNeeds[]) {
    if (expressions.length > 32) throw new Error('a ValueReading holds at most 32 expressions');
    expressions.forEach(({ needs }, i) => {
      for (let k = 0; k < needs.length; k++) {
        const c = needs.charCodeAt(k);
        if (c < 128) this.ascii[c]! |= 1 << i;
        else this.wide.set(c, (this.wide.get(c) ?? 0) | (1 << i));
      }
    });
  }

  /** Reads `v` once, setting `chars` and `pairs`. */
  read(v: string): this {
    const { ascii, wide } = this;
    let chars = 0;
    let pairs = 0;
    let previous = 0;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c < 128) {
        chars |= ascii[c]!;
        pairs |= PAIRS[(previous << 7) | c]!;
        previous = c;
      } else {
        chars |= wide.get(c) ?? 0;
        pairs |= NOT_LETTER | NOT_NAME_CHAR | NOT_PROSE_CHAR;
        if (c === ELLIPSIS || (c === BULLET && v.charCodeAt(i - 1) === BULLET)) pairs |= DOUBLED_MASK;
        // (No pair with a character beyond ASCII shows a fact but the bullet's, read above.)
        previous = 0;
      }
    }
    this.chars = chars;
    this.pairs = pairs;
    return this;
  }

  /**
   * What `mayStandIn` (secretRule.ts) answers for the value read: a bracket or `&` first, `>` last, or a
   * doubled mask character or `…`.
   */
  mayStandIn(v: string): boolean {
    const first = v.charCodeAt(0);
    return (this.pairs & DOUBLED_MASK) !== 0 || first === 60 || first === 91 || first === 123 || first === 40 || first === 38 || v.charCodeAt(v.length - 1) === 62;
  }
}
