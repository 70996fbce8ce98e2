import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FeedbackFileSystem } from '../../../src/core/feedback/feedbackFileSystem';
import type { FeedbackEvent } from '../../../src/core/feedback/feedbackEvents';
import { readRecentTriggerExamples } from '../../../src/core/feedback/triggerHistory';

const features = { language: 'go', column: 4, atLineEnd: true, charBefore: '(', msSinceKeystroke: 300, lastOutcome: 'none' as const, documentLength: 100, relativePosition: 0.5 };

/** A log of `files` files with `perFile` shown suggestions each (every third accepted), recording what is read. */
function fakeLog(files: number, perFile: number) {
  const contents = new Map<string, string>();
  let ts = 1;
  for (let f = 0; f < files; f++) {
    const lines: FeedbackEvent[] = [];
    for (let i = 0; i < perFile; i++) {
      const id = `s${f}-${i}`;
      lines.push({ v: 1, id: `${id}-s`, ts: ts++, kind: 'completion.shown', suggestionId: id, visibleMs: 800, features });
      if (i % 3 === 0) lines.push({ v: 1, id: `${id}-a`, ts: ts++, kind: 'completion.accepted', suggestionId: id });
    }
    contents.set(`events-${String(f).padStart(4, '0')}-aaaaaa-0.jsonl`, lines.map((e) => JSON.stringify(e)).join('\n') + '\n');
  }
  const read: string[] = [];
  const fs = {
    readdir: async () => [...contents.keys()],
    readFile: async (path: string) => {
      const name = path.split('/').pop()!;
      read.push(name);
      return contents.get(name)!;
    },
  } as unknown as FeedbackFileSystem;
  return { fs, read };
}

test('start-up without a state reads only the newest files, until it has the examples it keeps', async () => {
  const { fs, read } = fakeLog(50, 100);
  const examples = await readRecentTriggerExamples('/log', 250, fs);
  assert.equal(examples.length, 250);
  assert.deepEqual(read, ['events-0049-aaaaaa-0.jsonl', 'events-0048-aaaaaa-0.jsonl', 'events-0047-aaaaaa-0.jsonl']);
  assert.ok(examples.every((e, i) => i === 0 || e.ts > examples[i - 1].ts), 'oldest first');
  assert.equal(examples.filter((e) => e.accepted).length, 17 + 34 + 34);
});

test('a small log is read whole; an empty one gives nothing', async () => {
  assert.equal((await readRecentTriggerExamples('/log', 600, fakeLog(2, 10).fs)).length, 20);
  assert.deepEqual(await readRecentTriggerExamples('/log', 600, fakeLog(0, 0).fs), []);
});
