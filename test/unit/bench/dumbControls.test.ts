// The dumb controls do what their one-line definitions say, on strings written here (never a split's items), answer in
// the redactor's shape so the bench's scoring reads them alike, and answer on 1 MB of their worst shapes (timed in bench/guard/controlWorstShapes.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DUMB_CONTROLS, entropySpans, everyLiteralSpans, keywordWindowSpans, merged, redactWithControl, shannonEntropy,
} from '../../../bench/guard/dumbControls';
import { controlWorstShapes } from '../../../bench/guard/controlWorstShapes';
import { isRedacted } from '../../../bench/guard/redactionScore';

const taken = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));
const control = (name: string) => DUMB_CONTROLS.find((c) => c.name === name)!;

test('keyword window: a run of 6 or more after a secret word, in any case, glued or spaced, on its line only', () => {
  // The run is cut at the word's end: `pass` in `password` leaves `word="hunter22"`, the key's rest with the value.
  assert.deepEqual(taken('password="hunter22"', keywordWindowSpans('password="hunter22"')), ['word="hunter22"']);
  assert.deepEqual(taken('secret="hunter22"', keywordWindowSpans('secret="hunter22"')), ['="hunter22"']);
  assert.deepEqual(taken('DB_PWD: s3cr3tvalue', keywordWindowSpans('DB_PWD: s3cr3tvalue')), ['s3cr3tvalue']);
  assert.deepEqual(taken('Authorization   abcdefgh', keywordWindowSpans('Authorization   abcdefgh')), ['orization', 'abcdefgh']);
  assert.deepEqual(keywordWindowSpans('token = abc12'), [], 'a run of 5 is left');
  assert.deepEqual(keywordWindowSpans('name = abcdefgh'), [], 'no secret word');
  assert.deepEqual(keywordWindowSpans('key =\nabcdefgh'), [], 'the next line is not in the window');
  // Starts 40 characters after the word: outside; 39: inside (and taken whole, past the window).
  const far = `key${' '.repeat(40)}abcdefgh`;
  assert.deepEqual(keywordWindowSpans(far), []);
  const near = `key${' '.repeat(39)}abcdefghijklmnopqrstuvwxyzabcdefghijklmn`;
  assert.deepEqual(taken(near, keywordWindowSpans(near)), ['abcdefghijklmnopqrstuvwxyzabcdefghijklmn']);
  // Every run in the window, and the word anywhere in a longer one (a dumb control).
  assert.deepEqual(taken('keyboard layout: qwerty-us', keywordWindowSpans('keyboard layout: qwerty-us')), ['layout:', 'qwerty-us']);
});

test('entropy only: 16 or more of the alphabets, 3.5 bits a character, 3.0 for hex, no key word', () => {
  assert.equal(shannonEntropy('aaaa'), 0);
  assert.equal(shannonEntropy('abcd'), 2);
  const b64 = 'Zx8Kq2Lm9Pw4Rt7Y';
  assert.ok(shannonEntropy(b64) >= 3.5);
  assert.deepEqual(taken(`x ${b64} y`, entropySpans(`x ${b64} y`)), [b64]);
  assert.deepEqual(entropySpans('Zx8Kq2Lm9Pw4Rt7'), [], 'fifteen characters');
  const hex = '0123456789abcdef0123';
  assert.ok(shannonEntropy(hex) >= 3.0 && shannonEntropy(hex) < 3.5 + 1);
  assert.deepEqual(taken(hex, entropySpans(hex)), [hex]);
  assert.deepEqual(entropySpans('aaaaaaaaaaaaaaaaaaaaaaaa'), [], 'low entropy');
  // Hex's lower bar is for hex only: 3.2 bits of letters beyond f are left.
  const low = 'ghghijijklklmnmnopop';
  assert.ok(shannonEntropy(low) < 3.5 && shannonEntropy(low) >= 3.0);
  assert.deepEqual(entropySpans(low), []);
  // Padding belongs to the run; `=` elsewhere ends it.
  assert.deepEqual(taken('k=Zx8Kq2Lm9Pw4Rt7Y==', entropySpans('k=Zx8Kq2Lm9Pw4Rt7Y==')), ['Zx8Kq2Lm9Pw4Rt7Y==']);
});

test('keyword or entropy: the union of the two', () => {
  const text = 'pass=hunter22 id Zx8Kq2Lm9Pw4Rt7Y';
  assert.deepEqual(taken(text, control('keyword-or-entropy').spans(text)), ['=hunter22', 'Zx8Kq2Lm9Pw4Rt7Y']);
});

test('every literal: each quoted string and each value after = or :', () => {
  const text = `const a = "one"; b: two; c := 'three'; d = \`four\`; e == five; f = ""`;
  assert.deepEqual(taken(text, everyLiteralSpans(text)), ['"one";', 'two;', "'three';", '`four`;', 'five;', '""']);
  assert.deepEqual(taken('say("it\\"s")', everyLiteralSpans('say("it\\"s")')), ['it\\"s']);
  assert.deepEqual(everyLiteralSpans('a =\nb'), [], 'no value on the line');
  assert.deepEqual(everyLiteralSpans('===='), []);
});

test('spans are sorted and merged, and the answer reads as the redactor\'s to the scoring', () => {
  assert.deepEqual(merged([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 3, end: 4 }, { start: 6, end: 12 }]), [{ start: 0, end: 4 }, { start: 5, end: 12 }]);
  const text = 'export API_TOKEN=Zx8Kq2Lm9Pw4Rt7Y';
  for (const c of DUMB_CONTROLS) {
    const result = redactWithControl(c, text);
    assert.equal(result.count, 1, c.name);
    assert.ok(!result.text.includes('Zx8Kq2Lm9Pw4Rt7Y'));
    assert.equal(isRedacted({ text, secrets: ['Zx8Kq2Lm9Pw4Rt7Y'], label: 'secret' }, result), true, c.name);
  }
  assert.deepEqual(redactWithControl(control('entropy-only'), 'nothing here'), { text: 'nothing here', count: 0, redactions: [] });
});

test('each control answers on 1 MB of its worst shapes with spans inside the text, in order and apart (timed in controlWorstShapes.ts)', () => {
  for (const c of DUMB_CONTROLS) {
    for (const shape of controlWorstShapes()) {
      const spans = c.spans(shape);
      let end = 0;
      for (const s of spans) {
        assert.ok(s.start >= end && s.end > s.start && s.end <= shape.length, `${c.name} on ${JSON.stringify(shape.slice(0, 12))}…: span ${s.start}–${s.end}`);
        end = s.end;
      }
    }
  }
});
