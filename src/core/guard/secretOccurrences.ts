// Where each of a few found secrets occurs again in a text (pasted twice, in a log line). Read
// with one `indexOf` loop per secret, a MB of `key: <random>` lines (64 different secrets, the
// most the redactor looks for) was read 64 times: a fifth of its cost. With more than a few
// secrets the text is read once instead, each place tried only where the two characters a window ends in
// may end a secret's first few (Wu–Manber); either way each secret's occurrences are those its `indexOf` loop finds
// (leftmost, each past the last one's end), in the same order per secret.
import type { SpanList } from './spanList';

/** At or below this many secrets, one `indexOf` loop each (the engine's skipping search) reads less than one pass. */
const FEW = 4;
const BUCKETS = 1 << 16;
/** The longest window judged by its last two characters: a longer one holds more secrets' pairs, and moves less often. */
const WINDOW = 8;

/** Spans already found (sorted and apart), and the secrets whose occurrences inside one are visited anyway. */
export interface Covered {
  readonly spans: SpanList;
  readonly visitHeld: readonly boolean[];
}

/**
 * Calls `visit(k, at)` for every occurrence `at` of `secrets[k]` (each at least 2 characters), the
 * occurrences of one secret apart and left to right, as `for (at = text.indexOf(s); at !== -1;
 * at = text.indexOf(s, at + s.length))` finds them. Secrets are visited one after another when
 * they are few, else interleaved in the text's order. With `covered`, an occurrence one of its spans
 * holds whole is left unvisited (unless `visitHeld[k]`): where the text is made of a few secrets
 * found again and again, half the occurrences are such, each read again only to be passed over.
 */
export function forEachOccurrence(text: string, secrets: readonly string[], visit: (k: number, at: number) => void, covered?: Covered): void {
  const spans = covered?.spans;
  // (Past the spans that start at or before the last place asked: the one before them is the only one that can hold it.)
  let i = 0;
  if (secrets.length <= FEW) {
    secrets.forEach((secret, k) => {
      const skipHeld = spans !== undefined && !covered!.visitHeld[k];
      i = 0;
      for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + secret.length)) {
        if (skipHeld) {
          while (i < spans.length && spans.start(i) <= at) i++;
          if (i > 0 && spans.end(i - 1) >= at + secret.length) continue;
        }
        visit(k, at);
      }
    });
    return;
  }
  // Read as Wu and Manber's search reads: a window as long as the shortest secret's first `m` characters
  // (at most WINDOW) is judged by the two characters at its end. Where no secret holds those two before its
  // m-th character, no secret starts in the window and it moves m - 1 on; else it moves as far as the nearest
  // place any secret holds them allows, and where that is 0 the secrets whose m-th character ends them are tried.
  // (A MB of `key: <random>` lines with 64 secrets is then judged at a window every six or seven characters, not at every one.)
  let shortest = Infinity;
  for (const secret of secrets) shortest = Math.min(shortest, secret.length);
  // Secrets that open alike (keys in one container's encoding: `MC4CAQAwBQYDK2VwBCIEI…`, every line of a file of
  // them) are judged by the window past what they share: at their shared opening, every place of the text where
  // one stands was a candidate for each secret (a MB of such keys, 39 secrets: 180 ms).
  const shared = sharedOpening(secrets, shortest - 2);
  const m = Math.min(shortest - shared, WINDOW);
  const shift = new Uint8Array(BUCKETS).fill(m - 1);
  // Secrets chained (rising k) by the bucket of their (m-1)-th and m-th characters past the shared opening.
  const first = new Int32Array(BUCKETS).fill(-1);
  const next = new Int32Array(secrets.length);
  const freeFrom = new Int32Array(secrets.length);
  // A held occurrence is passed over unread only where reading it changes nothing: no visit asked, and no later
  // occurrence it would bar (an occurrence bars only those that overlap it, which a secret with a border has: `abcab`).
  const skipHeld = spans === undefined ? undefined : secrets.map((secret, k) => !covered!.visitHeld[k] && !hasBorder(secret));
  for (let k = secrets.length - 1; k >= 0; k--) {
    const secret = secrets[k]!;
    for (let j = 2; j <= m; j++) {
      const b = bucket(secret.charCodeAt(shared + j - 2), secret.charCodeAt(shared + j - 1));
      if (m - j < shift[b]!) shift[b] = m - j;
    }
    const b = bucket(secret.charCodeAt(shared + m - 2), secret.charCodeAt(shared + m - 1));
    next[k] = first[b]!;
    first[b] = k;
  }
  const last = text.length - shortest;
  const end = shared + m;
  for (let at = 0; at <= last; ) {
    const b = bucket(text.charCodeAt(at + end - 2), text.charCodeAt(at + end - 1));
    const skip = shift[b]!;
    if (skip !== 0) {
      at += skip;
      continue;
    }
    for (let k = first[b]!; k !== -1; k = next[k]!) {
      const secret = secrets[k]!;
      if (at < freeFrom[k]!) continue;
      if (skipHeld?.[k]) {
        while (i < spans!.length && spans!.start(i) <= at) i++;
        if (i > 0 && spans!.end(i - 1) >= at + secret.length) continue;
      }
      if (startsAt(text, at, secret)) {
        visit(k, at);
        freeFrom[k] = at + secret.length;
      }
    }
    at++;
  }
}

/** Whether the secret opens with what it ends with (`abcab`): only then can two of its occurrences overlap. */
function hasBorder(secret: string): boolean {
  for (let d = 1; d < secret.length; d++) if (secret.charCodeAt(d) === secret.charCodeAt(0) && secret.startsWith(secret.slice(d))) return true;
  return false;
}

/** How many characters every secret opens with alike, at most `most` (and none below 0). */
function sharedOpening(secrets: readonly string[], most: number): number {
  const one = secrets[0]!;
  let n = 0;
  for (; n < most; n++) {
    const c = one.charCodeAt(n);
    if (!secrets.every((secret) => secret.charCodeAt(n) === c)) break;
  }
  return n;
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
