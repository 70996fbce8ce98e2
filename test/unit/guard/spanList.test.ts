import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SpanList, spanKind } from '../../../src/core/guard/spanList';
import { seededRandom } from '../../../src/core/seededRandom';

function list(spans: [string, number, number][]): SpanList {
  const l = new SpanList(1);
  for (const [kind, start, end] of spans) l.push(spanKind(kind), start, end);
  return l;
}

test('holds spans pushed past its first capacity, in the order pushed', () => {
  const l = new SpanList(1);
  for (let i = 0; i < 100; i++) l.push(spanKind(i % 2 ? 'a' : 'b'), i * 3, i * 3 + 2);
  assert.equal(l.length, 100);
  assert.deepEqual(l.toSpans()[99], { kind: 'a', start: 297, end: 299 });
  assert.deepEqual(new SpanList().toSpans(), []);
});

test('told how many spans to expect, holds them past its first capacity and past the number expected, in the order pushed', () => {
  const l = new SpanList(2, 10);
  for (let i = 0; i < 25; i++) l.push(spanKind('a'), i * 4, i * 4 + 3);
  assert.equal(l.length, 25);
  assert.deepEqual([l.start(1), l.end(9), l.start(24), l.end(24)], [4, 39, 96, 99]);
});

test('merging sorts by start, longer first, and an overlap joins the earlier span keeping its kind', () => {
  const merged = list([['y', 10, 12], ['x', 0, 5], ['z', 3, 8], ['w', 10, 15], ['v', 20, 21]]).merged();
  assert.deepEqual(merged.toSpans(), [
    { kind: 'x', start: 0, end: 8 },
    { kind: 'w', start: 10, end: 15 },
    { kind: 'v', start: 20, end: 21 },
  ]);
});

test('of two equal spans the one pushed first names the secret (a vendor rule runs before the assignment rule)', () => {
  assert.deepEqual(list([['github-token', 4, 9], ['secret-assignment', 4, 9]]).merged().toSpans(), [{ kind: 'github-token', start: 4, end: 9 }]);
  assert.deepEqual(list([['late', 9, 10], ['first', 4, 9], ['second', 4, 9]]).merged().toSpans()[0]!.kind, 'first');
});

test('a list already sorted and apart is its own merge; spans side by side stay apart', () => {
  const l = list([['a', 0, 2], ['a', 2, 4], ['b', 6, 7]]);
  assert.equal(l.merged(), l);
  assert.equal(l.concat(list([['c', 1, 3]])).merged().length, 2);
});

/** Up to a dozen short spans starting before 40, overlapping often. */
function randomSpans(random: () => number): [string, number, number][] {
  const spans: [string, number, number][] = [];
  for (let i = 0; i < Math.floor(random() * 12); i++) {
    const start = Math.floor(random() * 40);
    spans.push([`k${i}`, start, start + 1 + Math.floor(random() * 6)]);
  }
  return spans;
}

test('merging matches sorting objects and joining overlaps, on random spans', () => {
  const random = seededRandom(5);
  for (let round = 0; round < 300; round++) {
    const spans = randomSpans(random);
    const expected: { kind: string; start: number; end: number }[] = [];
    const sorted = spans.map(([kind, start, end]) => ({ kind, start, end })).sort((a, b) => a.start - b.start || b.end - a.end);
    for (const s of sorted) {
      const last = expected[expected.length - 1];
      if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
      else expected.push({ ...s });
    }
    assert.deepEqual(list(spans).merged().toSpans(), expected, JSON.stringify(spans));
  }
});

test('a holder is a span pushed before that starts at or before a span and ends at or after it, and merging the held span changes nothing', () => {
  const random = seededRandom(11);
  for (let round = 0; round < 300; round++) {
    const spans = randomSpans(random);
    const l = list(spans);
    const held = l.holder();
    for (let start = 0; start < 48; start++) {
      for (let end = start + 1; end < start + 8; end++) {
        const expected = spans.some(([, s, e]) => s <= start && e >= end);
        assert.equal(held(start, end), expected, `${JSON.stringify(spans)} holds ${start}..${end}`);
        if (expected) assert.deepEqual(l.concat(list([['late', start, end]])).merged().toSpans(), l.merged().toSpans());
      }
    }
  }
});

test('a holder answers alike whatever order it is asked in: rising, falling, repeated or jumping (its last answer is looked at first)', () => {
  const random = seededRandom(12);
  for (let round = 0; round < 300; round++) {
    const spans = randomSpans(random);
    const held = list(spans).holder();
    let start = Math.floor(random() * 48);
    for (let ask = 0; ask < 200; ask++) {
      const step = random();
      start = step < 0.3 ? start : step < 0.6 ? start + 1 : step < 0.7 ? Math.max(0, start - 1) : Math.floor(random() * 52);
      const end = start + 1 + Math.floor(random() * 8);
      const expected = spans.some(([, s, e]) => s <= start && e >= end);
      assert.equal(held(start, end), expected, `${JSON.stringify(spans)} holds ${start}..${end}`);
    }
  }
});

/** Spans in order (by start, longer first) and apart, read from the list: what merged() may return unchanged. */
function sortedAndApart(l: SpanList): boolean {
  for (let i = 1; i < l.length; i++) {
    const [a, b] = [l.start(i - 1), l.start(i)];
    if (a > b || (a === b && l.end(i - 1) < l.end(i)) || b < l.end(i - 1)) return false;
  }
  return true;
}

test('a list is its own merge exactly when its spans are in order and apart, pushed one by one or concatenated', () => {
  const random = seededRandom(23);
  for (let round = 0; round < 500; round++) {
    // Mostly in order and apart (each span near the last one's end), sometimes not, sometimes empty.
    const spans: [string, number, number][] = [];
    let at = 0;
    for (let i = 0; i < Math.floor(random() * 8); i++) {
      const start = Math.max(0, at + Math.floor(random() * 6) - 2);
      const end = start + Math.floor(random() * 5);
      spans.push([`k${i}`, start, end]);
      at = end;
    }
    const cut = Math.floor(random() * (spans.length + 1));
    for (const l of [list(spans), list(spans.slice(0, cut)).concat(list(spans.slice(cut)))]) {
      assert.equal(l.merged() === l, sortedAndApart(l), JSON.stringify(spans));
      const merged = l.merged();
      assert.ok(sortedAndApart(merged), JSON.stringify(spans));
      assert.equal(merged.merged(), merged);
    }
  }
});

test('merging with another list gives the concatenation merged: either list in order or not, ties kept in the order pushed', () => {
  const random = seededRandom(41);
  for (let round = 0; round < 2000; round++) {
    // (The first list mostly merged already, as the redactor's found spans are; the second in runs, as occurrences come.)
    const first = random() < 0.7 ? list(randomSpans(random)).merged() : list(randomSpans(random));
    const second = list(random() < 0.5 ? randomSpans(random) : randomSpans(random).sort((a, b) => a[1] - b[1]));
    assert.deepEqual(first.mergedWith(second).toSpans(), first.concat(second).merged().toSpans(), JSON.stringify([first.toSpans(), second.toSpans()]));
  }
  // (Equal spans in both: the first list's kind names the secret.)
  assert.deepEqual(list([['found', 4, 9]]).mergedWith(list([['again', 4, 9], ['again', 0, 2]])).toSpans(), [{ kind: 'again', start: 0, end: 2 }, { kind: 'found', start: 4, end: 9 }]);
});
