// The lead's placeholder policy for #11, applied to every rule's finds alike: a span that is wholly a
// counting sequence or other filler typed into the slot (`1234567890`, `abcd1234`, `a1b2c3…`,
// fillerValue.ts) or a word naming the slot (`password`, `secret`, `myPassword`) is no secret in any
// grammar. The secret-named assignment judged its values so already; a URL's password, a CLI flag's,
// a netrc line's or the high-entropy rule did not, so the same placeholder was left in one grammar
// and taken in another. Whole spans only: a span holding more than the placeholder stays. A vendor's
// token is judged by its vendor's format (`A3T0ABCDEFGHIJKLMNOP`, `NRAK-123456788ABCDEF…`): its
// prefix vouches for the body, and the policy leaves only a run of one letter after a prefix.
import { looksFiller } from './fillerValue';
import { vendorTokenRules } from './rules/vendorTokenRules';
import { SpanList, spanKind } from './spanList';

// Indexed by kind (small numbers, one per rule): asked only of a span already read as a placeholder.
const vendorKinds: boolean[] = [];
for (const rule of vendorTokenRules) vendorKinds[spanKind(rule.id)] = true;

// The slot's words, maybe after `my`/`your` (the issue's `myPassword`), lower-cased.
const SLOT_WORDS = ['password', 'passwd', 'pass', 'pwd', 'secret', 'token'];
const SLOT_PHRASES = new Set(SLOT_WORDS.flatMap((w) => [w, `my${w}`, `my_${w}`, `my-${w}`, `your${w}`, `your_${w}`, `your-${w}`]));
const LONGEST_PHRASE = Math.max(...[...SLOT_PHRASES].map((p) => p.length));
// Their first letters, either case: most spans start with none and are not sliced (a dense file has one per line).
const FIRST = new Uint8Array(128);
for (const p of SLOT_PHRASES) FIRST[p.charCodeAt(0)] = FIRST[p.charCodeAt(0) - 32] = 1;

/** Whether `text` from `start` to `end` is wholly a placeholder the policy leaves (inside its quotes, if a rule took them too). */
export function isPlaceholderSpan(text: string, start: number, end: number): boolean {
  const q = text.charCodeAt(start);
  if (end - start > 2 && (q === 34 || q === 39) && text.charCodeAt(end - 1) === q) {
    start++;
    end--;
  }
  const n = end - start;
  if (namesTheSlot(text, start, end)) return true;
  // (A dense file's spans are short values, `abc`: passed over without the call.)
  return n >= 4 && looksFiller(text, start, end);
}

/** Whether `text` from `start` to `end` is a word naming the slot (`password`, `mySecret`), in any case. */
export function namesTheSlot(text: string, start: number, end: number): boolean {
  return end - start <= LONGEST_PHRASE && FIRST[text.charCodeAt(start)] === 1 && SLOT_PHRASES.has(text.slice(start, end).toLowerCase());
}

/** `spans` (sorted, apart) without the placeholders; the same list when there is none. */
export function withoutPlaceholders(text: string, spans: SpanList): SpanList {
  let kept: SpanList | undefined;
  for (let i = 0; i < spans.length; i++) {
    const placeholder = isPlaceholderSpan(text, spans.start(i), spans.end(i)) && vendorKinds[spans.kind(i)] !== true;
    if (placeholder && kept === undefined) {
      kept = new SpanList(spans.length);
      for (let j = 0; j < i; j++) kept.push(spans.kind(j), spans.start(j), spans.end(j));
    } else if (!placeholder && kept !== undefined) {
      kept.push(spans.kind(i), spans.start(i), spans.end(i));
    }
  }
  return kept ?? spans;
}
