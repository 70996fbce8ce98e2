import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCompletionStream } from '../../../src/core/completion/streamReader';
import { findBlockEnd } from '../../../src/core/completion/blockTruncation';
import type { StreamChunk } from '../../../src/core/models/modelTypes';
import { atCursor, blockParser } from './completionTestSupport';

/** A provider-like stream: yields chunks until its signal aborts, and records how far it got. */
function fakeStream(chunks: readonly string[], signal: AbortSignal, endless = false) {
  const seen = { yielded: 0, returned: false };
  async function* generate(): AsyncGenerator<StreamChunk> {
    try {
      for (let i = 0; endless || i < chunks.length; i++) {
        if (signal.aborted) throw new DOMException('aborted', 'AbortError');
        seen.yielded++;
        yield { text: chunks[i % chunks.length]! };
        await new Promise((r) => setImmediate(r));
      }
      yield { text: '', usage: { promptTokens: 10, completionTokens: chunks.length } };
    } finally {
      seen.returned = true;
    }
  }
  return { stream: generate(), seen };
}

const now = () => performance.now();

test('single-line: stops at the first newline and aborts the request', async () => {
  const controller = new AbortController();
  const { stream, seen } = fakeStream(['const total', ' = a + b;', '\nconsole', '.log(total);\n', 'more'], controller.signal, true);
  const result = await readCompletionStream(stream, { multiline: false, maxLines: 10, controller, now });
  assert.equal(result.text, 'const total = a + b;');
  assert.equal(result.reason, 'newline');
  assert.equal(controller.signal.aborted, true, 'the request signal was aborted');
  assert.equal(seen.yielded, 3, 'nothing read after the newline');
  await new Promise((r) => setImmediate(r));
  assert.equal(seen.returned, true, 'the stream was released');
  assert.ok(result.firstTokenMs !== undefined);
});

test('a stream that ends by itself is not aborted and keeps its usage', async () => {
  const controller = new AbortController();
  const { stream } = fakeStream(['return ', 'x;'], controller.signal);
  const result = await readCompletionStream(stream, { multiline: false, maxLines: 10, controller, now });
  assert.deepEqual([result.text, result.reason, controller.signal.aborted], ['return x;', 'done', false]);
  assert.deepEqual(result.usage, { promptTokens: 10, completionTokens: 2 });
});

test('a <think> block is not visible and its newlines do not stop a single-line read', async () => {
  const controller = new AbortController();
  const { stream } = fakeStream(['<think>The user', '\nwants a sum\n', '</think>\n\n', 'a + b', ';\nnext'], controller.signal);
  const result = await readCompletionStream(stream, { multiline: false, maxLines: 10, controller, now });
  assert.equal(result.text, 'a + b;');
});

test('multi-line: stops at the end of the block and aborts', async () => {
  const { prefix, suffix } = atCursor('function area(r: number) {\n  █\n}\n');
  const parse = await blockParser('typescript');
  const controller = new AbortController();
  const lines = ['const pi = Math.PI;\n', '  return pi * r * r;\n', '}\n', '\n', 'function perimeter(r: number) {\n', '  return 2 * Math.PI * r;\n', '}\n'];
  const { stream, seen } = fakeStream(lines, controller.signal);
  const result = await readCompletionStream(stream, {
    multiline: true, maxLines: 50, controller, now,
    blockEnd: (text, final) => findBlockEnd({ prefix, suffix }, text, final, parse),
  });
  assert.equal(result.text, 'const pi = Math.PI;\n  return pi * r * r;');
  assert.equal(result.reason, 'block-end');
  assert.equal(controller.signal.aborted, true);
  assert.equal(seen.yielded, 3);
});

test('multi-line: the line cap stops an endless stream', async () => {
  const controller = new AbortController();
  const { stream } = fakeStream(['x', '1 = 1;\n'], controller.signal, true);
  let n = 0;
  const numbered = (async function* () {
    for await (const chunk of stream) yield { text: chunk.text.replace('x', `x${n++}`) };
  })();
  const result = await readCompletionStream(numbered, { multiline: true, maxLines: 4, controller, now });
  assert.equal(result.reason, 'max-lines');
  assert.equal(result.text.split('\n').length, 4);
  assert.equal(controller.signal.aborted, true);
});

test('multi-line: runaway repetition is cut to its first occurrence', async () => {
  const controller = new AbortController();
  const { stream } = fakeStream(['items.push(1);\n', 'items.push(2);\n', 'items.push(2);\n', 'items.push(2);\n', 'items.push(2);\n'], controller.signal, true);
  const result = await readCompletionStream(stream, { multiline: true, maxLines: 40, controller, now });
  assert.equal(result.reason, 'repetition');
  assert.equal(result.text, 'items.push(1);\nitems.push(2);');
  assert.equal(controller.signal.aborted, true);
});

test('a leaked stop token ends the completion', async () => {
  const controller = new AbortController();
  const { stream } = fakeStream(['return a', ';<|endoftext|>garbage'], controller.signal);
  const result = await readCompletionStream(stream, { multiline: true, maxLines: 40, controller, now, stop: ['<|endoftext|>'] });
  assert.deepEqual([result.text, result.reason], ['return a;', 'stop-token']);
});

test('an abort from outside surfaces as the provider error, not a result', async () => {
  const controller = new AbortController();
  const { stream } = fakeStream(['a'], controller.signal, true);
  setTimeout(() => controller.abort(), 5);
  await assert.rejects(readCompletionStream(stream, { multiline: true, maxLines: 1_000, maxChars: 1e9, controller, now }), { name: 'AbortError' });
});

test('a closed code fence ends the read: the explanation after it is never streamed', async () => {
  const controller = new AbortController();
  const { stream, seen } = fakeStream(['```python\n', 'return 1\n', '```\n', 'This returns one.\n', 'More prose.\n'], controller.signal);
  const result = await readCompletionStream(stream, { multiline: true, maxLines: 40, controller, now });
  assert.deepEqual([result.text, result.reason, controller.signal.aborted], ['return 1', 'stop-token', true]);
  assert.equal(seen.yielded, 3);
});
