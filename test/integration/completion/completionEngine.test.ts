// The engine over real sockets: the real OllamaProvider (official client) against the loopback
// fake Ollama server. A completion comes back; stopping early and a newer keystroke both close
// the HTTP connection, which the server sees.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionEngine } from '../../../src/core/completion/completionEngine';
import type { CompletionModel } from '../../../src/core/completion/completionTypes';
import type { DocumentSnapshot } from '../../../src/core/documentSnapshot';
import { selectFimTemplate } from '../../../src/core/models/fimTemplates';
import { OllamaProvider } from '../../../src/core/models/ollamaProvider';
import { fakeOllamaModels, startFakeOllamaServer } from '../../support/fakeOllamaServer';
import type { FakeOllamaServer } from '../../support/fakeOllamaServer';
import { atCursor, fimRequestOf, instantClock, syntaxService } from '../../unit/completion/completionTestSupport';
import { cellSnapshot } from '../../unit/notebook/notebookFixture';

let server: FakeOllamaServer;

before(async () => {
  server = await startFakeOllamaServer({ models: [fakeOllamaModels.qwenCoder, fakeOllamaModels.starcoder2] });
});
after(() => server.close());

async function engineFor(modelName: string): Promise<{ engine: CompletionEngine; provider: OllamaProvider }> {
  const provider = new OllamaProvider({ provider: 'ollama', baseUrl: server.url, model: modelName });
  const details = await provider.describeModel(modelName);
  const model: CompletionModel = {
    endpoint: provider.endpoint,
    details,
    template: selectFimTemplate(modelName, details.template),
    nativeFim: details.supportsFim,
    stream: (prompt, signal) => provider.streamFim(fimRequestOf(prompt), signal),
  };
  const engine = new CompletionEngine({ getModel: async () => model, syntax: await syntaxService(), clock: instantClock() });
  return { engine, provider };
}

function snapshot(doc: string, uri = 'file:///w/src/area.ts'): DocumentSnapshot {
  const { text, offset } = atCursor(doc);
  return { uri, relativePath: 'src/area.ts', languageId: 'typescript', text, version: 1, offset };
}

test('a completion streams back; the newline stop closes the connection', async () => {
  const { engine, provider } = await engineFor(fakeOllamaModels.qwenCoder.name);
  const { request } = server.reply({ tokens: ['Math', '.PI', ' * r', ' * r;', '\n', '}', '\n\nexport'], tokenDelayMs: 20, endless: true });
  const result = await engine.provideCompletion(snapshot('export function area(r: number) {\n  return █\n}\n'), { trigger: 'automatic' });
  assert.equal(result?.text, 'Math.PI * r * r;');
  assert.equal(result?.multiline, false);
  assert.equal(result?.provider, 'ollama', 'the feedback log records who served it');
  const seen = await request;
  assert.equal(await seen.outcome, 'clientClosed', 'the server saw the connection close at the newline');
  // Native FIM for a model whose template has .Suffix: prefix and suffix, num_ctx, num_predict.
  assert.equal(seen.body.prompt, 'export function area(r: number) {\n  return ');
  assert.equal(seen.body.suffix, '\n}\n');
  assert.equal(seen.body.raw, undefined);
  assert.equal(seen.body.options.num_predict, 64);
  assert.equal(seen.body.options.num_ctx, 4_096);
  // The server renders the template, but the family's stop tokens still go with the request.
  assert.ok(seen.body.options.stop.includes('<|file_sep|>'), JSON.stringify(seen.body.options.stop));
  engine.dispose();
  provider.dispose();
});

test('a newer request aborts the older one, and its connection closes', async () => {
  const { engine, provider } = await engineFor(fakeOllamaModels.qwenCoder.name);
  const slow = server.reply({ tokens: ['a'], tokenDelayMs: 10, endless: true });
  const first = engine.complete(snapshot('const a = █'), { trigger: 'explicit' });
  const firstRequest = await slow.request;
  server.reply({ tokens: ['42', ';'] });
  const second = await engine.complete(snapshot('const a = █;'), { trigger: 'explicit' });
  assert.equal((await first).kind, 'cancelled');
  assert.equal(await firstRequest.outcome, 'clientClosed');
  // The `;` already after the cursor is replaced by the suggestion's range, not doubled.
  assert.equal(second.kind === 'completion' && second.result.text, '42;');
  assert.equal(second.kind === 'completion' && second.result.range.end - second.result.range.start, 1);
  engine.dispose();
  provider.dispose();
});

test('a model without FIM in its Ollama template gets our raw template, cut at the block end', async () => {
  const { engine, provider } = await engineFor(fakeOllamaModels.starcoder2.name);
  const { request } = server.reply({
    tokens: ['const pi = Math.PI;\n', '  return pi * r * r;\n', '}\n', '\n', 'function more() {\n'],
    tokenDelayMs: 15,
    endless: true,
  });
  const outcome = await engine.complete(snapshot('function area(r: number) {\n  █\n}\n'), { trigger: 'explicit' });
  assert.equal(outcome.kind === 'completion' && outcome.result.text, 'const pi = Math.PI;\n  return pi * r * r;');
  const seen = await request;
  assert.equal(seen.body.raw, true);
  assert.equal(seen.body.prompt, '<fim_prefix>function area(r: number) {\n  <fim_suffix>\n}\n<fim_middle>');
  assert.ok(seen.body.options.stop.includes('<file_sep>'));
  assert.equal(await seen.outcome, 'clientClosed');
  engine.dispose();
  provider.dispose();
});

test('a model that is not installed is an error outcome, not a throw', async () => {
  const provider = new OllamaProvider({ provider: 'ollama', baseUrl: server.url, model: 'missing:7b' });
  const engine = new CompletionEngine({
    getModel: async () => ({ endpoint: provider.endpoint, nativeFim: true, stream: (p, s) => provider.streamFim(fimRequestOf(p), s) }),
    clock: instantClock(),
  });
  const outcome = await engine.complete(snapshot('const a = █'), { trigger: 'explicit' });
  assert.equal(outcome.kind, 'error');
  assert.equal((outcome as { error: { reason?: string } }).error.reason, 'modelNotFound');
  engine.dispose();
  provider.dispose();
});

test('a notebook cell over a real socket: the earlier cells go in the prompt, later ones in the suffix, the boundary stops the stream', async () => {
  const { engine, provider } = await engineFor(fakeOllamaModels.qwenCoder.name);
  const { request } = server.reply({ tokens: ['read_csv(', '"sales.csv")', '\n'], tokenDelayMs: 5 });
  const doc = cellSnapshot(['import pandas as pd', 'md:# Sales', 'df = pd.█', 'df.plot()']);
  const result = await engine.provideCompletion(doc, { trigger: 'automatic' });
  assert.equal(result?.text, 'read_csv("sales.csv")');
  assert.deepEqual(result?.range, { start: doc.offset, end: doc.offset }, 'the range is in the cell');
  const seen = await request;
  assert.equal(seen.body.prompt, '# %%\nimport pandas as pd\n\n# %% [markdown]\n# # Sales\n\n# %%\ndf = pd.');
  assert.equal(seen.body.suffix, '\n\n# %%\ndf.plot()\n\n');
  assert.ok(seen.body.options.stop.includes('# %%'), JSON.stringify(seen.body.options.stop));
  engine.dispose();
  provider.dispose();
});
