// A whole request against a scripted model: streaming updates, the final proposal, its checks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';
import type { ChatRequest, StreamChunk } from '../../../src/core/models/modelTypes';
import type { OutgoingPrompt } from '../../../src/core/models/outgoingPrompt';
import { runRefactorRequest } from '../../../src/core/refactor/refactorRequest';
import type { RefactorModel } from '../../../src/core/refactor/refactorRequest';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create();
});
after(() => syntax.dispose());

/** A model that replies with `chunks`, one per iteration; records what it was asked. */
function scriptedModel(chunks: readonly string[], onChunk?: (i: number) => void): RefactorModel & { requests: ChatRequest[]; signals: AbortSignal[] } {
  const requests: ChatRequest[] = [];
  const signals: AbortSignal[] = [];
  return {
    requests,
    signals,
    async *stream(prompt: OutgoingPrompt, signal: AbortSignal): AsyncIterable<StreamChunk> {
      assert.equal(prompt.body.kind, 'chat');
      requests.push(prompt.body.request as ChatRequest);
      signals.push(signal);
      for (let i = 0; i < chunks.length; i++) {
        signal.throwIfAborted();
        onChunk?.(i);
        yield { text: chunks[i] };
      }
      yield { text: '', usage: { promptTokens: 10, completionTokens: chunks.length } };
    },
  };
}

const doc = 'class Shop:\n    def count(self):\n        return len(self.items)\n\nX = 1\n';
const range = { start: doc.indexOf('    def'), end: doc.indexOf('items)') + 'items)'.length };
const request: ChatRequest = { messages: [{ role: 'user', content: 'document it' }] };
const prompt: OutgoingPrompt = { role: 'refactor', purpose: 'refactor:document', body: { kind: 'chat', request }, files: ['shop.py'] };

test('streams growing proposals, ends with the re-indented code, its hunks and an ok parse', async () => {
  const model = scriptedModel(['Here you go:\n```py', 'thon\ndef count(self):\n', '    """Return how many items."""\n', '    return len(self.items)\n', '```\nDone.']);
  const updates: string[] = [];
  const proposal = await runRefactorRequest(
    model,
    { prompt, output: 'replace', languageId: 'python', documentText: doc, range, syntax, onUpdate: (p) => updates.push(p) },
    new AbortController().signal,
  );
  const expected = '    def count(self):\n        """Return how many items."""\n        return len(self.items)';
  assert.equal(proposal.proposed, expected);
  assert.deepEqual(updates, ['    def count(self):', '    def count(self):\n        """Return how many items."""', expected]);
  assert.equal(proposal.syntax, 'ok');
  assert.deepEqual(proposal.warnings, []);
  assert.equal(proposal.hunks.length, 1);
  assert.deepEqual(proposal.hunks[0].added, ['        """Return how many items."""']);
  assert.deepEqual(proposal.usage, { promptTokens: 10, completionTokens: 5 });
  assert.equal(model.requests[0], request);
});

test('a reply that does not parse is flagged, with the line', async () => {
  const model = scriptedModel(['```python\ndef count(self)\n    return len(self.items\n```\n']);
  const proposal = await runRefactorRequest(model, { prompt, output: 'replace', languageId: 'python', documentText: doc, range, syntax }, new AbortController().signal);
  assert.equal(proposal.syntax, 'errors');
  assert.ok(proposal.syntaxErrorLines.length > 0);
  assert.match(proposal.warnings.join(' '), /does not parse/);
});

test('a truncated reply (unclosed fence, unclosed brace) is flagged twice', async () => {
  const tsDoc = 'function a() {\n  return 1;\n}\n\nfunction b() {\n  return 2;\n}\n';
  const tsRange = { start: 0, end: tsDoc.indexOf('}') + 1 };
  const model = scriptedModel(['```ts\n/** A. */\nfunction a() {\n  if (x) {\n    return 1;\n']);
  const proposal = await runRefactorRequest(model, { prompt, output: 'replace', languageId: 'typescript', documentText: tsDoc, range: tsRange, syntax }, new AbortController().signal);
  assert.equal(proposal.extracted.truncated, true);
  assert.equal(proposal.syntax, 'errors');
  assert.match(proposal.warnings[0], /cut off/);
  assert.match(proposal.warnings[1], /does not parse/);
});

test('prose only: no proposal, a warning', async () => {
  const prose = await runRefactorRequest(scriptedModel(['The code is fine as it is, no change needed.']), { prompt, output: 'replace', languageId: 'python', documentText: doc, range, syntax }, new AbortController().signal);
  assert.equal(prose.proposed, undefined);
  assert.deepEqual(prose.warnings, ['The model replied without any code.']);
});

test('cancel: the signal reaches the model and the request rejects with AbortError', async () => {
  const controller = new AbortController();
  const model = scriptedModel(['```py\n', 'def a():\n', '    pass\n', '```'], (i) => i === 2 && controller.abort());
  await assert.rejects(
    runRefactorRequest(model, { prompt, output: 'replace', languageId: 'python', documentText: doc, range, syntax }, controller.signal),
    { name: 'AbortError' },
  );
  assert.equal(model.signals[0], controller.signal);
});

test('no syntax service: verdict unknown, no warning about parsing', async () => {
  const model = scriptedModel(['```py\ndef count(self):\n    return 0\n```']);
  const proposal = await runRefactorRequest(model, { prompt, output: 'replace', languageId: 'python', documentText: doc, range }, new AbortController().signal);
  assert.equal(proposal.syntax, 'unknown');
  assert.deepEqual(proposal.warnings, []);
  assert.equal(proposal.proposed, '    def count(self):\n        return 0');
});
