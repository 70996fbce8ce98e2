// A text that is one generated token and nothing else: a secret file's whole content (soleToken.ts).
// Which prompt texts are such: an indexed file's chunk sent to the embedding model (a one-line file is one
// chunk, its line alone), a completion's prefix or suffix in a one-line file; not a chat message, which
// wraps each file or selection in its description and a fence. Every text is asked its length first and
// only a text of at most ~1 KB is read, once: the rule costs a long text one comparison. It runs after the other
// rules and only where they found nothing: a text another rule read (a key before the value, a vendor's prefix, a
// file's grammar) is not a bare value, and its rule's span says what is secret in it. And only the text itself: a
// string's contents that the redactor reads apart (escapedRegions.ts) are a part of a larger text.
import type { SecretRule } from '../secretRule';
import { readsAsGeneratedToken, soleTokenPlace } from '../soleToken';
import { spanKind } from '../spanList';

const KIND = spanKind('sole-token');

export const soleTokenRule: SecretRule = {
  id: 'sole-token',
  keywords: [],
  afterOthers: true,
  wholeText: true,
  find(text, found) {
    if (found.length > 0) return;
    const place = soleTokenPlace(text);
    if (place.start !== -1 && readsAsGeneratedToken(text, place.start, place.end)) found.push(KIND, place.start, place.end);
  },
};
