// A set of lower-case ASCII words looked up in any case. Asked of every value a secret-named key
// is given (a dense env or YAML file has one every 16 characters): a value is lower-cased (a copy)
// and hashed only where one of the words has its first and last letter and its length, which
// most values have not.

export class FoldedWords {
  private readonly words: ReadonlySet<string>;
  /** Per first and last character (lower case), a bit for each length of a word that has them. */
  private readonly shapes = new Uint32Array(128 * 128);
  private readonly longest: number;

  constructor(words: readonly string[]) {
    for (const w of words) {
      if (!/^[\x00-\x40\x5b-\x7f]{1,31}$/.test(w)) throw new Error(`word ${JSON.stringify(w)} is not lower-case ASCII of 1 to 31 characters`);
      this.shapes[w.charCodeAt(0) * 128 + w.charCodeAt(w.length - 1)]! |= 1 << w.length;
    }
    this.words = new Set(words);
    this.longest = Math.max(0, ...words.map((w) => w.length));
  }

  /**
   * `v` lower-cased is one of the words. (Lower-casing never shortens a string, and keeps a value's
   * length but for `İ`, whose lower case holds a character beyond ASCII as no word does; beyond ASCII
   * only the Kelvin sign lower-cases to an ASCII letter, so a value whose first or last character
   * is beyond ASCII is looked up whole.)
   */
  has(v: string): boolean {
    if (v.length > this.longest || v.length === 0) return false;
    const first = v.charCodeAt(0);
    const last = v.charCodeAt(v.length - 1);
    if (first < 128 && last < 128 && (this.shapes[asciiLower(first) * 128 + asciiLower(last)]! & (1 << v.length)) === 0) return false;
    return this.words.has(v.toLowerCase());
  }
}

function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
