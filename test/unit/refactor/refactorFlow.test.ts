// The refactor flow from a selection to a proposal under review, against a scripted model: the
// same flow the editor and the CLI run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { ChatRequest, StreamChunk } from '../../../src/core/models/modelTypes';
import type { OutgoingPrompt } from '../../../src/core/models/outgoingPrompt';
import { builtInAction } from '../../../src/core/refactor/refactorActions';
import { runRefactor, type RefactorDocument } from '../../../src/core/refactor/refactorFlow';
import type { RefactorModel } from '../../../src/core/refactor/refactorRequest';
import type { EditProposal } from '../../../src/core/review/editProposal';
import { SyntaxService } from '../../../src/core/syntax/syntaxService';

let syntax: SyntaxService;
before(async () => {
  syntax = await SyntaxService.create();
});
after(() => syntax.dispose());

type Meta = Omit<OutgoingPrompt, 'body'>;

function scriptedModel(chunks: readonly string[]): RefactorModel & { requests: ChatRequest[]; metas: Meta[] } {
  const requests: ChatRequest[] = [];
  const metas: Meta[] = [];
  return {
    requests,
    metas,
    async *stream(prompt: OutgoingPrompt, signal: AbortSignal): AsyncIterable<StreamChunk> {
      const { body, ...meta } = prompt;
      if (body.kind === 'chat') requests.push(body.request);
      metas.push(meta);
      for (const text of chunks) {
        await new Promise((r) => setTimeout(r, 1));
        signal.throwIfAborted();
        yield { text };
      }
    },
  };
}

const text = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n\nexport const x = 1;\n';
const document: RefactorDocument = { uri: 'file:///w/src/math.ts', languageId: 'typescript', text, version: 4, path: 'src/math.ts' };
const cursorInAdd = { start: text.indexOf('return'), end: text.indexOf('return') };

test('Add Documentation at a cursor: the enclosing function is the target, the review opens before the model answers, the proposal is the whole file', async () => {
  const model = scriptedModel(['```ts\n', '/** Adds a and b. */\n', 'export function add(a: number, b: number): number {\n', '  return a + b;\n', '}\n', '```\n']);
  let opened: { state: string; asked: number } | undefined;
  const outcome = await runRefactor(
    { action: builtInAction('document'), document, selection: cursorInAdd },
    { model, syntax, newId: () => 'id-1' },
    {},
    { onProposal: (p) => void (opened = { state: p.state, asked: model.requests.length }) },
    new AbortController().signal,
  );
  assert.deepEqual(opened, { state: 'streaming', asked: 0 });
  assert.equal(outcome.kind, 'proposed');
  const proposal = (outcome as { proposal: EditProposal }).proposal;
  assert.equal(proposal.proposed, '/** Adds a and b. */\n' + text);
  assert.equal(proposal.state, 'ready');
  assert.equal(proposal.title, 'Add Documentation: add');
  assert.deepEqual(proposal.target, { kind: 'document', uri: document.uri, version: 4, languageId: 'typescript', label: 'src/math.ts', path: 'src/math.ts' });
  assert.deepEqual(model.metas[0], { role: 'refactor', purpose: 'refactor:document', files: ['src/math.ts'], languageId: 'typescript', suggestionId: 'id-1' });
  assert.match(model.requests[0].messages.map((m) => m.content).join('\n'), /The code \(lines 1-3\)/);
});

test('Generate Tests appends to the existing test file the host names, and quotes its example', async () => {
  const model = scriptedModel(['```ts\n', "test('adds', () => assert.equal(add(1, 2), 3));\n", '```\n']);
  const existing = "import { test } from 'node:test';\n";
  const outcome = await runRefactor(
    { action: builtInAction('tests'), document, selection: cursorInAdd },
    { model, syntax },
    { testDestination: async () => ({ kind: 'document', uri: 'file:///w/test/math.test.ts', version: 1, path: 'test/math.test.ts', text: existing, testHint: 'node:test', examplePath: 'test/other.test.ts' }) },
    {},
    new AbortController().signal,
  );
  const proposal = (outcome as { proposal: EditProposal }).proposal;
  assert.equal(proposal.proposed, `${existing}\ntest('adds', () => assert.equal(add(1, 2), 3));\n`);
  assert.equal(proposal.target.kind === 'document' && proposal.target.uri, 'file:///w/test/math.test.ts');
  assert.deepEqual(model.metas[0]?.files, ['src/math.ts', 'test/other.test.ts']);
});

test('Rewrite asks the host for an instruction; a blank answer cancels before the model is asked', async () => {
  const model = scriptedModel([]);
  const outcome = await runRefactor({ action: builtInAction('rewrite'), document, selection: cursorInAdd }, { model, syntax }, { askInstruction: async () => '  ' }, {}, new AbortController().signal);
  assert.equal(outcome.kind, 'cancelled');
  assert.equal(model.requests.length, 0);
});

test('Fix sends the host\'s diagnostics for the target lines', async () => {
  const model = scriptedModel(['```ts\nexport function add(a: number, b: number): number {\n  return a + b + 0;\n}\n```\n']);
  let asked: { first: number; last: number } | undefined;
  await runRefactor(
    { action: builtInAction('fix'), document, selection: cursorInAdd },
    { model, syntax },
    { diagnostics: (lines) => ((asked = lines), [{ line: 2, severity: 'error', message: 'Type mismatch' }]) },
    {},
    new AbortController().signal,
  );
  assert.deepEqual(asked, { first: 0, last: 2 });
  assert.match(model.requests[0].messages.at(-1)!.content, /line 2: error: Type mismatch/);
});

test('Explain returns the question for the chat; no proposal, no model call', async () => {
  const model = scriptedModel([]);
  const outcome = await runRefactor({ action: builtInAction('explain'), document, selection: cursorInAdd }, { model, syntax }, {}, {}, new AbortController().signal);
  assert.equal(outcome.kind, 'explain');
  assert.match(outcome.kind === 'explain' ? outcome.code : '', /^export function add/);
  assert.equal(model.requests.length, 0);
});

test('a reply without code ends the proposal; a closed review aborts the request and rejects it', async () => {
  const noCode = await runRefactor({ action: builtInAction('simplify'), document, selection: cursorInAdd }, { model: scriptedModel(['I cannot help.']), syntax }, {}, {}, new AbortController().signal);
  assert.equal(noCode.kind, 'noCode');
  assert.equal(noCode.kind === 'noCode' && noCode.proposal.state, 'rejected');

  const controller = new AbortController();
  let proposal: EditProposal | undefined;
  const endless = scriptedModel(Array.from({ length: 200 }, () => 'x\n'));
  await assert.rejects(
    runRefactor({ action: builtInAction('simplify'), document, selection: cursorInAdd }, { model: endless, syntax }, {}, {
      onProposal: (p) => {
        proposal = p;
        setTimeout(() => controller.abort(), 20);
      },
    }, controller.signal),
  );
  assert.equal(proposal?.state, 'rejected');
});
