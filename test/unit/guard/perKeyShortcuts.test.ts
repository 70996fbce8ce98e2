import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listAssignedLiteral, type ListMemo } from '../../../src/core/guard/rules/listAssignment';
import { keyStrength } from '../../../src/core/guard/rules/keyStrength';
import type { FoundValue } from '../../../src/core/guard/rules/secretValue';
import { lineContext, memberOfSelf, valueAfterKey } from '../../../src/core/guard/rules/valueAfterKey';
import { seededRandom } from '../../../src/core/seededRandom';

// The thirty-seventh round's shortcuts on the assignment rule's per-key path, each pinned against the long path it
// answers for on random texts of the pieces its grammar reads.

const LIST_PIECES = ['password', 'pw', 'user', 'a', 'string', ' ', ' ', '\t', ',', ', ', '=', ' = ', ':=', ' := ', '==', ':', '"', "'", '`',
  '"x1"', "'p'", '`raw`', '""', '\n', '(', 'f(', 'var ', '9', 'abc',
  // (Whole pieces of the statements it reads, so that a share of the texts assigns a literal.)
  'a, b := ', 'user, password = ', 'var pw string = ', 'password string = ', '"u", ', '"x", "y"', '`r`, `s`', "'p', 'q'"];

test('the list assignment turned down before the names before the key are read back answers as the long path', () => {
  const random = seededRandom(37);
  let values = 0;
  let turnedDown = 0;
  for (let n = 0; n < 20_000; n++) {
    const parts: string[] = [];
    const length = 1 + Math.floor(random() * 14);
    for (let i = 0; i < length; i++) parts.push(LIST_PIECES[Math.floor(random() * LIST_PIECES.length)]!);
    const text = parts.join('');
    // Every name in the text a key, in rising order as the rule asks them, each side with its memo.
    const memo: ListMemo = { until: 0 };
    const longMemo: ListMemo = { until: 0 };
    for (const m of text.matchAll(/[A-Za-z0-9_]+/g)) {
      const start = m.index;
      const end = start + m[0].length;
      const expected = longPath(text, start, end, longMemo);
      assert.deepEqual(listAssignedLiteral(text, start, end, memo), expected, JSON.stringify([text, start]));
      assert.equal(memo.until, longMemo.until, JSON.stringify([text, start]));
      if (expected) values++;
      else turnedDown++;
    }
  }
  assert.ok(values > 2000 && turnedDown > 5000, `${values} values, ${turnedDown} turned down`);
});

const MEMBER_OF_SELF = /^(?:this|self|me)\./;
const EXPORTED_FIELD = /^[a-z][A-Za-z0-9]{0,15}\.[A-Z][a-z][A-Za-z0-9]{0,40}$/;
const KEY_PIECES = ['this', 'self', 'me', 'pk', 'cfg', '.', '.', 'Password', 'token', 'Token', 'API_KEY', '_', '-', 'x', 'A', '9', 'this.', 'self.'];

test('a key without a dot is no member of self, as both expressions say', () => {
  const random = seededRandom(73);
  let members = 0;
  for (let n = 0; n < 20_000; n++) {
    const parts: string[] = [];
    const length = 1 + Math.floor(random() * 5);
    for (let i = 0; i < length; i++) parts.push(KEY_PIECES[Math.floor(random() * KEY_PIECES.length)]!);
    const key = parts.join('');
    const expected = MEMBER_OF_SELF.test(key) || EXPORTED_FIELD.test(key);
    assert.equal(memberOfSelf(key), expected, key);
    if (expected) members++;
  }
  assert.ok(members > 1000, `${members} members`);
});

const NAMES = Array.from({ length: 24 }, (_, i) => `name${String.fromCharCode(97 + i)}`);
const VALUE_PIECES = ['password', 'api_token', 'secret', 'pw', 'DB_PASSWORD', ' = ', '=', ': ', ' := ', ' ', '\n', '\n  ', '"', "'", ';', ',', '(',
  'aB3dE6gH9jK2', 'abc', 'def ', 'const ', ' = 1\n', '(x)\n', 'cfg.Password', 'user@host', 'Server=h;Password=', '&', '?',
  // (Whole config lines, whose values' lines the long path judges: `configLine` then differs where the line is skipped.)
  'password = aB3dE6gH9jK2\n', 'api_token: ', 'DB_PASSWORD=abc\n', 'secret = ', 'pw: K9wQ2x\n', '\npassword '];

/** Every key of the text in rising order, read as the assignment rule reads it, `dropped` asked of each value. */
function readKeys(text: string, dropped?: (value: FoundValue) => boolean): (FoundValue | undefined)[] {
  const context = lineContext(text);
  const values: (FoundValue | undefined)[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9_.]+/g)) {
    const strength = keyStrength(m[0]);
    if (strength !== 'none') values.push(valueAfterKey(text, context, m.index, m.index + m[0].length, m[0], strength, dropped));
  }
  return values;
}

test('a value the caller drops, its line not judged, has the span the long path gives; every other value is as the long path gives it', () => {
  const random = seededRandom(3737);
  let skipped = 0;
  let judged = 0;
  for (let n = 0; n < 3000; n++) {
    const parts: string[] = [];
    // (Up to a hundred pieces: a text of more distinct bare names than the bound-name search's budget of 16.)
    const length = 2 + Math.floor(random() * 100);
    for (let i = 0; i < length; i++) {
      const name = NAMES[Math.floor(random() * NAMES.length)]!;
      const r = random();
      parts.push(r < 0.2 ? `password = ${name}\n` : r < 0.4 ? name : VALUE_PIECES[Math.floor(random() * VALUE_PIECES.length)]!);
    }
    const text = parts.join('');
    // (Each reading a text of its own: the bound-name search's memo and budget start afresh with each line context.)
    const long = readKeys(text);
    const dropped = new Set<FoundValue>();
    const short = readKeys(text, (value) => {
      const drop = (value.start * 7 + value.end) % 3 !== 0;
      if (drop) dropped.add(value);
      return drop;
    });
    assert.equal(short.length, long.length);
    for (let i = 0; i < long.length; i++) {
      const a = long[i];
      const b = short[i];
      if (a === undefined || b === undefined) {
        assert.equal(b, a, JSON.stringify([text, i]));
        continue;
      }
      if (dropped.has(b)) {
        assert.deepEqual([b.start, b.end, b.value, b.quoted, b.listed, b.field, b.afterComma], [a.start, a.end, a.value, a.quoted, a.listed, a.field, a.afterComma], JSON.stringify([text, i]));
        if (b.configLine !== a.configLine || b.afterColon !== a.afterColon) skipped++;
      } else {
        assert.deepEqual(b, a, JSON.stringify([text, i]));
        judged++;
      }
    }
  }
  // (Skipped counts only the dropped values whose line the long path judged otherwise: the shortcut taken and visible.)
  assert.ok(skipped > 2000 && judged > 15_000, `${skipped} skipped, ${judged} judged`);
});

test('a dropped value whose line the long path would judge by a search is judged: the search budget is spent as before', () => {
  // Twenty bare names on config lines, the last defined in code: the long path spends the budget of 16 searches on the
  // first names, so the last is never searched and its line stays a config line. Skipping the dropped values' searches
  // would leave budget for the last, and it would be found bound.
  const names = Array.from({ length: 20 }, (_, i) => `setting${String.fromCharCode(97 + i)}`);
  const text = names.map((name) => `password = ${name}\n`).join('') + `def ${names[19]}():\n`;
  const long = readKeys(text);
  const short = readKeys(text, (value) => value.value !== names[19]);
  const last = (values: (FoundValue | undefined)[]) => values.filter((v) => v?.value === names[19]).map((v) => v!.configLine);
  assert.deepEqual(last(long), [true]);
  assert.deepEqual(last(short), last(long));
});

// The long path: listAssignedLiteral as it was before the quote after the operator was asked first (b8dc992).
const [BACKTICK, COLON, COMMA, DOUBLE_QUOTE, EQUALS, LF, SINGLE_QUOTE] = [96, 58, 44, 34, 61, 10, 39];
const MAX_NAMES = 8;
const MAX_NAME = 64;
const MAX_LITERAL = 400;

function longPath(text: string, keyStart: number, keyEnd: number, memo: ListMemo): { start: number; end: number } | undefined {
  if (keyStart < memo.until) return undefined;
  let names = 1;
  let p = keyEnd;
  for (;;) {
    const q = blanksL(text, p);
    if (text.charCodeAt(q) !== COMMA) break;
    const r = blanksL(text, q + 1);
    const end = nameForwardL(text, r);
    if (end === r || ++names > MAX_NAMES) {
      memo.until = end;
      return undefined;
    }
    p = end;
  }
  const beforeType = blanksL(text, p);
  const typeEnd = beforeType > p ? nameForwardL(text, beforeType) : beforeType;
  let q = typeEnd > beforeType ? blanksL(text, typeEnd) : beforeType;
  const operator = text.charCodeAt(q) === COLON && text.charCodeAt(q + 1) === EQUALS ? 2 : text.charCodeAt(q) === EQUALS && text.charCodeAt(q + 1) !== EQUALS ? 1 : 0;
  if (operator === 0) {
    memo.until = q;
    return undefined;
  }
  q += operator;
  let index = 0;
  p = keyStart;
  for (;;) {
    let b = blanksBackL(text, p);
    if (b === 0 || text.charCodeAt(b - 1) !== COMMA || index === MAX_NAMES) break;
    b = blanksBackL(text, b - 1);
    const start = nameBackL(text, b);
    if (start === b) return undefined; // `f(x, password = …`: not a list of names
    index++;
    p = start;
  }
  names += index;
  if (names === 1 && typeEnd === beforeType) return undefined;
  if (p > 0 && text.charCodeAt(p - 1) === EQUALS) return undefined;
  const raw = typeEnd > beforeType || operator === 2;
  q = blanksL(text, q);
  for (let i = 0; i < names; i++) {
    const quote = text.charCodeAt(q);
    if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE && !(raw && quote === BACKTICK)) return undefined;
    let e = q + 1;
    while (e < text.length && e - q <= MAX_LITERAL && text.charCodeAt(e) !== quote && text.charCodeAt(e) !== LF) e++;
    if (text.charCodeAt(e) !== quote) return undefined;
    if (i === index) return e > q + 1 ? { start: q + 1, end: e } : undefined;
    q = blanksL(text, e + 1);
    if (text.charCodeAt(q) !== COMMA) return undefined;
    q = blanksL(text, q + 1);
  }
  return undefined;
}

function blanksL(text: string, at: number): number {
  let p = at;
  while (p - at < 8 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  return p;
}

function blanksBackL(text: string, at: number): number {
  let p = at;
  while (at - p < 8 && p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
  return p;
}

function isNameCharL(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function nameForwardL(text: string, at: number): number {
  let p = at;
  while (p - at < MAX_NAME && isNameCharL(text.charCodeAt(p))) p++;
  return p;
}

function nameBackL(text: string, at: number): number {
  let p = at;
  while (at - p < MAX_NAME && p > 0 && isNameCharL(text.charCodeAt(p - 1))) p--;
  return p;
}
