// The view's writer puts a character alone (an escape's between two long slices) as its own string rather than
// through the decoder. Held here against the writer as it was before (the reference, copied unchanged) on random
// texts of escapes (line breaks, quotes, surrogates alone and paired, percent escapes), raw runs of every length
// about the 32 at which a slice is taken whole, and random writes: the same view text, the same region ends, the
// same place back for every offset. A lone surrogate written as itself (the decoder writes U+FFFD) fails.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UnescapedViewWriter } from '../../../src/core/guard/unescapedView';
import { seededRandom } from '../../../src/core/seededRandom';
import { UnescapedViewWriterReference } from './unescapedViewReference';

const ESCAPES = ['\\uFEFF', '\\n', '\\r', '\\"', "\\'", '\\t', '\\\\', '\\/', '\\uD83D', '\\uDE00', '\\uD83D\\uDE00', '\\u00e9', '\\u0022', '\\x', '\\U', '%0A', '%3D', '%22', '%41', '%', '%e9', '%253D', '%2541', '%25', '%250', '%25253D', '%252525', '%25252'];
const RAW = 'aB3 =:"\n%\\é';

function text(next: () => number): string {
  let out = '';
  while (out.length < 400) {
    if (next() < 0.4) out += ESCAPES[Math.floor(next() * ESCAPES.length)];
    else {
      const length = next() < 0.5 ? Math.floor(next() * 4) : 28 + Math.floor(next() * 8);
      for (let i = 0; i < length; i++) out += next() < 0.9 ? 'x' : RAW[Math.floor(next() * RAW.length)];
    }
  }
  return out;
}

test('the view written is the view the writer wrote before', () => {
  for (let seed = 1; seed <= 400; seed++) {
    const next = seededRandom(seed);
    const t = text(next);
    const writers = [new UnescapedViewWriter(t), new UnescapedViewWriterReference(t)];
    let at = 0;
    while (at < t.length) {
      const to = Math.min(t.length, at + 1 + Math.floor(next() * 120));
      const how = next();
      for (const w of writers) {
        if (how < 0.25) w.raw(at, to);
        else w.unescaped(how < 0.7 ? 'string' : 'percent', at, to);
        if (how > 0.9) w.endRegion(to);
        else if (how > 0.8) w.lineBreakFor(to);
      }
      at = how > 0.8 ? to + 1 : to;
    }
    const [view, reference] = writers.map((w) => w.done());
    assert.equal(view!.text, reference!.text, JSON.stringify(t));
    assert.deepEqual(view!.ends, reference!.ends);
    for (let i = 0; i <= reference!.text.length; i++) assert.equal(view!.place(i), reference!.place(i));
  }
});

test('an escaped U+FEFF is a character of the view, alone or first in a run, and every place after it holds', () => {
  for (const t of ['a\\uFEFFb', '\\uFEFF\\u0041b', 'x\\n\\uFEFF\\uFEFFy']) {
    const w = new UnescapedViewWriter(t);
    w.unescaped('string', 0, t.length);
    const view = w.done();
    const expected = JSON.parse(`"${t}"`) as string;
    assert.equal(view.text, expected);
    // The last character's place is the last character of the escaped text.
    assert.equal(view.place(view.text.length - 1), t.length - 1);
  }
});
