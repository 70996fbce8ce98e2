// Whether a value spells its own key: the key's words (all of them, its first ones or its last ones),
// in any case and with `_` `-` `.` a blank or camelCase between them, one of them a key word.
// `CLIENT_CREDENTIALS_GRANT: "client_credentials"` (OAuth 2.0's grant type, RFC 6749 §4.4),
// `AttributeOID.CHALLENGE_PASSWORD: "challengePassword"`: a table of names gives each constant the
// wire's word it stands for. SonarSource's S2068 lets a credential-named variable whose value holds
// a credential word pass as a constant's declaration; this is the narrower half of that both readings
// share: a word the key does not hold (`client_secret = "client_secret_9fK2…"`, `password =
// "myPassword"`), or the key's words without its key word (`ADMIN_PASSWORD = "admin"`), stay secrets.
// The key's words all of them in another order name it too (`SHA256_TOKEN_TO_REFRESH:
// "token_sha256_to_refresh"`, MSAL's wire word for the constant).
// bench/guard/README.md, "A value that spells its own key" (twentieth round), and guardsystemfp's
// section (twenty-first round).
import { ownCopy } from '../ownCopy';
import { isKeyWord } from './keyStrength';
import { nextKeyWordEnd } from './keyWordScan';
import { isWordChar, nameWords, startsWord } from './nameWords';

// Words of letters and digits joined by one separator each (no two quantifiers can take one character).
const WORDS = /^[A-Za-z][A-Za-z0-9]{0,63}(?:[-_. ][A-Za-z0-9]{1,64}){0,8}$/;
const LONGEST = 96;

export function spellsOwnKey(v: string, key: string): boolean {
  // (Most values hold no key word, and most that do do not begin or end the key's letters: both read
  // in place, without allocating, before the words; a dense file has such a value on every line. The
  // letters are compared in the words' own reading, which turns a value down at the same first letter.)
  if (v.length > LONGEST || nextKeyWordEnd(v, 0) === -1) return false;
  // (The answer is the value's and the key's alone: a pair read yes before is yes again, unread. A table
  // of constants asks its few pairs line after line. Only a yes is kept, a name and never a secret, its
  // key's last one; both copied, so that no entry keeps the prompt they were cut from alive.)
  if (spelled.get(key) === v) return true;
  if (!readsOwnKey(v, key)) return false;
  if (spelled.size >= MEMO_MOST) spelled.clear();
  spelled.set(ownCopy(key), ownCopy(v));
  return true;
}

const spelled = new Map<string, string>();
const MEMO_MOST = 5_000;

/** `spellsOwnKey`'s reading, past its first test, without its memo. */
export function readsOwnKey(v: string, key: string): boolean {
  return (sameWords(v, key, 1) || sameWords(v, key, -1) || sameWordSet(v, key)) && WORDS.test(v) && holdsKeyWord(v);
}

/** The value's words are the key's, every one and no other, in another order (case aside). */
function sameWordSet(v: string, key: string): boolean {
  // (The same letters and digits in number first, counted in place: most values are turned down here.)
  if (letterCount(v) !== letterCount(key)) return false;
  const ours = words(v);
  if (ours.length < 2) return false;
  const theirs = words(key);
  if (theirs.length !== ours.length) return false;
  ours.sort();
  theirs.sort();
  return ours.every((w, i) => w === theirs[i]);
}

function letterCount(name: string): number {
  let n = 0;
  for (let i = 0; i < name.length; i++) if (isWordChar(name.charCodeAt(i))) n++;
  return n;
}

/** A name's lower-case words (nameWords.ts). */
function words(name: string): string[] {
  return nameWords(name).map((word) => word.toLowerCase());
}

/**
 * Whether the value's words begin (step 1) or end (step -1) the key's (their letters do): a word
 * starting at the same places in both, and the key's run ending where a word of the key does (`client_credentials` begins `CLIENT_CREDENTIALS_GRANT`, `client_cred` does not).
 */
function sameWords(v: string, key: string, step: 1 | -1): boolean {
  let i = step === 1 ? 0 : v.length - 1;
  let k = step === 1 ? 0 : key.length - 1;
  for (;;) {
    while (i >= 0 && i < v.length && !isWordChar(v.charCodeAt(i))) i += step;
    while (k >= 0 && k < key.length && !isWordChar(key.charCodeAt(k))) k += step;
    // The value read whole: going forward, the key's next letter must start a word (or there is none);
    // going back, the value's first letter was compared as a word's start with the key's.
    if (i < 0 || i === v.length) return step === -1 || k === key.length || startsWord(key, k);
    if (k < 0 || k === key.length || (v.charCodeAt(i) | 32) !== (key.charCodeAt(k) | 32)) return false;
    if (startsWord(v, i) !== startsWord(key, k)) return false;
    i += step;
    k += step;
  }
}

/** One of the value's words is a key word (`credentials`, `password`, `token`). */
function holdsKeyWord(v: string): boolean {
  let start = 0;
  for (let i = 1; i <= v.length; i++) {
    if (i < v.length && !startsWord(v, i)) continue;
    let end = i;
    while (end > start && !isWordChar(v.charCodeAt(end - 1))) end--;
    const word = v.slice(start, end).toLowerCase();
    if (isKeyWord(word) || (word.endsWith('s') && isKeyWord(word.slice(0, -1)))) return true;
    start = i;
  }
  return false;
}
