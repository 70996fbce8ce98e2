// The engine end to end with an in-process model: the pipeline, one request in flight per
// document, the cache, and the bad inputs that must never throw into the editor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionEngine } from '../../../src/core/completion/completionEngine';
import type { CompletionEngineDeps } from '../../../src/core/completion/completionEngine';
import type { CompletionOutcome, CompletionRequestOptions } from '../../../src/core/completion/completionTypes';
import type { DocumentSnapshot } from '../../../src/core/documentSnapshot';
import { fimTemplateById } from '../../../src/core/models/fimTemplates';
import { ModelError } from '../../../src/core/models/modelError';
import { atCursor, instantClock, scriptedModel, syntaxService } from './completionTestSupport';
import type { ScriptedModel } from './completionTestSupport';

function snapshot(doc: string, languageId = 'typescript', relativePath = 'src/app.ts'): DocumentSnapshot {
  const { text, offset } = atCursor(doc);
  return { uri: `file:///w/${relativePath}`, relativePath, languageId, text, version: 1, offset };
}

async function engineWith(model: ScriptedModel | undefined, deps: Partial<CompletionEngineDeps> = {}) {
  const clock = instantClock();
  const engine = new CompletionEngine({
    getModel: async () => model,
    syntax: await syntaxService(),
    clock,
    ...deps,
  });
  return { engine, clock };
}

const explicit: CompletionRequestOptions = { trigger: 'explicit' };
const automatic: CompletionRequestOptions = { trigger: 'automatic' };

function completionOf(outcome: CompletionOutcome) {
  assert.equal(outcome.kind, 'completion', JSON.stringify(outcome, (k, v) => (k === 'error' ? String(v) : v)));
  return (outcome as Extract<CompletionOutcome, { kind: 'completion' }>).result;
}

test('a single-line completion: prompt recorded, stream aborted at the newline, result at the cursor', async () => {
  const model = scriptedModel();
  model.script(['Math.PI', ' * r * r;', '\n}\n\nfunction more() {'], { endless: true });
  const { engine, clock } = await engineWith(model);
  const doc = snapshot('function area(r: number) {\n  return █\n}\n');
  const outcome = await engine.complete(doc, automatic);
  const result = completionOf(outcome);
  assert.equal(result.text, 'Math.PI * r * r;');
  assert.deepEqual(result.range, { start: doc.offset, end: doc.offset });
  assert.equal(result.multiline, false);
  assert.equal(result.reason, 'newline');
  assert.equal(result.model, 'qwen2.5-coder:1.5b');
  assert.match(result.id, /^[0-9a-f-]{36}$/);
  assert.ok(result.promptTokens > 0 && result.latency.totalMs >= 0);
  assert.equal(model.requests.length, 1);
  assert.equal(model.requests[0]!.signal.aborted, true, 'the request was aborted at the newline');
  assert.deepEqual(clock.sleeps, [100], 'debounced once, at the initial delay');
  const sent = engine.lastPrompt()!;
  assert.equal(sent.request, model.requests[0]!.request, 'the record is exactly what was sent');
  assert.equal(sent.request.prefix, 'function area(r: number) {\n  return ');
  assert.equal(sent.request.suffix, '\n}\n');
  assert.equal(sent.request.maxTokens, 64);
  for (const stage of ['prefilter', 'multiline', 'prompt', 'postprocess', 'generate', 'total'] as const) {
    assert.equal(typeof outcome.timings[stage], 'number', stage);
  }
});

test('a multi-line completion in an empty body is cut at the block end', async () => {
  const model = scriptedModel('codellama:7b-code', fimTemplateById('codellama'));
  model.script(['const pi = Math.PI;\n', '  return pi * r * r;\n', '}\n', '\nfunction next() {\n'], { endless: true });
  const { engine } = await engineWith(model);
  const result = completionOf(await engine.complete(snapshot('function area(r: number) {\n  █\n}\n'), explicit));
  assert.equal(result.text, 'const pi = Math.PI;\n  return pi * r * r;');
  assert.equal(result.multiline, true);
  assert.equal(result.reason, 'block-end');
  assert.match(engine.lastPrompt()!.request.prompt!, /^<PRE> function area/);
  assert.equal(engine.lastPrompt()!.request.maxTokens, 256);
});

test('a newer request for the same document aborts the older one', async () => {
  const model = scriptedModel();
  model.script(['a'], { endless: true });
  const { engine } = await engineWith(model);
  const first = engine.complete(snapshot('let a = █'), explicit);
  while (model.requests.length === 0) await new Promise((r) => setImmediate(r));
  model.script(['42;']);
  const second = engine.complete(snapshot('let a = █;'), explicit);
  assert.equal((await first).kind, 'cancelled');
  assert.equal(model.requests[0]!.signal.aborted, true);
  // The `;` already after the cursor is replaced, not doubled.
  const result = completionOf(await second);
  assert.equal(result.text, '42;');
  assert.equal(result.range.end - result.range.start, 1);
});

test('asked twice for the same text, the second call joins the request in flight; it ends only when both callers give up', async () => {
  const model = scriptedModel();
  model.script(['Math.PI;']);
  const { engine } = await engineWith(model);
  const first = new AbortController();
  const one = engine.complete(snapshot('const pi = █'), { trigger: 'automatic', signal: first.signal });
  const two = engine.complete(snapshot('const pi = █'), automatic);
  first.abort(); // VS Code cancels the first call when it makes the second
  const [a, b] = [await one, await two];
  assert.equal(model.requests.length, 1);
  assert.equal(completionOf(b).text, 'Math.PI;');
  assert.equal(completionOf(a).id, completionOf(b).id, 'one suggestion, not two');

  const both = [new AbortController(), new AbortController()];
  model.script(['x'], { endless: true });
  const three = engine.complete(snapshot('let y = █'), { trigger: 'automatic', signal: both[0]!.signal });
  const four = engine.complete(snapshot('let y = █'), { trigger: 'automatic', signal: both[1]!.signal });
  while (model.requests.length < 2) await new Promise((r) => setImmediate(r));
  both[0]!.abort();
  await new Promise((r) => setImmediate(r));
  assert.equal(model.requests[1]!.signal.aborted, false, 'one caller still waits');
  both[1]!.abort();
  assert.equal((await three).kind, 'cancelled');
  assert.equal((await four).kind, 'cancelled');
  assert.equal(model.requests[1]!.signal.aborted, true);
});

test('a prefetch asks at once, without a debounce; the editor\'s request for the same text joins it or finds it cached', async () => {
  const model = scriptedModel();
  model.script(['return r * r;']);
  const { engine, clock } = await engineWith(model);
  const doc = snapshot('function sq(r: number) {\n  █\n}\n');
  engine.prefetch(doc);
  const joined = completionOf(await engine.complete(doc, automatic));
  assert.equal(joined.text, 'return r * r;');
  assert.equal(model.requests.length, 1);
  assert.deepEqual(clock.sleeps, [], 'neither waited for a debounce');
  assert.equal(completionOf(await engine.complete(doc, automatic)).cached, true);
  assert.equal(model.requests.length, 1);
  // Typing something else aborts a prefetch still running.
  model.script(['x'], { endless: true });
  engine.prefetch(snapshot('let z = █'));
  while (model.requests.length < 2) await new Promise((r) => setImmediate(r));
  model.script(['1;']);
  assert.equal(completionOf(await engine.complete(snapshot('let z = 4█'), automatic)).text, '1;');
  assert.equal(model.requests[1]!.signal.aborted, true);
});

test('after an accept that ends a line, the prefetch offers the next line, and Enter while it runs is answered from it', async () => {
  const model = scriptedModel();
  model.script(['\n  ', 'for (const x of xs) sum += x;', '\n  return sum;\n}\n']);
  const { engine } = await engineWith(model, { config: { multiline: 'single' } });
  const accepted = 'function total(xs: number[]) {\n  let sum = 0;█\n}\n';
  engine.prefetch(snapshot(accepted));
  // The editor asks at the accept's position (joined), then the user presses Enter (VS Code indents).
  const atLineEnd = engine.complete(snapshot(accepted), automatic);
  const afterEnter = completionOf(await engine.complete(snapshot('function total(xs: number[]) {\n  let sum = 0;\n  █\n}\n'), automatic));
  assert.equal(completionOf(await atLineEnd).text, '\n  for (const x of xs) sum += x;', 'the next line, with its line break');
  assert.deepEqual([afterEnter.text, afterEnter.cached], ['for (const x of xs) sum += x;', true]);
  assert.equal(model.requests.length, 1, 'Enter did not abort the prefetch for a request of its own');
  assert.equal(model.requests[0]!.signal.aborted, true, 'stopped after the line it needed');
  // Enter and an indentation the prefetch did not predict: asked anew once the prefetch is done.
  model.script(['\nconst b = 2;\n']);
  engine.prefetch(snapshot('const a = 1;█\n'));
  const other = completionOf(await engine.complete(snapshot('const a = 1;\n    █\n'), automatic));
  assert.equal(other.cached, false);
  assert.equal(model.requests.length, 3);
  assert.equal(model.requests[1]!.signal.aborted, true, 'the prefetch ran to its line end, not aborted by the newer request');
});

test('the prompt is prepared during the debounce: the request leaves when the wait ends', async () => {
  const model = scriptedModel();
  model.script(['1;']);
  let endWait!: () => void;
  const waits: number[] = [];
  const clock = { ...instantClock(), sleep: (ms: number) => { waits.push(ms); return new Promise<void>((resolve) => (endWait = resolve)); } };
  let gathered = 0;
  const engine = new CompletionEngine({
    getModel: async () => model, syntax: await syntaxService(), clock,
    getContext: async () => { gathered++; return []; },
  });
  const pending = engine.complete(snapshot('let z = █'), automatic);
  for (let i = 0; i < 500 && gathered === 0; i++) await new Promise((r) => setImmediate(r));
  assert.equal(gathered, 1, 'the context was gathered during the wait');
  assert.equal(waits.length, 1, 'still waiting out the debounce');
  assert.equal(model.requests.length, 0, 'nothing sent before the wait ends');
  endWait();
  assert.equal(completionOf(await pending).text, '1;');
  assert.equal(model.requests.length, 1);
});

test('a model quick to start stays at the debounce floor however long the lines it writes take', async () => {
  let now = 0;
  const clock = { ...instantClock(), now: () => now };
  const model = scriptedModel();
  const engine = new CompletionEngine({
    getModel: async () => ({
      ...model,
      async *stream() {
        now += 50; // prompt processing: the first token
        yield { text: 'total' };
        now += 900; // a long line, token by token
        yield { text: ' += x;\n' };
      },
    }),
    clock,
  });
  for (let i = 0; i < 5; i++) completionOf(await engine.complete(snapshot(`let total${i} = 0;\nfor (const x of xs) █\n`), automatic));
  assert.equal(engine.debounceMs, 75);
});

test('the caller\'s signal cancels; other documents are not affected', async () => {
  const model = scriptedModel();
  model.script(['a'], { endless: true });
  const { engine } = await engineWith(model);
  const caller = new AbortController();
  const one = engine.complete(snapshot('let a = █'), { trigger: 'explicit', signal: caller.signal });
  const other = engine.complete(snapshot('let b = █', 'typescript', 'src/other.ts'), explicit);
  while (model.requests.length < 2) await new Promise((r) => setImmediate(r));
  caller.abort();
  assert.equal((await one).kind, 'cancelled');
  assert.equal(model.requests[1]!.signal.aborted, false);
  engine.cancel('file:///w/src/other.ts');
  assert.equal((await other).kind, 'cancelled');
});

test('typed-ahead: the cached suggestion continues while the user types it, without a request', async () => {
  const model = scriptedModel();
  model.script(['Math.PI * r * r;']);
  const { engine } = await engineWith(model);
  await engine.complete(snapshot('function area(r: number) {\n  return █\n}\n'), automatic);
  assert.equal(engine.hasCached(snapshot('function area(r: number) {\n  return Math█\n}\n')), true, 'the provider keeps it even where the adaptive trigger would not ask');
  assert.equal(engine.hasCached(snapshot('function area(r: number) {\n  return x█\n}\n')), false);
  const hit = completionOf(await engine.complete(snapshot('function area(r: number) {\n  return Math█\n}\n'), automatic));
  assert.deepEqual([hit.text, hit.cached, hit.reason], ['.PI * r * r;', true, 'cache']);
  assert.equal(model.requests.length, 1);
});

test('each suggestion keeps the prompt it came from; one served from the cache shares its origin\'s, whatever was sent since', async () => {
  const model = scriptedModel();
  model.script(['Math.PI * r * r;']);
  const { engine } = await engineWith(model);
  const first = completionOf(await engine.complete(snapshot('function area(r: number) {\n  return █\n}\n'), automatic));
  const sentFirst = engine.lastPrompt()!;
  assert.equal(engine.promptFor(first.id), sentFirst);
  const typedAhead = completionOf(await engine.complete(snapshot('function area(r: number) {\n  return Math█\n}\n'), automatic));
  assert.equal(typedAhead.cached, true);
  assert.equal(engine.promptFor(typedAhead.id), sentFirst);
  // Another request after it (e.g. the keystroke after Tab): the last prompt moves on, theirs does not.
  model.script(['0;']);
  await engine.complete(snapshot('const zero = █'), automatic);
  assert.notEqual(engine.lastPrompt(), sentFirst);
  assert.equal(engine.promptFor(first.id), sentFirst);
  assert.equal(engine.promptFor('unknown'), undefined);
});

test('an explicit request asks the model again instead of serving the cache', async () => {
  const model = scriptedModel();
  model.script(['Math.PI * r * r;']);
  const { engine } = await engineWith(model);
  const doc = snapshot('function area(r: number) {\n  return █\n}\n');
  await engine.complete(doc, automatic);
  assert.equal(completionOf(await engine.complete(doc, automatic)).cached, true);
  assert.equal(model.requests.length, 1);
  const fresh = completionOf(await engine.complete(doc, explicit));
  assert.equal(fresh.cached, false);
  assert.equal(model.requests.length, 2);
});

test('skips are typed outcomes: mid-word, after delete, snoozed', async () => {
  const model = scriptedModel();
  const { engine } = await engineWith(model);
  const reasonOf = async (doc: DocumentSnapshot, options: CompletionRequestOptions) => {
    const outcome = await engine.complete(doc, options);
    return outcome.kind === 'skipped' ? outcome.reason : outcome.kind;
  };
  assert.equal(await reasonOf(snapshot('const va█lue = 1;'), automatic), 'mid-word');
  assert.equal(await reasonOf(snapshot('const x = █'), { trigger: 'automatic', lastChange: { kind: 'delete' } }), 'after-delete');
  engine.snooze(Date.now() + 60_000 * 60 * 24 * 365 * 100);
  assert.equal(await reasonOf(snapshot('const x = █'), automatic), 'snoozed');
  assert.equal(model.requests.length, 0);
});

test('model failures and missing models come back as outcomes, never as throws', async () => {
  const model = scriptedModel();
  model.script([], { fail: new ModelError('modelNotFound', { provider: 'ollama', model: 'qwen2.5-coder:1.5b' }) });
  const { engine } = await engineWith(model);
  const outcome = await engine.complete(snapshot('let a = █'), explicit);
  assert.equal(outcome.kind, 'error');
  assert.ok(ModelError.is((outcome as { error: unknown }).error, 'modelNotFound'));
  assert.equal(await engine.provideCompletion(snapshot('let a = █'), explicit), undefined);
  const none = await engineWith(undefined);
  assert.equal((await none.engine.complete(snapshot('let a = █'), explicit)).kind, 'no-model');
  const broken = await engineWith(model, { getModel: async () => { throw new Error('gateway exploded'); } });
  assert.equal((await broken.engine.complete(snapshot('let a = █'), explicit)).kind, 'error');
});

test('a failing context source costs its snippets only', async () => {
  const model = scriptedModel();
  model.script(['1;']);
  const { engine } = await engineWith(model, { getContext: async () => { throw new Error('index not ready'); } });
  assert.equal(completionOf(await engine.complete(snapshot('let a = █'), explicit)).text, '1;');
});

test('context snippets reach the prompt within the budget', async () => {
  const model = scriptedModel('qwen2.5-coder:1.5b', fimTemplateById('qwen'));
  model.script(['area(2);']);
  let budget = 0;
  let visible = { start: -1, end: -1 };
  const { engine } = await engineWith(model, {
    getContext: async (_doc, tokens, _signal, shown) => {
      budget = tokens;
      visible = shown;
      return [{ path: 'src/geometry.ts', text: 'export function area(r: number): number;' }];
    },
  });
  const doc = snapshot('const a = █');
  completionOf(await engine.complete(doc, explicit));
  assert.ok(budget > 0);
  // The whole (short) document is in the prompt's windows, so snippets need not repeat any of it.
  assert.deepEqual(visible, { start: 0, end: doc.text.length });
  assert.match(engine.lastPrompt()!.request.prompt!, /<\|file_sep\|>src\/geometry.ts\nexport function area/);
});

// The bad inputs, one by one.

test('bad input: a 5 MB file is skipped by default, and windowed when the limit allows it', async () => {
  const model = scriptedModel();
  model.script(['x + 1;']);
  const big = 'export const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];\n'.repeat(95_000);
  const doc: DocumentSnapshot = { ...snapshot('█'), text: big, offset: big.length / 2 };
  assert.ok(big.length > 5_000_000);
  const { engine } = await engineWith(model);
  const skipped = await engine.complete(doc, explicit);
  assert.deepEqual([skipped.kind, (skipped as { reason?: string }).reason], ['skipped', 'too-large']);
  const roomy = await engineWith(model, { config: { maxFileChars: 10_000_000 } });
  completionOf(await roomy.engine.complete(doc, explicit));
  const sent = roomy.engine.lastPrompt()!.request;
  assert.ok(sent.prefix.length + sent.suffix.length < 20_000, 'only a window was read');
});

test('bad input: a minified 100k-character line is skipped while typing, windowed when asked', async () => {
  const model = scriptedModel();
  model.script(['0;']);
  const line = 'var a=function(b){return b*2};'.repeat(3_400);
  const doc: DocumentSnapshot = { ...snapshot('█', 'javascript', 'dist/app.js'), text: line, offset: 50_000 };
  const { engine } = await engineWith(model);
  const skipped = await engine.complete(doc, automatic);
  assert.equal(skipped.kind === 'skipped' && skipped.reason, 'long-line');
  await engine.complete(doc, explicit);
  assert.ok(engine.lastPrompt()!.request.prefix.length < 12_000);
});

test('bad input: a binary file is skipped', async () => {
  const { engine } = await engineWith(scriptedModel());
  const doc: DocumentSnapshot = { ...snapshot('█'), text: 'PK\u0003\u0004\u0000\u0000binary', offset: 3 };
  const outcome = await engine.complete(doc, explicit);
  assert.equal(outcome.kind === 'skipped' && outcome.reason, 'binary');
});

test('bad input: an unknown language completes with the indentation fallback', async () => {
  const model = scriptedModel();
  model.script(['echo "hi"\n', '  echo "there"\n', 'endblock\n', 'other stuff\n']);
  const { engine } = await engineWith(model, { config: { multiline: 'multi' } });
  const result = completionOf(await engine.complete(snapshot('block:\n  █\nendblock\n', 'madeuplang', 'x.mul'), explicit));
  assert.equal(result.text, 'echo "hi"\n  echo "there"');
});

test('bad input: a CRLF document gets CRLF text, and the windows are LF for the model', async () => {
  const model = scriptedModel();
  model.script(['const pi = Math.PI;\n', '  return pi * r * r;\n', '}\n', 'x\n']);
  const { engine } = await engineWith(model);
  const doc = snapshot('function area(r: number) {\r\n  █\r\n}\r\n');
  const result = completionOf(await engine.complete(doc, explicit));
  assert.equal(result.text, 'const pi = Math.PI;\r\n  return pi * r * r;');
  assert.equal(engine.lastPrompt()!.request.prefix, 'function area(r: number) {\n  ');
  assert.deepEqual(result.range, { start: doc.offset, end: doc.offset });
});

test('bad input: a cursor between CR and LF completes at the end of its line instead of being refused', async () => {
  const model = scriptedModel();
  model.script([' * 2;']);
  const { engine } = await engineWith(model);
  const text = 'const a = 1;\r\nconst b = a\r\nconst c = 3;\r\n';
  const lineEnd = text.indexOf('\r\nconst c');
  const outcome = await engine.complete({ ...snapshot('█'), text, offset: lineEnd + 1 }, explicit);
  const result = completionOf(outcome);
  assert.deepEqual(result.range, { start: lineEnd, end: lineEnd }, 'at the line end, before the CR');
  assert.equal(engine.lastPrompt()!.request.prefix, 'const a = 1;\nconst b = a');
  assert.equal(engine.lastPrompt()!.request.suffix, '\nconst c = 3;\n');
  assert.equal(result.text, ' * 2;');
});

test('bad input: surrogate pairs at the cursor stay whole; a cursor inside one is refused', async () => {
  const model = scriptedModel();
  model.script([' + "🎉";']);
  const { engine } = await engineWith(model);
  const result = completionOf(await engine.complete(snapshot('const party = "😀"█"😀";'), explicit));
  assert.equal(engine.lastPrompt()!.request.prefix, 'const party = "😀"');
  assert.equal(engine.lastPrompt()!.request.suffix, '"😀";');
  assert.ok(result.text.includes('🎉'));
  const inside: DocumentSnapshot = { ...snapshot('█'), text: 'a😀b', offset: 2 };
  const refused = await engine.complete(inside, explicit);
  assert.equal(refused.kind === 'skipped' && refused.reason, 'invalid-offset');
});

test('bad input: multiple cursors: any offset works, from the first character to the last', async () => {
  const model = scriptedModel();
  model.script(['/* x */']);
  const { engine } = await engineWith(model);
  const text = 'function f() {\n  return 1;\n}\n';
  for (const offset of [0, 15, 17, text.length - 1, text.length]) {
    const outcome = await engine.complete({ ...snapshot('█'), text, offset, uri: `file:///w/multi-${offset}.ts` }, explicit);
    assert.ok(outcome.kind === 'completion' || outcome.kind === 'dropped', `${offset}: ${outcome.kind}`);
    if (outcome.kind === 'completion') assert.deepEqual(outcome.result.range, { start: offset, end: offset });
    assert.equal(engine.lastPrompt()!.request.prefix, text.slice(0, offset));
  }
  const stale = await engine.complete({ ...snapshot('█'), text, offset: text.length + 5 }, explicit);
  assert.equal(stale.kind === 'skipped' && stale.reason, 'invalid-offset');
});

test('outcome listeners see every request', async () => {
  const model = scriptedModel();
  model.script(['1;']);
  const { engine } = await engineWith(model);
  const seen: string[] = [];
  const subscription = engine.onOutcome((o) => seen.push(o.kind));
  await engine.complete(snapshot('let a = █'), explicit);
  await engine.complete(snapshot('let a█b'), automatic);
  subscription.dispose();
  await engine.complete(snapshot('let a = █'), explicit);
  assert.deepEqual(seen, ['completion', 'skipped']);
});

test('the debounce counts from the keystroke: the wait the editor already added before asking is not waited again', async () => {
  /** The debounce a fresh engine (100 ms before the model is measured) waits for a request made `ageMs` after its change. */
  async function waitedFor(ageMs: number): Promise<number[]> {
    const model = scriptedModel();
    model.script(['r * r;'], { endless: true });
    const { engine, clock } = await engineWith(model);
    completionOf(await engine.complete(snapshot('const area = █'), { trigger: 'automatic', lastChange: { kind: 'insert', ageMs } }));
    return clock.sleeps;
  }
  // VS Code asks 50 ms after the keystroke: of the 100 ms initial debounce, 50 are left.
  assert.deepEqual(await waitedFor(50), [50]);
  // A busy host asked after the whole debounce had passed: no wait at all.
  assert.deepEqual(await waitedFor(400), []);
  // A change seconds ago did not ask for this request (a cursor move did): a whole debounce.
  assert.deepEqual(await waitedFor(5_000), [100]);
});

test('background work is held from the start of a request to its end, and let go when it fails too', async () => {
  const model = scriptedModel();
  model.script(['Math.PI', ' * r * r;', '\n}\n'], { endless: true });
  let held = 0;
  let heldInRequest: number | undefined;
  const { engine } = await engineWith(model, {
    holdBackground: () => {
      held++;
      return { dispose: () => held-- };
    },
    getContext: async () => {
      heldInRequest = held;
      return [];
    },
  });
  const doc = snapshot('function area(r: number) {\n  return █\n}\n');
  completionOf(await engine.complete(doc, automatic));
  assert.equal(heldInRequest, 1, 'held while the request ran');
  assert.equal(held, 0, 'let go when it ended');
  const { engine: failing } = await engineWith(model, {
    holdBackground: () => {
      held++;
      return { dispose: () => held-- };
    },
    getModel: async () => {
      throw new Error('no model');
    },
  });
  await failing.complete(doc, explicit);
  assert.equal(held, 0, 'let go when the request failed');
});
