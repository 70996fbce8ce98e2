import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listAssignedLiteral, type ListMemo } from '../../../src/core/guard/rules/listAssignment';
import { memberOfSelf } from '../../../src/core/guard/rules/valueAfterKey';
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
