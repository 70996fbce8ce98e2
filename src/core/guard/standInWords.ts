// A value that says it is a stand-in: made only of words telling the reader to put theirs here and of the slot's
// own words (`your_password`, `YOUR_API_KEY_HERE`, `test-token`, `dummy_secret`, `mypass`). The issue names
// `<your-token>` a placeholder; the same words without the brackets say the same. The lead's policy from the
// twenty-ninth round (guardpolicy1's V1, measured before adoption: bench/guard/README.md, "…placeholder policy's
// price…"); the word lists were fixed before that measurement and are not to be tuned to its figures.

// Words saying the value is not the real one: whose it should be, that it is a test's or an example's, where to put it.
const STAND_IN_WORDS = ['your', 'my', 'test', 'example', 'sample', 'dummy', 'fake', 'placeholder', 'here', 'insert', 'enter', 'replace', 'change', 'me', 'default', 'demo'];
// Words a key names a secret's slot with.
const SLOT_WORDS = ['password', 'passwd', 'pass', 'pwd', 'passphrase', 'secret', 'token', 'key', 'api', 'apikey', 'access', 'auth', 'client', 'private', 'credential', 'credentials', 'pin'];
// Both, by their first letter (a = 0): a run is split from each place a word may start with only the words of its letter.
const BY_FIRST_LETTER: readonly string[][] = Array.from({ length: 26 }, () => []);
// And their first two letters (every word has two or more), as (first - 97) * 26 + (second - 97): a value starting with
// none of them is turned down before its characters are read (`htpasswd`, `user`, `admin`).
const FIRST_TWO = new Uint8Array(26 * 26);
for (const word of [...STAND_IN_WORDS, ...SLOT_WORDS]) {
  BY_FIRST_LETTER[word.charCodeAt(0) - 97]!.push(word);
  FIRST_TWO[(word.charCodeAt(0) - 97) * 26 + word.charCodeAt(1) - 97] = 1;
}

const SHORTEST = 2;
const LONGEST = 64;

/**
 * Whether the whole (trimmed) value is letters, in runs parted by one `_`, `-`, `.` or blank, each run made wholly of
 * stand-in and slot words, either case (`changeme`, `Your-API-Key-Here`). A digit anywhere (`changeme2`, `test123`)
 * or any other sign makes it a literal somebody chose.
 */
export function describesStandIn(v: string): boolean {
  if (v.length < SHORTEST || v.length > LONGEST) return false;
  // (`c | 32` is a lower-case letter only for a letter of either case: any other character falls outside 0..25.)
  const first = (v.charCodeAt(0) | 32) - 97;
  const second = (v.charCodeAt(1) | 32) - 97;
  if (first < 0 || first > 25 || second < 0 || second > 25 || FIRST_TWO[first * 26 + second] === 0) return false;
  // Then the characters alone, without a copy: a digit or a sign anywhere turns the value down.
  let inRun = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c | 32) >= 97 && (c | 32) <= 122) inRun = true;
    else if (inRun && (c === 95 || c === 45 || c === 46 || c === 32)) inRun = false;
    else return false;
  }
  return inRun && splitsIntoWords(v);
}

// reached[i]: a split of the value so far ends just before i (one table for every call: a value is at most LONGEST).
const reached = new Uint8Array(LONGEST + 1);

/**
 * Whether each run of `v` (letters parted by single separators) splits wholly into the words, either case: the places
 * a word may start, from the left, each tried once with the words of its letter (linear in the value's length), and
 * no further than a split has reached (`mysql` stops after `my`).
 */
function splitsIntoWords(v: string): boolean {
  reached.fill(0, 0, v.length + 1);
  reached[0] = 1;
  let furthest = 0;
  for (let i = 0; i < v.length && i <= furthest; i++) {
    if (reached[i] === 0) continue;
    const letter = (v.charCodeAt(i) | 32) - 97;
    // A separator after a run split wholly: the next run starts after it.
    if (letter < 0 || letter > 25) {
      reached[i + 1] = 1;
      furthest = i + 1;
      continue;
    }
    for (const word of BY_FIRST_LETTER[letter]!) {
      if (!wordAt(v, i, word)) continue;
      reached[i + word.length] = 1;
      if (i + word.length > furthest) furthest = i + word.length;
    }
  }
  return reached[v.length] === 1;
}

/** Whether lower-case `word` is written at `at` in `v`, either case, its first letter known to be (`v` holds only letters and separators, none of which `| 32` makes a letter). */
function wordAt(v: string, at: number, word: string): boolean {
  if (at + word.length > v.length) return false;
  for (let k = 1; k < word.length; k++) if ((v.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}
