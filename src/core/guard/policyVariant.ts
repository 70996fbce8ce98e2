// MEASUREMENT ONLY (twenty-ninth round, guardpolicy1; never for merging): variants of the placeholder policy, each one
// principle, chosen by the environment variable FLYWHEEL_POLICY (read once, at load). Unset, every answer is main's.
//   v1  self-describing stand-ins: a value made only of a slot's words and stand-in words is left (`your_password`).
//   v2  guardvalue1's wider variant: a quoted lower-case word of ≤ 4 letters under an issued credential's key is taken.
//   v3  the labellers' convention: any quoted literal of ≥ 4 characters under a strong key is taken (past the policy's
//       own exceptions: masks, brackets, references, constant names, the slot's own name).
//   v4  short values (< 6 characters) are left everywhere but a documented password place.
//   v5  a machine issues no word: under a key naming an issued credential and no chosen one, letters only < 16 are left.
//   v6  v3 and v1 together: the labellers' convention but for values that say they are stand-ins.
// Several may be given with commas (`v1,v3` is v6).

const raw = typeof process !== 'undefined' && process.env !== undefined ? (process.env.FLYWHEEL_POLICY ?? '') : '';
const chosen = new Set(raw.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== ''));
if (chosen.has('v6')) {
  chosen.add('v1');
  chosen.add('v3');
}

export const POLICY_V1 = chosen.has('v1');
export const POLICY_V2 = chosen.has('v2');
export const POLICY_V3 = chosen.has('v3');
export const POLICY_V4 = chosen.has('v4');
export const POLICY_V5 = chosen.has('v5');

// V1's words, written before any measurement and not changed after (the brief's stand-in words; the slot words are
// the words keys name a secret's slot with).
const STAND_IN_WORDS = ['your', 'my', 'test', 'example', 'sample', 'dummy', 'fake', 'placeholder', 'here', 'insert', 'enter', 'replace', 'change', 'me', 'default', 'demo'];
const SLOT_WORDS = ['password', 'passwd', 'pass', 'pwd', 'passphrase', 'secret', 'token', 'key', 'api', 'apikey', 'access', 'auth', 'client', 'private', 'credential', 'credentials', 'pin'];
const WORDS = new Set([...STAND_IN_WORDS, ...SLOT_WORDS]);
const LONGEST_WORD = Math.max(...[...WORDS].map((w) => w.length));

/** Whether a run of lower-case letters splits wholly into WORDS (a table over its ends: linear in its length). */
function splitsIntoWords(run: string): boolean {
  const reach = new Array<boolean>(run.length + 1).fill(false);
  reach[0] = true;
  for (let end = 1; end <= run.length; end++) {
    for (let len = 1; len <= LONGEST_WORD && len <= end; len++) {
      if (reach[end - len] && WORDS.has(run.slice(end - len, end))) {
        reach[end] = true;
        break;
      }
    }
  }
  return reach[run.length]!;
}

/** V1: the value is letters, maybe parted by `_`, `-`, `.` or blanks, every run made of WORDS (`changeme`, `YOUR_API_KEY_HERE`). */
export function describesStandIn(value: string): boolean {
  const v = value.trim();
  if (v.length < 2 || v.length > 64 || !/^[A-Za-z]+(?:[-_. ][A-Za-z]+)*$/.test(v)) return false;
  return v.toLowerCase().split(/[-_. ]/).every(splitsIntoWords);
}

// V4: whether the value being judged stands in a place documented as a password (set by those places' tests).
let passwordPlace = 0;

/** Runs `judge` with the value taken as standing in a documented password place (V4 leaves no short value there). */
export function inPasswordPlace<T>(judge: () => T): T {
  passwordPlace++;
  try {
    return judge();
  } finally {
    passwordPlace--;
  }
}

/** The variants' extra stand-ins, asked after main's placeholder test said no. */
export function leftByVariant(value: string): boolean {
  if (POLICY_V1 && describesStandIn(value)) return true;
  if (POLICY_V4 && passwordPlace === 0 && value.trim().length < 6) return true;
  return false;
}

const LETTERS_ONLY = /^[A-Za-z]{1,15}$/;

/** V5: a value of letters only, shorter than 16, is no credential a machine issued. */
export function issuedNeverWord(value: string): boolean {
  return LETTERS_ONLY.test(value);
}
