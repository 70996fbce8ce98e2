// Whether a value spells its own key: the key's words (all of them, its first ones or its last ones),
// in any case and with `_` `-` `.` a blank or camelCase between them, one of them a key word.
// `CLIENT_CREDENTIALS_GRANT: "client_credentials"` (OAuth 2.0's grant type, RFC 6749 §4.4),
// `AttributeOID.CHALLENGE_PASSWORD: "challengePassword"`: a table of names gives each constant the
// wire's word it stands for. SonarSource's S2068 lets a credential-named variable whose value holds
// a credential word pass as a constant's declaration; this is the narrower half of that both readings
// share: a word the key does not hold (`client_secret = "client_secret_9fK2…"`, `password =
// "tigerPassword"`), or the key's words without its key word (`ADMIN_PASSWORD = "admin"`), stay secrets.
// The key's words all of them in another order name it too (`SHA256_TOKEN_TO_REFRESH:
// "token_sha256_to_refresh"`, MSAL's wire word for the constant). So does a run of its words from
// its middle, where a key word ends one (`fNMTOKENSymbol = "NMTOKEN"`, xerces' table of XML's
// attribute types: a one-letter Hungarian prefix before the word, a kind after it), and a dotted
// setting name holding one of its key's words that is a key word (`PASSWORD_FILE_PROP =
// "jmx.remote.x.password.file"`, the JDK's system properties): see `namesOwnSetting`.
// bench/guard/README.md, twenty-eighth round, guardfp17.
// bench/guard/README.md, "A value that spells its own key" (twentieth round), and guardsystemfp's
// section (twenty-first round).
import { ownCopy } from '../ownCopy';
import { isKeyWord, PASSWORD_SPELLINGS } from './keyStrength';
import { keyWords, nextKeyWordEnd } from './keyWordScan';
import { looksRandomValue } from './randomValue';
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
  // (The letters compared in place first: most values asked spell none of the key's words, and no expression is run on them.
  // Where the expression was run, its answer is kept for the middle's reading: a value that is no run of words, `token==`
  // under `jwt.tokenjwt.token` on every line, is not read against the key's middle again.)
  let wordsShaped: boolean | undefined;
  if (sameWords(v, key, 0) || sameWords(v, key, -1) || sameWordSet(v, key)) {
    wordsShaped = WORDS.test(v);
    if (wordsShaped && holdsKeyWord(v)) return true;
  }
  if (wordsShaped !== false && middleWords(v, key) && endsInKeyWord(v) && (wordsShaped ?? WORDS.test(v))) return true;
  if (v.indexOf('.') !== -1 && namesOwnSetting(v, key)) return true;
  return SPELLS_PASSWORD.test(v) && SPELLS_PASSWORD.test(key) && (wordsShaped ?? WORDS.test(v)) && spellsKeyOtherwise(v, key);
}

// A password's spellings, the strong key words' (keyStrength.ts): a key spelling one and a value spelling another are
// the same word: `USER_PWD = "userPassword"`, `db_pass = "dbPassword"` name their key as `USER_PASSWORD =
// "userPassword"` does (bench/guard/README.md, thirty-second round, guardfp4). Each holds `p` and then `a`, `s` or `w`:
// a value or key without that is not split into words.
const SPELLINGS = new Set(PASSWORD_SPELLINGS);
const SPELLS_PASSWORD = /p[asw]/i;

/** A password's spelling as `password`, any other word as it is (lower case). */
function spelledOut(word: string): string {
  return SPELLINGS.has(word) ? 'password' : word;
}

/**
 * The value's words are the key's (all, its first or its last ones, or all in another order) once each spelling of
 * a password reads `password`, and one of them is spelt otherwise in the value than in the key (else the letters'
 * reading above said so already).
 */
function spellsKeyOtherwise(v: string, key: string): boolean {
  const ours = words(v);
  const theirs = words(key);
  if (ours.length > theirs.length || !ours.some((word) => SPELLINGS.has(word) && !theirs.includes(word))) return false;
  const mine = ours.map(spelledOut);
  const keys = theirs.map(spelledOut);
  const same = (from: number) => mine.every((word, i) => word === keys[from + i]);
  if (same(0) || same(keys.length - mine.length)) return true;
  if (mine.length !== keys.length) return false;
  mine.sort();
  keys.sort();
  return mine.every((word, i) => word === keys[i]);
}

/** The value's words are a run of the key's from its middle: from a word's start after the first, to a word's end before the last. */
function middleWords(v: string, key: string): boolean {
  const first = v.charCodeAt(0) | 32;
  for (let k = 1; k < key.length; k++) {
    if ((key.charCodeAt(k) | 32) === first && startsWord(key, k) && sameWords(v, key, k)) return true;
  }
  return false;
}

/** The value's last word (a plural's `s` aside) is a key word or ends in one: `NMTOKEN`, `subtoken`, `hotkeys`. */
function endsInKeyWord(v: string): boolean {
  let start = v.length;
  while (start > 0 && isWordChar(v.charCodeAt(start - 1)) && !startsWord(v, start)) start--;
  let word = v.slice(start).toLowerCase();
  if (word.endsWith('s')) word = word.slice(0, -1);
  return keyWords.some((keyWord) => word.endsWith(keyWord));
}

// A dotted setting name: three or more names joined by dots, each a lower-case word and camelCase words after it
// (`jmx.remote.x.password.file`, `javax.net.ssl.keyStorePassword`), as the JDK names its system properties
// (java.lang.System, "System Properties": `java.home`, `jdk.tls.client.protocols`) and Spring, Rack and log4j theirs.
// (Each name's words begin at a capital or a dot, so no character can be taken two ways.)
// (A dotted piece as long as a generated key's shortest, secretValue.ts's GENERATED_PIECE.)
const GENERATED_PIECE = 20;
const SETTING_NAME = /^[a-z][a-z0-9]{0,31}(?:[A-Z][a-z0-9]{1,31}){0,4}(?:\.[a-z][a-z0-9]{0,31}(?:[A-Z][a-z0-9]{1,31}){0,4}){2,9}$/;

/**
 * `LOGIN_CONFIG_PROP = "jmx.remote.x.login.config"`, `HASH_PASSWORDS = "jmx.remote.x.password.toHashes"`: a dotted
 * setting name, one of whose words is a key word the key holds too (a plural's `s` aside): the name of the setting the
 * constant stands for, under which the credential is looked up, not the credential. A dotted token is not one: its
 * pieces are generated, not words, and a JWT's or Mapbox's (`eyJhbGciOiJIUzI1NiJ9.…`, `sk.eyJ1Ijoi….P4lD1e…`) run
 * capitals together or begin one with a capital (`IUzI1`, `P4lD1e`), which a setting's names do not, and a piece as long
 * as a generated key's shortest looks random, which a name's words do not; nor does a chosen `correct.horse.battery`
 * name its key's word.
 */
function namesOwnSetting(v: string, key: string): boolean {
  if (!SETTING_NAME.test(v) || v.split('.').some((piece) => piece.length >= GENERATED_PIECE && looksRandomValue(piece))) return false;
  const keys = words(key).map(singular);
  return words(v).some((word) => isKeyWord(singular(word)) && keys.includes(singular(word)));
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
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
 * Whether the value's words are the key's from its letter `from` on (`-1`: the key's last ones), their letters read
 * forward (back from both ends): a word starting at the same places in both, and the key's run ending where a word of
 * the key does (`client_credentials` begins `CLIENT_CREDENTIALS_GRANT`, `client_cred` does not).
 */
function sameWords(v: string, key: string, from: number): boolean {
  const step = from === -1 ? -1 : 1;
  let i = step === 1 ? 0 : v.length - 1;
  let k = step === 1 ? from : key.length - 1;
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
