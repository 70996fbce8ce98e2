import assert from 'node:assert/strict';
import test from 'node:test';
import { anyOf, arrayOf, isCount, isString, literal, objectOf, optional, parse, parseOrUndefined, recordOf, taggedUnion } from '../../../src/core/valueShape';

const point = objectOf({ x: isCount, y: isCount, label: optional(isString) });

test('a well-formed value passes as itself: nothing is copied when there is nothing to drop', () => {
  const value = { x: 1, y: 2, label: 'a' };
  assert.equal(parseOrUndefined(point, value), value);
  const list = [value, { x: 0, y: 0 }];
  assert.equal(parseOrUndefined(arrayOf(point), list), list);
});

test('fields the shape does not know are dropped from a copy, at every depth; the input is untouched', () => {
  const input = { x: 1, y: 2, secret: 'text', label: undefined };
  assert.deepEqual(parseOrUndefined(point, input), { x: 1, y: 2 });
  assert.equal(input.secret, 'text');
  const nested = objectOf({ at: point, all: arrayOf(point) });
  assert.deepEqual(parseOrUndefined(nested, { at: { x: 1, y: 1, z: 9 }, all: [{ x: 2, y: 2 }, { x: 3, y: 3, z: 9 }], extra: true }), {
    at: { x: 1, y: 1 },
    all: [{ x: 2, y: 2 }, { x: 3, y: 3 }],
  });
  assert.deepEqual(parseOrUndefined(recordOf(point), { a: { x: 1, y: 1, z: 9 } }), { a: { x: 1, y: 1 } });
});

test('a known field that is missing or malformed refuses the whole value, and the reason names it', () => {
  assert.deepEqual(parse(point, { x: 1 }), { ok: false, error: 'missing y' });
  assert.deepEqual(parse(point, { x: 1, y: -1 }), { ok: false, error: 'bad y' });
  assert.deepEqual(parse(point, { x: 1, y: 1, label: 3 }), { ok: false, error: 'bad label' });
  assert.deepEqual(parse(point, [1, 2]), { ok: false, error: 'not an object' });
  assert.deepEqual(parse(objectOf({ at: point }), { at: { x: 1 } }), { ok: false, error: 'bad at (missing y)' });
  assert.deepEqual(parse(arrayOf(point, 1), [{ x: 1, y: 1 }, { x: 1, y: 1 }]), { ok: false, error: 'more than 1 items' });
  assert.deepEqual(parse(arrayOf(point), [{ x: 1, y: 1 }, { x: 1 }]), { ok: false, error: 'bad item 1 (missing y)' });
});

test('a tagged union keeps its tag, refuses an unknown one and says which variant failed', () => {
  const message = taggedUnion<{ type: string }>('type', { ping: {}, move: { to: point } });
  assert.deepEqual(parseOrUndefined(message, { type: 'ping', junk: 1 }), { type: 'ping' });
  assert.deepEqual(parseOrUndefined(message, { type: 'move', to: { x: 1, y: 2 } }), { type: 'move', to: { x: 1, y: 2 } });
  assert.deepEqual(parse(message, { type: 'jump' }), { ok: false, error: 'unknown type jump' });
  assert.deepEqual(parse(message, { type: 'move', to: 'home' }), { ok: false, error: 'move: bad to (not an object)' });
  assert.deepEqual(parse(message, { type: 'toString' }), { ok: false, error: 'unknown type toString' });
});

test('literal, optional and anyOf', () => {
  const vote = objectOf({ vote: literal('up', 'down', null) });
  assert.deepEqual(parseOrUndefined(vote, { vote: null }), { vote: null });
  assert.equal(parseOrUndefined(vote, {}), undefined, 'null is a value; a missing field is not');
  const either = anyOf<unknown>(objectOf({ a: isString }), objectOf({ b: isCount }));
  assert.deepEqual(parseOrUndefined(either, { b: 2, c: 3 }), { b: 2 });
  assert.deepEqual(parse(either, { c: 3 }), { ok: false, error: 'matches none of its forms' });
});
