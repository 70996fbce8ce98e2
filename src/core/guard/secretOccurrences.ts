// Where each of a few found secrets occurs again in a text (pasted twice, in a log line). Read
// with one `indexOf` loop per secret, a MB of `key: <random>` lines (64 different secrets, the
// most the redactor looks for) was read 64 times: a fifth of its cost. With more than a few
// secrets the text is read once instead, each place tried against the secrets whose first two
// characters it holds; either way each secret's occurrences are those its `indexOf` loop finds
// (leftmost, each past the last one's end), in the same order per secret.

/** At or below this many secrets, one `indexOf` loop each (the engine's skipping search) reads less than one pass. */
const FEW = 4;
const BUCKETS = 1 << 16;

/**
 * Calls `visit(k, at)` for every occurrence `at` of `secrets[k]` (each at least 2 characters), the
 * occurrences of one secret apart and left to right, as `for (at = text.indexOf(s); at !== -1;
 * at = text.indexOf(s, at + s.length))` finds them. Secrets are visited one after another when
 * they are few, else interleaved in the text's order.
 */
export function forEachOccurrence(text: string, secrets: readonly string[], visit: (k: number, at: number) => void): void {
  if (secrets.length <= FEW) {
    secrets.forEach((secret, k) => {
      for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + secret.length)) visit(k, at);
    });
    return;
  }
  // Secrets chained by the bucket of their first two characters.
  const first = new Int32Array(BUCKETS).fill(-1);
  const next = new Int32Array(secrets.length);
  const freeFrom = new Int32Array(secrets.length);
  let shortest = Infinity;
  for (let k = secrets.length - 1; k >= 0; k--) {
    const secret = secrets[k]!;
    const b = bucket(secret.charCodeAt(0), secret.charCodeAt(1));
    next[k] = first[b]!;
    first[b] = k;
    shortest = Math.min(shortest, secret.length);
  }
  const last = text.length - shortest;
  let c1 = text.charCodeAt(0);
  for (let at = 0; at <= last; at++) {
    const c0 = c1;
    c1 = text.charCodeAt(at + 1);
    for (let k = first[bucket(c0, c1)]!; k !== -1; k = next[k]!) {
      const secret = secrets[k]!;
      if (at >= freeFrom[k]! && startsAt(text, at, secret)) {
        visit(k, at);
        freeFrom[k] = at + secret.length;
      }
    }
  }
}

function bucket(c0: number, c1: number): number {
  return (c0 * 33 + c1) & (BUCKETS - 1);
}

/** `text.startsWith(s, at)`, read by hand: a call into the builtin per candidate cost more than the few characters. */
export function startsAt(text: string, at: number, s: string): boolean {
  if (at + s.length > text.length) return false;
  for (let i = 0; i < s.length; i++) if (text.charCodeAt(at + i) !== s.charCodeAt(i)) return false;
  return true;
}
