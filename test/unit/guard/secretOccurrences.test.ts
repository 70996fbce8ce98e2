import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachOccurrence, startsAt } from '../../../src/core/guard/secretOccurrences';
import { findSecrets } from '../../../src/core/guard/secretRedactor';
import { seededRandom } from '../../../src/core/seededRandom';
import { SpanList } from '../../../src/core/guard/spanList';

/** Each secret's occurrences as its own indexOf loop finds them. */
function byIndexOf(text: string, secrets: readonly string[]): number[][] {
  return secrets.map((s) => {
    const found: number[] = [];
    for (let at = text.indexOf(s); at !== -1; at = text.indexOf(s, at + s.length)) found.push(at);
    return found;
  });
}

function visited(text: string, secrets: readonly string[]): number[][] {
  const found: number[][] = secrets.map(() => []);
  forEachOccurrence(text, secrets, (k, at) => found[k]!.push(at));
  return found;
}

test('each secret occurs where its indexOf loop finds it, few secrets or many, overlapping, nested, at the edges', () => {
  const random = seededRandom(5);
  // A small alphabet, so that secrets recur, overlap themselves (`abababab`) and hold one another.
  const letters = 'ab1é\n';
  const draw = (n: number) => Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join('');
  for (let round = 0; round < 3000; round++) {
    const text = draw(Math.floor(random() * 400));
    const count = 1 + Math.floor(random() * 12);
    const secrets = new Set<string>();
    for (let k = 0; k < count; k++) {
      // Half drawn, half cut from the text (so they occur), some cut from another secret.
      const from = Math.floor(random() * text.length);
      const s = random() < 0.5 ? draw(2 + Math.floor(random() * 10)) : text.slice(from, from + 2 + Math.floor(random() * 10));
      if (s.length >= 2) secrets.add(s);
    }
    const list = [...secrets];
    assert.deepEqual(visited(text, list), byIndexOf(text, list), JSON.stringify({ text, list }));
  }
});

test('many secrets of 8 characters or more, as the redactor seeks them: each where its indexOf loop finds it, in the text\'s order', () => {
  const random = seededRandom(13);
  // Few letters, so that the windows' last two characters often end a secret's first eight and secrets recur.
  const letters = 'abcd1é\n';
  const draw = (n: number) => Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join('');
  for (let round = 0; round < 1500; round++) {
    const text = draw(Math.floor(random() * 1500));
    const secrets = new Set<string>();
    for (let k = 5 + Math.floor(random() * 60); k > 0; k--) {
      const from = Math.floor(random() * text.length);
      const s = random() < 0.3 ? draw(8 + Math.floor(random() * 16)) : text.slice(from, from + 8 + Math.floor(random() * 16));
      if (s.length >= 8) secrets.add(s);
    }
    const list = [...secrets];
    const order: number[] = [];
    const found: number[][] = list.map(() => []);
    forEachOccurrence(text, list, (k, at) => {
      found[k]!.push(at);
      order.push(at);
    });
    assert.deepEqual(found, byIndexOf(text, list), JSON.stringify({ text, list }));
    if (list.length > 4) assert.ok(order.every((at, i) => i === 0 || order[i - 1]! <= at), 'in the text\'s order');
  }
});

test('with spans already found, each occurrence no span holds whole is still visited, in order, and none but occurrences', () => {
  const random = seededRandom(31);
  // Few letters, so that secrets overlap themselves (`abab1aba`) and spans hold some occurrences, cut others.
  const letters = 'ab1\n';
  const draw = (n: number) => Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join('');
  for (let round = 0; round < 2000; round++) {
    const text = draw(Math.floor(random() * 800));
    const secrets = new Set<string>();
    for (let k = 1 + Math.floor(random() * 30); k > 0; k--) {
      const from = Math.floor(random() * text.length);
      const s = text.slice(from, from + 2 + Math.floor(random() * 14));
      if (s.length >= 2) secrets.add(s);
    }
    const list = [...secrets];
    const spans = new SpanList();
    for (let at = Math.floor(random() * 20); at < text.length; at += 1 + Math.floor(random() * 30)) {
      const end = Math.min(text.length, at + 1 + Math.floor(random() * 20));
      spans.push(0, at, end);
      at = end;
    }
    const visitHeld = list.map(() => random() < 0.2);
    const held = (at: number, end: number) => spans.toSpans().some((s) => s.start <= at && s.end >= end);
    const found: number[][] = list.map(() => []);
    const order: number[] = [];
    forEachOccurrence(text, list, (k, at) => {
      found[k]!.push(at);
      order.push(at);
    }, { spans, visitHeld });
    const all = byIndexOf(text, list);
    list.forEach((s, k) => {
      const context = JSON.stringify({ text, list, s });
      assert.ok(found[k]!.every((at) => all[k]!.includes(at)), context);
      const unheld = (ats: number[]) => ats.filter((at) => visitHeld[k] || !held(at, at + s.length));
      assert.deepEqual(unheld(found[k]!), unheld(all[k]!), context);
      assert.deepEqual(found[k], [...found[k]!].sort((a, b) => a - b), context);
    });
    if (list.length > 4) assert.ok(order.every((at, i) => i === 0 || order[i - 1]! <= at), 'in the text\'s order');
  }
});

test('startsAt is startsWith, at the text end too', () => {
  assert.ok(startsAt('xx abc', 3, 'abc'));
  assert.ok(!startsAt('xx abc', 3, 'abcd'));
  assert.ok(!startsAt('xx abd', 3, 'abc'));
  assert.ok(startsAt('abc', 0, ''));
});

test('64 different secrets, each pasted again, are each redacted everywhere', () => {
  const random = seededRandom(9);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const values = Array.from({ length: 64 }, () => Array.from({ length: 16 }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
  const text = values.map((v, i) => `key_${i}: ${v}\n`).join('') + values.map((v) => `log: used ${v} today\n`).join('');
  const spans = findSecrets(text);
  for (const v of values) {
    for (let at = text.indexOf(v); at !== -1; at = text.indexOf(v, at + 1)) {
      assert.ok(spans.some((s) => s.start <= at && s.end >= at + v.length), `${v} at ${at}`);
    }
  }
});

test('many secrets that open alike (keys in one encoding), judged past their shared opening: each where its indexOf loop finds it', () => {
  const random = seededRandom(28);
  const letters = 'abc1\n';
  const draw = (n: number) => Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join('');
  for (let round = 0; round < 800; round++) {
    // The shared opening, sometimes as long as the shortest secret less one.
    const opening = `MC4C${draw(Math.floor(random() * 6))}`;
    const secrets = new Set<string>();
    for (let k = 5 + Math.floor(random() * 40); k > 0; k--) secrets.add(opening + draw(1 + Math.floor(random() * 10)));
    const list = [...secrets];
    let text = '';
    while (text.length < 1200) text += random() < 0.5 ? list[Math.floor(random() * list.length)]! : random() < 0.5 ? opening : draw(3);
    assert.deepEqual(visited(text, list), byIndexOf(text, list), JSON.stringify({ text, list }));
  }
});
