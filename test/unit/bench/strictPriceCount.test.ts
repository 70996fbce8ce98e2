import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyTally, seededSample, strictOnly, tallyFile } from '../../../bench/guard/strictPriceCount';

const span = (start: number, end: number, kind = 'secret-assignment') => ({ start, end, kind });

test('strict-only spans are those balanced lacks with the same bounds and rule', () => {
  assert.deepEqual(strictOnly([span(1, 5)], [span(1, 5), span(1, 6), span(1, 5, 'url-credentials')]), [span(1, 6), span(1, 5, 'url-credentials')]);
});

test('files changed by each setting, and by strict alone', () => {
  const tally = emptyTally();
  tallyFile(tally, [], []);
  tallyFile(tally, [span(0, 3)], [span(0, 3), span(9, 12)]);
  const only = tallyFile(tally, [], [span(2, 4), span(6, 8)]);
  assert.deepEqual(only, [span(2, 4), span(6, 8)]);
  assert.deepEqual(tally, { files: 3, balancedFiles: 1, strictFiles: 2, balancedSpans: 1, strictSpans: 4, strictOnlyFiles: 1, strictOnlySpans: 3 });
});

test('a seeded sample repeats, draws without replacement and is capped by the list', () => {
  const items = Array.from({ length: 50 }, (_, i) => i);
  const a = seededSample(items, 10, 37);
  assert.deepEqual(a, seededSample(items, 10, 37));
  assert.equal(new Set(a).size, 10);
  assert.notDeepEqual(a, seededSample(items, 10, 38));
  assert.deepEqual([...seededSample(items, 80, 1)].sort((x, y) => x - y), items);
});
