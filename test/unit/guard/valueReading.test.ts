// The value test's one reading (valueReading.ts; bench/guard/README.md, twenty-second round, guardspeed21):
// each fact it sets answers as the expression or loop it stands in for, on random values of every kind of
// character (letters, digits, a mask's, brackets, beyond ASCII) and of key words' pieces.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CharPrefilter } from '../../../src/core/guard/charPrefilter';
import { valueExpressions } from '../../../src/core/guard/rules/valueShape';
import { ABSENT_BIT, mayStandIn, placeholderExpressions, startsAbsentWord } from '../../../src/core/guard/placeholderValue';
import { keyWords, nextKeyWordEnd } from '../../../src/core/guard/rules/keyWordScan';
import { DIGIT_LOWER, DOUBLED_MASK, KEY_START, LOWER_UPPER, NOT_LETTER, NOT_NAME_CHAR, NOT_PROSE_CHAR, UPPER, UPPER_UPPER, ValueReading } from '../../../src/core/guard/rules/valueReading';
import { readsOwnKey } from '../../../src/core/guard/rules/ownKeyWords';
import { namesASecret, quotedName } from '../../../src/core/guard/rules/valueNames';
import { PHRASE, phraseNamesSlot, PROSE } from '../../../src/core/guard/rules/proseValue';
import { seededRandom } from '../../../src/core/seededRandom';

const expressions = [...valueExpressions, ...placeholderExpressions];
const ATOMS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...'xxXX00**..__##••……<>[](){}&$%`@:/=+-!?|;, \t\u0000',
  ...'éÄßİſ\u212a😀\u00a0\u2003',
  ...keyWords, ...keyWords.map((w) => w.toUpperCase()), 'Pa', 'pA', 'sE', 'Ke', 'tO',
];

function randomValues(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const values: string[] = [];
  for (let n = 0; n < count; n++) {
    let v = '';
    const parts = 1 + Math.floor(random() * 16);
    for (let i = 0; i < parts; i++) v += ATOMS[Math.floor(random() * ATOMS.length)]!;
    values.push(v);
  }
  return values;
}

const STARTS = new Set(keyWords.map((w) => w.slice(0, 2)));

/** The key-word scan's first two letters, folded as it folds (`| 0x20`, ASCII letters only), at some place of `v`. */
function holdsKeyStart(v: string): boolean {
  const starts = STARTS;
  const letter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  for (let i = 0; i + 1 < v.length; i++) {
    const a = v.charCodeAt(i);
    const b = v.charCodeAt(i + 1);
    if (letter(a) && letter(b) && starts.has(String.fromCharCode(a | 0x20, b | 0x20))) return true;
  }
  return false;
}

// (As secretValue.ts's TYPE_NAME.)
const TYPE_NAME = /^(?:[A-Z][a-z]+){2,6}$/;

test('each fact of one reading answers as the expression or loop it replaces, on 30,000 random values', () => {
  const reading = new ValueReading(expressions);
  const filter = new CharPrefilter(expressions);
  const seen = new Map<number, [number, number]>();
  const facts: [number, string, (v: string) => boolean][] = [
    [DIGIT_LOWER, 'a digit before a lower-case letter', (v) => /[0-9][a-z]/.test(v)],
    [LOWER_UPPER, '/[a-z][A-Z]/', (v) => /[a-z][A-Z]/.test(v)],
    [UPPER_UPPER, 'two capitals side by side', (v) => /[A-Z]{2}/.test(v)],
    [UPPER, '/[A-Z]/', (v) => /[A-Z]/.test(v)],
    [NOT_LETTER, '/[^A-Za-z]/', (v) => /[^A-Za-z]/.test(v)],
    [KEY_START, "a key word's first two letters", holdsKeyStart],
    [NOT_NAME_CHAR, '/[^A-Za-z0-9_$.: -]/', (v) => /[^A-Za-z0-9_$.: -]/.test(v)],
    [NOT_PROSE_CHAR, "/[^A-Za-z ,.'?!:-]/", (v) => /[^A-Za-z ,.'?!:-]/.test(v)],
  ];
  for (const v of randomValues(30_000, 2211)) {
    reading.read(v);
    assert.equal(reading.chars, filter.mayMatch(v), `chars of ${JSON.stringify(v)}`);
    for (const [bit, name, truth] of facts) {
      const fact = (reading.pairs & bit) !== 0;
      assert.equal(fact, truth(v), `${name} in ${JSON.stringify(v)}`);
      const counts = seen.get(bit) ?? [0, 0];
      counts[fact ? 1 : 0]++;
      seen.set(bit, counts);
    }
    if (v.length > 0) assert.equal(reading.mayStandIn(v), mayStandIn(v), `mayStandIn of ${JSON.stringify(v)}`);
    // The scan finds a key word only where its first two letters stand: without them its answer is certain.
    if ((reading.pairs & KEY_START) === 0) assert.equal(nextKeyWordEnd(v, 0), -1, `a key word in ${JSON.stringify(v)}`);
    // TYPE_NAME matches letters only, no two capitals side by side, a lower-case letter last.
    if (TYPE_NAME.test(v)) assert.equal(reading.pairs & (NOT_LETTER | UPPER_UPPER), 0, v);
  }
  // Every fact was met both ways, many times.
  for (const [bit, name] of facts) assert.ok(seen.get(bit)!.every((n) => n > 1000), `${name}: ${seen.get(bit)}`);
});

test('the doubled mask characters and the ellipsis, beyond ASCII too; a value read after another keeps nothing of it', () => {
  const reading = new ValueReading(expressions);
  for (const v of ['axxb', 'aXxb', 'a**b', 'a..b', 'a__b', 'a00b', 'a##b', 'a••b', 'a…b', '…']) assert.ok((reading.read(v).pairs & DOUBLED_MASK) !== 0, v);
  for (const v of ['axb', 'a*b', 'a•b•', 'a0b0', 'x•x', '•x', 'ab']) assert.equal(reading.read(v).pairs & DOUBLED_MASK, 0, v);
  reading.read('Ab7c…');
  assert.equal(reading.read('abc').pairs, 0);
  assert.equal(reading.chars, 0);
});

test('a key word after a character beyond ASCII is still read', () => {
  const reading = new ValueReading(expressions);
  assert.ok((reading.read('éPASS').pairs & KEY_START) !== 0);
  assert.ok((reading.read('•tok').pairs & KEY_START) !== 0);
  assert.equal(reading.read('pé').pairs & KEY_START, 0);
});

test("every word saying there is none starts with n, u, m, e or r, either case: else the placeholder test's ABSENT is not asked", () => {
  const absent = placeholderExpressions[Math.log2(ABSENT_BIT)]!.pattern;
  const words = ['none', 'null', 'nil', 'undefined', 'unset', 'missing', 'empty', 'redacted', 'n/a', 'not-set', 'not_configured', 'notprovided', 'not specified', 'not-defined', 'not available', 'not-a-real-secret', 'not_a_key', 'nota token', 'not-a-password'];
  const random = seededRandom(2212);
  let matched = 0;
  for (const v of randomValues(20_000, 2213)) {
    // A word in random case, maybe after a random piece (then it matches only where the piece is empty).
    const word = [...words[Math.floor(random() * words.length)]!].map((c) => (random() < 0.5 ? c.toUpperCase() : c)).join('');
    for (const s of [word, random() < 0.1 ? v + word : v]) {
      if (!absent.test(s)) continue;
      matched++;
      assert.ok(startsAbsentWord(s.charCodeAt(0)), s);
    }
  }
  assert.ok(matched > 15_000, String(matched));
  for (const c of 'numerNUMER') assert.ok(startsAbsentWord(c.charCodeAt(0)), c);
  for (const c of 'aotNxé.0_ ') if (!'numerNUMER'.includes(c)) assert.equal(startsAbsentWord(c.charCodeAt(0)), false, c);
});

// Names and messages built of key words and words, their separators and cases, then one character put in at random:
// where the reading shows a character no name holds, no reading of a name says yes, and where it shows one no message
// holds, neither expression of a message matches (secretValue.ts asks none of them then).
const NAME_PIECES = [...keyWords, 'client', 'credentials', 'grant', 'admin', 'access', 'id', 'user', 'db', 'Forgot', 'enter', 'your', 'is', 'required', 'my', 'v2'];
const JOINTS = ['_', '-', '.', ' ', ':', '', '$', ', ', '? ', "'"];
const PUT_IN = [...'_-.: $,?!\'=/+"(){}[]<>@#%&*;|`~^0123456789aZ\té…'];

function nameLike(random: () => number): string {
  let v = '';
  const words = 1 + Math.floor(random() * 4);
  for (let i = 0; i < words; i++) {
    const word = NAME_PIECES[Math.floor(random() * NAME_PIECES.length)]!;
    const cased = random() < 0.3 ? word.toUpperCase() : random() < 0.5 && i > 0 ? word[0]!.toUpperCase() + word.slice(1) : word;
    v += (i > 0 ? JOINTS[Math.floor(random() * JOINTS.length)]! : '') + cased;
  }
  return v;
}

test("a character no name holds turns down every reading of a name; one no message holds, a message's expressions", () => {
  const reading = new ValueReading(expressions);
  const random = seededRandom(2714);
  const yes = { name: 0, message: 0 };
  for (let n = 0; n < 40_000; n++) {
    const key = nameLike(random);
    const base = random() < 0.5 ? key.toLowerCase().replace(/[-. ]/g, '_') : nameLike(random);
    const at = Math.floor(random() * (base.length + 1));
    const v = random() < 0.3 ? base : base.slice(0, at) + PUT_IN[Math.floor(random() * PUT_IN.length)]! + base.slice(at);
    const pairs = reading.read(v).pairs;
    const named = readsOwnKey(v, key) || quotedName(v, key) || namesASecret(v);
    const message = PROSE.test(v) || PHRASE.test(v) || phraseNamesSlot(v);
    if ((pairs & NOT_NAME_CHAR) !== 0) assert.equal(named, false, `a name: ${JSON.stringify(v)} for ${key}`);
    else if (named) yes.name++;
    if ((pairs & NOT_PROSE_CHAR) !== 0) assert.equal(message, false, `a message: ${JSON.stringify(v)}`);
    else if (message) yes.message++;
  }
  // The readings said yes often where the reading let them be asked.
  assert.ok(yes.name > 2_000 && yes.message > 2_000, JSON.stringify(yes));
});
