import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionCache } from '../../../src/core/completion/completionCache';

const doc = 'function area(r) {\n  return \n}\n';
const cursor = doc.indexOf('return ') + 'return '.length;

function typed(chars: string) {
  return { text: doc.slice(0, cursor) + chars + doc.slice(cursor), offset: cursor + chars.length };
}

test('a hit at the same position and model; a miss for another model or position', () => {
  const cache = new CompletionCache({ capacity: 10 });
  cache.put({ text: doc, offset: cursor, model: 'm' }, { text: 'Math.PI * r * r;', multiline: false });
  assert.deepEqual(cache.get({ text: doc, offset: cursor, model: 'm' }), { text: 'Math.PI * r * r;', multiline: false, typedAhead: 0 });
  assert.equal(cache.get({ text: doc, offset: cursor, model: 'other' }), undefined);
  assert.equal(cache.get({ text: doc, offset: cursor - 1, model: 'm' }), undefined);
});

test('typed-ahead: while the user types what was predicted, the rest is served', () => {
  const cache = new CompletionCache({ capacity: 10 });
  cache.put({ text: doc, offset: cursor, model: 'm' }, { text: 'Math.PI * r * r;', multiline: false });
  assert.deepEqual(cache.get({ ...typed('Ma'), model: 'm' }), { text: 'th.PI * r * r;', multiline: false, typedAhead: 2 });
  assert.deepEqual(cache.get({ ...typed('Math.PI * r'), model: 'm' })?.text, ' * r;');
  assert.equal(cache.get({ ...typed('Mx'), model: 'm' }), undefined, 'typed something else');
  assert.equal(cache.get({ ...typed('Math.PI * r * r;'), model: 'm' }), undefined, 'typed all of it');
});

test('the suffix is part of the key', () => {
  const cache = new CompletionCache({ capacity: 10 });
  cache.put({ text: doc, offset: cursor, model: 'm' }, { text: 'r * r;', multiline: false });
  const changed = doc.slice(0, cursor) + doc.slice(cursor).replace('}', '} // end');
  assert.equal(cache.get({ text: changed, offset: cursor, model: 'm' }), undefined);
});

test('least recently used entries go first', () => {
  const cache = new CompletionCache({ capacity: 2 });
  const at = (i: number) => ({ text: `line ${i} `, offset: `line ${i} `.length, model: 'm' });
  cache.put(at(1), { text: 'one', multiline: false });
  cache.put(at(2), { text: 'two', multiline: false });
  assert.ok(cache.get(at(1))); // 1 is now the most recent
  cache.put(at(3), { text: 'three', multiline: false });
  assert.equal(cache.size, 2);
  assert.ok(cache.get(at(1)));
  assert.equal(cache.get(at(2)), undefined);
  assert.ok(cache.get(at(3)));
});

test('CRLF completions match typed CRLF text', () => {
  const cache = new CompletionCache({ capacity: 4 });
  const text = 'if (a) {\r\n';
  cache.put({ text, offset: 8, model: 'm' }, { text: '\r\n  b();\r\n}', multiline: true });
  const after = 'if (a) {\r\n  \r\n';
  assert.deepEqual(cache.get({ text: after, offset: 12, model: 'm' })?.text, 'b();\r\n}');
});
