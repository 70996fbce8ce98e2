// A value in one case is judged by how its letters pair: generated letters fall on names' common
// pairs about a third of the time, words nearly always. Random values from a fixed seed; the
// names are identifiers found in code (node_modules and Python's standard library).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commonPairShare } from '../../../src/core/guard/letterPairs';
import { looksRandomValue } from '../../../src/core/guard/rules/randomValue';

function randomValues(alphabet: string, length: number, count: number): string[] {
  let seed = 14;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
  return Array.from({ length: count }, () => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

const NAMES = ['frameworkdir64', 'safeexport8bits', 'line0withend', 'unicode2native', 'decodebase64', 'namedcolor2rgb', 'actionscript3', 'exportsigned64bits', 'checksum32file', 'server2client', 'time2netscape', 'wininst2wheel', 'hostcolumnnames2', 'iso3language', 'utilization1'];

test('names in one case read as words: their letters pair as words do', () => {
  for (const name of NAMES) {
    assert.ok(commonPairShare(name) >= 0.6, `${name}: ${commonPairShare(name)}`);
    assert.equal(looksRandomValue(name), false, name);
  }
});

test('generated letters and digits in one case read as generated, from 12 characters on', () => {
  const lower = 'abcdefghijklmnopqrstuvwxyz0123456789';
  for (const [length, least] of [[12, 0.65], [20, 0.85], [32, 0.9]] as const) {
    const values = randomValues(lower, length, 200);
    const judged = values.filter(looksRandomValue).length / values.length;
    assert.ok(judged >= least, `${length} characters: ${judged}`);
  }
  assert.ok(commonPairShare('3kx19qpx748zvbn2') < 0.6);
});
