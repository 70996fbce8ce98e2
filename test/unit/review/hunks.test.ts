// Hunks of a proposal and applying a chosen subset of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyHunks, computeHunks, describeHunk } from '../../../src/core/review/hunks';

const original = ['function f(a, b) {', '  const x = a;', '  const y = b;', '  log(x);', '  return x + y;', '}'].join('\n');
const proposed = ['/** Sums. */', 'function f(a, b) {', '  const x = a;', '  const y = b;', '  return x + y;', '}'].join('\n');

test('separate changes are separate hunks, with their positions', () => {
  const hunks = computeHunks(original, proposed);
  assert.equal(hunks.length, 2);
  assert.deepEqual(hunks[0], { index: 0, originalStart: 0, removed: [], proposedStart: 0, added: ['/** Sums. */'] });
  assert.deepEqual(hunks[1], { index: 1, originalStart: 3, removed: ['  log(x);'], proposedStart: 4, added: [] });
});

test('all hunks give the proposal, none the original, one of them just that change', () => {
  const hunks = computeHunks(original, proposed);
  assert.equal(applyHunks(original, hunks, [0, 1]), proposed);
  assert.equal(applyHunks(original, hunks, []), original);
  assert.equal(applyHunks(original, hunks, [0]), '/** Sums. */\n' + original);
  assert.equal(applyHunks(original, hunks, [1]), original.replace('  log(x);\n', ''));
});

test('a replaced line is one hunk with both sides; changes at the end; identical texts have none', () => {
  const hunks = computeHunks('a\nb\nc', 'a\nB\nc\nd');
  assert.equal(hunks.length, 2);
  assert.deepEqual([hunks[0].removed, hunks[0].added], [['b'], ['B']]);
  assert.deepEqual([hunks[1].originalStart, hunks[1].added], [3, ['d']]);
  assert.equal(applyHunks('a\nb\nc', hunks, [1]), 'a\nb\nc\nd');
  assert.deepEqual(computeHunks('same\n', 'same\n'), []);
});

test('every subset of hunks applies cleanly (the result has each hunk either fully in or out)', () => {
  const a = ['1', '2', '3', '4', '5', '6', '7', '8'].join('\n');
  const b = ['0', '1', 'two', '3', '5', '6', 'x', 'y', '7', '8', '9'].join('\n');
  const hunks = computeHunks(a, b);
  assert.equal(hunks.length, 5);
  for (let mask = 0; mask < 1 << hunks.length; mask++) {
    const chosen = hunks.filter((h) => mask & (1 << h.index)).map((h) => h.index);
    const result = applyHunks(a, hunks, chosen);
    // Re-diffing the result against the original finds exactly the chosen hunks.
    assert.deepEqual(computeHunks(a, result).map((h) => [h.removed, h.added]), hunks.filter((h) => chosen.includes(h.index)).map((h) => [h.removed, h.added]));
  }
});

test('a new file (empty original) is a single hunk', () => {
  const tests = "import x;\n\ntest('a');\n\ntest('b');\n";
  const hunks = computeHunks('', tests);
  assert.equal(hunks.length, 1);
  assert.equal(applyHunks('', hunks, [0]), tests);
  assert.deepEqual(computeHunks('', ''), []);
});

test('describeHunk names document lines', () => {
  const [insert, removal] = computeHunks(original, proposed);
  assert.equal(describeHunk(insert, 9), 'after line 9: −0 +1');
  assert.equal(describeHunk(insert), 'before line 1: −0 +1');
  assert.equal(describeHunk(removal, 9), 'line 13: −1 +0');
  assert.equal(describeHunk(computeHunks('a\nb\nc', 'x')[0]), 'lines 1–3: −3 +1');
});
