// high-entropy's gate is handed where the key words start, recorded by the redactor's prefilter pass for the
// assignment rule, instead of scanning the text for them: its answers must be those of its own scan.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeywordPrefilter } from '../../../src/core/guard/keywordPrefilter';
import { keyWordBefore } from '../../../src/core/guard/rules/keyWordBefore';
import { keyWords } from '../../../src/core/guard/rules/keyWordScan';
import { highEntropyRule } from '../../../src/core/guard/rules/highEntropyRule';
import { findSecrets, rulesPrefilter, secretRules } from '../../../src/core/guard/secretRedactor';
import { SpanList } from '../../../src/core/guard/spanList';
import { seededRandom } from '../../../src/core/seededRandom';

const PIECES = ['token', 'KEY', 'pass', 'Pw', 'pwd', 'x', 'abc', ' ', '\t', '=', '"', ': ', '\n', '\n\n', 'aB3dE6gH9jK2mN5pQ8sT1vW4', 'secre', 'é', 'a'.repeat(120)];

function randomText(random: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

test('the gate handed the key words\' starts answers as its own scan, for rising and falling offsets', () => {
  const prefilter = new KeywordPrefilter([keyWords], ['starts'], true);
  const random = seededRandom(43);
  let asked = 0;
  let yes = 0;
  for (let t = 0; t < 300; t++) {
    const text = randomText(random, 2_000);
    const near: (number[] | null | undefined)[] = [];
    prefilter.needed(text, near);
    const starts = near[0]!;
    const offsets: number[] = [];
    let at = 0;
    for (let k = 0; k < 200; k++) offsets.push((at = random() < 0.05 ? Math.floor(random() * at) : Math.min(text.length, at + Math.floor(random() * 40))));
    // (Each reading alone over the offsets: the gate keeps one text's reading at a time.)
    const own = offsets.map((offset) => keyWordBefore(text, offset));
    const handed = offsets.map((offset) => keyWordBefore(text, offset, starts));
    assert.deepEqual(handed, own, `text ${t}`);
    asked += own.length;
    yes += own.filter(Boolean).length;
  }
  assert.ok(yes > asked / 10 && yes < (asked * 9) / 10, `${yes} of ${asked} yes`);
});

test('high-entropy handed the starts by the redactor\'s prefilter finds what it finds scanning, and the assignment rule is handed the same record', () => {
  const prefilter = rulesPrefilter(secretRules);
  const entropy = secretRules.indexOf(highEntropyRule);
  const assignment = secretRules.findIndex((r) => r.keywordStarts === true && r !== highEntropyRule);
  assert.ok(entropy !== -1 && assignment !== -1);
  const random = seededRandom(47);
  let finds = 0;
  for (let t = 0; t < 200; t++) {
    const text = randomText(random, 600);
    const near: (number[] | null | undefined)[] = [];
    prefilter.needed(text, near);
    assert.equal(near[entropy], near[assignment]);
    const own = new SpanList();
    const handed = new SpanList();
    highEntropyRule.find(text, own);
    highEntropyRule.find(text, handed, near[entropy] ?? undefined);
    assert.deepEqual(handed.toSpans(), own.toSpans(), JSON.stringify(text));
    finds += own.length;
  }
  assert.ok(finds > 20, `${finds} finds`);
  // Every rule's finds in one redaction: as before, with the gate's key words read off the prefilter's pass.
  assert.deepEqual(findSecrets('api_token = "aB3dE6gH9jK2mN5pQ8sT1vW4xY7z"\n').map((s) => s.kind), ['secret-assignment']);
  assert.throws(() => new KeywordPrefilter([['pass'], ['pass', 'key']], ['starts', 'starts']), /more than one/);
});
