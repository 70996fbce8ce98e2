// unsignedJwtRule.ts keeps what the last header and the last claims decoded to: a segment equal to the last one gets
// the answer decoding gives. Held here on random sequences drawn from pools of segments (headers of every `alg`,
// objects, arrays, padded, not JSON, not base64url), so a segment comes back right after itself and after others; it
// fails when the memo answers a segment it did not decode (the kept segment never replaced, or the header's answer
// given to the claims). And the rule on a file of one token repeated, and of two alternating, finds every line's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsAreObject, decodedObject, headerSaysNone, unsignedJwtRule } from '../../../src/core/guard/rules/unsignedJwtRule';
import { SpanList } from '../../../src/core/guard/spanList';
import { seededRandom } from '../../../src/core/seededRandom';

const encoded = (json: string, pad = false) => {
  const s = Buffer.from(json).toString('base64url');
  return pad ? s.padEnd(Math.ceil(s.length / 4) * 4, '=') : s;
};
const SEGMENTS = [
  encoded('{"alg":"none"}'), encoded('{ "alg": "none" }', true), encoded('{"alg":"HS256"}'), encoded('{"typ":"JWT","alg":"none"}'),
  encoded('{"alg":"None"}'), encoded('{}'), encoded('{"sub":"x"}', true), encoded('[1,2]'), encoded('"none"'), encoded('{"alg":'),
  encoded('not json'), 'eyAiYWxnIjogIm5vbmUiIH0', 'eyAic3ViIjogIngiIH0', 'e30', 'ew', '',
];

test('a kept header or claims answer is the answer decoding gives, whatever came between', () => {
  let asked = 0;
  let none = 0;
  let objects = 0;
  for (let seed = 1; seed <= 60; seed++) {
    const random = seededRandom(seed);
    const pool = Array.from({ length: 1 + (seed % 6) }, () => SEGMENTS[Math.floor(random() * SEGMENTS.length)]!);
    for (let i = 0; i < 300; i++) {
      // Each segment a slice of a text of its own, as the rule cuts it: the memo compares characters, not identity.
      const raw = pool[Math.floor(random() * pool.length)]!;
      const segment = `.${raw}.`.slice(1, -1);
      const decoded = decodedObject(segment);
      if (random() < 0.5) {
        const answer = headerSaysNone(segment);
        assert.equal(answer, decoded?.alg === 'none', `header ${segment}`);
        if (answer) none++;
      } else {
        const answer = claimsAreObject(segment);
        assert.equal(answer, decoded !== undefined, `claims ${segment}`);
        if (answer) objects++;
      }
      asked++;
    }
  }
  assert.equal(asked, 18_000);
  assert.ok(none > 1000 && objects > 1000, `${none} ${objects}`);
});

test('a token repeated line after line, or two alternating, is found on every line', () => {
  const none = 'eyAiYWxnIjogIm5vbmUiIH0.eyAic3ViIjogIngiIH0.';
  const signedHeader = `${encoded('{ "alg": "HS256" }')}.eyAic3ViIjogIngiIH0.`;
  const other = `${encoded('{"alg":"none","kid":"b25l"}')}.e30.`;
  const found = (text: string) => {
    const spans = new SpanList(4);
    unsignedJwtRule.find(text, spans);
    return spans.toSpans().map(({ start, end }) => text.slice(start, end));
  };
  assert.deepEqual(found(`${none}\n`.repeat(5)), Array(5).fill(none));
  assert.deepEqual(found(`${none}\n${other}\n`.repeat(3)), [none, other, none, other, none, other]);
  // A header that is not "none" between two that are: neither its answer nor theirs carried over.
  assert.deepEqual(found(`${none}\n${signedHeader}\n${none}\n`), [none, none]);
});
