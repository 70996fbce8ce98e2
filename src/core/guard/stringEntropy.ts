// Shannon entropy and character-class churn: random keys score high on both, while identifiers,
// words and paths score low on at least one.

/** Bits per character of the string's own character distribution. */
export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Share of adjacent pairs that switch between lower case, upper case and digits. */
export function classSwitchRate(text: string): number {
  let switches = 0;
  let pairs = 0;
  let previous = '';
  for (const ch of text) {
    const cls = /[a-z]/.test(ch) ? 'l' : /[A-Z]/.test(ch) ? 'u' : /[0-9]/.test(ch) ? 'd' : 's';
    if (previous) {
      pairs++;
      if (cls !== previous) switches++;
    }
    previous = cls;
  }
  return pairs === 0 ? 0 : switches / pairs;
}

/** Share of characters that sit in lower-case runs of 3 or more (words, camelCase parts). */
export function wordiness(text: string): number {
  let inWords = 0;
  for (const run of text.match(/[a-z]{3,}/g) ?? []) inWords += run.length;
  return text.length === 0 ? 0 : inWords / text.length;
}
